// Writing boards as JSON (reading is in BoardDecoder.cpp).
#include "core/BoardCodec.hpp"

#include "core/DecisionBoardCodec.hpp"
#include "core/EventFields.hpp"
#include "core/JsonWriter.hpp"
#include "core/Quantise.hpp"

#include <cmath>
#include <cstdint>
#include <vector>

namespace atelier::core {
namespace {

void writeCard(JsonWriter& writer, const Card& card) {
    writer.beginObject();
    writer.key("id");
    writer.unsignedInteger(card.id);
    writer.key("pose");
    detail::writePose(writer, card.pose);
    writer.key("size");
    detail::writeSize(writer, card.size);
    writer.key("text");
    writer.string(card.text);
    writer.key("category");
    writer.integer(card.category);
    writer.key("seat");
    writer.integer(card.seat);
    writer.key("z");
    writer.unsignedInteger(card.z);
    writer.key("deleted");
    writer.boolean(card.deleted);
    if (card.hidden) { // only for hidden cards: boards that have none keep their bytes and hashes
        writer.key("hidden");
        writer.boolean(true);
    }
    writer.endObject();
}

void writePhoto(JsonWriter& writer, const Photo& photo) {
    writer.beginObject();
    writer.key("id");
    writer.unsignedInteger(photo.id);
    writer.key("assetHash");
    writer.string(photo.assetHash);
    writer.key("pose");
    detail::writePose(writer, photo.pose);
    writer.key("size");
    detail::writeSize(writer, photo.size);
    writer.key("z");
    writer.unsignedInteger(photo.z);
    writer.key("deleted");
    writer.boolean(photo.deleted);
    writer.endObject();
}

/// A snapped coordinate as whole hundredths of a millimetre (0 for a value apply could never have stored).
std::int64_t hundredths(double mm) {
    const double scaled = mm * kMmSteps;
    if (!(std::fabs(scaled) <= 1e15)) {
        return 0;
    }
    return static_cast<std::int64_t>(scaled + (scaled >= 0 ? 0.5 : -0.5));
}

void writeStroke(JsonWriter& writer, const Stroke& stroke, std::vector<std::int64_t>& scratch) {
    writer.beginObject();
    writer.key("id");
    writer.unsignedInteger(stroke.id);
    writer.key("parent");
    writer.unsignedInteger(stroke.parent);
    writer.key("seat");
    writer.integer(stroke.seat);
    writer.key("colour");
    detail::writeColour(writer, stroke.colour);
    writer.key("width");
    writer.number(stroke.width);
    writer.key("ended");
    writer.boolean(stroke.ended);
    writer.key("erased");
    writer.boolean(stroke.erased);
    writer.key("pointsHundredthsMm");
    scratch.clear();
    for (const Vec2& point : stroke.points) {
        scratch.push_back(hundredths(point.x));
        scratch.push_back(hundredths(point.y));
    }
    writer.integerArray(scratch);
    writer.endObject();
}

void writeCluster(JsonWriter& writer, const Cluster& cluster) {
    writer.beginObject();
    writer.key("id");
    writer.unsignedInteger(cluster.id);
    writer.key("name");
    writer.string(cluster.name);
    writer.key("cards");
    writer.beginArray();
    for (const ItemId card : cluster.cards) {
        writer.unsignedInteger(card);
    }
    writer.endArray();
    writer.key("dissolved");
    writer.boolean(cluster.dissolved);
    writer.endObject();
}

void writeVote(JsonWriter& writer, const Vote& vote) {
    writer.beginObject();
    writer.key("id");
    writer.unsignedInteger(vote.id);
    writer.key("seat");
    writer.integer(vote.seat);
    writer.key("target");
    writer.unsignedInteger(vote.target);
    writer.key("withdrawn");
    writer.boolean(vote.withdrawn);
    writer.endObject();
}

void writePhase(JsonWriter& writer, const Phase& phase) {
    writer.beginObject();
    writer.key("index");
    writer.integer(phase.index);
    writer.key("name");
    writer.string(phase.name);
    writer.key("tools");
    writer.beginArray();
    for (const std::string& tool : phase.tools) {
        writer.string(tool);
    }
    writer.endArray();
    writer.key("durationS");
    writer.integer(phase.durationS);
    writer.endObject();
}

template <typename Item, typename WriteItem>
void writeItems(JsonWriter& writer, std::string_view name, const std::map<ItemId, Item>& items,
                WriteItem write) {
    writer.key(name);
    writer.beginArray();
    for (const auto& [id, item] : items) {
        write(writer, item);
    }
    writer.endArray();
}

std::size_t estimatedBytes(const Board& board) {
    std::size_t bytes = 512 + board.cards.size() * 320 + board.photos.size() * 260 +
                        board.clusters.size() * 128 + board.votes.size() * 64;
    for (const auto& [id, stroke] : board.strokes) {
        bytes += 160 + stroke.points.size() * 14;
    }
    return bytes;
}

} // namespace

std::string boardToJson(const Board& board) {
    JsonWriter writer;
    writer.reserve(estimatedBytes(board));
    writer.beginObject();
    writer.key("format");
    writer.integer(kBoardFormat);
    writer.key("title");
    writer.string(board.title);
    writer.key("seatCount");
    writer.integer(board.seatCount);
    writer.key("votesPerSeat");
    writer.integer(board.votesPerSeat);
    writer.key("phase");
    writePhase(writer, board.phase);
    writer.key("zCounter");
    writer.unsignedInteger(board.zCounter);
    writer.key("nextId");
    writer.unsignedInteger(board.nextId);
    writeItems(writer, "cards", board.cards, writeCard);
    writeItems(writer, "photos", board.photos, writePhoto);
    std::vector<std::int64_t> scratch;
    writeItems(writer, "strokes", board.strokes,
               [&scratch](JsonWriter& out, const Stroke& stroke) { writeStroke(out, stroke, scratch); });
    writeItems(writer, "clusters", board.clusters, writeCluster);
    writeItems(writer, "votes", board.votes, writeVote);
    if (board.hasDecision()) { // only once deciding began: older boards keep their bytes and hashes
        detail::writeDecisionJson(writer, board);
    }
    if (board.paused) { // only while paused: boards of sessions never paused keep their bytes and hashes
        writer.key("paused");
        writer.boolean(true);
    }
    writer.endObject();
    return writer.take();
}

} // namespace atelier::core

// Writing boards and board deltas in the compact encoding (reading is in CompactBoardReader.cpp).
#include "core/CompactBoard.hpp"

#include "core/CompactBoardFormat.hpp"
#include "core/DecisionBoardCodec.hpp"
#include "core/Quantise.hpp"

#include <vector>

namespace atelier::core {
namespace {

using detail::CompactWriter;
using detail::onGrid;

void writePose(CompactWriter& out, const Pose& pose) {
    out.signedNumber(onGrid(pose.centre.x, kMmSteps));
    out.signedNumber(onGrid(pose.centre.y, kMmSteps));
    out.signedNumber(onGrid(pose.rotation, kAngleSteps));
    out.signedNumber(onGrid(pose.scale, kScaleSteps));
}

void writeSize(CompactWriter& out, const Size& size) {
    out.signedNumber(onGrid(size.width, kMmSteps));
    out.signedNumber(onGrid(size.height, kMmSteps));
}

unsigned flags(bool gone, bool ended = false) {
    return (gone ? detail::kFlagGone : 0U) | (ended ? detail::kFlagEnded : 0U);
}

void writeItem(CompactWriter& out, const Card& card) {
    writePose(out, card.pose);
    writeSize(out, card.size);
    out.text(card.text);
    out.signedNumber(card.category);
    out.signedNumber(card.seat);
    out.unsignedNumber(card.z);
    out.byte(flags(card.deleted) | (card.hidden ? detail::kFlagHidden : 0U));
}

void writeItem(CompactWriter& out, const Photo& photo) {
    out.text(photo.assetHash);
    writePose(out, photo.pose);
    writeSize(out, photo.size);
    out.unsignedNumber(photo.z);
    out.byte(flags(photo.deleted));
}

void writeItem(CompactWriter& out, const Stroke& stroke) {
    out.unsignedNumber(stroke.parent);
    out.signedNumber(stroke.seat);
    out.unsignedNumber(stroke.colour);
    out.signedNumber(onGrid(stroke.width, kMmSteps));
    out.byte(flags(stroke.erased, stroke.ended));
    out.unsignedNumber(stroke.points.size());
    std::int64_t x = 0;
    std::int64_t y = 0;
    for (const Vec2& point : stroke.points) {
        const std::int64_t nextX = onGrid(point.x, kMmSteps);
        const std::int64_t nextY = onGrid(point.y, kMmSteps);
        out.signedNumber(nextX - x);
        out.signedNumber(nextY - y);
        x = nextX;
        y = nextY;
    }
}

void writeItem(CompactWriter& out, const Cluster& cluster) {
    out.text(cluster.name);
    out.unsignedNumber(cluster.cards.size());
    ItemId previous = kNoItem;
    for (const ItemId card : cluster.cards) {
        out.unsignedNumber(card - previous);
        previous = card;
    }
    out.byte(flags(cluster.dissolved));
}

void writeItem(CompactWriter& out, const Vote& vote) {
    out.signedNumber(vote.seat);
    out.unsignedNumber(vote.target);
    out.byte(flags(vote.withdrawn));
}

void writeHeader(CompactWriter& out, const Board& board, char kind) {
    for (const char c : detail::kCompactMagic) {
        out.byte(static_cast<unsigned char>(c));
    }
    out.byte(kCompactBoardVersion);
    out.byte(static_cast<unsigned char>(kind));
    out.text(board.title);
    out.signedNumber(board.seatCount);
    out.signedNumber(board.votesPerSeat);
    out.signedNumber(board.phase.index);
    out.text(board.phase.name);
    out.unsignedNumber(board.phase.tools.size());
    for (const std::string& tool : board.phase.tools) {
        out.text(tool);
    }
    out.signedNumber(board.phase.durationS);
    out.byte(board.paused ? detail::kFlagPaused : 0U);
    out.unsignedNumber(board.zCounter);
    out.unsignedNumber(board.nextId);
}

/// The items of `items` that `base` lacks or holds differently (all of them without a base), ids
/// delta-coded: count, then (id step, record) pairs.
template <typename Item>
void writeSection(CompactWriter& out, const std::map<ItemId, Item>& items,
                  const std::map<ItemId, Item>* base) {
    std::vector<const Item*> changed;
    changed.reserve(base == nullptr ? items.size() : 0);
    for (const auto& [id, item] : items) {
        if (base != nullptr) {
            const auto before = base->find(id);
            if (before != base->end() && before->second == item) {
                continue;
            }
        }
        changed.push_back(&item);
    }
    out.unsignedNumber(changed.size());
    ItemId previous = kNoItem;
    for (const Item* item : changed) {
        out.unsignedNumber(item->id - previous);
        previous = item->id;
        writeItem(out, *item);
    }
}

template <typename Item>
void collectGone(const std::map<ItemId, Item>& before, const std::map<ItemId, Item>& after,
                 std::vector<ItemId>& gone) {
    for (const auto& [id, item] : before) {
        if (!after.contains(id)) {
            gone.push_back(id);
        }
    }
}

std::size_t estimatedBytes(const Board& board) {
    std::size_t bytes = 256 + board.cards.size() * 64 + board.photos.size() * 96 + board.votes.size() * 8;
    for (const auto& [id, stroke] : board.strokes) {
        bytes += 16 + stroke.points.size() * 4;
    }
    return bytes;
}

} // namespace

std::string boardToCompact(const Board& board) {
    CompactWriter out;
    out.reserve(estimatedBytes(board));
    writeHeader(out, board, detail::kCompactWhole);
    writeSection(out, board.cards, static_cast<const std::map<ItemId, Card>*>(nullptr));
    writeSection(out, board.photos, static_cast<const std::map<ItemId, Photo>*>(nullptr));
    writeSection(out, board.strokes, static_cast<const std::map<ItemId, Stroke>*>(nullptr));
    writeSection(out, board.clusters, static_cast<const std::map<ItemId, Cluster>*>(nullptr));
    writeSection(out, board.votes, static_cast<const std::map<ItemId, Vote>*>(nullptr));
    if (board.hasDecision()) { // an optional block at the end: boards that never decided keep their bytes
        detail::writeDecisionCompact(out, board);
    }
    return out.take();
}

std::string boardDeltaToCompact(const Board& base, const Board& board) {
    CompactWriter out;
    writeHeader(out, board, detail::kCompactDelta);
    writeSection(out, board.cards, &base.cards);
    writeSection(out, board.photos, &base.photos);
    writeSection(out, board.strokes, &base.strokes);
    writeSection(out, board.clusters, &base.clusters);
    writeSection(out, board.votes, &base.votes);
    // apply never takes an item off the board (it flags it), but a delta must rebuild any board exactly.
    std::vector<ItemId> gone;
    collectGone(base.cards, board.cards, gone);
    collectGone(base.photos, board.photos, gone);
    collectGone(base.strokes, board.strokes, gone);
    collectGone(base.clusters, board.clusters, gone);
    collectGone(base.votes, board.votes, gone);
    out.unsignedNumber(gone.size());
    for (const ItemId id : gone) {
        out.unsignedNumber(id);
    }
    if (board.hasDecision() || base.hasDecision()) { // whole, replacing the base's deciding part
        detail::writeDecisionCompact(out, board);
    }
    return out.take();
}

bool isCompactDelta(std::string_view blob) {
    return blob.size() >= 5 && blob.substr(0, 3) == detail::kCompactMagic &&
           blob[3] == static_cast<char>(kCompactBoardVersion) && blob[4] == detail::kCompactDelta;
}

} // namespace atelier::core

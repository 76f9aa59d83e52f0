// Writing the deciding part of boards (reading is in BoardDecoder.cpp and CompactBoardReader.cpp).
#include "core/DecisionBoardCodec.hpp"

namespace atelier::core::detail {

void writeDecisionJson(JsonWriter& writer, const Board& board) {
    const DecisionSetup& setup = board.decision;
    writer.key("decision");
    writer.beginObject();
    writer.key("envelopeCents");
    writer.integer(setup.envelopeCents);
    writer.key("coinsPerSeat");
    writer.integer(setup.coinsPerSeat);
    writer.key("coinValueCents");
    writer.integer(setup.coinValueCents);
    writer.key("criteria");
    writer.beginArray();
    for (const std::string& name : setup.criteria) {
        writer.string(name);
    }
    writer.endArray();
    writer.key("seatsSetCosts");
    writer.boolean(setup.seatsSetCosts);
    writer.key("costs");
    writer.beginArray();
    for (const auto& [item, cents] : board.costs) {
        writer.beginObject();
        writer.key("item");
        writer.unsignedInteger(item);
        writer.key("cents");
        writer.integer(cents);
        writer.endObject();
    }
    writer.endArray();
    writer.key("coins");
    writer.beginArray();
    for (const auto& [id, coin] : board.coins) {
        writer.beginObject();
        writer.key("id");
        writer.unsignedInteger(id);
        writer.key("seat");
        writer.integer(coin.seat);
        writer.key("target");
        writer.unsignedInteger(coin.target);
        writer.key("withdrawn");
        writer.boolean(coin.withdrawn);
        writer.endObject();
    }
    writer.endArray();
    writer.key("ratings");
    writer.beginArray();
    for (const auto& [key, value] : board.ratings) {
        writer.beginObject();
        writer.key("item");
        writer.unsignedInteger(key.item);
        writer.key("seat");
        writer.integer(key.seat);
        writer.key("criterion");
        writer.integer(key.criterion);
        writer.key("value");
        writer.integer(value);
        writer.endObject();
    }
    writer.endArray();
    writer.endObject();
}

void writeDecisionCompact(CompactWriter& out, const Board& board) {
    const DecisionSetup& setup = board.decision;
    out.byte(static_cast<unsigned char>(kCompactDecision));
    out.signedNumber(setup.envelopeCents);
    out.signedNumber(setup.coinsPerSeat);
    out.signedNumber(setup.coinValueCents);
    out.unsignedNumber(setup.criteria.size());
    for (const std::string& name : setup.criteria) {
        out.text(name);
    }
    out.byte(setup.seatsSetCosts ? 1U : 0U);
    out.unsignedNumber(board.costs.size());
    ItemId previous = kNoItem;
    for (const auto& [item, cents] : board.costs) {
        out.unsignedNumber(item - previous);
        previous = item;
        out.signedNumber(cents);
    }
    out.unsignedNumber(board.coins.size());
    previous = kNoItem;
    for (const auto& [id, coin] : board.coins) {
        out.unsignedNumber(id - previous);
        previous = id;
        out.signedNumber(coin.seat);
        out.unsignedNumber(coin.target);
        out.byte(coin.withdrawn ? kFlagGone : 0U);
    }
    out.unsignedNumber(board.ratings.size());
    for (const auto& [key, value] : board.ratings) {
        out.unsignedNumber(key.item);
        out.signedNumber(key.seat);
        out.signedNumber(key.criterion);
        out.signedNumber(value);
    }
}

} // namespace atelier::core::detail

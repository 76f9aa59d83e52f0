// libFuzzer target: arbitrary bytes into the event decoder, apply, undo and the board snapshot reader.
//
// Input format (so that seeds can be written by hand, see corpus/):
//   first line   "<type>" or "<type> <seat>", e.g. "card.moved 2"; the seat defaults to 1
//   the rest     the payload JSON, e.g. {"id":2,"pose":{"x":1,"y":2,"rotation":0,"scale":1}}
// The whole input is also read as a board snapshot: JSON, a compact board, and a compact delta of the
// sample board.
//
// Besides crashes and sanitizer reports, the target traps when a promise of app/core is broken:
//   - a decoded event that applies encodes and decodes back to the same event;
//   - a refused event leaves the board exactly unchanged;
//   - the inverse of an applied event applies too, and restores the board exactly where it should;
//   - a snapshot that reads encodes and reads back to the same board, as JSON and as a compact board;
//   - compact bytes are refused with a sentence or read as a board that encodes and reads back the same.
#include "core/Apply.hpp"
#include "core/BoardCodec.hpp"
#include "core/CompactBoard.hpp"
#include "core/EventCodec.hpp"
#include "core/Undo.hpp"

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace {

using namespace atelier::core;

void require(bool condition) {
    if (!condition) {
        __builtin_trap();
    }
}

/// A board holding items of every kind in every state; the ids in corpus/ refer to it.
/// 1 photo; 2, 3, 4 cards (2 and 3 in cluster 10); 5 prompt card (seat 0); 6 deleted card;
/// 7 stroke of seat 1 on photo 1, being drawn; 8 ended stroke of seat 2; 9 erased stroke;
/// 10 cluster; 11 dissolved cluster {4}; 12 vote of seat 1 on card 2; 13 withdrawn vote; 14 removed photo;
/// deciding: an envelope, 2 coins a seat, 2 criteria; card 2 costs 200 €, cluster 10 500 €; 15 coin of
/// seat 1 on card 2; 16 withdrawn coin of seat 2 on cluster 10; seat 2 rated card 3 4 on criterion 1.
Board makeBoard() {
    const std::string hash(64, 'a');
    const Event events[] = {
        SessionConfigured{4, 3, "Fuzz", 0},
        PhaseStarted{0, "Idées", {"cards", "sketch", "vote"}, 900, 0},
        PhotoPlaced{1, hash, Pose{{600, 400}, 0, 1}, Size{400, 300}, 0},
        CardCreated{2, Pose{{200, 150}, 0.3, 1}, Size{75, 75}, "Plus d'arbres", 1, 1},
        CardCreated{3, Pose{{300, 150}, 0, 1}, Size{75, 75}, "Un banc", 2, 2},
        CardCreated{4, Pose{{400, 150}, 0, 1}, Size{75, 75}, "Vélo", 0, 3},
        CardCreated{5, Pose{{800, 80}, 0, 2}, Size{120, 60}, "Question ?", 7, 0},
        CardCreated{6, Pose{{500, 150}, 0, 1}, Size{75, 75}, "doublon", 0, 4},
        CardDeleted{6, 4},
        StrokeBegun{7, 1, 0x1e88e5ff, 2.5, {{-10, -10}}, 1},
        StrokeBegun{8, kNoItem, 0xe53935ff, 4, {{100, 500}}, 2},
        StrokeEnded{8, 2},
        StrokeBegun{9, kNoItem, 0x43a047cc, 1, {{10, 10}}, 3},
        StrokeErased{9, 3},
        ClusterFormed{10, "Nature", {2, 3}, 1},
        ClusterFormed{11, "Mobilité", {4}, 3},
        ClusterDissolved{11, 3},
        VoteCast{12, 2, 1},
        VoteCast{13, 3, 1},
        VoteWithdrawn{13, 1},
        PhotoPlaced{14, hash, Pose{{900, 600}, 0, 1}, Size{300, 200}, 0},
        PhotoRemoved{14, 0},
        DecisionConfigured{100000, 2, 10000, {"Coût", "Usage"}, true, 0},
        CostSet{2, 20000, 0},
        CostSet{10, 50000, 1},
        CoinPlaced{15, 2, 1},
        CoinPlaced{16, 10, 2},
        CoinWithdrawn{16, 2},
        RatingGiven{3, 1, 4, 2},
    };
    Board board;
    for (const Event& event : events) {
        require(apply(board, event).applied);
    }
    return board;
}

bool isCreation(const Event& event) {
    return std::holds_alternative<CardCreated>(event) || std::holds_alternative<PhotoPlaced>(event) ||
           std::holds_alternative<StrokeBegun>(event) || std::holds_alternative<ClusterFormed>(event) ||
           std::holds_alternative<VoteCast>(event) || std::holds_alternative<CoinPlaced>(event);
}

bool inverseIsExact(const Event& event) {
    return !isCreation(event) && !std::holds_alternative<StrokeExtended>(event) &&
           !std::holds_alternative<StrokeEnded>(event);
}

void checkEvent(std::string_view type, int seat, std::string_view payload) {
    static const Board start = makeBoard();
    const DecodeResult decoded = decodeEvent(type, payload, seat);
    require(decoded.event.has_value() != !decoded.error.empty());
    if (!decoded.event) {
        return;
    }
    const Event& event = *decoded.event;
    require(eventType(event) == type);
    require(eventSeat(event) == seat);

    Board board = start;
    const ApplyResult result = apply(board, event);
    if (!result) {
        require(!result.reason.empty());
        require(board == start);
        return;
    }
    const DecodeResult again = decodeEvent(eventType(event), encodePayload(event), seat);
    require(again.event && *again.event == event);

    const std::optional<Event> inverse = inverseOf(start, event);
    if (!inverse) {
        return;
    }
    require(apply(board, *inverse).applied);
    if (inverseIsExact(event)) {
        require(board == start);
    }
}

void checkBoard(std::string_view json) {
    std::string error;
    const std::optional<Board> board = boardFromJson(json, &error);
    require(board.has_value() != !error.empty());
    if (!board) {
        return;
    }
    const std::string encoded = boardToJson(*board);
    const std::optional<Board> again = boardFromJson(encoded);
    require(again && *again == *board && boardToJson(*again) == encoded);
    const std::string compact = boardToCompact(*board);
    const std::string_view chain[] = {compact};
    const std::optional<Board> unpacked = boardFromCompact(chain);
    require(unpacked && *unpacked == *board);
}

void checkCompact(std::string_view bytes, const std::string& sampleBlob) {
    const std::string_view alone[] = {bytes};
    const std::string_view onSample[] = {sampleBlob, bytes};
    for (const std::span<const std::string_view> chain :
         {std::span<const std::string_view>(alone), std::span<const std::string_view>(onSample)}) {
        std::string error;
        const std::optional<Board> board = boardFromCompact(chain, &error);
        require(board.has_value() != !error.empty());
        if (board) {
            const std::string encoded = boardToCompact(*board);
            const std::string_view again[] = {encoded};
            const std::optional<Board> decoded = boardFromCompact(again);
            require(decoded && *decoded == *board);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t newline = input.find('\n');
    std::string_view header = input.substr(0, newline);
    const std::string_view payload =
        newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);
    int seat = 1;
    if (const std::size_t space = header.find(' '); space != std::string_view::npos) {
        const std::string_view digits = header.substr(space + 1);
        int parsed = 0;
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), parsed);
        if (ec == std::errc() && end == digits.data() + digits.size()) {
            seat = parsed;
        }
        header = header.substr(0, space);
    }
    checkEvent(header, seat, payload);
    checkBoard(input);
    static const std::string sampleBlob = boardToCompact(makeBoard());
    checkCompact(input, sampleBlob);
    return 0;
}

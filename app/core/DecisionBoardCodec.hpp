// Internal to the board codecs: the deciding part of a board in JSON and in the compact encoding.
#pragma once

#include "core/Board.hpp"
#include "core/CompactBoardFormat.hpp"
#include "core/JsonWriter.hpp"

namespace atelier::core::detail {

/// Writes the "decision" key and object of a board snapshot (set-up, costs, coins, ratings). Callers
/// write it only when board.hasDecision(), so boards that never decided keep their bytes and hashes.
void writeDecisionJson(JsonWriter& writer, const Board& board);

/// Appends the deciding block of a compact board: kCompactDecision, the set-up, then costs, coins and
/// ratings, whole.
void writeDecisionCompact(CompactWriter& out, const Board& board);

} // namespace atelier::core::detail

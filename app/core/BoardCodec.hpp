// Board <-> JSON: snapshots in the store, exports, and the canonical text that boardHash digests.
#pragma once

#include "core/Board.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace atelier::core {

/// Version of the snapshot format written by boardToJson (its "format" field).
inline constexpr int kBoardFormat = 1;

/// The board as compact JSON, always the same text for the same board. Stroke points are a flat array of
/// whole hundredths of a millimetre [x0, y0, x1, y1, ...] ("pointsHundredthsMm") to stay small and fast.
std::string boardToJson(const Board& board);

/// Reads a board written by boardToJson; nothing (and a sentence in *error) for malformed JSON, another
/// format version, or content apply could never have produced (reused ids, dangling references, values
/// out of range). Exact round trip: boardHash(*boardFromJson(boardToJson(b))) == boardHash(b). Never throws.
std::optional<Board> boardFromJson(std::string_view json, std::string* error = nullptr);

} // namespace atelier::core

// The compact binary encoding of boards for snapshots: whole boards, and deltas from the previous one.
#pragma once

#include "core/Board.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace atelier::core {

/// Version of the compact encoding (the fourth byte of every blob).
inline constexpr int kCompactBoardVersion = 1;

/// The whole board as bytes, about a quarter of boardToJson's size: lengths as whole hundredths of a
/// millimetre, angles in 1e-5 rad and scales in 1e-4 (the grids apply snaps to, so nothing is lost),
/// stroke points and ids delta-coded, every number a varint. The same bytes for the same board.
std::string boardToCompact(const Board& board);

/// What changed from `base` to `board`: the board's own fields, the items that differ or are new, and the
/// ids that are gone. Small when few items changed; boardFromCompact rebuilds `board` from `base`'s blob
/// (or chain) followed by this one.
std::string boardDeltaToCompact(const Board& base, const Board& board);

/// True when `blob` is a delta (it needs the board it was made from before it); false for a whole board
/// and for bytes that are no compact board at all.
bool isCompactDelta(std::string_view blob);

/// Rebuilds a board from `chain`: chain[0] a whole board, each following blob a delta made from the board
/// before it. Every field is checked as apply would (ranges, texts, ids, references); nothing and a
/// sentence in *error for truncated, hostile or inconsistent bytes. Exact round trip:
/// boardFromCompact({boardToCompact(b)}) == b for every board apply made. Never throws.
std::optional<Board> boardFromCompact(std::span<const std::string_view> chain, std::string* error = nullptr);

} // namespace atelier::core

// Item identifiers shared by cards, photos, strokes, clusters and votes.
#pragma once

#include <cstdint>

namespace atelier::core {

/// Names one item of the board; chosen by whoever creates the event (the live session uses board.nextId),
/// carried in the payload so that a replay is deterministic. One id space for every kind of item.
using ItemId = std::uint64_t;

/// "No item": a stroke drawn on the board itself has parent kNoItem; no item ever has this id.
inline constexpr ItemId kNoItem = 0;

/// The largest id apply accepts: 2^53 - 1, so that every JSON tool (SQLite, JavaScript) reads ids exactly.
inline constexpr ItemId kMaxItemId = (ItemId{1} << 53) - 1;

} // namespace atelier::core

// The checks a whole decoded board must pass, shared by the JSON and the compact snapshot decoders.
#pragma once

#include "core/Board.hpp"

#include <optional>
#include <string>

namespace atelier::core {

/// Why this board is not one apply could have produced, looking across items (nextId above every id,
/// zCounter at least every z, seats within the table, strokes on photos that exist, clusters of cards,
/// a card in one cluster at most, votes on cards or clusters); nothing when it is consistent. The
/// decoders check each item's own fields as they read them and call this once at the end.
std::optional<std::string> boardConsistencyProblem(const Board& board);

} // namespace atelier::core

// A fingerprint of the whole board, for golden tests and for checking replays against the live session.
#pragma once

#include "core/Board.hpp"

#include <string>

namespace atelier::core {

/// Lowercase hex SHA-256 of boardToJson(board): the same on every run and machine for the same board.
std::string boardHash(const Board& board);

} // namespace atelier::core

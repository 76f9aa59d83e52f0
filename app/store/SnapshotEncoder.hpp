// Chooses, snapshot after snapshot, between a whole compact board and a delta of the previous one.
#pragma once

#include "core/Board.hpp"
#include "store/SnapshotBoards.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>

namespace atelier::store {

/// Encodes the successive snapshots of one session so that their storage grows with the events, not with
/// the board's size times their number: each is a delta of the one before (only the items that changed)
/// until the deltas since the last whole board add up to that board's size; then a whole board again. A
/// load reads one whole board and at most that much more. Keeps a copy of the last board encoded.
class SnapshotEncoder {
public:
    /// The snapshot of `board` after `seq`; `wholeWanted` forces a whole board (the previous one may not
    /// have been stored).
    SnapshotBlob encode(const core::Board& board, std::int64_t seq, bool wholeWanted = false);

private:
    std::optional<core::Board> m_base;
    std::int64_t m_baseSeq = 0;
    std::size_t m_wholeBytes = 0;
    std::size_t m_chainBytes = 0;
};

} // namespace atelier::store

// The whole-or-delta rule of snapshots, shared by the snapshot thread and the thinning of ended sessions.
#include "store/SnapshotEncoder.hpp"

#include "core/CompactBoard.hpp"

namespace atelier::store {

SnapshotBlob SnapshotEncoder::encode(const core::Board& board, std::int64_t seq, bool wholeWanted) {
    SnapshotBlob made{seq, {}, std::nullopt};
    if (wholeWanted || !m_base || m_chainBytes >= m_wholeBytes) {
        made.bytes = core::boardToCompact(board);
        m_wholeBytes = made.bytes.size();
        m_chainBytes = 0;
    } else {
        made.bytes = core::boardDeltaToCompact(*m_base, board);
        made.baseSeq = m_baseSeq;
        m_chainBytes += made.bytes.size();
    }
    m_base = board;
    m_baseSeq = seq;
    return made;
}

} // namespace atelier::store

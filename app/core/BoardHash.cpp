// The board hash digests the canonical JSON, so anything the snapshot keeps is covered.
#include "core/BoardHash.hpp"

#include "core/BoardCodec.hpp"
#include "core/Sha256.hpp"

namespace atelier::core {

std::string boardHash(const Board& board) {
    return sha256Hex(boardToJson(board));
}

} // namespace atelier::core

// The export's standalone copy of one session, made by the store.
#include "replay/SessionCopy.hpp"

#include "store/SessionCopy.hpp"

namespace atelier::replay {

void copySession(const std::filesystem::path& source, std::int64_t sessionId,
                 const std::filesystem::path& target) {
    store::copySession(source, sessionId, target);
}

} // namespace atelier::replay

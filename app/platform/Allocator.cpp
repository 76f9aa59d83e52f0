// glibc's mmap threshold, fixed so that the exhibit's memory stays flat over days (docs/performance.md).
#include "platform/Allocator.hpp"

#include <cstdlib> // defines __GLIBC__ on glibc
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <spdlog/spdlog.h>

namespace atelier::platform {

void keepLargeBlocksOutOfTheHeap() {
#if defined(__GLIBC__)
    if (mallopt(M_MMAP_THRESHOLD, 256 * 1024) != 1) {
        spdlog::debug("the allocator kept its own mmap threshold");
    }
#endif
}

} // namespace atelier::platform

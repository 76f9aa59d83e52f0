// The process's allocator settings for a table that runs all day.
#pragma once

namespace atelier::platform {

/// Makes glibc hand large freed blocks (decoded photo tiles) back to the system at once instead of keeping
/// them in the heap: fixes the mmap threshold at 256 KiB (glibc otherwise raises it after each large free,
/// and a table that runs all day then holds tens of MiB it no longer uses). No effect elsewhere.
void keepLargeBlocksOutOfTheHeap();

} // namespace atelier::platform

// An SQLite VFS for tests that makes writes fail like a full or read-only disk, on demand.
#pragma once

namespace atelier::store::testing {

/// What the next reads and writes of any SQLite file of this process do.
enum class DiskFault {
    None,      ///< writes go through
    Full,      ///< writes fail with SQLITE_FULL, as on a full disk
    ReadOnly,  ///< writes fail with an I/O error and files open read-only, as on a read-only mount
    ReadError, ///< reads fail with an I/O error, as on a failing disk or a pulled USB drive
};

/// Makes the faulty VFS the process's default (once); every connection opened afterwards uses it.
void installFaultyVfs();

/// Switches the fault on or off; takes effect at the next write.
void setDiskFault(DiskFault fault);

} // namespace atelier::store::testing

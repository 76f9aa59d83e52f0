// What Database::open tells the person when it had to move an unusable file aside.
#pragma once

#include <filesystem>
#include <string>

namespace atelier::store {

/// Why the file found at the data path could not be used.
enum class UnusableFile {
    Damaged, ///< an Atelier/SQLite file that fails quick_check or cannot be read
    Foreign, ///< not SQLite at all, or another program's SQLite database
};

/// Set when open() moved a file aside and started a new one; the UI shows it with the catalogue text.
struct OpenNotice {
    UnusableFile reason = UnusableFile::Damaged;
    std::filesystem::path movedTo; ///< where the old file (and its -wal/-shm) now is
    std::string sentence;          ///< English sentence for the log and for technicians
};

} // namespace atelier::store

// Decides, before opening it for writing, whether the file at the data path is a usable Atelier file.
#pragma once

#include <filesystem>
#include <string>

namespace atelier::store {

/// What was found at the data path.
enum class FileVerdict {
    Usable,  ///< missing, empty, or an Atelier file that passes quick_check
    Damaged, ///< an SQLite file that SQLite itself calls corrupt, or that fails quick_check
    Foreign, ///< not SQLite, or SQLite without Atelier's application_id
};

/// The verdict and, when not usable, a clause saying why ("it is not an SQLite database").
struct FileInspection {
    FileVerdict verdict = FileVerdict::Usable;
    std::string why;
};

/// Reads `file` without modifying it. Throws StoreError(NewerVersion) for an Atelier file whose
/// schema is newer than this build's, and StoreError(CannotOpen) when the file cannot be read (permission,
/// a lock still held after the busy timeout, an I/O error), so the caller leaves it alone: only SQLite's
/// own verdict (corrupt, not a database) or a foreign header makes it Damaged or Foreign.
FileInspection inspectDataFile(const std::filesystem::path& file);

} // namespace atelier::store

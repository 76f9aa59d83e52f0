// A workshop file to carry between tables: its definition and its site photos in one JSON file
// (docs/workshop.md, "Sharing a workshop").
#pragma once

#include <filesystem>
#include <string>
#include <variant>

namespace atelier::store {
class Database;
}

namespace atelier::table {

/// The file extension the panel and the command line give workshop files.
inline constexpr const char* kWorkshopFileExtension = ".atelier-workshop.json";

/// A workshop file written: where, and how many photos it carries.
struct BundleWritten {
    std::filesystem::path file;
    std::size_t photos = 0;
};

/// A workshop file read into the data file: the id it has here (a new one when its own was taken).
struct BundleImported {
    std::string workshopId;
    std::string title;
    std::size_t photos = 0;
    bool renamed = false; ///< the file's id was taken on this table
};

/// Why a workshop file could not be written or read, as one sentence.
struct BundleError {
    std::string message;
};

/// Writes the stored workshop `workshopId` with its photos to `file`, under a temporary name renamed when
/// complete (a stick pulled out never leaves a file that looks whole).
std::variant<BundleWritten, BundleError> writeWorkshopBundle(const store::Database& database,
                                                             const std::string& workshopId,
                                                             const std::filesystem::path& file);

/// Reads a workshop file, checks its definition (as a workshop file's) and each photo (its SHA-256 and the
/// image checks of an import), then stores the photos and the workshop. Nothing is stored when any is bad.
std::variant<BundleImported, BundleError> importWorkshopBundle(store::Database& database,
                                                               const std::filesystem::path& file);

} // namespace atelier::table

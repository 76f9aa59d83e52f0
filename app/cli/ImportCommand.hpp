// `atelier import PHOTO... [--workshop ID] [--page N]`: checks photo files and lays the good ones on the live
// table.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/Geometry.hpp"
#include "table/PhotoImport.hpp" // placeAmong, checkPhoto

namespace atelier::cli {

/// What `atelier import` was asked to do.
struct ImportRequest {
    std::vector<std::filesystem::path> photos;
    std::optional<std::string> workshopId; ///< the live session of this workshop; else the newest live one
    std::filesystem::path dataDir;
    core::Vec2 surfaceMm{1210.0, 680.0}; ///< the table's size, to lay photos out on it
    table::ImportSettings settings;      ///< `[import] max_megapixels`, `--page`
};

/// Checks every file (decoding it fully: damaged, cut-short, empty, huge or foreign files are refused with
/// one line on stderr each), stores the good ones once in the data file's assets (by SHA-256) and appends a
/// `photo.placed` event for each to the live session, all in one transaction with the next seqs. Photos are
/// laid where they cover the fewest photos already on the table. Refuses to write while a table runs on the
/// same data dir (that table's writer owns the session's seq numbering; see docs/decisions.md).
/// Returns 0 when every file was placed, 1 when some were refused, 2 when nothing could be tried (no live
/// session, a table running, an unreadable data file).
int importCommand(const ImportRequest& request);

} // namespace atelier::cli

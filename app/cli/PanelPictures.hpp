// The panel's phase pictures and time-lapse, drawn by a child `atelier export` so that the table's frames
// never wait for them (docs/architecture.md, "Threads").
#pragma once

#include <filesystem>

#include "table/ExportJob.hpp"

namespace atelier::cli {

/// A picture maker that runs this very program as `atelier export SESSION --phases DIR | --video F
/// --progress` with the table's config file and data dir, and reads its progress lines.
table::PictureMaker childPictureMaker(const std::filesystem::path& configFile,
                                      const std::filesystem::path& dataDir);

} // namespace atelier::cli

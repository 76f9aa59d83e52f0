// `atelier check [--repair]`: the data file's integrity check.
#pragma once

#include <filesystem>

namespace atelier::cli {

/// Says plainly what the integrity check found (and repaired); 0 when the file is sound.
int checkCommand(const std::filesystem::path& dataDir, bool repair);

} // namespace atelier::cli

// `atelier check [--repair] [--compact]`: the data file's integrity check, its repair and its compaction.
#pragma once

#include <filesystem>

namespace atelier::cli {

/// Says plainly what the integrity check found (and repaired); with `compact` and a sound file, then thins
/// the snapshots of ended sessions and gives the space back. 0 when the file is sound (and compacted).
int checkCommand(const std::filesystem::path& dataDir, bool repair, bool compact = false);

} // namespace atelier::cli

// The subcommands that work on the data file without opening a window: sessions, check.
#pragma once

#include <filesystem>

namespace atelier::cli {

/// `atelier sessions [--json]`: one line per session, newest first; returns the exit code.
int listSessionsCommand(const std::filesystem::path& dataDir, bool json);

/// `atelier check [--repair]`: says plainly what the integrity check found; 0 when the file is sound.
int checkCommand(const std::filesystem::path& dataDir, bool repair);

} // namespace atelier::cli

// `atelier sessions [--json]`: the recorded sessions, newest first.
#pragma once

#include <filesystem>

namespace atelier::cli {

/// One line per session, newest first (or one JSON object per line); returns the exit code.
int listSessionsCommand(const std::filesystem::path& dataDir, bool json);

} // namespace atelier::cli

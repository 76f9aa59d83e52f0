// `atelier replay SESSION`: a recorded session replayed on screen with its timeline.
#pragma once

#include <filesystem>

#include "cli/Config.hpp"
#include "cli/Options.hpp"

namespace atelier::cli {

/// Opens a window (or, with --headless, an offscreen surface) showing the replayed board under a
/// timeline; the session is only read, so a live table on the same file is not disturbed. With --frames
/// and --screenshot it draws that many frames at --at, paused, writes the picture and exits (tests).
/// Returns the exit code.
int replayCommand(const CommandLine& commandLine, const Config& config,
                  const std::filesystem::path& resourceRoot, const std::filesystem::path& dataDir);

} // namespace atelier::cli

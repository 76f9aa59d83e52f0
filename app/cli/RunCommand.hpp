// The running table: window, ImGui and the frame loop that draws only when something changed.
#pragma once

#include <filesystem>

#include "cli/Config.hpp"
#include "cli/Options.hpp"

namespace atelier::cli {

/// Runs the table until it is asked to quit; returns the process exit code.
int runTable(const CommandLine& commandLine, const Config& config, const std::filesystem::path& resourceRoot,
             const std::filesystem::path& dataDir);

} // namespace atelier::cli

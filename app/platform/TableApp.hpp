// The running table: window, ImGui and the frame loop that draws only when something changed.
#pragma once

#include <filesystem>

#include "platform/CommandLine.hpp"
#include "platform/Config.hpp"

namespace atelier::platform {

/// Runs the table until it is asked to quit; returns the process exit code.
int runTable(const CommandLine& commandLine, const Config& config, const std::filesystem::path& resourceRoot,
             const std::filesystem::path& dataDir);

} // namespace atelier::platform

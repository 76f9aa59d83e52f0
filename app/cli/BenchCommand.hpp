// `atelier bench`: renders scripted scenes headless and reports per-frame CPU, wall time and draw calls.
#pragma once

#include <filesystem>

#include "cli/Options.hpp"

namespace atelier::cli {

/// Runs the scenarios in an offscreen window (SDL offscreen + EGL) and prints median, p95, p99 and max of
/// main-thread CPU, process CPU, wall time (with glFinish) and draw calls per frame. Returns 0 when every
/// scenario ran (figures over target are reported, not fatal), 1 when one could not run, 2 for a bad name.
int benchCommand(const BenchOptions& options, const std::filesystem::path& resourceRoot);

} // namespace atelier::cli

// `atelier bench`: renders scripted scenes headless and reports per-frame CPU, wall time and draw calls.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace atelier::platform {

/// What to measure; unset fields take the scenario's own values.
struct BenchOptions {
    std::optional<std::string> scenario;       ///< "table-4k" or "drag-1080"; both when unset
    std::optional<std::filesystem::path> json; ///< also write the figures there
    std::optional<int> cards;                  ///< grow or shrink the scene (drag-1080: 100, 300, 1000)
    std::optional<int> strokes;
    std::optional<int> frames; ///< measured frames (table-4k: 300 after loading; drag-1080: 240)
};

/// Runs the scenarios in an offscreen window (SDL offscreen + EGL) and prints median, p95, p99 and max of
/// main-thread CPU, process CPU, wall time (with glFinish) and draw calls per frame. Returns 0 when every
/// scenario ran (figures over target are reported, not fatal), 1 when one could not run, 2 for a bad name.
int benchCommand(const BenchOptions& options, const std::filesystem::path& resourceRoot);

} // namespace atelier::platform

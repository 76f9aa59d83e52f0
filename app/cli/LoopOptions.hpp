// What the command line and the config ask of the frame loop, shared by `run` and `replay`.
#pragma once

#include <optional>

#include "cli/Config.hpp"
#include "cli/Options.hpp"
#include "input/ScriptReader.hpp"
#include "platform/FrameLoop.hpp"

namespace atelier::cli {

/// The table's size, TUIO, the input script, --quit-after-script, --frames and --screenshot; the caller
/// adds what only its screen needs (kiosk keys, readiness, the pointer).
platform::FrameLoopOptions frameLoopOptions(const RunOptions& run, const Config& config,
                                            std::optional<input::Script> script);

} // namespace atelier::cli

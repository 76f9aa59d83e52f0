// Fills the frame loop's options from the command line and the config.
#include "cli/LoopOptions.hpp"

#include <utility>

namespace atelier::cli {

platform::FrameLoopOptions frameLoopOptions(const RunOptions& run, const Config& config,
                                            std::optional<input::Script> script) {
    platform::FrameLoopOptions options;
    options.surfaceMm = {config.displayWidthMm, config.displayHeightMm};
    if (config.tuioEnabled) {
        options.tuio = platform::TuioListen{config.tuioBind, config.tuioPort, config.tuioAllow};
    }
    options.script = std::move(script);
    options.quitAfterScript = run.quitAfterScript;
    options.frames = run.frames;
    options.screenshot = run.screenshot;
    options.legibility = run.legibility;
    return options;
}

} // namespace atelier::cli

// When the table draws: the numbers of the one redraw policy, shared by the frame loop and the stage.
#pragma once

#include <cstdint>

namespace atelier::platform {

/// ImGui needs a few frames after an input to settle its layout; each input asks for this many.
inline constexpr int kFramesPerChange = 3;
/// How long the idle loop sleeps waiting for input before looking at timers again (~0 % CPU when idle).
inline constexpr std::int64_t kIdleWaitMs = 500;
/// How often the idle loop looks at the TUIO queue (its packets arrive on another thread, not waking SDL).
inline constexpr std::int64_t kTuioPollMs = 8;
/// How long a last frame (a screenshot, an exported picture) waits for photos to load and cards to paint.
inline constexpr std::int64_t kSettleLimitMs = 10000;

} // namespace atelier::platform

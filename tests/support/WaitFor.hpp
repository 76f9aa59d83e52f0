// Waits for something a test can observe (a logged line, a row in SQLite) instead of sleeping a fixed time.
#pragma once

#include <chrono>
#include <functional>

namespace atelier::testing {

/// Checks `condition` every `step` until it holds or `timeout` has passed; true when it held. The bound keeps
/// a broken program from hanging the test; the test asserts on what it then reads, not on this result alone.
bool waitFor(const std::function<bool()>& condition, std::chrono::milliseconds timeout,
             std::chrono::milliseconds step = std::chrono::milliseconds(20));

} // namespace atelier::testing

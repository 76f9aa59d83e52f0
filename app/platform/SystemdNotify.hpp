// Tells systemd (Type=notify) when the table is ready, that the main loop is alive, and when it stops.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace atelier::platform {

/// Wraps sd_notify: every call is a no-op when the program was not started by systemd (no NOTIFY_SOCKET).
/// The watchdog interval comes from sd_watchdog_enabled (WatchdogSec= in the unit); the loop pings at
/// half of it, and asks to be woken from its idle wait in time for the next ping.
class SystemdNotifier {
public:
    /// Reads the watchdog interval from the environment; `nowMs` is the loop's clock.
    explicit SystemdNotifier(std::int64_t nowMs);

    /// READY=1, sent once (the first frame is drawn and input polled); later calls do nothing.
    void ready(std::string_view status);
    /// WATCHDOG=1 when half the interval has passed since the last ping (cheap to call every iteration).
    void keepAlive(std::int64_t nowMs);
    /// STOPPING=1, once, as the table quits.
    void stopping();
    /// When the loop must be awake for the next watchdog ping; nothing when systemd watches nothing.
    std::optional<std::int64_t> nextPingDueMs() const;
    /// The watchdog interval systemd asked for, in milliseconds, if any.
    std::optional<std::int64_t> watchdogIntervalMs() const { return m_intervalMs; }

private:
    std::optional<std::int64_t> m_intervalMs;
    std::int64_t m_lastPingMs = 0;
    bool m_ready = false;
    bool m_stopping = false;
};

} // namespace atelier::platform

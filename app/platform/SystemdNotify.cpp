// sd_notify calls for the systemd unit in kiosk-config/atelier.service.
#include "platform/SystemdNotify.hpp"

#include <spdlog/spdlog.h>
#include <string>
#include <systemd/sd-daemon.h>

namespace atelier::platform {

SystemdNotifier::SystemdNotifier(std::int64_t nowMs) : m_lastPingMs(nowMs) {
    std::uint64_t usec = 0;
    const int enabled = sd_watchdog_enabled(0, &usec);
    if (enabled > 0 && usec > 0) {
        m_intervalMs = std::max<std::int64_t>(1, static_cast<std::int64_t>(usec / 1000));
        spdlog::info("systemd watchdog every {} ms; the loop pings at half of it", *m_intervalMs);
    } else if (enabled < 0) {
        spdlog::warn("the systemd watchdog settings are unreadable (WATCHDOG_USEC); no watchdog pings");
    }
}

void SystemdNotifier::ready(std::string_view status) {
    if (m_ready) {
        return;
    }
    m_ready = true;
    const std::string message = "READY=1\nSTATUS=" + std::string(status);
    if (sd_notify(0, message.c_str()) > 0) {
        spdlog::info("told systemd the table is ready");
    }
}

void SystemdNotifier::keepAlive(std::int64_t nowMs) {
    if (!m_intervalMs || nowMs - m_lastPingMs < *m_intervalMs / 2) {
        return;
    }
    m_lastPingMs = nowMs;
    sd_notify(0, "WATCHDOG=1");
}

void SystemdNotifier::stopping() {
    if (m_stopping) {
        return;
    }
    m_stopping = true;
    sd_notify(0, "STOPPING=1");
}

std::optional<std::int64_t> SystemdNotifier::nextPingDueMs() const {
    if (!m_intervalMs) {
        return std::nullopt;
    }
    return m_lastPingMs + *m_intervalMs / 2;
}

} // namespace atelier::platform

// Anomaly counters and their once-per-second log lines.
#include "input/AnomalyReporter.hpp"

#include <spdlog/spdlog.h>

#include <utility>

namespace atelier::input {
namespace {

constexpr std::int64_t kLogIntervalMs = 1000;

bool isRoutine(Anomaly kind) {
    // Edges of touch frames report slightly outside all day, and UDP reorders: worth a count, not a warning.
    return kind == Anomaly::ClampedToSurface || kind == Anomaly::LateTuioFrame;
}

} // namespace

std::string_view anomalyName(Anomaly kind) {
    switch (kind) {
    case Anomaly::NonFiniteCoordinate:
        return "non-finite-coordinate";
    case Anomaly::FarOutsideSurface:
        return "far-outside-surface";
    case Anomaly::ClampedToSurface:
        return "clamped-to-surface";
    case Anomaly::DuplicateDown:
        return "duplicate-down";
    case Anomaly::UnknownContact:
        return "unknown-contact";
    case Anomaly::TooManyContacts:
        return "too-many-contacts";
    case Anomaly::GhostReleased:
        return "ghost-released";
    case Anomaly::TimeWentBack:
        return "time-went-back";
    case Anomaly::MalformedOsc:
        return "malformed-osc";
    case Anomaly::LateTuioFrame:
        return "late-tuio-frame";
    case Anomaly::SilentTuioSource:
        return "silent-tuio-source";
    case Anomaly::TooManyTuioSources:
        return "too-many-tuio-sources";
    case Anomaly::QueueOverflow:
        return "queue-overflow";
    case Anomaly::RefusedTuioSender:
        return "refused-tuio-sender";
    case Anomaly::ScriptTargetMissing:
        return "script-target-missing";
    }
    return "unknown";
}

AnomalyReporter::AnomalyReporter(std::string origin) : m_origin(std::move(origin)) {}

void AnomalyReporter::report(Anomaly kind, std::int64_t nowMs, std::string_view detail) {
    std::uint64_t suppressed = 0;
    {
        const std::lock_guard lock(m_mutex);
        Tally& tally = m_tallies[static_cast<std::size_t>(kind)];
        ++tally.count;
        const bool due =
            !tally.everLogged || nowMs - tally.lastLogMs >= kLogIntervalMs || nowMs < tally.lastLogMs;
        if (!due) {
            ++tally.sinceLog;
            return;
        }
        suppressed = tally.sinceLog;
        tally.sinceLog = 0;
        tally.lastLogMs = nowMs;
        tally.everLogged = true;
        ++tally.logged;
    }
    const auto level = isRoutine(kind) ? spdlog::level::debug : spdlog::level::warn;
    if (suppressed > 0) {
        spdlog::log(level, "input {}: {}: {} ({} more since the last report)", m_origin, anomalyName(kind),
                    detail, suppressed);
    } else {
        spdlog::log(level, "input {}: {}: {}", m_origin, anomalyName(kind), detail);
    }
}

std::uint64_t AnomalyReporter::count(Anomaly kind) const {
    const std::lock_guard lock(m_mutex);
    return m_tallies[static_cast<std::size_t>(kind)].count;
}

std::uint64_t AnomalyReporter::logged(Anomaly kind) const {
    const std::lock_guard lock(m_mutex);
    return m_tallies[static_cast<std::size_t>(kind)].logged;
}

std::uint64_t AnomalyReporter::total() const {
    const std::lock_guard lock(m_mutex);
    std::uint64_t sum = 0;
    for (const Tally& tally : m_tallies) {
        sum += tally.count;
    }
    return sum;
}

} // namespace atelier::input

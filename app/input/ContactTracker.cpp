// The contact gate: range checks, phase bookkeeping, the contact limit and ghost reconciliation.
#include "input/ContactTracker.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace atelier::input {
namespace {

constexpr std::size_t kMaxRefusedRemembered = 1024;
constexpr double kMaxContactSizeMm = 500.0;

std::string describe(const Contact& contact) {
    return std::string(sourceName(contact.source)) + " contact " + std::to_string(contact.id) + " (" +
           std::string(phaseName(contact.phase)) + ")";
}

double saneSize(double sizeMm) {
    return std::isfinite(sizeMm) && sizeMm > 0 ? std::min(sizeMm, kMaxContactSizeMm) : 0.0;
}

double sanePressure(double pressure) {
    return std::isfinite(pressure) && pressure > 0 ? std::min(pressure, 1.0) : 0.0;
}

} // namespace

ContactTracker::ContactTracker(TrackerOptions options) : m_options(options) {
    if (!std::isfinite(m_options.clampMarginMm) || m_options.clampMarginMm < 0) {
        m_options.clampMarginMm = 0;
    }
}

ContactTracker::Placement ContactTracker::place(const Contact& raw, core::Vec2& pos) {
    pos = raw.posMm;
    if (!std::isfinite(pos.x) || !std::isfinite(pos.y)) {
        m_anomalies.report(Anomaly::NonFiniteCoordinate, raw.tMs, describe(raw));
        return Placement::Dropped;
    }
    const double margin = m_options.clampMarginMm;
    const core::Vec2 size = m_options.surfaceMm;
    if (pos.x < -margin || pos.y < -margin || pos.x > size.x + margin || pos.y > size.y + margin) {
        m_anomalies.report(Anomaly::FarOutsideSurface, raw.tMs,
                           describe(raw) + " at " + std::to_string(pos.x) + ", " + std::to_string(pos.y) +
                               " mm");
        return Placement::Dropped;
    }
    const core::Vec2 clamped{std::clamp(pos.x, 0.0, size.x), std::clamp(pos.y, 0.0, size.y)};
    if (clamped == pos) {
        return Placement::Inside;
    }
    pos = clamped;
    m_anomalies.report(Anomaly::ClampedToSurface, raw.tMs, describe(raw));
    return Placement::Clamped;
}

void ContactTracker::accept(const Contact& raw, std::vector<Contact>& out) {
    const ContactKey key = raw.key();
    core::Vec2 pos;
    const bool placed = place(raw, pos) != Placement::Dropped;
    Contact clean = raw;
    clean.sizeMm = saneSize(raw.sizeMm);
    clean.pressure = sanePressure(raw.pressure);

    const auto live = m_live.find(key);
    if (live != m_live.end() && raw.tMs < live->second.tMs) {
        m_anomalies.report(Anomaly::TimeWentBack, raw.tMs, describe(raw));
        clean.tMs = live->second.tMs;
    }

    switch (raw.phase) {
    case Phase::Down:
        if (m_refused.contains(key) || !placed) {
            return;
        }
        if (live != m_live.end()) {
            m_anomalies.report(Anomaly::DuplicateDown, raw.tMs, describe(raw));
            clean.phase = Phase::Move;
            clean.posMm = pos;
            live->second = Live{pos, clean.tMs};
            out.push_back(clean);
            return;
        }
        if (m_live.size() >= m_options.maxContacts) {
            m_anomalies.report(Anomaly::TooManyContacts, raw.tMs,
                               describe(raw) + ": " + std::to_string(m_live.size()) + " already down");
            if (m_refused.size() >= kMaxRefusedRemembered) {
                m_refused.clear();
            }
            m_refused.insert(key);
            return;
        }
        clean.posMm = pos;
        m_live.emplace(key, Live{pos, clean.tMs});
        out.push_back(clean);
        return;
    case Phase::Move:
        if (live == m_live.end()) {
            if (!m_refused.contains(key)) {
                m_anomalies.report(Anomaly::UnknownContact, raw.tMs, describe(raw));
            }
            return;
        }
        if (!placed) {
            return;
        }
        clean.posMm = pos;
        live->second = Live{pos, clean.tMs};
        out.push_back(clean);
        return;
    case Phase::Up:
    case Phase::Cancel:
        if (live == m_live.end()) {
            if (m_refused.erase(key) == 0) {
                m_anomalies.report(Anomaly::UnknownContact, raw.tMs, describe(raw));
            }
            return;
        }
        // A lift with a bad position still lifts: the contact ends where it was last seen.
        clean.posMm = placed ? pos : live->second.posMm;
        out.push_back(clean);
        m_live.erase(live);
        return;
    }
}

void ContactTracker::release(ContactKey key, const Live& live, Phase phase, std::int64_t tMs,
                             std::vector<Contact>& out) {
    Contact contact;
    contact.id = key.id;
    contact.source = key.source;
    contact.phase = phase;
    contact.posMm = live.posMm;
    contact.tMs = std::max(tMs, live.tMs);
    out.push_back(contact);
}

void ContactTracker::reconcile(Source source, std::span<const ContactId> stillReported, std::int64_t nowMs,
                               std::vector<Contact>& out) {
    const auto reported = [&](ContactId id) {
        return std::find(stillReported.begin(), stillReported.end(), id) != stillReported.end();
    };
    for (auto it = m_live.begin(); it != m_live.end();) {
        if (it->first.source != source || reported(it->first.id)) {
            ++it;
            continue;
        }
        m_anomalies.report(Anomaly::GhostReleased, nowMs,
                           std::string(sourceName(source)) + " contact " + std::to_string(it->first.id) +
                               " is no longer reported by its source");
        release(it->first, it->second, Phase::Cancel, nowMs, out);
        it = m_live.erase(it);
    }
    std::erase_if(m_refused,
                  [&](const ContactKey& key) { return key.source == source && !reported(key.id); });
}

void ContactTracker::cancelAll(std::int64_t nowMs, std::vector<Contact>& out) {
    for (const auto& [key, live] : m_live) {
        release(key, live, Phase::Cancel, nowMs, out);
    }
    m_live.clear();
    m_refused.clear();
}

} // namespace atelier::input

// The corner gesture, the PIN pad's rules and the idle close of the facilitator panel.
#include "table/FacilitatorAccess.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <spdlog/spdlog.h>
#include <utility>

namespace atelier::table {
namespace {

/// A finger that slides further than this from where it landed is not holding still: it no longer counts.
constexpr double kStillMm = 20;
constexpr std::size_t kMaxDigits = 8;

} // namespace

Corner cornerFromName(std::string_view name) {
    if (name == "top-left") {
        return Corner::TopLeft;
    }
    if (name == "top-right") {
        return Corner::TopRight;
    }
    if (name == "bottom-left") {
        return Corner::BottomLeft;
    }
    if (name == "bottom-right") {
        return Corner::BottomRight;
    }
    return Corner::Any;
}

std::int64_t lockDurationMs(const std::vector<std::int64_t>& scheduleMs, int lockouts) {
    if (scheduleMs.empty()) {
        return 60000;
    }
    const std::size_t step = std::min(static_cast<std::size_t>(std::max(lockouts, 0)), scheduleMs.size() - 1);
    return scheduleMs[step];
}

FacilitatorAccess::FacilitatorAccess(AccessOptions options)
    : m_options(std::move(options)), m_pin(m_options.pin), m_wrong(std::max(0, m_options.memory.wrong)),
      m_lockouts(std::max(0, m_options.memory.lockouts)) {
    const store::PinGuard& memory = m_options.memory;
    if (memory.lockedUntilUnixMs > 0) {
        m_lockedUntilMs = memory.lockedUntilUnixMs - m_options.unixMsAtZero;
    }
    if (m_pin && !memory.rewrittenHash.empty()) {
        std::optional<PinHash> rewritten = parsePinHash(memory.rewrittenHash);
        if (rewritten && !needsRewrite(*rewritten)) {
            m_pin = std::move(rewritten);
            m_rewrittenHash = memory.rewrittenHash;
        }
    }
}

FacilitatorAccess::~FacilitatorAccess() {
    if (m_check.valid()) {
        m_check.wait();
    }
}

void FacilitatorAccess::remember() const {
    if (!m_options.remember || !m_options.pin) {
        return;
    }
    store::PinGuard guard;
    guard.configHash = m_options.pin->text;
    guard.wrong = m_wrong;
    guard.lockouts = m_lockouts;
    guard.lockedUntilUnixMs = m_lockedUntilMs ? *m_lockedUntilMs + m_options.unixMsAtZero : 0;
    guard.rewrittenHash = m_rewrittenHash;
    m_options.remember(guard);
}

int FacilitatorAccess::cornerOf(core::Vec2 posMm) const {
    const double reach = m_options.cornerMm;
    const bool left = posMm.x <= reach;
    const bool right = posMm.x >= m_options.surfaceMm.x - reach;
    const bool top = posMm.y <= reach;
    const bool bottom = posMm.y >= m_options.surfaceMm.y - reach;
    int corner = -1;
    if (top && left) {
        corner = static_cast<int>(Corner::TopLeft);
    } else if (top && right) {
        corner = static_cast<int>(Corner::TopRight);
    } else if (bottom && left) {
        corner = static_cast<int>(Corner::BottomLeft);
    } else if (bottom && right) {
        corner = static_cast<int>(Corner::BottomRight);
    }
    if (corner < 0 || (m_options.corner != Corner::Any && corner != static_cast<int>(m_options.corner))) {
        return -1;
    }
    return corner;
}

void FacilitatorAccess::observe(const input::Contact& contact) {
    switch (contact.phase) {
    case input::Phase::Down:
        m_fingers.insert_or_assign(contact.key(),
                                   Finger{contact.posMm, contact.tMs, cornerOf(contact.posMm)});
        return;
    case input::Phase::Move:
        if (auto found = m_fingers.find(contact.key()); found != m_fingers.end()) {
            const core::Vec2 from = found->second.downMm;
            if (std::hypot(contact.posMm.x - from.x, contact.posMm.y - from.y) > kStillMm) {
                found->second.corner = -1;
            }
        }
        return;
    case input::Phase::Up:
    case input::Phase::Cancel:
        // The fingers were held long enough before this one lifted: a frame that came late must not lose it.
        if (const std::optional<std::int64_t> due = gestureDueMs(); due && *due <= contact.tMs) {
            m_heldMs = *due;
            m_heldPointMm = gesturePoint(); // where the panel will face
        }
        m_fingers.erase(contact.key());
        return;
    }
}

std::optional<std::int64_t> FacilitatorAccess::gestureDueMs() const {
    if (m_state != AccessState::Closed) {
        return std::nullopt;
    }
    std::optional<std::int64_t> due;
    for (int corner = 0; corner < 5; ++corner) {
        std::vector<std::int64_t> downs;
        for (const auto& [key, finger] : m_fingers) {
            if (finger.corner == corner) {
                downs.push_back(finger.downMs);
            }
        }
        if (static_cast<int>(downs.size()) < m_options.fingers) {
            continue;
        }
        // The earliest moment `fingers` of them have all been held for the hold time.
        std::sort(downs.begin(), downs.end());
        const std::int64_t at = downs[static_cast<std::size_t>(m_options.fingers - 1)] + m_options.holdMs;
        due = due ? std::min(*due, at) : at;
    }
    return due;
}

bool FacilitatorAccess::update(std::int64_t nowMs) {
    const std::optional<std::int64_t> due = gestureDueMs();
    const bool liftedAfterHold = std::exchange(m_heldMs, std::nullopt).has_value();
    if (liftedAfterHold || (due && *due <= nowMs)) {
        const std::optional<core::Vec2> point =
            liftedAfterHold ? std::exchange(m_heldPointMm, std::nullopt) : gesturePoint();
        const core::Vec2 at = point.value_or(core::Vec2{});
        spdlog::info("facilitator gesture held at {:.0f},{:.0f} mm: the PIN pad opens", at.x, at.y);
        askPin(nowMs);
        m_gesturePointMm = point;
        return true;
    }
    if (m_state != AccessState::Closed && nowMs - m_lastUseMs >= m_options.idleCloseMs) {
        spdlog::info("the facilitator panel closes after {} s unused", m_options.idleCloseMs / 1000);
        close();
        return true;
    }
    return false;
}

std::optional<std::int64_t> FacilitatorAccess::nextDeadlineMs() const {
    if (m_state != AccessState::Closed) {
        std::int64_t next = m_lastUseMs + m_options.idleCloseMs;
        if (m_lockedUntilMs) {
            next = std::min(next, *m_lockedUntilMs); // the pad redraws when it unlocks
        }
        return next;
    }
    return m_heldMs ? m_heldMs : gestureDueMs();
}

std::optional<core::Vec2> FacilitatorAccess::gesturePoint() const {
    for (int corner = 0; corner < 5; ++corner) {
        core::Vec2 sum;
        int count = 0;
        for (const auto& [key, finger] : m_fingers) {
            if (finger.corner == corner) {
                sum = core::Vec2{sum.x + finger.downMm.x, sum.y + finger.downMm.y};
                ++count;
            }
        }
        if (count >= m_options.fingers && count > 0) {
            return core::Vec2{sum.x / count, sum.y / count};
        }
    }
    return std::nullopt;
}

void FacilitatorAccess::askPin(std::int64_t nowMs) {
    m_gesturePointMm.reset(); // the shortcut: no corner, the panel stands upright
    m_state = AccessState::AskingPin;
    m_typed.clear();
    m_fingers.clear(); // the same fingers held on must not call it again
    m_lastUseMs = nowMs;
}

std::int64_t FacilitatorAccess::lockedForMs(std::int64_t nowMs) const {
    return m_lockedUntilMs ? std::max<std::int64_t>(0, *m_lockedUntilMs - nowMs) : 0;
}

void FacilitatorAccess::typeDigit(char digit, std::int64_t nowMs) {
    m_lastUseMs = nowMs;
    if (m_state != AccessState::AskingPin || lockedForMs(nowMs) > 0 || checking() ||
        m_typed.size() >= kMaxDigits || digit < '0' || digit > '9') {
        return;
    }
    m_typed += digit;
}

void FacilitatorAccess::eraseDigit(std::int64_t nowMs) {
    m_lastUseMs = nowMs;
    if (!m_typed.empty()) {
        m_typed.pop_back();
    }
}

PinOutcome FacilitatorAccess::submit(std::int64_t nowMs) {
    m_lastUseMs = nowMs;
    if (m_state != AccessState::AskingPin) {
        return PinOutcome::Wrong;
    }
    if (checking()) {
        return PinOutcome::Checking; // one PIN at a time
    }
    if (lockedForMs(nowMs) > 0) {
        m_typed.clear();
        return PinOutcome::StillLocked;
    }
    if (m_lockedUntilMs) { // the lock ran out: a fresh set of tries (the next lock is still longer)
        m_lockedUntilMs.reset();
        m_wrong = 0;
    }
    if (!m_pin) {
        m_typed.clear();
        return PinOutcome::NoPinSet;
    }
    if (m_typed.size() < 4) {
        return PinOutcome::TooShort;
    }
    ++m_wrong; // counted before the check: pulling the plug meanwhile does not forgive it
    remember();
    m_check = std::async(std::launch::async, [pin = *m_pin, typed = std::move(m_typed)] {
        CheckResult result;
        result.right = pinMatches(typed, pin);
        if (result.right && needsRewrite(pin)) {
            try {
                result.rewrittenHash = makePinHash(typed);
            } catch (const std::exception& error) {
                spdlog::warn("the facilitator PIN's older hash could not be replaced: {}", error.what());
            }
        }
        return result;
    });
    m_typed.clear();
    return PinOutcome::Checking;
}

std::optional<PinOutcome> FacilitatorAccess::poll(std::int64_t nowMs) {
    if (!m_check.valid() || m_check.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
        return std::nullopt;
    }
    const CheckResult result = m_check.get();
    return result.right ? accept(result) : refuse(nowMs);
}

PinOutcome FacilitatorAccess::accept(const CheckResult& result) {
    m_wrong = 0;
    m_lockouts = 0;
    m_lockedUntilMs.reset();
    if (!result.rewrittenHash.empty()) {
        m_rewrittenHash = result.rewrittenHash;
        m_pin = parsePinHash(result.rewrittenHash);
        spdlog::info(
            "the facilitator PIN's older PBKDF2 hash was replaced by an Argon2id one in the data file "
            "(run `atelier pin --set` to put an Argon2id hash in the config too)");
    }
    remember();
    if (m_state != AccessState::AskingPin) {
        return PinOutcome::Wrong; // the pad was closed meanwhile: it does not open by itself
    }
    m_state = AccessState::Open;
    spdlog::info("facilitator panel opened (PIN accepted)");
    return PinOutcome::Accepted;
}

PinOutcome FacilitatorAccess::refuse(std::int64_t nowMs) {
    if (m_wrong >= m_options.maxTries) {
        const std::int64_t lockMs = lockDurationMs(m_options.lockScheduleMs, m_lockouts);
        m_lockedUntilMs = nowMs + lockMs;
        ++m_lockouts;
        remember();
        spdlog::warn("facilitator PIN pad locked for {} s after {} wrong PINs (lock {} in a row)",
                     lockMs / 1000, m_wrong, m_lockouts);
        return PinOutcome::LockedNow;
    }
    spdlog::warn("wrong facilitator PIN ({} of {})", m_wrong, m_options.maxTries);
    return PinOutcome::Wrong;
}

void FacilitatorAccess::close() {
    m_state = AccessState::Closed;
    m_typed.clear();
    m_fingers.clear();
}

} // namespace atelier::table

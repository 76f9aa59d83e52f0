// Tap, double tap and long press recognition.
#include "input/TapRecognizer.hpp"

#include <algorithm>
#include <cmath>

namespace atelier::input {
namespace {

constexpr std::size_t kMaxRecentTaps = 64;

double distance(core::Vec2 a, core::Vec2 b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

GestureNotification notification(GestureKind kind, const Contact& contact, core::ItemId item, int seat) {
    GestureNotification n;
    n.kind = kind;
    n.contact = contact.key();
    n.seat = seat;
    n.item = item;
    n.posMm = contact.posMm;
    n.tMs = contact.tMs;
    return n;
}

} // namespace

GestureNotification TapRecognizer::longPress(ContactKey key, const Watch& watch, std::int64_t tMs) {
    GestureNotification n;
    n.kind = GestureKind::LongPress;
    n.contact = key;
    n.seat = watch.seat;
    n.item = watch.item;
    n.posMm = watch.downPos;
    n.tMs = tMs;
    return n;
}

void TapRecognizer::down(const Contact& contact, core::ItemId item, int seat) {
    m_watches.insert_or_assign(contact.key(), Watch{contact.posMm, contact.tMs, item, seat, true, false});
}

void TapRecognizer::move(const Contact& contact) {
    const auto watch = m_watches.find(contact.key());
    if (watch != m_watches.end() && watch->second.still &&
        distance(contact.posMm, watch->second.downPos) > m_options->tapSlopMm) {
        watch->second.still = false;
    }
}

bool TapRecognizer::up(const Contact& contact, std::vector<GestureNotification>& out) {
    const auto found = m_watches.find(contact.key());
    if (found == m_watches.end()) {
        return false;
    }
    const Watch watch = found->second;
    m_watches.erase(found);
    const bool heldLongEnough = contact.tMs - watch.downMs >= m_options->longPressMs;
    if (contact.phase == Phase::Up && watch.still && !watch.longPressed && heldLongEnough &&
        distance(contact.posMm, watch.downPos) <= m_options->tapSlopMm) {
        // Held still long enough, but no frame looked in time (a stalled frame, a late batch of input):
        // the press is still a long press, dated when it became one.
        out.push_back(longPress(contact.key(), watch, watch.downMs + m_options->longPressMs));
        return false;
    }
    const bool tap = contact.phase == Phase::Up && watch.still && !watch.longPressed &&
                     distance(contact.posMm, watch.downPos) <= m_options->tapSlopMm &&
                     contact.tMs - watch.downMs < m_options->longPressMs;
    if (!tap) {
        return false;
    }
    out.push_back(notification(GestureKind::Tap, contact, watch.item, watch.seat));
    std::erase_if(m_recentTaps,
                  [&](const LastTap& last) { return contact.tMs - last.tMs > m_options->doubleTapMs; });
    const auto first = std::find_if(m_recentTaps.begin(), m_recentTaps.end(), [&](const LastTap& last) {
        return last.item == watch.item && distance(last.pos, contact.posMm) <= m_options->doubleTapSlopMm;
    });
    if (first != m_recentTaps.end()) {
        out.push_back(notification(GestureKind::DoubleTap, contact, watch.item, watch.seat));
        m_recentTaps.erase(first); // a third tap starts a new pair
    } else {
        if (m_recentTaps.size() >= kMaxRecentTaps) {
            m_recentTaps.erase(m_recentTaps.begin());
        }
        m_recentTaps.push_back(LastTap{contact.posMm, contact.tMs, watch.item});
    }
    return true;
}

void TapRecognizer::update(std::int64_t nowMs, std::vector<GestureNotification>& out) {
    for (auto& [key, watch] : m_watches) {
        if (watch.still && !watch.longPressed && nowMs - watch.downMs >= m_options->longPressMs) {
            watch.longPressed = true;
            out.push_back(longPress(key, watch, nowMs));
        }
    }
}

std::optional<std::int64_t> TapRecognizer::nextDeadlineMs() const {
    std::optional<std::int64_t> next;
    for (const auto& [key, watch] : m_watches) {
        if (watch.still && !watch.longPressed) {
            const std::int64_t due = watch.downMs + m_options->longPressMs;
            next = next ? std::min(*next, due) : due;
        }
    }
    return next;
}

} // namespace atelier::input

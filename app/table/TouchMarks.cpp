// Touch rings: where each contact is, and how far a lifted one has faded.
#include "table/TouchMarks.hpp"

#include <algorithm>

namespace atelier::table {

void TouchMarks::observe(const input::Contact& contact, int seat, std::int64_t nowMs) {
    Mark& mark = m_marks[contact.key()];
    mark.positionMm = contact.posMm;
    if (contact.phase == input::Phase::Down) {
        mark.seat = seat;
        mark.liftedMs = -1;
    } else if (contact.phase == input::Phase::Up || contact.phase == input::Phase::Cancel) {
        mark.liftedMs = nowMs;
    } else if (mark.seat == 0) { // a move of a contact first seen moving: it belongs where it is
        mark.seat = seat;
    }
}

bool TouchMarks::fading() const {
    // True until the frame that finds a ring faded has drawn without it (overlays() forgets it then).
    return std::any_of(m_marks.begin(), m_marks.end(),
                       [](const auto& entry) { return entry.second.liftedMs >= 0; });
}

render::Overlays TouchMarks::overlays(std::int64_t nowMs) {
    render::Overlays overlays;
    for (auto it = m_marks.begin(); it != m_marks.end();) {
        const Mark& mark = it->second;
        const std::int64_t since = mark.liftedMs < 0 ? 0 : nowMs - mark.liftedMs;
        if (since > kFadeMs) {
            it = m_marks.erase(it);
            continue;
        }
        const double opacity = 1.0 - static_cast<double>(since) / static_cast<double>(kFadeMs + 1);
        overlays.contacts.push_back({mark.positionMm, mark.seat, static_cast<float>(opacity)});
        ++it;
    }
    return overlays;
}

} // namespace atelier::table

// The rings that show people the table felt their touch: one under every contact, fading once it lifts.
#pragma once

#include <cstdint>
#include <map>

#include "input/Contact.hpp"
#include "render/Overlays.hpp"

namespace atelier::table {

/// Remembers where each contact is (and where the lifted ones were) so the frame can draw a ring under it
/// in its seat's colour; a lifted ring fades out over kFadeMs, then nothing is left to draw.
class TouchMarks {
public:
    /// How long a ring takes to fade after its finger lifts (presentation only; a short, calm fade).
    static constexpr std::int64_t kFadeMs = 220;

    /// Follows one contact sample of `seat` (the seat whose zone it is in) at the loop's clock `nowMs`.
    void observe(const input::Contact& contact, int seat, std::int64_t nowMs);
    /// True while a lifted ring still fades (the loop keeps drawing until a frame is drawn without it).
    bool fading() const;
    /// The rings to draw now: every contact down at full strength, lifted ones fading; forgets faded ones.
    render::Overlays overlays(std::int64_t nowMs);
    /// Forgets every ring (a fresh session; the loop stops).
    void clear() { m_marks.clear(); }
    /// How many rings are remembered (down or fading).
    std::size_t size() const { return m_marks.size(); }

private:
    struct Mark {
        core::Vec2 positionMm;
        int seat = 0;
        std::int64_t liftedMs = -1; ///< -1 while down
    };
    std::map<input::ContactKey, Mark> m_marks;
};

} // namespace atelier::table

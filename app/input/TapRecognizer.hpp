// Tap, double tap and long press, recognised per contact whatever the contact does otherwise.
#pragma once

#include "core/Ids.hpp"
#include "input/Contact.hpp"
#include "input/GestureOptions.hpp"
#include "input/GestureOutput.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace atelier::input {

/// Watches each contact from down to up: a short lift that barely moved is a tap (and a double tap when it
/// follows another nearby, on the same item), a contact held still for longPressMs is a long press.
class TapRecognizer {
public:
    /// Thresholds from `options`.
    explicit TapRecognizer(const GestureOptions& options) : m_options(&options) {}

    /// A contact went down on `item` (kNoItem: the empty board).
    void down(const Contact& contact, core::ItemId item, int seat);

    /// A contact moved; past the slop it can no longer tap or long-press.
    void move(const Contact& contact);

    /// A contact lifted (or was cancelled: never a tap); appends Tap and DoubleTap. True when it was a tap.
    bool up(const Contact& contact, std::vector<GestureNotification>& out);

    /// Appends LongPress for contacts held still long enough by `nowMs`.
    void update(std::int64_t nowMs, std::vector<GestureNotification>& out);

    /// When update() should next run for a long press to be on time; none when no contact is waiting for one.
    std::optional<std::int64_t> nextDeadlineMs() const;

private:
    struct Watch {
        core::Vec2 downPos;
        std::int64_t downMs = 0;
        core::ItemId item = core::kNoItem;
        int seat = 0;
        bool still = true; ///< has not left the slop
        bool longPressed = false;
    };
    static GestureNotification longPress(ContactKey key, const Watch& watch, std::int64_t tMs);

    struct LastTap {
        core::Vec2 pos;
        std::int64_t tMs = 0;
        core::ItemId item = core::kNoItem;
    };

    const GestureOptions* m_options;
    std::map<ContactKey, Watch> m_watches;
    std::vector<LastTap> m_recentTaps; ///< taps that may still become the first of a double tap
};

} // namespace atelier::input

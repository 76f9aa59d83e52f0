// One seat's on-screen keyboard: the card it writes, its keys under the fingers, shift and accent choices.
#pragma once

#include "core/Geometry.hpp"
#include "input/Contact.hpp"
#include "input/TargetRegistry.hpp"
#include "workshop/CardEditor.hpp"
#include "workshop/KeyboardLayout.hpp"
#include "workshop/Widget.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace atelier::workshop {

/// What a contact on a keyboard did when it lifted (or slid).
enum class KeyOutcome {
    Nothing, ///< no change to the text (a release outside, shift, a full card)
    Edited,  ///< the text changed: a card.edited is due
    Closed,  ///< enter: the keyboard closed, leaving the card as it is
};

/// The keyboard in front of one seat, open on one card at a time. Every key acts on release inside it (a
/// release outside cancels); holding a letter for the long-press time opens its accented variants above it,
/// chosen by sliding onto one and lifting. Shift capitalises the next letter; a second tap within the
/// double-tap time locks it, a later one (or a tap while locked) releases it.
/// Several fingers may type at once, each press followed on its own.
class SeatKeyboard {
public:
    /// The keyboard of `seat`, its panel at `panelPose` (from DockLayout), with this long-press time, showing
    /// `layout` (the table's language's) until its layout key switches it.
    SeatKeyboard(int seat, core::Pose panelPose, std::int64_t longPressMs,
                 const KeyboardLayout& layout = KeyboardLayout::french());
    /// The layout it shows now.
    const KeyboardLayout& layout() const { return *m_layout; }

    /// Opens (or moves) the keyboard onto a card; shift starts on for an empty card (a capital first).
    void open(CardEditor editor);
    /// Closes it; fingers still on keys are forgotten.
    void close();
    /// True while it writes a card.
    bool isOpen() const { return m_editor.has_value(); }
    /// The card being written, or nullptr when closed.
    CardEditor* editor() { return m_editor ? &*m_editor : nullptr; }
    /// See above.
    const CardEditor* editor() const { return m_editor ? &*m_editor : nullptr; }

    /// The seat it belongs to.
    int seat() const { return m_seat; }
    /// Where its panel lies.
    const core::Pose& pose() const { return m_pose; }
    /// True when the open panel lies under this table point (a contact there belongs to the keyboard).
    bool covers(core::Vec2 tableMm) const;
    /// Where a key lies on the table.
    core::Pose keyPose(const Key& key) const;

    /// A contact went down on the panel: presses the key under it, if any.
    void press(const input::Contact& contact);
    /// A later sample of a pressed contact: slides, and on Up acts on its key or accent choice.
    KeyOutcome follow(const input::Contact& contact);
    /// Opens the accent choices of letters held long enough by `nowMs`; true when one opened.
    bool tick(std::int64_t nowMs);
    /// When tick() must next run for a long press to open on time, if a letter is held.
    std::optional<std::int64_t> nextDeadlineMs() const;

    /// True when the next letter comes out as a capital.
    bool shiftOn() const { return m_shift != Shift::Off; }
    /// True when shift is locked (capitals until shift is tapped again).
    bool shiftLocked() const { return m_shift == Shift::Locked; }
    /// The accent choices open for a contact (lower case), empty if none: tests and the renderer look.
    std::vector<std::string> choicesFor(input::ContactKey contact) const;

    /// Appends the panel, its keys and any open accent choices, in the seat's colour.
    void appendWidgets(std::vector<Widget>& out, std::uint32_t colour) const;
    /// Adds every key as seat.<n>.keyboard.<name> while open.
    void addTargets(input::TargetRegistry& targets) const;

private:
    enum class Shift { Off, Once, Locked };
    struct Press {
        const Key* key = nullptr;
        std::int64_t downMs = 0;
        bool inside = true;    ///< still on its key (within the release grace)
        bool choosing = false; ///< accent choices are open
        int choice = -1;       ///< the accent choice under the finger, -1 for none
    };

    KeyOutcome activate(const Key& key, const std::string* variant, std::int64_t tMs);
    std::string typed(std::string_view lower) const;
    core::Vec2 choiceCentre(const Key& key, std::size_t index) const;
    int choiceAt(const Key& key, core::Vec2 localMm) const;
    bool openChoicesIfDue(Press& press, std::int64_t nowMs) const;

    int m_seat;
    const KeyboardLayout* m_layout; ///< french() or english(): the layout key switches it
    core::Pose m_pose;
    std::int64_t m_longPressMs;
    std::optional<CardEditor> m_editor;
    Shift m_shift = Shift::Off;
    std::int64_t m_shiftTappedMs = 0; ///< when shift was last turned on by a tap
    std::map<input::ContactKey, Press> m_presses;
};

} // namespace atelier::workshop

// What the renderer draws for the workshop layer: docks, dots, keyboards, keys and accent choices.
#pragma once

#include "core/Geometry.hpp"
#include "core/Ids.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace atelier::workshop {

/// The kinds of element the workshop layer puts on the table, each drawn by render/.
enum class WidgetKind {
    DockButton,   ///< a dock button; icon says which ("new_card", "pen", "eraser", "undo", "redo", "bin")
    VoteDot,      ///< one of the seat's vote dots, in its dock or following the finger that drags it
    Keyboard,     ///< a keyboard's panel: card, characters and characterLimit tell what the counter shows
    Key,          ///< one key; label is the character it types now (capital under shift), icon names the rest
    AccentChoice, ///< one accented variant offered by a long press, above its letter
    PenColour,    ///< one of the pen's colours (colour), active when chosen; shown while the seat's pen is on
    PenWidth,     ///< one of the pen's widths (lineMm, drawn in the chosen colour), active when chosen
    Ranking,      ///< the vote ranking (lines), facing one seat, shown in a phase with "locked"
    Suggestion,   ///< the outline of a proposed cluster (its buttons are DockButtons "accept", "dismiss")
    Paused,       ///< "the table is paused", facing one seat, while the facilitator paused the session
    CostPad,      ///< the numeric pad's panel: label is the amount typed, card the item it costs
    RatingPanel,  ///< the rating control's panel: label is the proposal's title, lines its criteria
    Coin,         ///< one of the seat's coins, in its dock or following the finger that drags it; label: value
    Envelope,     ///< facing one seat, how much of the envelope is placed and what is funded (lines)
    Decision,     ///< the restitution of deciding facing one seat: the funded set, then the criteria ranking
    Notice,       ///< one line facing a seat: why the dimmed tool it touched (icon) does nothing, and the step
                  ///< it comes with (phaseName, "" when none does)
};

/// One element to draw, in table millimetres, turned to face its seat. Plain data, rebuilt only when
/// TableWorkshop::version() changes.
struct Widget {
    WidgetKind kind = WidgetKind::DockButton;
    int seat = 0;         ///< the seat it belongs to (1..n)
    std::string name;     ///< its target name ("seat.2.keyboard.é"), empty for accent choices
    std::string icon;     ///< named symbol for buttons and named keys: "new_card", "shift", "backspace", …
    std::string label;    ///< UTF-8 text to print on it (a key's character); words are never put here
    core::Pose pose;      ///< centre and rotation (the seat's facing); scale 1
    core::Size size;      ///< mm
    bool pressed = false; ///< a finger is on it now (touch-down feedback)
    bool active = false;  ///< a mode that is on: the seat's pen or eraser, shift, a bin a card hovers over
    bool latched = false; ///< shift locked for capitals (tapped twice)
    bool enabled = true; ///< false: drawn dimmed, does nothing (undo with no history, a tool the phase lacks)
    std::uint32_t colour = 0;          ///< the seat's colour, 0xRRGGBB
    core::ItemId card = core::kNoItem; ///< Keyboard: the card being written
    int characters = 0; ///< Keyboard: characters typed so far; Envelope: the seat's coins left; Decision: how
                        ///< many of `lines` are the funded set (the rest is the criteria ranking)
    int characterLimit = 0; ///< Keyboard: the most characters allowed
    core::Vec2 counterMm;   ///< Keyboard: where the counter "characters / characterLimit" goes (table mm)
    bool finishing =
        false;         ///< Keyboard: the phase changed to one without new cards; the card may be finished
    int moreTied = 0;  ///< Ranking: items tied with its last line that do not fit ("+N")
    double lineMm = 0; ///< PenColour, PenWidth: the width of line to show on it
    std::vector<std::string> lines; ///< Ranking: "rank · dots · text" per item, most voted first; Envelope:
                                    ///< the funded proposals; RatingPanel: the criteria; CostPad: the item
    std::int64_t amountCents = 0;   ///< Envelope: the money the coins placed stand for
    std::int64_t totalCents = 0;    ///< Envelope: the whole envelope
    std::string phaseName;          ///< Notice: the workshop's step the tool comes with, "" when none
};

} // namespace atelier::workshop

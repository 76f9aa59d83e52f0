// One seat's dock: its buttons and vote dots under the fingers, and the tool the seat has chosen.
#pragma once

#include "input/Contact.hpp"
#include "input/TargetRegistry.hpp"
#include "workshop/DockLayout.hpp"
#include "workshop/PenStyle.hpp"
#include "workshop/Widget.hpp"

#include <map>
#include <optional>
#include <vector>

namespace atelier::workshop {

/// What the seat's fingers do on the board: move things (the default), draw with the pen, or erase.
enum class SeatTool { Move, Pen, Eraser };

/// A dock button that was pressed and released inside (it acts now), or a vote dot let go at `posMm`.
struct DockRelease {
    DockButton button = DockButton::NewCard;
    int dot = 0;      ///< for Dot: which one (1-based)
    core::Vec2 posMm; ///< where the finger lifted
};

/// How the dock looks this frame, from the board and the seat's history.
struct DockLook {
    std::uint32_t colour = 0;  ///< the seat's colour
    int dotsShown = 0;         ///< vote dots in the dock (0 outside voting)
    int dotsGiven = 0;         ///< dots the seat was given: fixes where each dot lies
    bool canUndo = false;      ///< the seat has something to take back
    bool canRedo = false;      ///< the seat has something to put back
    bool cardsAllowed = true;  ///< the phase allows new cards
    bool sketchAllowed = true; ///< the phase allows pens and erasers
    bool binHot = false;       ///< a card being dragged by this seat hovers over the bin
    bool nextPressed = false;  ///< the seat pressed "Next" in this phase
};

/// The buttons of one seat's dock as touch targets: a press shows at touch-down, the button acts on a release
/// inside it, a release outside cancels. A vote dot follows the finger that drags it and is let go wherever
/// it lifts. The dock also remembers the seat's tool (pen and eraser toggle it).
class SeatDock {
public:
    /// The dock of `seat` as `layout` places it; the layout must outlive the dock.
    SeatDock(int seat, const DockLayout& layout);

    /// A contact going down: true (and pressed) when it lands on a button, on one of the first `dotsShown`
    /// of the `dotsGiven` vote dots, or (pen on) on a colour or width choice.
    bool press(const input::Contact& contact, int dotsShown, int dotsGiven);
    /// A later sample of a pressed contact; on Up, the button it released inside, or the dot it let go.
    std::optional<DockRelease> follow(const input::Contact& contact);

    /// True when the point lies on this seat's bin (grown by the release grace): where cards are dropped.
    bool onBin(core::Vec2 tableMm) const;
    /// The seat's tool.
    SeatTool tool() const { return m_tool; }
    /// Sets the seat's tool.
    void setTool(SeatTool tool) { m_tool = tool; }
    /// The colour and width the seat's pen draws with.
    PenStyle penStyle() const { return m_style; }
    /// Chooses the pen's colour (0..5) or width (0..2); out-of-range choices are ignored.
    void choose(DockButton button, int index);
    /// The seat it belongs to.
    int seat() const { return m_seat; }

    /// Appends the buttons and the dots (a dragged dot where its finger is).
    void appendWidgets(std::vector<Widget>& out, const DockLook& look) const;
    /// Adds seat.<n>.dock.<button> for each button, seat.<n>.dock.dot.<k> for each dot shown and, while the
    /// pen is on, seat.<n>.dock.color.<k> (1..6) and seat.<n>.dock.width.<k> (1..3).
    void addTargets(input::TargetRegistry& targets, int dotsShown, int dotsGiven) const;

private:
    struct Press {
        DockButton button = DockButton::NewCard;
        int dot = 0;
        core::Vec2 posMm;
        bool inside = true;
        bool dotsRow = false; ///< pen choices: laid out with the dots shown (a row further in)
    };

    std::string name(DockButton button, int dot) const;

    int m_seat;
    const DockLayout* m_layout;
    SeatTool m_tool = SeatTool::Move;
    PenStyle m_style;
    std::map<input::ContactKey, Press> m_presses;
};

} // namespace atelier::workshop

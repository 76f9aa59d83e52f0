// Where each seat's dock buttons, vote dots, keyboard and new cards lie on the table.
#pragma once

#include "core/Geometry.hpp"
#include "workshop/SeatLayout.hpp"

#include <string_view>
#include <vector>

namespace atelier::workshop {

/// The elements of a seat's dock; Dot is one of its vote dots, Colour and Width the pen's choices.
enum class DockButton { NewCard, Pen, Eraser, Undo, Redo, Bin, Dot, Colour, Width, Next };

/// The name of a dock button in target names and widgets: "new_card", "pen", "eraser", "undo", "redo", "bin",
/// "dot", "color", "width", "next".
std::string_view dockButtonName(DockButton button);

/// One element of a dock on the table: what it is, where (turned to face its seat) and how big.
struct DockPlace {
    DockButton button = DockButton::NewCard;
    int dot = 0; ///< 1-based index for Dot, else 0
    core::Pose pose;
    core::Size size;
};

/// The layout of every seat's dock, keyboard and new-card spot, computed once from the seats (and so from the
/// surface): docks along the edge in front of each person, the keyboard just inward of the dock, new cards
/// inward of the keyboard so that neither covers them. Everything is turned to face its seat.
class DockLayout {
public:
    /// Lays out the seats of `seats`, which must outlive the layout.
    /// `nextButton` adds "Next" at the right end of each dock (a workshop that moves on by itself).
    explicit DockLayout(const SeatLayout& seats, bool nextButton = false);

    /// The seats laid out.
    const SeatLayout& seats() const { return *m_seats; }
    /// The six buttons of a seat's dock (each a pictogram over its word) (new card, pen, eraser, undo, redo,
    /// bin), left to right as the person sees them; empty for a seat that does not exist.
    const std::vector<DockPlace>& buttons(int seat) const;
    /// One button of a seat's dock, or nullptr.
    const DockPlace* button(int seat, DockButton button) const;
    /// Where the seat's vote dot number `index` (1..count) lies when it has `count` dots: in a row centred
    /// in front of the seat, just inward of its buttons (where the keyboard lies outside voting). Dots keep
    /// their places as they are used, for `count` is the dots a seat is given, not those left.
    DockPlace dot(int seat, int index, int count) const;
    /// Where the pen's colour (`button` Colour, index 1..6) or width (Width, 1..3) choice lies while the
    /// seat's pen is on: one row just inward of the buttons, colours then widths; a row further in while dots
    /// are shown (a phase with both sketching and voting).
    DockPlace penChoice(int seat, DockButton button, int index, bool dotsShown) const;
    /// The centre and rotation of the seat's keyboard panel.
    core::Pose keyboardPose(int seat) const;
    /// Where a new card of the seat goes when the spot is free.
    core::Pose newCardPose(int seat) const;
    /// Where the seat reads the phase timer: in the dock's row, to the person's right of its buttons, so that
    /// it never covers the keyboard, the dots, the pen's choices or the ranking (all inward of the dock).
    core::Pose timerPose(int seat) const;
    /// Where a seat reads why a dimmed tool does nothing: a line just inward of its dock, over the near edge
    /// of its keyboard (a notice lasts seconds; it may cover the keyboard's counter meanwhile).
    core::Pose noticePose(int seat) const;
    /// The box of that line.
    static core::Size noticeSize();
    /// The box the phase timer's text is fitted into.
    static core::Size timerSize();

private:
    const SeatLayout* m_seats;
    std::vector<std::vector<DockPlace>> m_buttons; ///< by seat number - 1
    bool m_nextButton = false;                     ///< the docks end with "Next" (the timer lies beyond it)
};

} // namespace atelier::workshop

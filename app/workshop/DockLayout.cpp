// Places every seat's dock, keyboard and new-card spot in the seat's frame, then on the table.
#include "workshop/DockLayout.hpp"

#include "workshop/Dimensions.hpp"
#include "workshop/KeyboardLayout.hpp"
#include "workshop/SeatFrame.hpp"

#include <algorithm>
#include <array>

namespace atelier::workshop {
namespace {

constexpr std::array<DockButton, 6> kButtonOrder = {DockButton::NewCard, DockButton::Pen,  DockButton::Eraser,
                                                    DockButton::Undo,    DockButton::Redo, DockButton::Bin};

/// Width of the row of six buttons.
constexpr double buttonRowWidth() {
    return static_cast<double>(kButtonOrder.size()) * dims::kDockButtonWidthMm +
           static_cast<double>(kButtonOrder.size() - 1) * dims::kButtonGapMm;
}

/// Depth (towards the table's middle) of the dock's centre line, in the seat's frame.
constexpr double kDockY = -(dims::kEdgeMarginMm + dims::kDockButtonDepthMm / 2);
/// Depth of the vote dots' centre line: a row just inward of the buttons, where the keyboard lies otherwise.
constexpr double kDotsY =
    -(dims::kEdgeMarginMm + dims::kDockButtonDepthMm + dims::kDockToKeyboardMm + dims::kDotMm / 2);
/// Depth of the keyboard panel's near edge.
constexpr double kKeyboardNearY = -(dims::kEdgeMarginMm + dims::kDockButtonDepthMm + dims::kDockToKeyboardMm);

} // namespace

std::string_view dockButtonName(DockButton button) {
    switch (button) {
    case DockButton::NewCard:
        return "new_card";
    case DockButton::Pen:
        return "pen";
    case DockButton::Eraser:
        return "eraser";
    case DockButton::Undo:
        return "undo";
    case DockButton::Redo:
        return "redo";
    case DockButton::Bin:
        return "bin";
    case DockButton::Dot:
        return "dot";
    case DockButton::Colour:
        return "color";
    case DockButton::Width:
        return "width";
    case DockButton::Next:
        return "next";
    }
    return "";
}

DockLayout::DockLayout(const SeatLayout& seats, bool nextButton) : m_seats(&seats), m_nextButton(nextButton) {
    for (const Seat& seat : seats.seats()) {
        std::vector<DockPlace> places;
        const core::Size size{dims::kDockButtonWidthMm, dims::kDockButtonDepthMm};
        double x = -buttonRowWidth() / 2 + size.width / 2;
        for (const DockButton button : kButtonOrder) {
            places.push_back(DockPlace{button, 0, placeForSeat(seat, core::Vec2{x, kDockY}), size});
            x += size.width + dims::kButtonGapMm;
        }
        if (nextButton) { // after the bin, a gap wider than the others sets it apart
            places.push_back(DockPlace{DockButton::Next, 0,
                                       placeForSeat(seat, core::Vec2{x + dims::kButtonGapMm, kDockY}), size});
        }
        if (m_buttons.size() < static_cast<std::size_t>(seat.number)) {
            m_buttons.resize(static_cast<std::size_t>(seat.number));
        }
        m_buttons[static_cast<std::size_t>(seat.number - 1)] = std::move(places);
    }
}

const std::vector<DockPlace>& DockLayout::buttons(int seat) const {
    static const std::vector<DockPlace> none;
    if (seat < 1 || static_cast<std::size_t>(seat) > m_buttons.size()) {
        return none;
    }
    return m_buttons[static_cast<std::size_t>(seat - 1)];
}

const DockPlace* DockLayout::button(int seat, DockButton button) const {
    for (const DockPlace& place : buttons(seat)) {
        if (place.button == button) {
            return &place;
        }
    }
    return nullptr;
}

DockPlace DockLayout::dot(int seat, int index, int count) const {
    const Seat* found = m_seats->seat(seat);
    if (found == nullptr) {
        return DockPlace{DockButton::Dot, index, {}, {}};
    }
    const double pitch = dims::kDotMm + dims::kDotGapMm;
    const double x = (index - 1 - (std::max(count, 1) - 1) / 2.0) * pitch;
    return DockPlace{DockButton::Dot, index, placeForSeat(*found, core::Vec2{x, kDotsY}),
                     core::Size{dims::kDotMm, dims::kDotMm}};
}

DockPlace DockLayout::penChoice(int seat, DockButton button, int index, bool dotsShown) const {
    const Seat* found = m_seats->seat(seat);
    if (found == nullptr || (button != DockButton::Colour && button != DockButton::Width)) {
        return DockPlace{button, index, {}, {}};
    }
    // Six colours, a wider gap, three widths: 9 choices of a dot's size, centred in front of the seat.
    const double pitch = dims::kDotMm + dims::kDotGapMm;
    const double groupGap = dims::kButtonMm - dims::kDotGapMm;
    const double rowWidth = 9 * dims::kDotMm + 7 * dims::kDotGapMm + groupGap;
    const int slot = button == DockButton::Colour ? index - 1 : 6 + index - 1;
    const double x =
        -rowWidth / 2 + dims::kDotMm / 2 + slot * pitch + (slot >= 6 ? groupGap - dims::kDotGapMm : 0);
    const double y = dotsShown ? kDotsY - pitch - dims::kDotGapMm : kDotsY;
    return DockPlace{button, index, placeForSeat(*found, core::Vec2{x, y}),
                     core::Size{dims::kDotMm, dims::kDotMm}};
}

core::Pose DockLayout::keyboardPose(int seat) const {
    const Seat* found = m_seats->seat(seat);
    if (found == nullptr) {
        return {};
    }
    const double depth = KeyboardLayout::french().panelSize().height;
    return placeForSeat(*found, core::Vec2{0, kKeyboardNearY - depth / 2});
}

core::Size DockLayout::timerSize() {
    return core::Size{92, 14}; // beside a dock of words, still on the table with eight seats
}

core::Size DockLayout::noticeSize() {
    return core::Size{buttonRowWidth(), 14};
}

core::Pose DockLayout::noticePose(int seat) const {
    const Seat* found = m_seats->seat(seat);
    if (found == nullptr) {
        return {};
    }
    return placeForSeat(*found, core::Vec2{0, kKeyboardNearY - noticeSize().height / 2 - 1});
}

core::Pose DockLayout::timerPose(int seat) const {
    const Seat* found = m_seats->seat(seat);
    if (found == nullptr) {
        return {};
    }
    const double x = buttonRowWidth() / 2 + dims::kButtonGapMm + 2 + timerSize().width / 2 +
                     (m_nextButton ? dims::kDockButtonWidthMm + 2 * dims::kButtonGapMm : 0);
    return placeForSeat(*found, core::Vec2{x, kDockY});
}

core::Pose DockLayout::newCardPose(int seat) const {
    const Seat* found = m_seats->seat(seat);
    if (found == nullptr) {
        return {};
    }
    const double depth = KeyboardLayout::french().panelSize().height;
    const double y = kKeyboardNearY - depth - dims::kKeyboardToCardMm - dims::kCardSize.height / 2;
    return placeForSeat(*found, core::Vec2{0, y});
}

} // namespace atelier::workshop

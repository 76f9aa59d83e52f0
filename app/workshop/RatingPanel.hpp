// The rating control facing one seat: 1–5 on each criterion for one proposal at a time.
#pragma once

#include "core/Geometry.hpp"
#include "core/Ids.hpp"
#include "input/Contact.hpp"
#include "input/TargetRegistry.hpp"
#include "workshop/PanelKeys.hpp"
#include "workshop/Widget.hpp"

#include <optional>
#include <string>
#include <vector>

namespace atelier::workshop {

/// A step chosen on the control: criterion `criterion` (0-based) of the proposal gets `value` (1..5).
struct RatingChoice {
    int criterion = 0;
    int value = 0;
};

/// One row per criterion, its name then five steps of 17 mm (1 to 5), under a band with the proposal's
/// title and ✖ to close; turned to face its seat where the seat's keyboard lies, its near edge there. The
/// steps the seat already chose are lit (the board says which: the caller passes them on each draw).
class RatingPanel {
public:
    /// The control of `seat`; `nearEdge` is the pose of the middle of its near edge (facing the seat).
    RatingPanel(int seat, core::Pose nearEdge);

    /// Opens the control on a proposal with these criteria (2..7 names; more are cut).
    void open(core::ItemId item, std::vector<std::string> criteria);
    /// Closes it.
    void close();
    /// True while it is open.
    bool isOpen() const { return m_item != core::kNoItem; }
    /// The proposal rated, or kNoItem.
    core::ItemId item() const { return m_item; }
    /// The seat it belongs to.
    int seat() const { return m_seat; }
    /// True when the open panel lies under this table point.
    bool covers(core::Vec2 tableMm) const;

    /// A contact going down on the panel (true when on it): presses the step under it.
    bool press(const input::Contact& contact);
    /// A later sample; on Up inside a step, the choice it made; `closed` is set when ✖ was released, `step`
    /// to -1 or +1 when ◀ or ▶ was (the previous or next proposal), else 0.
    std::optional<RatingChoice> follow(const input::Contact& contact, bool& closed, int& step);

    /// Appends the panel (label: the proposal's title; lines: the criteria) and its steps; `given[c]` is the
    /// seat's current value on criterion c (0: none), lit.
    void appendWidgets(std::vector<Widget>& out, std::uint32_t colour, const std::string& title,
                       const std::vector<int>& given) const;
    /// Adds seat.<n>.rating.<c>.<v> (criterion c from 1, value 1..5) and seat.<n>.rating.close, .previous and
    /// .next while open.
    void addTargets(input::TargetRegistry& targets) const;

    /// The panel's centre and size for this many criteria.
    core::Pose pose() const;
    /// See above.
    core::Size size() const;

private:
    std::vector<PanelKey> keys() const;

    int m_seat;
    core::Pose m_nearEdge;
    core::ItemId m_item = core::kNoItem;
    std::vector<std::string> m_criteria;
    PanelKeys m_keys;
};

} // namespace atelier::workshop

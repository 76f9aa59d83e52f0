// The numeric pad facing one seat: where a seat types the estimated cost of a card or a cluster, in euros.
#pragma once

#include "core/Geometry.hpp"
#include "core/Ids.hpp"
#include "input/Contact.hpp"
#include "input/TargetRegistry.hpp"
#include "workshop/PanelKeys.hpp"
#include "workshop/Widget.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace atelier::workshop {

/// What a release on the pad did.
enum class PadOutcome {
    Nothing,   ///< a release outside a key, or a key that changed nothing
    Typed,     ///< the amount shown changed
    Confirmed, ///< ✔: the amount is to be set on the item (the pad closes)
    Cancelled, ///< ✖: the pad closes, the item keeps its cost
};

/// A phone-style pad of 15 mm+ keys (1–9, 0, 000, ⌫, ✖, ✔) under a band that shows the amount typed, turned
/// to face its seat where the seat's keyboard lies. It is open on one card or cluster at a time and types
/// whole euros, nine digits at most (under a billion euros).
class NumberPad {
public:
    /// The pad of `seat`, its panel centred at `panelPose`.
    NumberPad(int seat, core::Pose panelPose);

    /// Opens the pad on an item, showing its current cost (whole euros; none: an empty amount).
    void open(core::ItemId item, std::optional<std::int64_t> euros);
    /// Closes it; fingers still on keys are forgotten.
    void close();
    /// True while it is open on an item.
    bool isOpen() const { return m_item != core::kNoItem; }
    /// The card or cluster whose cost is typed, or kNoItem.
    core::ItemId item() const { return m_item; }
    /// The amount typed, in whole euros; none while nothing is typed.
    std::optional<std::int64_t> euros() const;
    /// The seat it belongs to.
    int seat() const { return m_seat; }
    /// True when the open panel lies under this table point (a contact there belongs to the pad).
    bool covers(core::Vec2 tableMm) const;

    /// A contact going down on the panel: presses the key under it, if any (true when on the panel).
    bool press(const input::Contact& contact);
    /// A later sample of a pressed contact; on Up acts on its key.
    PadOutcome follow(const input::Contact& contact);
    /// Types the key of this name as a release on it would (scripts and tests name keys).
    PadOutcome activate(const std::string& name);

    /// Appends the panel (label: the amount as the band shows it) and its keys, in the seat's colour.
    void appendWidgets(std::vector<Widget>& out, std::uint32_t colour) const;
    /// Adds every key as seat.<n>.pad.<name> while open: 0–9, 000, backspace, cancel, ok.
    void addTargets(input::TargetRegistry& targets) const;

    /// The panel's size (the band, four rows of keys, a margin).
    static core::Size panelSize();
    /// The keys, in the panel's frame.
    static const std::vector<PanelKey>& keys();

private:
    int m_seat;
    core::Pose m_pose;
    core::ItemId m_item = core::kNoItem;
    std::string m_digits;
    PanelKeys m_keys;
};

/// Whole euros as a person reads them: groups of three digits set apart by a narrow no-break space, then
/// " €" ("45 000 €").
std::string formatEuros(std::int64_t euros);

} // namespace atelier::workshop

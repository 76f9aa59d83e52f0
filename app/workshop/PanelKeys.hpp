// Keys of a small panel facing a seat (the cost pad, the rating control): presses, slides and releases.
#pragma once

#include "core/Geometry.hpp"
#include "core/Ids.hpp"
#include "input/Contact.hpp"
#include "input/TargetRegistry.hpp"
#include "workshop/Widget.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atelier::workshop {

/// One key of a panel, in the panel's own frame (mm from its centre, y towards the person).
struct PanelKey {
    std::string name;  ///< its part of the target name ("7", "ok", "2.4")
    std::string label; ///< the text printed on it, empty for a symbol
    std::string icon;  ///< named symbol ("backspace", "accept", "dismiss"), empty for a label
    core::Vec2 centreMm;
    core::Size size;
};

/// The fingers on a panel's keys: a press shows at touch-down, a key acts on a release inside it (within the
/// release grace), a release outside cancels. Several fingers are followed each on its own.
class PanelKeys {
public:
    /// A contact going down at a panel posed at `pose`: true (and pressed) when it lands on one of `keys`.
    bool press(const input::Contact& contact, const core::Pose& pose, const std::vector<PanelKey>& keys);
    /// A later sample of a pressed contact; on Up inside its key, the key's name.
    std::optional<std::string> follow(const input::Contact& contact, const core::Pose& pose);
    /// True while a finger is on the key of this name.
    bool pressed(std::string_view name) const;
    /// Forgets every finger (the panel closed or changed).
    void clear() { m_presses.clear(); }
    /// The key as drawn on the panel posed at `panel`: named `prefix` + its name, in the seat's colour,
    /// pressed while a finger is on it.
    Widget widget(const PanelKey& key, const core::Pose& panel, int seat, const std::string& prefix,
                  std::uint32_t colour) const;

private:
    struct Press {
        PanelKey key;
        bool inside = true;
    };
    std::map<input::ContactKey, Press> m_presses;
};

/// The panel itself under its keys: of this kind, seat and colour, posed and sized, about `item`.
Widget seatPanelWidget(WidgetKind kind, int seat, const core::Pose& pose, core::Size size,
                       std::uint32_t colour, core::ItemId item);

/// Adds each key of the panel posed at `panel` as the target `prefix` + its name.
void addKeyTargets(input::TargetRegistry& targets, const std::string& prefix, const core::Pose& panel,
                   const std::vector<PanelKey>& keys);

} // namespace atelier::workshop

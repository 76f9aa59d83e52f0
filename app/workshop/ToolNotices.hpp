// The one-line notices a seat gets when it touches a dimmed dock tool: why it does nothing and when it comes.
#pragma once

#include "workshop/DockLayout.hpp"
#include "workshop/Widget.hpp"
#include "workshop/WorkshopDefinition.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace atelier::workshop {

/// The notices shown now, one per seat at most, each for a few seconds.
class ToolNotices {
public:
    /// How long a notice stays in front of its seat.
    static constexpr std::int64_t kShownMs = 4000;

    /// The first step after `currentPhase` (index into `phases`) whose tools include `tool` ("cards",
    /// "sketch"), or "" when none does.
    static std::string phaseBringing(const std::vector<PhasePlan>& phases, int currentPhase,
                                     const std::string& tool);

    /// Shows a notice to `seat` about `button` (its dock icon), coming with `phaseName` ("" when none).
    void show(int seat, DockButton button, std::string phaseName, std::int64_t nowMs);
    /// Forgets the notices shown long enough; true when one went.
    bool expire(std::int64_t nowMs);
    /// When the next notice goes, if one is shown.
    std::optional<std::int64_t> nextDeadlineMs() const;
    /// Adds one Notice widget per notice, facing its seat just inward of its dock (where its keyboard lies).
    void appendWidgets(std::vector<Widget>& out, const DockLayout& layout) const;
    /// The notice shown to `seat`, or nullptr.
    bool shown(int seat) const { return m_notices.contains(seat); }

private:
    struct Notice {
        DockButton button = DockButton::NewCard;
        std::string phaseName;
        std::int64_t untilMs = 0;
    };
    std::map<int, Notice> m_notices; ///< by seat
};

} // namespace atelier::workshop

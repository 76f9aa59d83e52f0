// A dimmed tool's notice: which step brings it, how long it stays, where it is drawn.
#include "workshop/ToolNotices.hpp"

#include <algorithm>

namespace atelier::workshop {

std::string ToolNotices::phaseBringing(const std::vector<PhasePlan>& phases, int currentPhase,
                                       const std::string& tool) {
    for (int i = std::max(0, currentPhase + 1); i < static_cast<int>(phases.size()); ++i) {
        const PhasePlan& plan = phases[static_cast<std::size_t>(i)];
        if (std::find(plan.tools.begin(), plan.tools.end(), tool) != plan.tools.end()) {
            return plan.name;
        }
    }
    return {};
}

void ToolNotices::show(int seat, DockButton button, std::string phaseName, std::int64_t nowMs) {
    m_notices.insert_or_assign(seat, Notice{button, std::move(phaseName), nowMs + kShownMs});
}

bool ToolNotices::expire(std::int64_t nowMs) {
    return std::erase_if(m_notices, [&](const auto& entry) { return entry.second.untilMs <= nowMs; }) > 0;
}

std::optional<std::int64_t> ToolNotices::nextDeadlineMs() const {
    std::optional<std::int64_t> next;
    for (const auto& [seat, notice] : m_notices) {
        next = next ? std::min(*next, notice.untilMs) : notice.untilMs;
    }
    return next;
}

void ToolNotices::appendWidgets(std::vector<Widget>& out, const DockLayout& layout) const {
    for (const auto& [seat, notice] : m_notices) {
        const Seat* own = layout.seats().seat(seat);
        Widget widget;
        widget.kind = WidgetKind::Notice;
        widget.seat = seat;
        widget.icon = std::string(dockButtonName(notice.button));
        widget.phaseName = notice.phaseName;
        widget.colour = own != nullptr ? own->colour : 0;
        widget.pose = layout.noticePose(seat);
        widget.size = DockLayout::noticeSize();
        out.push_back(std::move(widget));
    }
}

} // namespace atelier::workshop

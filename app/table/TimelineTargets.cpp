// Pixels of the drawn timeline to millimetres of the table.
#include "table/TimelineTargets.hpp"

namespace atelier::table {

void TimelineTargets::update(const ui::TimelineFrame& frame, const render::View& view) {
    m_targets.clear();
    const double mmPerPxX = 1.0 / view.pxPerMmX();
    const double mmPerPxY = 1.0 / view.pxPerMmY();
    for (const ui::TimelineTarget& target : frame.targets) {
        const core::Vec2 centre{(target.minX + target.maxX) * 0.5 * mmPerPxX,
                                (target.minY + target.maxY) * 0.5 * mmPerPxY};
        const core::Vec2 size{(target.maxX - target.minX) * mmPerPxX, (target.maxY - target.minY) * mmPerPxY};
        m_targets.add(target.name, centre, size);
    }
    m_area = PanelArea{{frame.minX * mmPerPxX, frame.minY * mmPerPxY},
                       {frame.maxX * mmPerPxX, frame.maxY * mmPerPxY}};
}

} // namespace atelier::table

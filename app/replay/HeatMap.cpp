// Fills the heat map's cells from touches and slides.
#include "replay/HeatMap.hpp"

#include <algorithm>
#include <cmath>

namespace atelier::replay {

HeatMap::HeatMap(core::Vec2 surfaceMm, double cellMm)
    : m_cellMm(std::max(1.0, cellMm)),
      m_columns(std::max(1, static_cast<int>(std::ceil(std::max(0.0, surfaceMm.x) / m_cellMm)))),
      m_rows(std::max(1, static_cast<int>(std::ceil(std::max(0.0, surfaceMm.y) / m_cellMm)))),
      m_cells(static_cast<std::size_t>(m_columns) * static_cast<std::size_t>(m_rows), 0.0f) {}

void HeatMap::add(core::Vec2 pointMm) {
    if (!std::isfinite(pointMm.x) || !std::isfinite(pointMm.y) || pointMm.x < 0 || pointMm.y < 0) {
        return;
    }
    const auto column = static_cast<int>(pointMm.x / m_cellMm);
    const auto row = static_cast<int>(pointMm.y / m_cellMm);
    if (column >= m_columns || row >= m_rows) {
        return;
    }
    float& cell = m_cells[static_cast<std::size_t>(row) * static_cast<std::size_t>(m_columns) +
                          static_cast<std::size_t>(column)];
    cell += 1.0f;
    m_peak = std::max(m_peak, cell);
}

void HeatMap::addPath(core::Vec2 fromMm, core::Vec2 toMm) {
    const double length = std::hypot(toMm.x - fromMm.x, toMm.y - fromMm.y);
    if (!std::isfinite(length)) {
        return;
    }
    const int steps = std::clamp(static_cast<int>(std::ceil(length / (m_cellMm * 0.5))), 1, 10000);
    for (int i = 1; i <= steps; ++i) {
        const double f = static_cast<double>(i) / steps;
        add(core::Vec2{fromMm.x + (toMm.x - fromMm.x) * f, fromMm.y + (toMm.y - fromMm.y) * f});
    }
}

void HeatMap::clear() {
    std::fill(m_cells.begin(), m_cells.end(), 0.0f);
    m_peak = 0;
}

float HeatMap::at(int column, int row) const {
    if (column < 0 || row < 0 || column >= m_columns || row >= m_rows) {
        return 0;
    }
    return m_cells[static_cast<std::size_t>(row) * static_cast<std::size_t>(m_columns) +
                   static_cast<std::size_t>(column)];
}

HeatTracker::HeatTracker(core::Vec2 surfaceMm, double cellMm) : m_map(surfaceMm, cellMm) {}

const HeatMap& HeatTracker::update(Recording& recording, std::int64_t seq) {
    if (seq < m_seq) {
        m_map.clear();
        m_last.clear();
        m_seq = 0;
    }
    for (const MotionPoint& point : recording.motion(m_seq, seq)) {
        const auto last = m_last.find(point.item);
        if (last != m_last.end() && point.tMs - last->second.tMs <= kSlideGapMs) {
            m_map.addPath(last->second.centreMm, point.centreMm);
        } else {
            m_map.add(point.centreMm);
        }
        m_last[point.item] = point;
    }
    m_seq = std::max(m_seq, seq);
    return m_map;
}

} // namespace atelier::replay

// Where people touched, up to a moment of a replay: a grid over the table filled from the logged moves.
#pragma once

#include "core/Geometry.hpp"
#include "replay/Recording.hpp"

#include <cstdint>
#include <map>
#include <vector>

namespace atelier::replay {

/// A grid of square cells over the table; each holds how much dragging passed over it.
class HeatMap {
public:
    /// A grid covering `surfaceMm` with cells of `cellMm` (at least 1 mm).
    HeatMap(core::Vec2 surfaceMm, double cellMm);

    /// One touch at `pointMm` (ignored off the table): its cell gets 1.
    void add(core::Vec2 pointMm);
    /// A finger's slide from `fromMm` to `toMm`: every cell along it gets 1, once per half cell of path.
    void addPath(core::Vec2 fromMm, core::Vec2 toMm);
    /// Empties every cell.
    void clear();

    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    double cellMm() const { return m_cellMm; }
    /// The heat of a cell (0 when out of the grid).
    float at(int column, int row) const;
    /// The hottest cell's heat (0 when nothing was touched).
    float peak() const { return m_peak; }

private:
    double m_cellMm;
    int m_columns;
    int m_rows;
    std::vector<float> m_cells;
    float m_peak = 0;
};

/// How long between two logged positions of one item they still count as one slide of a finger.
inline constexpr std::int64_t kSlideGapMs = 500;

/// Keeps a HeatMap equal to the moves (card.moved, photo.moved) of a recording up to a seq: moving forward
/// adds only the new moves, moving back starts again from the first.
class HeatTracker {
public:
    HeatTracker(core::Vec2 surfaceMm, double cellMm);
    /// The heat map of the moves with seq ≤ `seq`.
    const HeatMap& update(Recording& recording, std::int64_t seq);

private:
    HeatMap m_map;
    std::int64_t m_seq = 0;
    std::map<core::ItemId, MotionPoint> m_last; ///< each item's last logged position
};

} // namespace atelier::replay

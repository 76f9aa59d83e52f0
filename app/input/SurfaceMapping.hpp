// Converts between normalised surface coordinates (0..1, as SDL, TUIO and scripts give them) and table mm.
#pragma once

#include "core/Geometry.hpp"

namespace atelier::input {

/// The physical size of the touch surface (from the config); every source maps its 0..1 coordinates here.
class SurfaceMapping {
public:
    /// A surface of this size in millimetres; a size that is not positive and finite becomes 1 mm.
    explicit SurfaceMapping(core::Vec2 sizeMm);

    /// Table millimetres for a normalised point (0,0 top-left, 1,1 bottom-right); out-of-range stays so.
    core::Vec2 toMm(double x, double y) const;

    /// The normalised point for table millimetres (used to print targets).
    core::Vec2 toNormalised(core::Vec2 mm) const;

    /// The surface size in millimetres.
    core::Vec2 sizeMm() const { return m_sizeMm; }

private:
    core::Vec2 m_sizeMm;
};

} // namespace atelier::input

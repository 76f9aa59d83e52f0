// Normalised ↔ millimetre conversion of the touch surface.
#include "input/SurfaceMapping.hpp"

#include <cmath>

namespace atelier::input {
namespace {

double sanePositive(double value) {
    return std::isfinite(value) && value > 0 ? value : 1.0;
}

} // namespace

SurfaceMapping::SurfaceMapping(core::Vec2 sizeMm)
    : m_sizeMm{sanePositive(sizeMm.x), sanePositive(sizeMm.y)} {}

core::Vec2 SurfaceMapping::toMm(double x, double y) const {
    return core::Vec2{x * m_sizeMm.x, y * m_sizeMm.y};
}

core::Vec2 SurfaceMapping::toNormalised(core::Vec2 mm) const {
    return core::Vec2{mm.x / m_sizeMm.x, mm.y / m_sizeMm.y};
}

} // namespace atelier::input

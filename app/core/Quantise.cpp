// Grid snapping; every function is idempotent: quantising a quantised value returns it unchanged.
#include "core/Quantise.hpp"

#include <cmath>
#include <numbers>

namespace atelier::core {
namespace {

double snap(double value, double steps) {
    // Adding +0.0 turns -0.0 into +0.0 (round to nearest), so "-0" never reaches the encoding.
    return std::round(value * steps) / steps + 0.0;
}

} // namespace

double quantiseMm(double mm) {
    return snap(mm, kMmSteps);
}

double quantiseAngle(double radians) {
    // std::remainder is exact, so the wrap is the same on every machine.
    return snap(std::remainder(radians, 2 * std::numbers::pi), kAngleSteps);
}

double quantiseScale(double scale) {
    return snap(scale, kScaleSteps);
}

} // namespace atelier::core

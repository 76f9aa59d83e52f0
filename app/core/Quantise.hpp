// Snaps coordinates, angles and scales to the fixed grids the board holds, so JSON round trips are exact.
#pragma once

namespace atelier::core {

/// Grid of lengths: 1/100 mm (10 µm, far below what a finger or a pen can show).
inline constexpr double kMmSteps = 100;
/// Grid of angles: 1e-5 rad.
inline constexpr double kAngleSteps = 100000;
/// Grid of scales: 1e-4.
inline constexpr double kScaleSteps = 10000;

/// The nearest multiple of 1/100 mm; -0 becomes +0 so that equal boards encode equally.
double quantiseMm(double mm);

/// The angle wrapped into [-pi, pi], then the nearest multiple of 1e-5 rad.
double quantiseAngle(double radians);

/// The nearest multiple of 1e-4.
double quantiseScale(double scale);

} // namespace atelier::core

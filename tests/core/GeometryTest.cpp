// Snapping to the board's grids and mapping between the table and a photo's own frame.
#include "core/Geometry.hpp"
#include "core/Quantise.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace atelier::core {
namespace {

TEST(Quantise, LengthsSnapToHundredthsOfAMillimetre) {
    EXPECT_EQ(quantiseMm(12.344), 12.34);
    EXPECT_EQ(quantiseMm(12.346), 12.35);
    EXPECT_EQ(quantiseMm(-0.001), 0.0);
    EXPECT_FALSE(std::signbit(quantiseMm(-0.001))) << "-0 would encode differently from 0";
}

TEST(Quantise, SnappingTwiceChangesNothing) {
    for (double value : {0.1, 123.456789, -98765.4321, 1e-7, 99999.995}) {
        const double once = quantiseMm(value);
        EXPECT_EQ(quantiseMm(once), once) << value;
        const double angle = quantiseAngle(value);
        EXPECT_EQ(quantiseAngle(angle), angle) << value;
        const double scale = quantiseScale(value);
        EXPECT_EQ(quantiseScale(scale), scale) << value;
    }
}

TEST(Quantise, AnglesWrapIntoOneTurn) {
    EXPECT_NEAR(quantiseAngle(2 * std::numbers::pi + 0.5), 0.5, 1e-9);
    EXPECT_NEAR(quantiseAngle(-7.0), -7.0 + 2 * std::numbers::pi, 1e-5);
    EXPECT_LE(std::fabs(quantiseAngle(1000.0)), std::numbers::pi);
    EXPECT_EQ(quantiseAngle(0.123456789), 0.12346);
}

TEST(Quantise, ScalesSnapToTenThousandths) {
    EXPECT_EQ(quantiseScale(1.23456), 1.2346);
}

TEST(Geometry, LocalPointsFollowTheItemsPose) {
    const Pose pose{{100, 50}, std::numbers::pi / 2, 2};
    const Vec2 table = localToTable(pose, Vec2{10, 0});
    EXPECT_NEAR(table.x, 100, 1e-9);
    EXPECT_NEAR(table.y, 70, 1e-9); // y is down: a quarter turn clockwise sends +x to +y
}

TEST(Geometry, TableToLocalUndoesLocalToTable) {
    const Pose pose{{321.5, -12.25}, 0.7, 1.3};
    const Vec2 local{-17.5, 42};
    const Vec2 back = tableToLocal(pose, localToTable(pose, local));
    EXPECT_NEAR(back.x, local.x, 1e-9);
    EXPECT_NEAR(back.y, local.y, 1e-9);
}

} // namespace
} // namespace atelier::core

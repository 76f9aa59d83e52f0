// The heat map's grid: touches, slides, the table's edge, and the tracker that follows a replay's position.
#include "replay/HeatMap.hpp"
#include "RecordedSession.hpp"
#include "TempDir.hpp"
#include "replay/Player.hpp"

#include <cmath>
#include <gtest/gtest.h>

namespace atelier::replay {
namespace {

TEST(HeatMapTest, ATouchWarmsItsCellAndASlideEveryCellOnItsWay) {
    HeatMap map({100, 50}, 10);
    EXPECT_EQ(map.columns(), 10);
    EXPECT_EQ(map.rows(), 5);
    map.add({15, 25});
    EXPECT_EQ(map.at(1, 2), 1.0f);
    EXPECT_EQ(map.peak(), 1.0f);
    map.add({-1, 10});
    map.add({100.5, 10});
    map.add({std::nan(""), 10});
    EXPECT_EQ(map.peak(), 1.0f) << "touches off the table are ignored";

    map.add({5, 5}); // a finger lands, then slides along the top row
    map.addPath({5, 5}, {95, 5});
    for (int column = 0; column < 10; ++column) {
        EXPECT_GE(map.at(column, 0), 1.0f) << column;
    }
    EXPECT_EQ(map.at(5, 1), 0.0f) << "the row below stays cold";
    map.clear();
    EXPECT_EQ(map.peak(), 0.0f);
    EXPECT_EQ(map.at(1, 2), 0.0f);
}

float total(const HeatMap& map) {
    float sum = 0;
    for (int row = 0; row < map.rows(); ++row) {
        for (int column = 0; column < map.columns(); ++column) {
            sum += map.at(column, row);
        }
    }
    return sum;
}

TEST(HeatMapTest, TheTrackerGivesTheSameMapForwardInStepsBackwardOrAtOnce) {
    atelier::testing::TempDir dir;
    const testing::RecordedSession recorded = testing::recordSimulatedSession(dir.path(), 5, 3000, 500);
    Player player(dir.dataFile(), recorded.session);
    const core::Vec2 surface{1210, 680};
    const std::int64_t end = player.recording().eventCount();

    HeatTracker once(surface, 10);
    const float atEnd = total(once.update(player.recording(), end));
    EXPECT_GT(atEnd, 10.0f) << "the simulated session drags cards";

    HeatTracker steps(surface, 10);
    for (std::int64_t seq = 0; seq <= end; seq += 250) {
        steps.update(player.recording(), seq);
    }
    EXPECT_EQ(total(steps.update(player.recording(), end)), atEnd);

    const float half = total(steps.update(player.recording(), end / 2)); // back: starts again
    HeatTracker fresh(surface, 10);
    EXPECT_EQ(total(fresh.update(player.recording(), end / 2)), half);
    EXPECT_LT(half, atEnd);
}

} // namespace
} // namespace atelier::replay

// The replay timeline as a facilitator meets it: every control on screen, big enough to touch, and a tap on
// a control asks for what it says.
#include <algorithm>
#include <set>

#include "ImGuiFrame.hpp"
#include "ui/ImGuiPointer.hpp"
#include "ui/Timeline.hpp"

namespace atelier::ui::testing {
namespace {

constexpr std::int64_t kHourMs = 3600 * 1000;

TimelineContent threeHourSession() {
    TimelineContent content;
    content.durationMs = 3 * kHourMs;
    content.positionMs = 12 * 60 * 1000;
    content.speed = 1.0;
    content.markers = {{0, "Observation", {}}, {kHourMs, "Atelier créatif", {}}, {2 * kHourMs, "Vote", {}}};
    content.elapsed = "0:12:00 / 3:00:00";
    content.sessionTime = "14:12:00";
    return content;
}

class TimelineTest : public ImGuiFrame {
protected:
    TimelineFrame draw(const TimelineContent& content) {
        TimelineFrame drawn;
        frame([&] {
            drawn = drawTimeline(content, core::Language::French, kDisplayWidthPx, kDisplayHeightPx);
        });
        return drawn;
    }
    static const TimelineTarget* find(const TimelineFrame& drawn, const std::string& name) {
        const auto found = std::find_if(drawn.targets.begin(), drawn.targets.end(),
                                        [&](const TimelineTarget& target) { return target.name == name; });
        return found == drawn.targets.end() ? nullptr : &*found;
    }
    /// A finger that presses the centre of a control for a frame and lifts: what that frame asked for.
    TimelineRequest tap(const TimelineContent& content, const std::string& name) {
        setImGuiPointer(std::nullopt, false);
        const TimelineFrame before = draw(content); // the window exists before the finger lands
        const TimelineTarget* target = find(before, name);
        EXPECT_NE(target, nullptr) << name;
        if (target == nullptr) {
            return {};
        }
        const core::Vec2 centre{(target->minX + target->maxX) / 2.0, (target->minY + target->maxY) / 2.0};
        setImGuiPointer(centre, true);
        draw(content);
        setImGuiPointer(centre, false);
        return draw(content).request;
    }
};

TEST_F(TimelineTest, SitsAcrossTheBottomOfTheScreen) {
    const TimelineFrame drawn = draw(threeHourSession());
    EXPECT_FLOAT_EQ(drawn.minX, 0);
    EXPECT_FLOAT_EQ(drawn.maxX, kDisplayWidthPx);
    EXPECT_FLOAT_EQ(drawn.maxY, kDisplayHeightPx);
    EXPECT_GT(drawn.minY, kDisplayHeightPx * 0.75f) << "the timeline leaves the board above it visible";
}

TEST_F(TimelineTest, EveryControlIsOnScreenInsideTheTimelineAndNamedOnce) {
    const TimelineFrame drawn = draw(threeHourSession());
    std::set<std::string> names;
    for (const TimelineTarget& target : drawn.targets) {
        EXPECT_TRUE(names.insert(target.name).second) << target.name << " is named twice";
        EXPECT_GE(target.minX, drawn.minX) << target.name;
        EXPECT_LE(target.maxX, drawn.maxX) << target.name;
        EXPECT_GE(target.minY, drawn.minY) << target.name;
        EXPECT_LE(target.maxY, drawn.maxY) << target.name;
        EXPECT_LT(target.minX, target.maxX) << target.name;
        EXPECT_LT(target.minY, target.maxY) << target.name;
    }
    for (const std::string name : {"timeline.play", "timeline.scrub", "timeline.phase.previous",
                                   "timeline.phase.next", "timeline.trails", "timeline.heat",
                                   "timeline.marker.0", "timeline.marker.1", "timeline.marker.2"}) {
        EXPECT_TRUE(names.contains(name)) << name;
    }
    for (const double speed : timelineSpeeds()) {
        EXPECT_TRUE(names.contains(speedTargetName(speed))) << speed;
    }
}

TEST_F(TimelineTest, TheMainControlsAreAtLeastFifteenMillimetresWide) {
    const TimelineFrame drawn = draw(threeHourSession());
    for (const std::string name :
         {"timeline.play", "timeline.scrub", "timeline.phase.previous", "timeline.phase.next"}) {
        const TimelineTarget* target = find(drawn, name);
        ASSERT_NE(target, nullptr) << name;
        EXPECT_GE((target->maxX - target->minX) / kPxPerMm, 15.0f) << name;
    }
}

TEST_F(TimelineTest, PhaseNamesStandInTimeOrderAlongTheBar) {
    const TimelineFrame drawn = draw(threeHourSession());
    const TimelineTarget* scrub = find(drawn, "timeline.scrub");
    ASSERT_NE(scrub, nullptr);
    float previous = -1;
    for (int i = 0; i < 3; ++i) {
        const TimelineTarget* marker = find(drawn, "timeline.marker." + std::to_string(i));
        ASSERT_NE(marker, nullptr);
        EXPECT_GT(marker->minX, previous) << i;
        EXPECT_LE(marker->maxY, scrub->minY) << "phase names stand above the bar";
        previous = marker->minX;
    }
    const TimelineTarget* second = find(drawn, "timeline.marker.1");
    const float third = scrub->minX + (scrub->maxX - scrub->minX) / 3.0f;
    EXPECT_NEAR(second->minX, third, 0.02f * (scrub->maxX - scrub->minX))
        << "an hour in is a third of the bar";
}

TEST_F(TimelineTest, TappingPlayAsksToPlayAndTappingAPhaseNameSeeksToItsStart) {
    const TimelineContent content = threeHourSession();
    EXPECT_TRUE(tap(content, "timeline.play").togglePlay);
    const TimelineRequest seek = tap(content, "timeline.marker.1");
    ASSERT_TRUE(seek.seekMs.has_value());
    EXPECT_EQ(*seek.seekMs, kHourMs);
    const TimelineRequest faster = tap(content, speedTargetName(4));
    ASSERT_TRUE(faster.speed.has_value());
    EXPECT_DOUBLE_EQ(*faster.speed, 4.0);
    EXPECT_TRUE(tap(content, "timeline.heat").toggleHeat);
}

/// Five phases, the last starting two seconds before the end of a two-minute session (issue: its name was
/// drawn past the right edge, cut to "R").
TimelineContent lastPhaseAtTheEnd() {
    TimelineContent content;
    content.durationMs = 120000;
    content.markers = {{0, "Observation", {}},
                       {10000, "Atelier créatif", {}},
                       {80000, "Scénarios d’usage", {}},
                       {100000, "Vote", {}},
                       {118000, "Restitution", {}}};
    return content;
}

TEST_F(TimelineTest, EveryPhaseNameStaysOnScreenWithoutOverlapAndATapSeeksToItsPhase) {
    TimelineContent crowded = lastPhaseAtTheEnd();
    crowded.markers.push_back({119000, "Un très long nom de phase qui ne tient pas", {}});
    crowded.markers.push_back({119500, "Encore", {}});
    for (const TimelineContent& content : {lastPhaseAtTheEnd(), crowded}) {
        const TimelineFrame drawn = draw(content);
        float previousRight = -1;
        for (std::size_t i = 0; i < content.markers.size(); ++i) {
            const TimelineTarget* marker = find(drawn, "timeline.marker." + std::to_string(i));
            ASSERT_NE(marker, nullptr) << i;
            EXPECT_GE(marker->minX, drawn.minX) << i;
            EXPECT_LE(marker->maxX, drawn.maxX) << i << " runs off the right edge";
            EXPECT_GE(marker->minX, previousRight) << i << " overlaps the name before it";
            EXPECT_GT(marker->maxX - marker->minX, 4.0f) << i;
            previousRight = marker->maxX;
        }
        for (std::size_t i = 0; i < content.markers.size(); ++i) {
            const TimelineRequest seek = tap(content, "timeline.marker." + std::to_string(i));
            ASSERT_TRUE(seek.seekMs.has_value()) << i;
            EXPECT_EQ(*seek.seekMs, content.markers[i].tMs) << i;
        }
    }
}

TEST(TimelineLayoutTest, NamesGiveWayInOrderAndShrinkOnlyWhenTheyCannotAllFit) {
    // Room for all: the last is pulled back inside, the one before it pushed left in turn.
    std::vector<LabelPlace> places = layoutPhaseNames({0, 50, 95}, {30, 30, 30}, 0, 100, 2);
    ASSERT_EQ(places.size(), 3u);
    EXPECT_FLOAT_EQ(places[0].x, 0);
    EXPECT_FLOAT_EQ(places[2].x, 70);
    EXPECT_FLOAT_EQ(places[1].x, 38) << "pushed left of the last, still after the first";
    EXPECT_FLOAT_EQ(places[1].width, 30);
    // No room: the widest gives way first, the small one keeps its width.
    places = layoutPhaseNames({0, 10, 20}, {10, 80, 80}, 0, 100, 0);
    EXPECT_FLOAT_EQ(places[0].width, 10);
    EXPECT_FLOAT_EQ(places[1].width, 45);
    EXPECT_FLOAT_EQ(places[2].width, 45);
    EXPECT_FLOAT_EQ(places[2].x + places[2].width, 100);
}

TEST_F(TimelineTest, NoFingerAsksForNothing) {
    setImGuiPointer(std::nullopt, false);
    for (int i = 0; i < 3; ++i) {
        const TimelineRequest request = draw(threeHourSession()).request;
        EXPECT_FALSE(request.togglePlay || request.previousPhase || request.nextPhase || request.seekMs ||
                     request.speed || request.toggleTrails || request.toggleHeat);
    }
}

} // namespace
} // namespace atelier::ui::testing

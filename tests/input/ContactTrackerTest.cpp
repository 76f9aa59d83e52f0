// The defensive gate: bad coordinates, duplicate downs, unknown ids, the contact limit, ghosts, and
// rate-limited logs.
#include "input/ContactTracker.hpp"

#include "GestureHarness.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <vector>

namespace atelier::input::testing {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

class Tracker : public ::testing::Test {
protected:
    std::vector<Contact> feed(const Contact& c) {
        std::vector<Contact> out;
        m_tracker.accept(c, out);
        return out;
    }
    std::uint64_t count(Anomaly kind) const { return m_tracker.anomalies().count(kind); }

    ContactTracker m_tracker{TrackerOptions{{1000, 600}, 50, 64}};
};

TEST_F(Tracker, ACleanContactPassesUnchanged) {
    EXPECT_EQ(feed(contact(1, Phase::Down, {10, 20}, 0)).size(), 1U);
    const auto moved = feed(contact(1, Phase::Move, {30, 40}, 5));
    ASSERT_EQ(moved.size(), 1U);
    EXPECT_EQ(moved[0].posMm, (core::Vec2{30, 40}));
    EXPECT_EQ(feed(contact(1, Phase::Up, {30, 40}, 9)).size(), 1U);
    EXPECT_EQ(m_tracker.liveCount(), 0U);
    EXPECT_EQ(m_tracker.anomalies().total(), 0U);
}

TEST_F(Tracker, NonFiniteCoordinatesAreDropped) {
    EXPECT_TRUE(feed(contact(1, Phase::Down, {kNaN, 20}, 0)).empty());
    EXPECT_TRUE(feed(contact(2, Phase::Down, {10, kInf}, 0)).empty());
    EXPECT_EQ(m_tracker.liveCount(), 0U);
    ASSERT_EQ(feed(contact(3, Phase::Down, {10, 20}, 0)).size(), 1U);
    EXPECT_TRUE(feed(contact(3, Phase::Move, {kNaN, kNaN}, 1)).empty());
    EXPECT_EQ(count(Anomaly::NonFiniteCoordinate), 3U);
}

TEST_F(Tracker, ALiftWithABadPositionStillLiftsWhereTheContactWasLastSeen) {
    feed(contact(1, Phase::Down, {10, 20}, 0));
    feed(contact(1, Phase::Move, {50, 60}, 1));
    const auto up = feed(contact(1, Phase::Up, {kNaN, -kInf}, 2));
    ASSERT_EQ(up.size(), 1U);
    EXPECT_EQ(up[0].phase, Phase::Up);
    EXPECT_EQ(up[0].posMm, (core::Vec2{50, 60}));
    EXPECT_EQ(m_tracker.liveCount(), 0U);
}

TEST_F(Tracker, SlightlyOutsideIsClampedFarOutsideIsDropped) {
    const auto clamped = feed(contact(1, Phase::Down, {-20, 630}, 0));
    ASSERT_EQ(clamped.size(), 1U);
    EXPECT_EQ(clamped[0].posMm, (core::Vec2{0, 600}));
    EXPECT_EQ(count(Anomaly::ClampedToSurface), 1U);
    EXPECT_TRUE(feed(contact(2, Phase::Down, {5000, 100}, 0)).empty());
    EXPECT_TRUE(feed(contact(1, Phase::Move, {-1e12, 100}, 1)).empty());
    EXPECT_EQ(count(Anomaly::FarOutsideSurface), 2U);
}

TEST_F(Tracker, ADuplicateDownIsAMove) {
    feed(contact(1, Phase::Down, {10, 20}, 0));
    const auto again = feed(contact(1, Phase::Down, {15, 25}, 3));
    ASSERT_EQ(again.size(), 1U);
    EXPECT_EQ(again[0].phase, Phase::Move);
    EXPECT_EQ(m_tracker.liveCount(), 1U);
    EXPECT_EQ(count(Anomaly::DuplicateDown), 1U);
}

TEST_F(Tracker, MovesAndUpsOfUnknownContactsAreIgnored) {
    EXPECT_TRUE(feed(contact(9, Phase::Move, {10, 20}, 0)).empty());
    EXPECT_TRUE(feed(contact(9, Phase::Up, {10, 20}, 0)).empty());
    EXPECT_TRUE(feed(contact(9, Phase::Cancel, {10, 20}, 0)).empty());
    EXPECT_EQ(count(Anomaly::UnknownContact), 3U);
    EXPECT_EQ(m_tracker.liveCount(), 0U);
}

TEST_F(Tracker, TheSixtyFifthContactIsRefusedUntilOneLifts) {
    for (ContactId id = 0; id < 64; ++id) {
        ASSERT_EQ(feed(contact(id, Phase::Down, {10, 10}, 0)).size(), 1U);
    }
    EXPECT_TRUE(feed(contact(64, Phase::Down, {10, 10}, 0)).empty());
    EXPECT_TRUE(feed(contact(64, Phase::Move, {20, 10}, 1)).empty());
    EXPECT_TRUE(feed(contact(64, Phase::Up, {20, 10}, 2)).empty());
    EXPECT_EQ(count(Anomaly::TooManyContacts), 1U);
    EXPECT_EQ(count(Anomaly::UnknownContact), 0U)
        << "a refused contact's later samples are expected, not unknown";
    EXPECT_EQ(m_tracker.liveCount(), 64U);

    feed(contact(3, Phase::Up, {10, 10}, 3));
    EXPECT_EQ(feed(contact(65, Phase::Down, {10, 10}, 4)).size(), 1U);
}

TEST_F(Tracker, ReconcileCancelsGhostsOfOneSourceOnly) {
    feed(contact(1, Phase::Down, {10, 10}, 0));
    feed(contact(2, Phase::Down, {20, 10}, 0));
    feed(contact(1, Phase::Down, {30, 10}, 0, Source::Tuio));
    std::vector<Contact> out;
    const std::vector<ContactId> sdlFingers{2};
    m_tracker.reconcile(Source::Touch, sdlFingers, 100, out);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].id, 1U);
    EXPECT_EQ(out[0].source, Source::Touch);
    EXPECT_EQ(out[0].phase, Phase::Cancel);
    EXPECT_EQ(out[0].posMm, (core::Vec2{10, 10}));
    EXPECT_TRUE(m_tracker.isLive({Source::Tuio, 1}));
    EXPECT_TRUE(m_tracker.isLive({Source::Touch, 2}));
    EXPECT_EQ(count(Anomaly::GhostReleased), 1U);
    EXPECT_TRUE(feed(contact(1, Phase::Up, {10, 10}, 120)).empty()) << "the late up of a ghost is ignored";
}

TEST_F(Tracker, TimeThatGoesBackIsRestamped) {
    feed(contact(1, Phase::Down, {10, 10}, 100));
    const auto moved = feed(contact(1, Phase::Move, {20, 10}, 50));
    ASSERT_EQ(moved.size(), 1U);
    EXPECT_EQ(moved[0].tMs, 100);
    EXPECT_EQ(count(Anomaly::TimeWentBack), 1U);
}

TEST_F(Tracker, SizeAndPressureAreSanitised) {
    Contact c = contact(1, Phase::Down, {10, 10}, 0);
    c.sizeMm = kNaN;
    c.pressure = 7;
    const auto out = feed(c);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].sizeMm, 0);
    EXPECT_EQ(out[0].pressure, 1);
}

TEST_F(Tracker, CancelAllLiftsEverything) {
    feed(contact(1, Phase::Down, {10, 10}, 0));
    feed(contact(2, Phase::Down, {10, 10}, 0, Source::Mouse));
    std::vector<Contact> out;
    m_tracker.cancelAll(10, out);
    EXPECT_EQ(out.size(), 2U);
    EXPECT_EQ(m_tracker.liveCount(), 0U);
}

TEST(AnomalyReporter, EachKindIsLoggedAtMostOncePerSecondButAlwaysCounted) {
    AnomalyReporter reporter("test");
    for (int i = 0; i < 100; ++i) {
        reporter.report(Anomaly::MalformedOsc, 1000 + i, "bad packet");
    }
    reporter.report(Anomaly::DuplicateDown, 1050, "dup");
    EXPECT_EQ(reporter.count(Anomaly::MalformedOsc), 100U);
    EXPECT_EQ(reporter.logged(Anomaly::MalformedOsc), 1U);
    EXPECT_EQ(reporter.logged(Anomaly::DuplicateDown), 1U) << "kinds are limited separately";
    reporter.report(Anomaly::MalformedOsc, 2000, "bad packet");
    EXPECT_EQ(reporter.logged(Anomaly::MalformedOsc), 2U);
    EXPECT_EQ(reporter.total(), 102U);
}

} // namespace
} // namespace atelier::input::testing

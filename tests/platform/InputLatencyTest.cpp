// Touch to screen: each presented frame counts the oldest move it shows, from the time it was read.
#include <gtest/gtest.h>

#include "platform/InputLatency.hpp"

namespace atelier::platform {
namespace {

TEST(InputLatency, AFrameCountsItsOldestMoveFromWhenItWasRead) {
    InputLatency latency;
    latency.read(100.0);
    latency.read(104.0); // a later move shown by the same frame does not make it look faster
    EXPECT_TRUE(latency.waiting());
    const std::optional<double> shown = latency.presented(112.5);
    ASSERT_TRUE(shown.has_value());
    EXPECT_DOUBLE_EQ(*shown, 12.5);
    EXPECT_FALSE(latency.waiting());
    const LatencySummary summary = latency.summary();
    EXPECT_EQ(summary.frames, 1);
    EXPECT_EQ(summary.moves, 2);
    EXPECT_DOUBLE_EQ(summary.max, 12.5);
}

TEST(InputLatency, AFrameWithoutNewMovesIsNotCounted) {
    InputLatency latency;
    EXPECT_FALSE(latency.presented(10.0).has_value());
    latency.read(20.0);
    EXPECT_TRUE(latency.presented(25.0).has_value());
    EXPECT_FALSE(latency.presented(41.0).has_value()); // the move was shown already: nothing is waiting
    EXPECT_FALSE(latency.lastFrame().has_value());
    EXPECT_EQ(latency.summary().frames, 1);
}

TEST(InputLatency, MedianAndP99OverFramesToATenthOfAMillisecond) {
    InputLatency latency;
    double now = 0;
    // 98 frames at 5 ms, one at 16 ms and one at 40 ms: the median is 5 ms, p99 (rank 99 of 100) 16 ms.
    for (int frame = 0; frame < 100; ++frame) {
        const double delay = frame == 50 ? 16.0 : frame == 70 ? 40.0 : 5.0;
        latency.read(now);
        latency.presented(now + delay);
        now += 100;
    }
    const LatencySummary summary = latency.summary();
    EXPECT_EQ(summary.frames, 100);
    EXPECT_NEAR(summary.median, 5.0, 0.1);
    EXPECT_NEAR(summary.p99, 16.0, 0.1);
    EXPECT_DOUBLE_EQ(summary.max, 40.0);
}

TEST(InputLatency, ALatencyPastTheHistogramStillCountsAsItsMaximum) {
    InputLatency latency;
    latency.read(0);
    latency.presented(5000); // a frame stuck for 5 s (a photo import on a slow disc)
    const LatencySummary summary = latency.summary();
    EXPECT_DOUBLE_EQ(summary.max, 5000);
    EXPECT_GE(summary.median, InputLatency::kBuckets * InputLatency::kBucketMs - InputLatency::kBucketMs);
}

} // namespace
} // namespace atelier::platform

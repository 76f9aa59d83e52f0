// Strokes become capsule segments, and a moving pen only adds the segments of its new points.
#include <gtest/gtest.h>

#include "render/StrokeGeometry.hpp"

namespace atelier::render {
namespace {

core::Stroke stroke(std::size_t points) {
    core::Stroke s;
    s.id = 1;
    s.width = 4;
    s.colour = 0x11223344;
    for (std::size_t i = 0; i < points; ++i) {
        s.points.push_back({static_cast<double>(i), 2.0 * static_cast<double>(i)});
    }
    return s;
}

TEST(StrokeGeometry, ADotIsOneSegmentAndALineHasOneFewerThanItsPoints) {
    EXPECT_EQ(segmentCount(0), 0u);
    EXPECT_EQ(segmentCount(1), 1u);
    EXPECT_EQ(segmentCount(50), 49u);
    std::vector<StrokeSegment> out;
    appendSegments(stroke(1), 0, out);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].x0, out[0].x1);
    EXPECT_FLOAT_EQ(out[0].halfWidth, 2.0f);
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(&out[0].colour);
    EXPECT_EQ(bytes[0], 0x11); // red first in memory
    EXPECT_EQ(bytes[3], 0x44); // alpha last
}

TEST(StrokeGeometry, ExtendingAddsOnlyTheNewSegments) {
    std::vector<StrokeSegment> out;
    appendSegments(stroke(10), 0, out);
    ASSERT_EQ(out.size(), 9u);
    appendSegments(stroke(14), 10, out);
    ASSERT_EQ(out.size(), 13u);
    EXPECT_FLOAT_EQ(out[9].x0, 9.0f); // joins the last old point to the first new one
    EXPECT_FLOAT_EQ(out[9].x1, 10.0f);
    EXPECT_FLOAT_EQ(out[12].y1, 26.0f);
}

} // namespace
} // namespace atelier::render

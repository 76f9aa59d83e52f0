// Quads cut to a changed rectangle keep exactly the part inside, with their attributes where they were.
#include <gtest/gtest.h>

#include <cmath>

#include "render/QuadClipper.hpp"

namespace atelier::render {
namespace {

std::array<CompositeVertex, 4> quad(float x0, float y0, float x1, float y1) {
    std::array<CompositeVertex, 4> q{};
    const float xs[] = {x0, x1, x0, x1};
    const float ys[] = {y0, y0, y1, y1};
    for (std::size_t i = 0; i < 4; ++i) {
        q[i].x = xs[i];
        q[i].y = ys[i];
        q[i].u = (xs[i] - x0) / (x1 - x0); // texture coordinate follows x
        q[i].localY = ys[i] * 2;
        q[i].fill = 0xAABBCCDDu;
    }
    return q;
}

double area(const std::array<CompositeVertex, 8>& polygon, std::size_t count) {
    double twice = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const CompositeVertex& a = polygon[i];
        const CompositeVertex& b = polygon[(i + 1) % count];
        twice += static_cast<double>(a.x) * b.y - static_cast<double>(b.x) * a.y;
    }
    return std::abs(twice) / 2;
}

TEST(QuadClipper, KeepsTheIntersectionAndInterpolates) {
    std::array<CompositeVertex, 8> polygon{};
    const std::size_t count = clipQuad(quad(0, 0, 100, 50), ClipRect{25, 10, 200, 40}, polygon);
    ASSERT_EQ(count, 4u);
    EXPECT_NEAR(area(polygon, count), 75.0 * 30.0, 1e-3);
    for (std::size_t i = 0; i < count; ++i) {
        EXPECT_NEAR(polygon[i].u, polygon[i].x / 100.0f, 1e-6);
        EXPECT_NEAR(polygon[i].localY, polygon[i].y * 2, 1e-5);
        EXPECT_EQ(polygon[i].fill, 0xAABBCCDDu);
    }
}

TEST(QuadClipper, CutsATurnedQuadIntoAConvexPolygon) {
    // A square turned 45°, centred on (50, 50), cut by a rectangle through its middle.
    std::array<CompositeVertex, 4> diamond{};
    const float r = 40;
    const float xs[] = {50, 50 + r, 50 - r, 50};
    const float ys[] = {50 - r, 50, 50, 50 + r};
    for (std::size_t i = 0; i < 4; ++i) {
        diamond[i].x = xs[i];
        diamond[i].y = ys[i];
    }
    std::array<CompositeVertex, 8> polygon{};
    const std::size_t count = clipQuad(diamond, ClipRect{0, 0, 100, 50}, polygon);
    EXPECT_GE(count, 3u); // vertices on the cut line may repeat; the area is what counts
    EXPECT_NEAR(area(polygon, count), r * r, 1e-2);
    EXPECT_EQ(clipQuad(diamond, ClipRect{200, 200, 300, 300}, polygon), 0u);
}

} // namespace
} // namespace atelier::render

// Partial redraws: changed rectangles merge into few, never overlapping, covering every change.
#include <gtest/gtest.h>

#include <random>

#include "render/DirtyRegion.hpp"

namespace atelier::render {
namespace {

bool covered(const DirtyRegion& region, int x, int y) {
    return region.intersects(PixelRect{x, y, x + 1, y + 1});
}

TEST(DirtyRegion, MergesOverlappingAndNearRectangles) {
    DirtyRegion region;
    region.add({0, 0, 100, 100});
    region.add({50, 50, 150, 150});
    region.add({400, 400, 410, 410});
    region.add({0, 0, 0, 10}); // empty: ignored
    region.merge();
    ASSERT_EQ(region.rects().size(), 2u);
    EXPECT_EQ(region.rects()[0], (PixelRect{0, 0, 150, 150}));
}

TEST(DirtyRegion, KeepsRectanglesDisjointAndEveryChangeCovered) {
    std::mt19937 random(11);
    for (int round = 0; round < 50; ++round) {
        DirtyRegion region(6);
        std::vector<PixelRect> added;
        for (int i = 0; i < 40; ++i) {
            const int x = static_cast<int>(random() % 3000);
            const int y = static_cast<int>(random() % 2000);
            const PixelRect rect{x, y, x + 20 + static_cast<int>(random() % 300),
                                 y + 20 + static_cast<int>(random() % 300)};
            added.push_back(rect);
            region.add(rect);
        }
        region.merge();
        ASSERT_LE(region.rects().size(), 6u);
        for (std::size_t i = 0; i < region.rects().size(); ++i) {
            for (std::size_t j = i + 1; j < region.rects().size(); ++j) {
                ASSERT_FALSE(region.rects()[i].intersects(region.rects()[j]))
                    << "a pixel would be drawn twice";
            }
        }
        for (const PixelRect& rect : added) {
            ASSERT_TRUE(covered(region, rect.x0, rect.y0));
            ASSERT_TRUE(covered(region, rect.x1 - 1, rect.y1 - 1));
        }
    }
}

TEST(DirtyRegion, TooManyChangesBecomeOneRectangle) {
    DirtyRegion region;
    for (int i = 0; i < 200; ++i) {
        region.add({i * 10, i * 5, i * 10 + 5, i * 5 + 5});
    }
    region.merge();
    ASSERT_EQ(region.rects().size(), 1u);
    EXPECT_EQ(region.rects()[0], (PixelRect{0, 0, 1995, 1000}));
}

} // namespace
} // namespace atelier::render

// The card atlas packs without overlap, fills up, and reuses what cards give back.
#include <gtest/gtest.h>

#include <random>

#include "render/AtlasAllocator.hpp"

namespace atelier::render {
namespace {

bool overlap(const AtlasRect& a, const AtlasRect& b) {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

TEST(AtlasAllocator, PacksWithoutOverlapUntilFull) {
    AtlasAllocator atlas(512, 512);
    std::vector<AtlasRect> rects;
    while (auto rect = atlas.allocate(100, 60)) {
        for (const AtlasRect& other : rects) {
            ASSERT_FALSE(overlap(*rect, other));
        }
        EXPECT_LE(rect->x + rect->width, 512);
        EXPECT_LE(rect->y + rect->height, 512);
        rects.push_back(*rect);
    }
    EXPECT_EQ(rects.size(), 32u); // 4 per 512-wide shelf (104 px once rounded), 8 shelves of 64 px
}

TEST(AtlasAllocator, ReusesReleasedPlaces) {
    AtlasAllocator atlas(256, 256);
    std::vector<AtlasRect> rects;
    while (auto rect = atlas.allocate(64, 64)) {
        rects.push_back(*rect);
    }
    ASSERT_EQ(rects.size(), 16u);
    atlas.release(rects[5]);
    const auto again = atlas.allocate(60, 60);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(*again, rects[5]);
    for (const AtlasRect& rect : rects) {
        atlas.release(rect);
    }
    EXPECT_TRUE(atlas.allocate(256, 256).has_value()) << "an emptied page takes a full-page item";
}

TEST(AtlasAllocator, SurvivesRandomChurn) {
    AtlasAllocator atlas(1024, 1024);
    std::mt19937 random(3);
    std::vector<AtlasRect> live;
    for (int step = 0; step < 5000; ++step) {
        if (!live.empty() && random() % 3 == 0) {
            const std::size_t i = random() % live.size();
            atlas.release(live[i]);
            live.erase(live.begin() + static_cast<std::ptrdiff_t>(i));
            continue;
        }
        const int w = 20 + static_cast<int>(random() % 200);
        const int h = 20 + static_cast<int>(random() % 150);
        if (auto rect = atlas.allocate(w, h)) {
            for (const AtlasRect& other : live) {
                ASSERT_FALSE(overlap(*rect, other));
            }
            live.push_back(*rect);
        }
    }
    long area = 0;
    for (const AtlasRect& rect : live) {
        area += static_cast<long>(rect.width) * rect.height;
    }
    EXPECT_EQ(area, atlas.usedArea());
}

} // namespace
} // namespace atelier::render

// The copy region of a partial present: every pixel outside the opaque quads is restored, none deep inside.
#include "render/CopyRegion.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace atelier::render {
namespace {

/// A rectangle w × h centred on `centre`, turned by `angle`, corners in order around it.
PixelQuad turned(core::Vec2 centre, double w, double h, double angle) {
    const double c = std::cos(angle), s = std::sin(angle);
    const auto at = [&](double x, double y) {
        return core::Vec2{centre.x + x * c - y * s, centre.y + x * s + y * c};
    };
    return {at(-w / 2, -h / 2), at(w / 2, -h / 2), at(w / 2, h / 2), at(-w / 2, h / 2)};
}

/// Signed distance from p to the inside of a convex quad (positive inside).
double depthInside(const PixelQuad& quad, core::Vec2 p) {
    double turn = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        turn += quad[i].x * quad[(i + 1) % 4].y - quad[(i + 1) % 4].x * quad[i].y;
    }
    double depth = 1e9;
    for (std::size_t i = 0; i < 4; ++i) {
        const core::Vec2 a = quad[i], b = quad[(i + 1) % 4];
        const double length = std::hypot(b.x - a.x, b.y - a.y);
        const double cross = ((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)) / length;
        depth = std::min(depth, turn >= 0 ? cross : -cross);
    }
    return depth;
}

TEST(CopyRegion, ARectangleLessATurnedCardKeepsEveryPixelOutsideAndNoneDeepInside) {
    CopyRegion region;
    region.add(PixelRect{0, 0, 200, 160});
    const PixelQuad card = turned({100, 80}, 120, 90, 0.37);
    region.subtract(card);
    int outside = 0, left = 0;
    for (int y = 0; y < 160; ++y) {
        for (int x = 0; x < 200; ++x) {
            const core::Vec2 centre{x + 0.5, y + 0.5};
            const double depth = depthInside(card, centre);
            if (depth <= 0) {
                ++outside;
                EXPECT_TRUE(region.covers(centre))
                    << "a pixel outside the card is not restored: " << x << ", " << y;
            } else if (depth > CopyRegion::kOverlapPx + 1e-6) {
                left += region.covers(centre) ? 0 : 1;
                EXPECT_FALSE(region.covers(centre))
                    << "a pixel deep under the card is copied: " << x << ", " << y;
            }
        }
    }
    EXPECT_GT(outside, 10000);
    EXPECT_GT(left, 8000);
    EXPECT_LT(region.area(), 200.0 * 160 - 120 * 90 + 2 * (120 + 90) * 2 * CopyRegion::kOverlapPx + 50);
    EXPECT_LE(region.pieces(), 4u);
}

TEST(CopyRegion, ManyOverlappingCardsLeaveNoCrackBetweenThePieces) {
    std::mt19937 random(11);
    std::uniform_real_distribution<double> where(-20, 260), size(20, 110), angle(-3.2, 3.2);
    for (int round = 0; round < 3; ++round) {
        CopyRegion region;
        region.add(PixelRect{0, 0, 240, 180});
        region.add(turned({120, 90}, 150, 60, 0.8)); // a quad added over the rectangle, as the last frame's
        std::vector<PixelQuad> cards;
        for (int i = 0; i < 12; ++i) {
            cards.push_back(
                turned({where(random), where(random) * 0.75}, size(random), size(random), angle(random)));
            region.subtract(cards.back());
        }
        for (int y = 0; y < 180; ++y) {
            for (int x = 0; x < 240; ++x) {
                const core::Vec2 centre{x + 0.5, y + 0.5};
                double deepest = -1e9;
                for (const PixelQuad& card : cards) {
                    deepest = std::max(deepest, depthInside(card, centre));
                }
                if (deepest <= CopyRegion::kOverlapPx - 1e-6) {
                    ASSERT_TRUE(region.covers(centre)) << "round " << round << ": pixel " << x << ", " << y;
                }
            }
        }
        const std::vector<float> triangles = region.triangles();
        EXPECT_EQ(triangles.size() % 6, 0u);
        EXPECT_GT(triangles.size(), 0u);
    }
}

TEST(CopyRegion, AGrownQuadMovesEachEdgeOutByThePixelsAsked) {
    const PixelQuad quad = turned({50, 40}, 30, 20, 0.5);
    const PixelQuad bigger = grown(quad, 1.0);
    for (const core::Vec2& corner : bigger) {
        EXPECT_NEAR(depthInside(quad, corner), -1.0, 1e-9);
    }
    for (const core::Vec2& corner : quad) {
        EXPECT_NEAR(depthInside(bigger, corner), 1.0, 1e-9);
    }
    const PixelQuad flat{core::Vec2{3, 3}, core::Vec2{3, 3}, core::Vec2{3, 3}, core::Vec2{3, 3}};
    EXPECT_EQ(grown(flat, 1.0), flat) << "a quad with no edges is left as it is";
}

TEST(CopyRegion, SubtractingFromNothingOrAFlatQuadChangesNothing) {
    CopyRegion region;
    region.subtract(turned({10, 10}, 5, 5, 0));
    EXPECT_EQ(region.pieces(), 0u);
    region.add(PixelRect{0, 0, 10, 10});
    region.subtract(PixelQuad{core::Vec2{2, 2}, core::Vec2{8, 2}, core::Vec2{8, 2}, core::Vec2{2, 2}});
    EXPECT_EQ(region.pieces(), 1u);
    EXPECT_DOUBLE_EQ(region.area(), 100.0);
    region.add(PixelRect{5, 5, 5, 9});
    EXPECT_EQ(region.pieces(), 1u) << "an empty rectangle adds nothing";
}

} // namespace
} // namespace atelier::render

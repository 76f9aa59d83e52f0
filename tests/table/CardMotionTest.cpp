// Card motions: a new card grows in, a dropped card settles, a gathered card eases in; each ends within
// 250 ms, and then nothing is left to draw.
#include <gtest/gtest.h>

#include "table/CardMotion.hpp"

namespace atelier::table {
namespace {

double scaleOf(const render::Overlays& overlays, core::ItemId card) {
    for (const render::ItemMotion& motion : overlays.motions) {
        if (motion.item == card) {
            return motion.scale;
        }
    }
    return 1.0; // not in motion: drawn at its pose
}

TEST(CardMotionTest, ANewCardGrowsFromFourFifthsToItsSizeWithin250Ms) {
    EXPECT_NEAR(CardMotion::scaleAt(MotionKind::GrowIn, 0), 0.8, 1e-9);
    double last = 0;
    for (std::int64_t t = 0; t < CardMotion::kGrowMs; t += 10) {
        const double scale = CardMotion::scaleAt(MotionKind::GrowIn, t);
        EXPECT_GT(scale, last) << "it only grows, at " << t << " ms";
        EXPECT_LT(scale, 1.0);
        last = scale;
    }
    EXPECT_GT(CardMotion::scaleAt(MotionKind::GrowIn, CardMotion::kGrowMs / 2), 0.95) << "eases out";
    EXPECT_LE(CardMotion::kGrowMs, 250);
    EXPECT_LE(CardMotion::kSettleMs, 250);
    EXPECT_LE(CardMotion::kJoinMs, 250);
    for (const MotionKind kind : {MotionKind::GrowIn, MotionKind::JoinIn, MotionKind::Settle}) {
        EXPECT_EQ(CardMotion::scaleAt(kind, 250), 1.0) << "at rest after 250 ms";
    }
    EXPECT_GT(CardMotion::scaleAt(MotionKind::Settle, 0), 1.0)
        << "a dropped card settles down onto the table";
    EXPECT_LT(CardMotion::scaleAt(MotionKind::JoinIn, 0), 1.0);
}

TEST(CardMotionTest, MotionsAreDrawnUntilOverThenTheTableGoesStill) {
    CardMotion motion;
    EXPECT_FALSE(motion.active());
    motion.start({{7, MotionKind::GrowIn}, {9, MotionKind::Settle}}, 1000);
    EXPECT_TRUE(motion.active());
    render::Overlays first;
    motion.addTo(first, 1000);
    EXPECT_NEAR(scaleOf(first, 7), 0.8, 1e-9);
    EXPECT_NEAR(scaleOf(first, 9), CardMotion::kSettleFrom, 1e-9);

    render::Overlays later;
    motion.addTo(later, 1000 + CardMotion::kSettleMs);
    EXPECT_EQ(later.motions.size(), 1U) << "the drop has settled; the new card still grows";
    EXPECT_TRUE(motion.active());

    render::Overlays done;
    motion.addTo(done, 1000 + CardMotion::kGrowMs);
    EXPECT_TRUE(done.motions.empty()) << "this frame draws every card at rest";
    EXPECT_FALSE(motion.active()) << "nothing moves: no more frames";
}

TEST(CardMotionTest, ACardDroppedIntoAClusterEasesInAndANewCardKeepsGrowing) {
    CardMotion motion;
    // The workshop's cluster.joined comes before the drop is known: the ease-in wins over the settle.
    motion.start({{3, MotionKind::JoinIn}, {3, MotionKind::Settle}, {4, MotionKind::GrowIn}}, 50);
    motion.start({{4, MotionKind::Settle}}, 50);
    render::Overlays overlays;
    motion.addTo(overlays, 50);
    EXPECT_NEAR(scaleOf(overlays, 3), CardMotion::kJoinFrom, 1e-9);
    EXPECT_NEAR(scaleOf(overlays, 4), CardMotion::kGrowFrom, 1e-9);
    // A later drop of the same card starts its own motion.
    motion.start({{4, MotionKind::Settle}}, 120);
    render::Overlays next;
    motion.addTo(next, 120);
    EXPECT_NEAR(scaleOf(next, 4), CardMotion::kSettleFrom, 1e-9);
    motion.clear();
    EXPECT_FALSE(motion.active());
}

} // namespace
} // namespace atelier::table

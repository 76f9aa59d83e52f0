// Vote dots as a participant sees them: discs in the voting seats' colours along the card's bottom edge.
#include <algorithm>
#include <numbers>

#include "SceneFixture.hpp"
#include "render/CardStyle.hpp"
#include "render/Palette.hpp"
#include "workshop/VotePlaces.hpp"

#include "core/VotePlacement.hpp"

namespace atelier::render::testing {
namespace {

using VoteDotPixels = SceneFixture;

constexpr core::Vec2 kCentre{200, 112.5};
/// The dots' row, kVoteDotInsetMm above the bottom edge of a default 75 mm card.
constexpr double kRowY = kCentre.y + 37.5 - kVoteDotInsetMm;

core::Vote vote(core::ItemId id, int seat, core::ItemId target) {
    core::Vote dot;
    dot.id = id;
    dot.seat = seat;
    dot.target = target;
    return dot;
}

TEST_F(VoteDotPixels, DotsShowInTheSeatsColoursAlongTheBottomEdgeAndTurnWithTheCard) {
    core::Board board;
    board.cards[1] = makeCard(1, kCentre, "", 3); // yellow
    const Rgb yellow = rgb(okabeIto()[3]);
    const Palette palette;
    const Rgb seat1 = rgb(palette.seat(1));
    const Rgb seat2 = rgb(palette.seat(2));
    const double left = kCentre.x - kVoteDotSpacingMm;
    const double right = kCentre.x + kVoteDotSpacingMm;

    Pixels pixels = renderUntilLoaded(board);
    for (double x : {left, kCentre.x, right}) {
        EXPECT_TRUE(near(at(pixels, {x, kRowY}), yellow)) << "no votes, no dots (x = " << x << ")";
    }

    // Seat 2 votes first, seat 1 twice after: the row groups them by seat, seat 1 first.
    board.votes[10] = vote(10, 2, 1);
    board.votes[11] = vote(11, 1, 1);
    board.votes[12] = vote(12, 1, 1);
    pixels = renderUntilLoaded(board);
    EXPECT_TRUE(near(at(pixels, {left, kRowY}), seat1)) << "first dot, seat 1's orange";
    EXPECT_TRUE(near(at(pixels, {kCentre.x, kRowY}), seat1)) << "second dot, seat 1's orange";
    EXPECT_TRUE(near(at(pixels, {right, kRowY}), seat2)) << "third dot, seat 2's sky blue";
    EXPECT_TRUE(near(at(pixels, {kCentre.x, kRowY - 8}), yellow)) << "above the row, the card";
    EXPECT_TRUE(near(at(pixels, {kCentre.x, kCentre.y - 37.5 + kVoteDotInsetMm}), yellow))
        << "top edge: none";

    // Turned half a turn (facing the opposite seat), the row lies along the top edge, mirrored.
    board.cards[1].pose.rotation = std::numbers::pi;
    pixels = renderUntilLoaded(board);
    const double topRowY = kCentre.y - 37.5 + kVoteDotInsetMm;
    EXPECT_TRUE(near(at(pixels, {right, topRowY}), seat1));
    EXPECT_TRUE(near(at(pixels, {left, topRowY}), seat2));
    EXPECT_TRUE(near(at(pixels, {kCentre.x, kRowY}), yellow)) << "the bottom edge is bare now";

    // A withdrawn dot goes: two dots remain, both seat 1's, side by side around the middle.
    board.cards[1].pose.rotation = 0;
    board.votes[10].withdrawn = true;
    pixels = renderUntilLoaded(board);
    EXPECT_TRUE(near(at(pixels, {kCentre.x - kVoteDotSpacingMm / 2, kRowY}), seat1));
    EXPECT_TRUE(near(at(pixels, {kCentre.x + kVoteDotSpacingMm / 2, kRowY}), seat1));
    EXPECT_TRUE(near(at(pixels, {right + 2, kRowY}), yellow)) << "seat 2's dot went back";
}

TEST_F(VoteDotPixels, ManyDotsCloseUpAndStayOnTheCard) {
    core::Board board;
    board.cards[1] = makeCard(1, kCentre, "", 3);
    const Palette palette;
    for (core::ItemId id = 10; id < 40; ++id) {
        board.votes[id] = vote(id, 1, 1);
    }
    const Pixels pixels = renderUntilLoaded(board);
    const Rgb seat1 = rgb(palette.seat(1));
    // Thirty dots over a 75 mm card: the row spans from corner to corner and nothing spills beside it.
    const int row = static_cast<int>(m_view.toPixels({kCentre.x, kRowY}).y);
    int first = pixels.width;
    int last = -1;
    for (int x = 0; x < pixels.width; ++x) {
        if (near(pixels.at(x, row), seat1, 12)) {
            first = std::min(first, x);
            last = std::max(last, x);
        }
    }
    const double pxPerMm = m_view.pxPerMmX();
    EXPECT_LT(first, m_view.toPixels({kCentre.x - 28, 0}).x) << "the row reaches the left corner";
    EXPECT_GT(last, m_view.toPixels({kCentre.x + 28, 0}).x) << "and the right one";
    EXPECT_GT(first, m_view.toPixels({kCentre.x - 37.5, 0}).x + pxPerMm) << "inside the card";
    EXPECT_LT(last, m_view.toPixels({kCentre.x + 37.5, 0}).x - pxPerMm);
}

TEST_F(VoteDotPixels, WhereAFingerTakesADotItIsPaintedOnACardTurnedAQuarterAndOnACluster) {
    core::Board board;
    board.cards[1] = makeCard(1, kCentre, "", 3); // yellow, turned a quarter turn
    board.cards[1].pose.rotation = std::numbers::pi / 2;
    board.cards[2] = makeCard(2, {90, 140}, "", 3);
    board.clusters[5] = core::Cluster{5, "Parc", {2}, false};
    board.votes[10] = vote(10, 2, 1);
    board.votes[11] = vote(11, 1, 1);
    board.votes[12] = vote(12, 1, 1);
    board.votes[13] = vote(13, 3, 5); // on the cluster
    board.votes[14] = vote(14, 1, 5);
    const Palette palette;
    const Pixels pixels = renderUntilLoaded(board);
    for (const auto& [id, dot] : board.votes) {
        const std::optional<core::VoteDotPlace> place = core::votePlace(board, dot);
        ASSERT_TRUE(place.has_value()) << "vote " << id;
        // The pick-up target (what `vote.<id>` and a finger on the board find) is centred on the dot ...
        EXPECT_EQ(workshop::seatDotAt(board, 0, place->centre), id) << "vote " << id;
        EXPECT_EQ(workshop::seatDotAt(board, dot.seat, place->centre), id) << "vote " << id;
        // ... and that pixel shows the dot, in its seat's colour.
        EXPECT_TRUE(near(at(pixels, place->centre), rgb(palette.seat(dot.seat))))
            << "vote " << id << " at " << place->centre.x << ", " << place->centre.y;
    }
    // Turned a quarter, the row runs down the card's left side (its bottom edge): where the row lay unturned
    // is bare card now.
    const core::Vec2 first = core::votePlace(board, board.votes[11])->centre;
    EXPECT_NEAR(first.x, kCentre.x - 37.5 + kVoteDotInsetMm, 1e-9);
    EXPECT_TRUE(near(at(pixels, {kCentre.x + kVoteDotSpacingMm, kRowY}), rgb(okabeIto()[3])));
}

} // namespace
} // namespace atelier::render::testing

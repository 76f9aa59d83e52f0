// Contacts that start on the empty board (lasso) or on a dock (claimed by the workshop layer).
#include "GestureHarness.hpp"

#include "core/CardEvents.hpp"

#include <gtest/gtest.h>

#include <variant>
#include <vector>

namespace atelier::input::testing {
namespace {

/// A workshop layer stand-in: a dock along the bottom edge for seat 2, seat 1 everywhere else.
class FakeDocks : public ContactClaimer {
public:
    ClaimDecision onContactDown(const Contact& contact) override {
        const bool onDock = contact.posMm.y > 600;
        return ClaimDecision{onDock, onDock ? 2 : 1};
    }
    void onClaimedContact(const Contact& contact) override { routed.push_back(contact); }

    std::vector<Contact> routed;
};

TEST(GestureLasso, AContactFromTheEmptyBoardDrawsALasso) {
    GestureHarness h(tableBoard());
    h.down(1, {100, 100}, 0);
    h.frame(0);
    EXPECT_EQ(h.engine().activeLassos().size(), 1U);
    h.glide(1, {100, 100}, {300, 100}, 0, 100, 10);
    h.glide(1, {300, 100}, {300, 300}, 100, 100, 10);
    EXPECT_EQ(h.engine().activeLassos()[0].points.size(), 21U);
    h.up(1, {300, 300}, 300);
    h.frame(300);
    ASSERT_EQ(h.count(GestureKind::LassoEnded), 1U);
    const GestureNotification& lasso = h.notifications().back();
    EXPECT_EQ(lasso.path.front(), (core::Vec2{100, 100}));
    EXPECT_EQ(lasso.path.back(), (core::Vec2{300, 300}));
    EXPECT_TRUE(h.emitted().empty()) << "a lasso changes nothing on the board by itself";
    EXPECT_TRUE(h.engine().activeLassos().empty());
}

TEST(GestureLasso, ALostLassoIsCancelledAndATapIsNoLasso) {
    GestureHarness h(tableBoard());
    h.down(1, {100, 100}, 0);
    h.glide(1, {100, 100}, {200, 100}, 0, 100, 10);
    std::vector<Contact> lost;
    h.tracker().reconcile(Source::Touch, {}, 200, lost);
    GestureResult result;
    h.engine().handle(lost.at(0), h.board(), result);
    ASSERT_EQ(result.notifications.size(), 1U);
    EXPECT_EQ(result.notifications[0].kind, GestureKind::LassoCancelled);

    h.down(2, {500, 300}, 1000);
    h.up(2, {500, 300}, 1050);
    h.frame(1050);
    EXPECT_EQ(h.count(GestureKind::Tap), 1U);
    EXPECT_EQ(h.count(GestureKind::LassoEnded), 0U);
}

TEST(GestureClaim, ADockTakesTheContactsThatStartOnItEvenOverACard) {
    core::Board board = tableBoard();
    const core::ItemId underDock = addCard(board, {300, 640});
    FakeDocks docks;
    GestureHarness h(board, {}, &docks);
    h.down(1, {300, 640}, 0);
    h.frame(0);
    h.glide(1, {300, 640}, {300, 500}, 0, 100, 10);
    h.up(1, {300, 500}, 200);
    h.frame(200);

    ASSERT_EQ(h.count(GestureKind::Claimed), 1U);
    EXPECT_EQ(h.notifications()[0].seat, 2);
    EXPECT_EQ(docks.routed.size(), 11U) << "ten moves and the up go to the dock";
    EXPECT_EQ(docks.routed.back().phase, Phase::Up);
    EXPECT_EQ(h.board().findCard(underDock)->pose.centre, (core::Vec2{300, 640}));
    EXPECT_TRUE(h.emitted().empty());
}

TEST(GestureClaim, EventsCarryTheSeatWhoseZoneTheContactStartedIn) {
    core::Board board = tableBoard();
    const core::ItemId id = addCard(board, {300, 300});
    addCard(board, {800, 300}); // so that the first card is not on top
    FakeDocks docks;
    GestureHarness h(board, {}, &docks);
    h.down(1, {300, 300}, 0);
    h.frame(0);
    h.glide(1, {300, 300}, {350, 300}, 0, 100, 10);
    h.up(1, {350, 300}, 400);
    h.frame(400);
    ASSERT_FALSE(h.persisted().empty());
    for (const core::Event& event : h.persisted()) {
        if (const auto* moved = std::get_if<core::CardMoved>(&event)) {
            EXPECT_EQ(moved->seat, 1);
            EXPECT_EQ(moved->id, id);
        } else if (const auto* raised = std::get_if<core::ItemRaised>(&event)) {
            EXPECT_EQ(raised->seat, 1);
        } else {
            ADD_FAILURE() << "unexpected event";
        }
    }
}

} // namespace
} // namespace atelier::input::testing

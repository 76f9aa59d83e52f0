// Many hands at once: each contact keeps what it first touched, and ten people never disturb each other.
#include "GestureHarness.hpp"

#include "core/Apply.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace atelier::input::testing {
namespace {

TEST(GestureCapture, TenFingersDragTenCardsAndEachEndsWhereItsFingerLeftIt) {
    core::Board board = tableBoard(8);
    std::vector<core::ItemId> cards;
    std::vector<core::Vec2> starts;
    std::vector<core::Vec2> ends;
    for (int i = 0; i < 10; ++i) {
        const core::Vec2 start{100.0 + 100.0 * i, 150};
        cards.push_back(addCard(board, start));
        starts.push_back(start);
        // Every other finger crosses the table downwards, the others slant across their neighbours' paths.
        ends.push_back(core::Vec2{i % 2 == 0 ? start.x : 1100.0 - 100.0 * i, 500.0 - 20.0 * i});
    }
    GestureHarness h(board);

    for (int i = 0; i < 10; ++i) {
        h.down(static_cast<ContactId>(i), starts[i], i); // not all at the same instant
    }
    h.frame(10);
    std::int64_t t = 10;
    for (int step = 1; step <= 120; ++step) { // half a second at 240 Hz, all fingers interleaved
        t += 4;
        const double f = step / 120.0;
        for (int i = 0; i < 10; ++i) {
            h.move(static_cast<ContactId>(i),
                   core::Vec2{starts[i].x + (ends[i].x - starts[i].x) * f,
                              starts[i].y + (ends[i].y - starts[i].y) * f},
                   t);
        }
        h.frame(t);
    }
    t += 300; // they hold still, then lift one after the other
    for (int i = 0; i < 10; ++i) {
        h.up(static_cast<ContactId>(i), ends[i], t + i * 7);
        h.frame(t + i * 7);
    }
    h.settle(t + 100);

    for (int i = 0; i < 10; ++i) {
        const core::Card* card = h.board().findCard(cards[i]);
        EXPECT_EQ(card->pose.centre, ends[i]) << "card " << i;
        EXPECT_EQ(card->pose.rotation, 0) << "card " << i;
        EXPECT_EQ(card->pose.scale, 1) << "card " << i;
    }
    EXPECT_TRUE(h.refusals().empty());
    EXPECT_EQ(h.replayed(), h.board()) << "the log alone puts all ten cards in the same places";
}

TEST(GestureCapture, ContactsOfDifferentSourcesWithTheSameIdAreDifferentContacts) {
    core::Board board = tableBoard();
    const core::ItemId a = addCard(board, {200, 300});
    const core::ItemId b = addCard(board, {600, 300});
    GestureHarness h(board);
    h.send(contact(7, Phase::Down, {200, 300}, 0, Source::Touch));
    h.send(contact(7, Phase::Down, {600, 300}, 0, Source::Tuio));
    h.frame(0);
    h.send(contact(7, Phase::Move, {200, 400}, 300, Source::Touch));
    h.send(contact(7, Phase::Move, {600, 200}, 300, Source::Tuio));
    h.frame(300);
    EXPECT_EQ(h.board().findCard(a)->pose.centre, (core::Vec2{200, 400}));
    EXPECT_EQ(h.board().findCard(b)->pose.centre, (core::Vec2{600, 200}));
}

TEST(GestureCapture, ALostFingerUpIsReconciledAndTheCardIsFreeAgain) {
    core::Board board = tableBoard();
    const core::ItemId id = addCard(board, {300, 300});
    GestureHarness h(board);
    h.down(1, {300, 300}, 0);
    h.frame(0);
    h.glide(1, {300, 300}, {400, 300}, 0, 200, 10);
    // SDL lost the finger-up: the finger list no longer has it.
    std::vector<Contact> released;
    h.tracker().reconcile(Source::Touch, {}, 500, released);
    ASSERT_EQ(released.size(), 1U);
    EXPECT_EQ(released[0].phase, Phase::Cancel);
    GestureResult result;
    for (const Contact& c : released) {
        h.engine().handle(c, h.board(), result);
    }
    EXPECT_EQ(h.engine().contactCount(), 0U);
    EXPECT_FALSE(h.engine().animating()) << "a lost finger never throws";
    EXPECT_EQ(h.tracker().anomalies().count(Anomaly::GhostReleased), 1U);

    h.down(2, {400, 300}, 600); // someone else can take the card now
    h.frame(600);
    h.glide(2, {400, 300}, {400, 400}, 600, 100, 10);
    EXPECT_EQ(h.board().findCard(id)->pose.centre, (core::Vec2{400, 400}));
}

TEST(GestureCapture, AFingerRestingStillOnACardIsNotReleasedByReconciliation) {
    core::Board board = tableBoard();
    addCard(board, {300, 300});
    GestureHarness h(board);
    h.down(1, {300, 300}, 0);
    h.frame(0);
    std::vector<Contact> released;
    const std::vector<ContactId> stillDown{1};
    for (std::int64_t t = 100; t <= 5000; t += 100) {
        h.tracker().reconcile(Source::Touch, stillDown, t, released);
        h.frame(t);
    }
    EXPECT_TRUE(released.empty());
    EXPECT_EQ(h.engine().contactCount(), 1U);
}

} // namespace
} // namespace atelier::input::testing

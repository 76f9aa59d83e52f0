// apply() on cards and item.raised: what a participant sees happen, and what is refused.
#include "TestBoards.hpp"

#include "core/BoardHash.hpp"
#include "core/Undo.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace atelier::core {
namespace {

using testing::applyOrFail;
using testing::expectRejected;
using testing::sampleBoard;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

TEST(ApplyCards, ANewCardLandsOnTopWithItsAuthor) {
    Board board = sampleBoard();
    applyOrFail(board, CardCreated{16, Pose{{120.254, 640.5}, 0.25, 1}, Size{75, 60}, "Des fontaines", 2, 3});
    const Card* card = board.findCard(16);
    ASSERT_NE(card, nullptr);
    EXPECT_EQ(card->text, "Des fontaines");
    EXPECT_EQ(card->seat, 3);
    EXPECT_EQ(card->category, 2);
    EXPECT_EQ(card->size, (Size{75, 60}));
    EXPECT_EQ(card->pose.centre.x, 120.25) << "coordinates snap to 1/100 mm";
    EXPECT_EQ(card->z, board.zCounter) << "a new card is on top";
    EXPECT_FALSE(card->deleted);
    EXPECT_EQ(board.nextId, 17U);
}

TEST(ApplyCards, APromptCardComesFromTheFacilitator) {
    Board board = sampleBoard();
    applyOrFail(board, CardCreated{20, Pose{{500, 40}, 0, 1}, Size{200, 50}, "Et la nuit ?", 0, 0});
    EXPECT_EQ(board.findCard(20)->seat, 0);
    EXPECT_EQ(board.nextId, 21U) << "nextId is one more than the highest id used";
}

TEST(ApplyCards, MovingSetsTheAbsolutePoseAndNothingElse) {
    Board board = sampleBoard();
    Card expected = *board.findCard(2);
    applyOrFail(board, CardMoved{2, Pose{{250.5, 160.25}, 0.5, 1.2}, 1});
    expected.pose = Pose{{250.5, 160.25}, 0.5, 1.2};
    EXPECT_EQ(*board.findCard(2), expected);
}

TEST(ApplyCards, EditingRecolouringDeletingAndRestoring) {
    Board board = sampleBoard();
    applyOrFail(board, CardEdited{3, "Un banc à l’ombre\ndes platanes", 2});
    EXPECT_EQ(board.findCard(3)->text, "Un banc à l’ombre\ndes platanes");
    applyOrFail(board, CardRecoloured{3, 5, 1});
    EXPECT_EQ(board.findCard(3)->category, 5);
    applyOrFail(board, CardDeleted{3, 1});
    EXPECT_TRUE(board.findCard(3)->deleted) << "a deleted card is kept, flagged";
    applyOrFail(board, CardRestored{3, 4});
    EXPECT_FALSE(board.findCard(3)->deleted);
    EXPECT_EQ(board.findCard(3)->text, "Un banc à l’ombre\ndes platanes");
}

TEST(ApplyCards, RaisingBringsACardOrPhotoToTheTop) {
    Board board = sampleBoard();
    applyOrFail(board, ItemRaised{2, 1});
    EXPECT_EQ(board.findCard(2)->z, board.zCounter);
    applyOrFail(board, ItemRaised{1, 2});
    EXPECT_EQ(board.findPhoto(1)->z, board.zCounter);
    EXPECT_GT(board.findPhoto(1)->z, board.findCard(2)->z);
    const Board before = board;
    applyOrFail(board, ItemRaised{1, 3});
    EXPECT_TRUE(board == before) << "raising the top item changes nothing";
}

TEST(ApplyCards, NothingHappensBeforeTheSessionIsConfigured) {
    expectRejected(Board{}, CardCreated{1, Pose{{1, 1}, 0, 1}, Size{75, 75}, "x", 0, 1}, "not configured");
}

TEST(ApplyCards, CreationsThatDoNotFitAreRefused) {
    const Board board = sampleBoard();
    const auto card = [](ItemId id, Pose pose, Size size, std::string text, int category, int seat) {
        return CardCreated{id, pose, size, std::move(text), category, seat};
    };
    const Pose pose{{100, 100}, 0, 1};
    const Size size{75, 75};
    expectRejected(board, card(2, pose, size, "x", 0, 1), "already used by a card");
    expectRejected(board, card(1, pose, size, "x", 0, 1), "already used by a photo");
    expectRejected(board, card(0, pose, size, "x", 0, 1), "id 0");
    expectRejected(board, card(kMaxItemId + 1, pose, size, "x", 0, 1), "2^53");
    expectRejected(board, card(16, Pose{{kNaN, 1}, 0, 1}, size, "x", 0, 1), "pose.x is not a finite number");
    expectRejected(board, card(16, Pose{{1, kInfinity}, 0, 1}, size, "x", 0, 1), "pose.y");
    expectRejected(board, card(16, Pose{{1, 1}, kNaN, 1}, size, "x", 0, 1), "pose.rotation");
    expectRejected(board, card(16, Pose{{1, 1}, 0, 0}, size, "x", 0, 1), "pose.scale");
    expectRejected(board, card(16, Pose{{1, 1}, 0, -kInfinity}, size, "x", 0, 1), "pose.scale");
    expectRejected(board, card(16, Pose{{200000, 1}, 0, 1}, size, "x", 0, 1), "100 m");
    expectRejected(board, card(16, pose, Size{0, 75}, "x", 0, 1), "size.width");
    expectRejected(board, card(16, pose, Size{75, kNaN}, "x", 0, 1), "size.height");
    expectRejected(board, card(16, pose, Size{75, 1e9}, "x", 0, 1), "size.height");
    expectRejected(board, card(16, pose, size, "caf\xC3", 0, 1), "not valid UTF-8");
    expectRejected(board, card(16, pose, size, std::string(1001, 'a'), 0, 1), "1001 bytes");
    expectRejected(board, card(16, pose, size, std::string("a\0b", 3), 0, 1), "control character");
    expectRejected(board, card(16, pose, size, "x", -2, 1), "category"); // -1 is "no category yet"
    expectRejected(board, card(16, pose, size, "x", 64, 1), "category");
    expectRejected(board, card(16, pose, size, "x", 0, 5), "seat 5 is not at this table");
    expectRejected(board, card(16, pose, size, "x", 0, -1), "seat -1");
}

TEST(ApplyCards, ExactlyAThousandBytesOfTextFit) {
    Board board = sampleBoard();
    std::string text;
    while (text.size() < 998) {
        text += "é";
    }
    text += "ab";
    ASSERT_EQ(text.size(), 1000U);
    applyOrFail(board, CardEdited{2, text, 1});
    EXPECT_EQ(board.findCard(2)->text, text);
}

TEST(ApplyCards, ChangesToMissingOrDeletedCardsAreRefused) {
    const Board board = sampleBoard();
    const Pose pose{{10, 10}, 0, 1};
    expectRejected(board, CardMoved{99, pose, 1}, "card 99 does not exist");
    expectRejected(board, CardMoved{1, pose, 1}, "id 1 is a photo, not a card");
    expectRejected(board, CardMoved{6, pose, 1}, "card 6 is deleted");
    expectRejected(board, CardMoved{2, Pose{{kNaN, 1}, 0, 1}, 1}, "pose.x");
    expectRejected(board, CardEdited{6, "x", 1}, "card 6 is deleted");
    expectRejected(board, CardEdited{2, "\xFF", 1}, "not valid UTF-8");
    expectRejected(board, CardRecoloured{2, 64, 1}, "category");
    expectRejected(board, CardRecoloured{6, 1, 1}, "deleted");
    expectRejected(board, CardDeleted{6, 1}, "card 6 is deleted");
    expectRejected(board, CardDeleted{99, 1}, "does not exist");
    expectRejected(board, CardRestored{2, 1}, "card 2 is not deleted");
    expectRejected(board, CardRestored{7, 1}, "is a stroke");
    expectRejected(board, ItemRaised{7, 1}, "is a stroke, not a card or photo");
    expectRejected(board, ItemRaised{6, 1}, "card 6 is deleted");
    expectRejected(board, ItemRaised{15, 1}, "photo 15 is removed");
    expectRejected(board, ItemRaised{2, 9}, "seat 9");
}

// Moderation: the facilitator hides a card; it leaves the table, and only the facilitator may.
TEST(ApplyCards, TheFacilitatorHidesACardAndRestoresIt) {
    Board board = sampleBoard();
    expectRejected(board, CardHidden{3, 2}, "seat");
    applyOrFail(board, CardHidden{3, 0});
    ASSERT_NE(board.findCard(3), nullptr);
    EXPECT_TRUE(board.findCard(3)->deleted) << "hidden: off the table, kept in the board";
    EXPECT_EQ(board.findCard(3)->text, "Un banc à l'ombre");
    expectRejected(board, CardHidden{3, 0}, "card 3 is deleted");
    expectRejected(board, CardHidden{99, 0}, "does not exist");
    const std::optional<Event> inverse = inverseOf(sampleBoard(), CardHidden{3, 0});
    ASSERT_TRUE(inverse.has_value());
    EXPECT_EQ(*inverse, Event(CardRestored{3, 0}));
    applyOrFail(board, *inverse);
    EXPECT_EQ(board, sampleBoard()) << "restoring a hidden card gives the board back exactly";
}

} // namespace
} // namespace atelier::core

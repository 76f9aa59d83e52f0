// Compact board snapshots: exact round trips (whole boards and deltas), size, and hostile bytes refused
// with a sentence.
#include "TestBoards.hpp"

#include "core/BoardCodec.hpp"
#include "core/BoardHash.hpp"
#include "core/CompactBoard.hpp"
#include "core/Limits.hpp"

#include <gtest/gtest.h>
#include <random>
#include <vector>

namespace atelier::core {
namespace {

using testing::applyOrFail;
using testing::sampleBoard;

std::optional<Board> decodeOne(std::string_view blob, std::string* error = nullptr) {
    const std::string_view chain[] = {blob};
    return boardFromCompact(chain, error);
}

/// A board with many long strokes, as a sketching session leaves it.
Board sketchedBoard(int strokes, int stepsEach) {
    Board board = testing::configuredBoard();
    std::mt19937 random(7);
    std::uniform_real_distribution<double> step(-3, 3);
    ItemId id = 1;
    for (int s = 0; s < strokes; ++s) {
        Vec2 pen{400.0 + s % 300, 300.0 + s % 200};
        const ItemId stroke = id++;
        applyOrFail(board, StrokeBegun{stroke, kNoItem, 0x2b6cb0ffu, 2.5, {pen}, 1 + s % 4});
        for (int i = 0; i < stepsEach; ++i) {
            std::vector<Vec2> points;
            for (int p = 0; p < 3; ++p) {
                pen = Vec2{pen.x + step(random), pen.y + step(random)};
                points.push_back(pen);
            }
            applyOrFail(board, StrokeExtended{stroke, points, 1 + s % 4});
        }
        applyOrFail(board, StrokeEnded{stroke, 1 + s % 4});
        applyOrFail(board, CardCreated{id++, Pose{{100.0 + s, 100}, 0.1 * s, 1}, Size{75, 75}, "Idée", 1, 1});
    }
    return board;
}

TEST(CompactBoard, AWholeBoardRoundTripsExactly) {
    const Board board = sampleBoard();
    std::string error;
    const std::optional<Board> decoded = decodeOne(boardToCompact(board), &error);
    ASSERT_TRUE(decoded) << error;
    EXPECT_TRUE(*decoded == board);
    EXPECT_EQ(boardHash(*decoded), boardHash(board));
    EXPECT_EQ(boardToCompact(*decoded), boardToCompact(board)) << "the same board gives the same bytes";
}

TEST(CompactBoard, AHiddenCardAndACardWithNoCategoryRoundTrip) {
    Board board = testing::configuredBoard();
    applyOrFail(board,
                CardCreated{1, Pose{{300, 300}, 0, 1}, Size{110, 72}, "Appelez le 06", kNoCategory, 2});
    applyOrFail(board, CardCreated{2, Pose{{600, 300}, 0, 1}, Size{110, 72}, "Un banc", kNoCategory, 3});
    applyOrFail(board, CardHidden{1, 0});
    ASSERT_TRUE(board.findCard(1)->hidden);
    std::string error;
    const std::optional<Board> decoded = decodeOne(boardToCompact(board), &error);
    ASSERT_TRUE(decoded) << error;
    EXPECT_TRUE(decoded->findCard(1)->hidden) << "a restore's undo must hide it again, not delete it";
    EXPECT_EQ(decoded->findCard(2)->category, kNoCategory);
    EXPECT_TRUE(*decoded == board);
}

TEST(CompactBoard, AnEmptyBoardRoundTrips) {
    const std::optional<Board> decoded = decodeOne(boardToCompact(Board{}));
    ASSERT_TRUE(decoded);
    EXPECT_TRUE(*decoded == Board{});
}

TEST(CompactBoard, AfterEveryKindOfEventTheBoardAndItsDeltaRoundTrip) {
    const Board base = sampleBoard();
    const std::string baseBlob = boardToCompact(base);
    for (const Event& event : testing::oneEventOfEachType()) {
        Board board = base;
        if (!apply(board, event)) {
            continue;
        }
        std::string error;
        const std::optional<Board> whole = decodeOne(boardToCompact(board), &error);
        ASSERT_TRUE(whole) << error;
        EXPECT_EQ(boardHash(*whole), boardHash(board));
        const std::string delta = boardDeltaToCompact(base, board);
        EXPECT_TRUE(isCompactDelta(delta));
        const std::string_view chain[] = {baseBlob, delta};
        const std::optional<Board> rebuilt = boardFromCompact(chain, &error);
        ASSERT_TRUE(rebuilt) << error;
        EXPECT_TRUE(*rebuilt == board);
        EXPECT_EQ(boardHash(*rebuilt), boardHash(board));
    }
}

TEST(CompactBoard, AChainOfDeltasRebuildsEachStepAndADeltaHoldsOnlyWhatChanged) {
    Board board = sketchedBoard(50, 20);
    std::vector<std::string> blobs = {boardToCompact(board)};
    Board previous = board;
    for (int i = 0; i < 5; ++i) {
        applyOrFail(board, CardMoved{2, Pose{{150.0 + i, 120.5}, 0.25, 1.5}, 1});
        applyOrFail(board, StrokeBegun{board.nextId, kNoItem, 0xe53935ffu, 4, {{10, 10}, {12, 11}}, 2});
        blobs.push_back(boardDeltaToCompact(previous, board));
        previous = board;
        std::vector<std::string_view> chain(blobs.begin(), blobs.end());
        std::string error;
        const std::optional<Board> rebuilt = boardFromCompact(chain, &error);
        ASSERT_TRUE(rebuilt) << error;
        EXPECT_EQ(boardHash(*rebuilt), boardHash(board)) << "after delta " << i + 1;
    }
    EXPECT_LT(blobs.back().size(), 200U) << "one moved card and one short stroke";
    EXPECT_GT(blobs.front().size(), 10000U);
}

TEST(CompactBoard, ADeltaCanTakeItemsAwayFromAnyBoard) {
    const Board base = sampleBoard();
    Board smaller = base;
    smaller.votes.erase(14);
    smaller.strokes.erase(9);
    const std::string whole = boardToCompact(base);
    const std::string delta = boardDeltaToCompact(base, smaller);
    const std::string_view chain[] = {whole, delta};
    std::string error;
    const std::optional<Board> rebuilt = boardFromCompact(chain, &error);
    ASSERT_TRUE(rebuilt) << error;
    EXPECT_TRUE(*rebuilt == smaller);
}

TEST(CompactBoard, AStrokeHeavyBoardIsAThirdOfItsJsonOrLess) {
    const Board board = sketchedBoard(200, 25);
    const std::string compact = boardToCompact(board);
    const std::string json = boardToJson(board);
    EXPECT_LE(compact.size() * 3, json.size()) << compact.size() << " bytes against " << json.size();
    const std::optional<Board> decoded = decodeOne(compact);
    ASSERT_TRUE(decoded);
    EXPECT_EQ(boardHash(*decoded), boardHash(board));
}

TEST(CompactBoard, EveryTruncationIsRefusedWithASentence) {
    const std::string blob = boardToCompact(sampleBoard());
    for (std::size_t length = 0; length < blob.size(); ++length) {
        std::string error;
        EXPECT_FALSE(decodeOne(std::string_view(blob).substr(0, length), &error)) << length;
        EXPECT_EQ(error.rfind("the compact board snapshot cannot be read: ", 0), 0U) << error;
    }
}

TEST(CompactBoard, CorruptedBytesNeverCrashAndAreRefusedOrStillABoard) {
    const Board base = sampleBoard();
    const std::string whole = boardToCompact(base);
    Board changed = base;
    applyOrFail(changed, CardMoved{2, Pose{{250.5, 160.25}, 0.5, 1.2}, 1});
    const std::string delta = boardDeltaToCompact(base, changed);
    std::mt19937 random(11);
    for (int round = 0; round < 3000; ++round) {
        std::string a = whole;
        std::string b = delta;
        std::string& target = round % 2 == 0 ? a : b;
        const std::size_t at = random() % target.size();
        target[at] = static_cast<char>(random());
        const std::string_view chain[] = {a, b};
        std::string error;
        const std::optional<Board> decoded = boardFromCompact(chain, &error);
        if (decoded) {
            // Whatever decodes is a board the JSON codec accepts too: the same checks ran.
            EXPECT_TRUE(boardFromJson(boardToJson(*decoded))) << "round " << round;
        } else {
            EXPECT_FALSE(error.empty());
        }
    }
}

TEST(CompactBoard, HostileBlobsAreRefusedWithTheReason) {
    const std::string good = boardToCompact(sampleBoard());
    const Board base = sampleBoard();
    std::string wrongVersion = good;
    wrongVersion[3] = 9;
    std::string hugeCount = good.substr(0, 5);
    hugeCount += std::string("\x00\x00\x00\x00\x00\x00\x00\x00", 8); // empty title, seats, dots, phase...
    hugeCount[5] = '\xff';
    hugeCount += "\xff\xff\xff\x0f";
    Board reused = base;
    Stroke twin = reused.strokes.at(8);
    twin.id = 2; // a card's id
    reused.strokes.emplace(2, twin);
    Board dangling = base;
    dangling.votes.at(12).target = 99;
    struct Case {
        std::string blob;
        std::string mentions;
    };
    const std::vector<Case> cases = {
        {"", "too short"},
        {"XYZ\x01W", "not a compact board"},
        {wrongVersion, "compact version 9"},
        {boardDeltaToCompact(base, base), "a delta came where a whole board was needed"},
        {hugeCount, "more than the blob holds"},
        {good + "x", "bytes follow the end"},
        {boardToCompact(reused), "used twice"},
        {boardToCompact(dangling), "neither a card nor a cluster"},
    };
    for (const Case& c : cases) {
        std::string error;
        EXPECT_FALSE(decodeOne(c.blob, &error)) << c.mentions;
        EXPECT_NE(error.find(c.mentions), std::string::npos) << "\"" << error << "\" lacks " << c.mentions;
    }
    const std::string_view twoWholes[] = {good, good};
    std::string error;
    EXPECT_FALSE(boardFromCompact(twoWholes, &error));
    EXPECT_NE(error.find("a whole board came where a delta was needed"), std::string::npos) << error;
    EXPECT_FALSE(boardFromCompact({}, &error));
}

} // namespace
} // namespace atelier::core

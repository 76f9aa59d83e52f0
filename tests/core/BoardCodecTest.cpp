// Board snapshots: exact round trip, same text for the same board, and bad snapshots refused clearly.
#include "TestBoards.hpp"

#include "core/BoardCodec.hpp"
#include "core/BoardHash.hpp"

#include <gtest/gtest.h>

namespace atelier::core {
namespace {

using testing::applyOrFail;
using testing::sampleBoard;

/// The text with its first `from` replaced by `to` (the test fails if `from` is absent).
std::string replaced(std::string text, std::string_view from, std::string_view to) {
    const std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << "the snapshot has no " << from;
    if (at != std::string::npos) {
        text.replace(at, from.size(), to);
    }
    return text;
}

TEST(BoardCodec, RoundTripKeepsEveryDetail) {
    const Board board = sampleBoard();
    std::string error;
    const std::optional<Board> decoded = boardFromJson(boardToJson(board), &error);
    ASSERT_TRUE(decoded) << error;
    EXPECT_TRUE(*decoded == board);
    EXPECT_EQ(boardHash(*decoded), boardHash(board));
    EXPECT_EQ(boardToJson(*decoded), boardToJson(board));
}

TEST(BoardCodec, AnEmptyBoardRoundTrips) {
    const std::optional<Board> decoded = boardFromJson(boardToJson(Board{}));
    ASSERT_TRUE(decoded);
    EXPECT_TRUE(*decoded == Board{});
}

TEST(BoardCodec, AfterEveryKindOfEventTheBoardStillRoundTrips) {
    for (const Event& event : testing::oneEventOfEachType()) {
        Board board = sampleBoard();
        if (!apply(board, event)) {
            continue;
        }
        const std::optional<Board> decoded = boardFromJson(boardToJson(board));
        ASSERT_TRUE(decoded);
        EXPECT_EQ(boardHash(*decoded), boardHash(board));
    }
}

TEST(BoardCodec, SnapshotsAreCompactAndVersioned) {
    const std::string json = boardToJson(sampleBoard());
    EXPECT_EQ(json.rfind(R"({"format":1,"title":"Place Carnot","seatCount":4,"votesPerSeat":3,)", 0), 0U)
        << json;
    EXPECT_NE(json.find(R"("pointsHundredthsMm":[-1000,-1000,-500,-800])"), std::string::npos) << json;
    EXPECT_EQ(json.find('\n'), std::string::npos) << "one line, whatever the texts hold";
}

TEST(BoardCodec, HandEditedValuesAreSnappedToTheGrid) {
    const std::string json = replaced(boardToJson(sampleBoard()), R"("x":200,)", R"("x":200.004,)");
    const std::optional<Board> decoded = boardFromJson(json);
    ASSERT_TRUE(decoded);
    EXPECT_EQ(decoded->findCard(2)->pose.centre.x, 200.0);
}

TEST(BoardCodec, UnknownKeysAndKeyOrderDoNotMatter) {
    const std::string json = replaced(boardToJson(sampleBoard()), R"({"format":1,)",
                                      R"({"savedBy":{"version":[0,2]},"format":1,)");
    ASSERT_TRUE(boardFromJson(json));
    const std::optional<Board> reordered = boardFromJson(
        R"({"votes":[],"clusters":[],"strokes":[],"photos":[],"cards":[],"nextId":1,"zCounter":0,)"
        R"("phase":{"durationS":0,"tools":[],"name":"","index":-1},)"
        R"("votesPerSeat":0,"seatCount":0,"title":"",)"
        R"("format":1})");
    ASSERT_TRUE(reordered);
    EXPECT_TRUE(*reordered == Board{});
}

TEST(BoardCodec, BadSnapshotsAreRefusedWithASentence) {
    const std::string good = boardToJson(sampleBoard());
    struct Case {
        std::string json;
        std::string_view mentions;
    };
    const Case cases[] = {
        {"", "the text ends"},
        {"[]", "expected an object"},
        {good.substr(0, good.size() / 2), "at byte"},
        {good + "x", "after the end"},
        {replaced(good, R"("format":1)", R"("format":2)"), "format 2"},
        {replaced(good, R"("nextId":16,)", ""), "has no \"nextId\""},
        {replaced(good, R"("nextId":16)", R"("nextId":3)"), "nextId 3"},
        {replaced(good, R"("zCounter":)", R"("zCounter":1,"was":)"), "zCounter 1"},
        {replaced(good, R"({"id":3,)", R"({"id":2,)"), "id 2 is used twice"},
        {replaced(good, R"({"id":12,)", R"({"id":1,)"), "id 1 is used twice"},
        {replaced(good, R"("cards":[2,3])", R"("cards":[3,2])"), "ascending"},
        {replaced(good, R"("cards":[4])", R"("cards":[2])"), ""}, // dissolved: may overlap
        {replaced(good, R"("cards":[2,3])", R"("cards":[2,1])"), "ascending"},
        {replaced(good, R"("cards":[2,3])", R"("cards":[2,99])"), "not a card"},
        {replaced(good, R"([-1000,-1000,-500,-800])", R"([-1000,-1000,-500])"), "x, y pairs"},
        {replaced(good, R"([-1000,-1000,-500,-800])", R"([-1000,-1000,-500,1e3])"), "whole number"},
        {replaced(good, R"([-1000,-1000,-500,-800])", R"([-1000,-1000,-500,100000000])"), "100 m"},
        {replaced(good, R"("target":2)", R"("target":99)"), "neither a card nor a cluster"},
        {replaced(good, R"("parent":1)", R"("parent":2)"), "not on the board"},
        {replaced(good, R"("seatCount":4)", R"("seatCount":3)"), "seat the table does not have"},
        {replaced(good, R"("seatCount":4)", R"("seatCount":9)"), "seatCount"},
        {replaced(good, R"("width":2.5)", R"("width":25)"), "width"},
        {replaced(good, R"("colour":"#1e88e5ff")", R"("colour":"#1E88E5FF")"), "lowercase"},
        {replaced(good, R"("scale":1.5)", R"("scale":0)"), "pose.scale"},
        {replaced(good, R"("x":200,)", R"("x":1e400,)"), "out of range"},
        {replaced(good, R"("deleted":false)", R"("deleted":0)"), "true or false"},
        {replaced(good, R"("text":"Plus d'arbres")", R"("text":"Plus \ud800")"), "surrogate"},
        {replaced(good, R"("index":0)", R"("index":-1)"), "index -1"},
    };
    for (const Case& c : cases) {
        std::string error;
        std::optional<Board> decoded;
        EXPECT_NO_THROW(decoded = boardFromJson(c.json, &error));
        if (c.mentions.empty()) {
            EXPECT_TRUE(decoded) << error;
            continue;
        }
        EXPECT_FALSE(decoded) << c.json;
        EXPECT_EQ(error.rfind("the board snapshot cannot be read: ", 0), 0U) << error;
        EXPECT_NE(error.find(c.mentions), std::string::npos) << "\"" << error << "\" lacks " << c.mentions;
    }
}

TEST(BoardCodec, AppliedEventsAfterALoadedSnapshotBehaveAsBefore) {
    Board live = sampleBoard();
    Board resumed = *boardFromJson(boardToJson(live));
    const Event next = StrokeExtended{7, {{1.25, 2.5}}, 1};
    applyOrFail(live, next);
    applyOrFail(resumed, next);
    EXPECT_EQ(boardHash(resumed), boardHash(live));
}

} // namespace
} // namespace atelier::core

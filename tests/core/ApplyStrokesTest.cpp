// apply() on pen strokes: begin, extend while the pen moves, end; erase and restore.
#include "TestBoards.hpp"

#include "core/Limits.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace atelier::core {
namespace {

using testing::applyOrFail;
using testing::expectRejected;
using testing::sampleBoard;

TEST(ApplyStrokes, APenStrokeGrowsUntilThePenLifts) {
    Board board = sampleBoard();
    applyOrFail(board, StrokeBegun{16, 1, 0xfdd835ff, 3.004, {{1, 2}}, 2});
    applyOrFail(board, StrokeExtended{16, {{3.5, 4.25}, {5.111, 6}}, 2});
    applyOrFail(board, StrokeExtended{16, {{7, 8}}, 2});
    applyOrFail(board, StrokeEnded{16, 2});
    const Stroke* stroke = board.findStroke(16);
    ASSERT_NE(stroke, nullptr);
    EXPECT_EQ(stroke->parent, 1U);
    EXPECT_EQ(stroke->seat, 2);
    EXPECT_EQ(stroke->colour, 0xfdd835ffU);
    EXPECT_EQ(stroke->width, 3.0) << "widths snap to 1/100 mm";
    const std::vector<Vec2> expected = {{1, 2}, {3.5, 4.25}, {5.11, 6}, {7, 8}};
    EXPECT_EQ(stroke->points, expected);
    EXPECT_TRUE(stroke->ended);
    EXPECT_FALSE(stroke->erased);
}

TEST(ApplyStrokes, ErasingAndRestoring) {
    Board board = sampleBoard();
    applyOrFail(board, StrokeErased{8, 4});
    EXPECT_TRUE(board.findStroke(8)->erased) << "any seat's eraser erases any stroke";
    applyOrFail(board, StrokeRestored{8, 0});
    EXPECT_FALSE(board.findStroke(8)->erased);
}

TEST(ApplyStrokes, ALongStrokeKeepsEveryPoint) {
    Board board = sampleBoard();
    applyOrFail(board, StrokeBegun{16, kNoItem, 0x000000ff, 1, {{0, 0}}, 1});
    for (int i = 1; i < 5000; ++i) {
        applyOrFail(board, StrokeExtended{16, {{i * 0.5, i * 0.25}}, 1});
    }
    const Stroke* stroke = board.findStroke(16);
    ASSERT_EQ(stroke->points.size(), 5000U);
    EXPECT_EQ(stroke->points.back(), (Vec2{2499.5, 1249.75}));
}

TEST(ApplyStrokes, WhatDoesNotFitIsRefused) {
    const Board board = sampleBoard();
    const std::vector<Vec2> points = {{1, 2}};
    const double nan = std::numeric_limits<double>::quiet_NaN();
    expectRejected(board, StrokeBegun{16, kNoItem, 0xff, 0.5, points, 1}, "width");
    expectRejected(board, StrokeBegun{16, kNoItem, 0xff, 20.5, points, 1}, "width");
    expectRejected(board, StrokeBegun{16, kNoItem, 0xff, nan, points, 1}, "width");
    expectRejected(board, StrokeBegun{16, kNoItem, 0xff, 2, {}, 1}, "no points");
    expectRejected(board, StrokeBegun{16, kNoItem, 0xff, 2, {{1, 2}, {nan, 3}}, 1}, "point 1");
    expectRejected(board, StrokeBegun{16, kNoItem, 0xff, 2, {{1e9, 3}}, 1}, "point 0");
    expectRejected(board, StrokeBegun{16, 15, 0xff, 2, points, 1}, "photo 15 is removed");
    expectRejected(board, StrokeBegun{16, 2, 0xff, 2, points, 1}, "is a card, not a photo");
    expectRejected(board, StrokeBegun{16, kNoItem, 0xff, 2, points, 0}, "facilitator");
    expectRejected(board, StrokeBegun{8, kNoItem, 0xff, 2, points, 1}, "already used by a stroke");
    expectRejected(
        board, StrokeBegun{16, kNoItem, 0xff, 2, std::vector<Vec2>(kMaxPointsPerEvent + 1, Vec2{1, 1}), 1},
        "more than");
    expectRejected(board, StrokeExtended{7, points, 2}, "belongs to seat 1, not seat 2");
    expectRejected(board, StrokeExtended{8, points, 2}, "stroke 8 has already ended");
    expectRejected(board, StrokeExtended{9, points, 3}, "stroke 9 is erased");
    expectRejected(board, StrokeExtended{7, {}, 1}, "no points");
    expectRejected(board, StrokeExtended{7, {{1, 1}, {2, nan}}, 1}, "point 1");
    expectRejected(board, StrokeExtended{99, points, 1}, "stroke 99 does not exist");
    expectRejected(board, StrokeEnded{8, 2}, "already ended");
    expectRejected(board, StrokeEnded{7, 3}, "belongs to seat 1");
    expectRejected(board, StrokeErased{9, 1}, "already erased");
    expectRejected(board, StrokeRestored{8, 1}, "not erased");
    expectRejected(board, StrokeErased{2, 1}, "is a card, not a stroke");
}

TEST(ApplyStrokes, AStrokeCannotGrowPastItsLimit) {
    Board board = sampleBoard();
    applyOrFail(board,
                StrokeBegun{16, kNoItem, 0xff, 2, std::vector<Vec2>(kMaxPointsPerEvent, Vec2{1, 1}), 1});
    for (std::size_t held = kMaxPointsPerEvent; held < kMaxPointsPerStroke; held += kMaxPointsPerEvent) {
        applyOrFail(board, StrokeExtended{16, std::vector<Vec2>(kMaxPointsPerEvent, Vec2{2, 2}), 1});
    }
    expectRejected(board, StrokeExtended{16, {{3, 3}}, 1}, "end it and begin another");
}

} // namespace
} // namespace atelier::core

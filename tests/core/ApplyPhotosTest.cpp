// apply() on site photos.
#include "TestBoards.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace atelier::core {
namespace {

using testing::applyOrFail;
using testing::expectRejected;
using testing::sampleAssetHash;
using testing::sampleBoard;

TEST(ApplyPhotos, APlacedPhotoLandsOnTop) {
    Board board = sampleBoard();
    applyOrFail(board, PhotoPlaced{16, sampleAssetHash(), Pose{{1000, 300}, -0.75, 0.8}, Size{640, 480}, 0});
    const Photo* photo = board.findPhoto(16);
    ASSERT_NE(photo, nullptr);
    EXPECT_EQ(photo->assetHash, sampleAssetHash());
    EXPECT_EQ(photo->size, (Size{640, 480}));
    EXPECT_EQ(photo->pose, (Pose{{1000, 300}, -0.75, 0.8}));
    EXPECT_EQ(photo->z, board.zCounter);
}

TEST(ApplyPhotos, MovingRemovingAndRestoring) {
    Board board = sampleBoard();
    applyOrFail(board, PhotoMoved{1, Pose{{610, 420}, 7.0, 1.1}, 2});
    EXPECT_EQ(board.findPhoto(1)->pose.centre, (Vec2{610, 420}));
    EXPECT_LT(board.findPhoto(1)->pose.rotation, 3.15) << "angles wrap into one turn";
    applyOrFail(board, PhotoRemoved{1, 0});
    EXPECT_TRUE(board.findPhoto(1)->deleted);
    EXPECT_NE(board.findStroke(7), nullptr) << "strokes on a removed photo are kept for its restore";
    applyOrFail(board, PhotoRestored{1, 0});
    EXPECT_FALSE(board.findPhoto(1)->deleted);
}

TEST(ApplyPhotos, WhatDoesNotFitIsRefused) {
    const Board board = sampleBoard();
    const Pose pose{{10, 10}, 0, 1};
    const Size size{400, 300};
    expectRejected(board, PhotoPlaced{16, "not-a-hash", pose, size, 0}, "64 lowercase hex");
    std::string upper = sampleAssetHash();
    upper[0] = 'A';
    expectRejected(board, PhotoPlaced{16, upper, pose, size, 0}, "64 lowercase hex");
    expectRejected(board, PhotoPlaced{2, sampleAssetHash(), pose, size, 0}, "already used by a card");
    expectRejected(board, PhotoPlaced{16, sampleAssetHash(), pose, Size{0.5, 300}, 0}, "size.width");
    expectRejected(board,
                   PhotoPlaced{16, sampleAssetHash(),
                               Pose{{1, std::numeric_limits<double>::quiet_NaN()}, 0, 1}, size, 0},
                   "pose.y");
    expectRejected(board, PhotoMoved{15, pose, 0}, "photo 15 is removed");
    expectRejected(board, PhotoMoved{2, pose, 0}, "is a card, not a photo");
    expectRejected(board, PhotoMoved{1, Pose{{10, 10}, 0, 21}, 0}, "pose.scale");
    expectRejected(board, PhotoRemoved{15, 0}, "already removed");
    expectRejected(board, PhotoRestored{1, 0}, "not removed");
    expectRejected(board, PhotoRestored{42, 0}, "photo 42 does not exist");
}

} // namespace
} // namespace atelier::core

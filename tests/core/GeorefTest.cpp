// A photo's pixels to map coordinates: world files, GeoTIFF tie points, corners, and table mm to pixels.
#include <gtest/gtest.h>

#include "core/Georef.hpp"

#include <numbers>

namespace atelier::core {
namespace {

constexpr double kTight = 1e-9;

void expectNear(Vec2 actual, Vec2 expected, double tolerance = kTight) {
    EXPECT_NEAR(actual.x, expected.x, tolerance);
    EXPECT_NEAR(actual.y, expected.y, tolerance);
}

TEST(GeorefTest, AWorldFileNamesThePixelCentresSoTheImageCornerIsHalfAPixelOut) {
    // 0.5 m pixels, north up, the top-left pixel's centre at (700000.25, 6600000.75) in Lambert-93.
    const auto parsed = affineFromWorldFile("0.5\r\n0.0\r\n0.0\r\n-0.5\r\n700000.25\r\n6600000.75\r\n");
    ASSERT_TRUE(std::holds_alternative<Affine>(parsed)) << std::get<std::string>(parsed);
    const Affine affine = std::get<Affine>(parsed);
    expectNear(affine.apply({0, 0}), {700000, 6600001});
    expectNear(affine.apply({0.5, 0.5}), {700000.25, 6600000.75});
    expectNear(affine.apply({200, 100}), {700100, 6600001 - 50});
}

TEST(GeorefTest, AWorldFileWithRotationTermsTurnsThePixelGrid) {
    // A = 0, D = -1, B = -1, E = 0: columns go south, rows go west (the image turned a quarter).
    const auto parsed = affineFromWorldFile("0\n-1\n-1\n0\n100.5\n200.5\n");
    ASSERT_TRUE(std::holds_alternative<Affine>(parsed));
    const Affine affine = std::get<Affine>(parsed);
    expectNear(affine.apply({0.5, 0.5}), {100.5, 200.5});
    expectNear(affine.apply({10.5, 0.5}), {100.5, 190.5});
    expectNear(affine.apply({0.5, 10.5}), {90.5, 200.5});
}

TEST(GeorefTest, ABrokenWorldFileIsRefusedWithASentence) {
    const auto words = affineFromWorldFile("0.5\n0\n0\n-0.5\nhello\n6600000\n");
    ASSERT_TRUE(std::holds_alternative<std::string>(words));
    EXPECT_NE(std::get<std::string>(words).find("line 5 is not a number"), std::string::npos)
        << std::get<std::string>(words);
    const auto short_ = affineFromWorldFile("0.5\n0\n0\n-0.5\n700000\n");
    ASSERT_TRUE(std::holds_alternative<std::string>(short_));
    EXPECT_NE(std::get<std::string>(short_).find("5 numbers"), std::string::npos);
    const auto flat = affineFromWorldFile("0\n0\n0\n0\n700000\n6600000\n");
    EXPECT_TRUE(std::holds_alternative<std::string>(flat));
}

TEST(GeorefTest, TheInverseTakesMapPointsBackToPixels) {
    const Affine affine{0.3, 0.1, 500, -0.05, -0.4, 900};
    const std::optional<Affine> inverse = affine.inverse();
    ASSERT_TRUE(inverse.has_value());
    for (const Vec2 pixel : {Vec2{0, 0}, Vec2{123.5, 77.25}, Vec2{-10, 4000}}) {
        expectNear(inverse->apply(affine.apply(pixel)), pixel, 1e-7);
    }
    EXPECT_FALSE((Affine{1, 2, 0, 2, 4, 0}.inverse().has_value())) << "a flat transform has no inverse";
}

TEST(GeorefTest, AnImageShrunkOnImportKeepsItsCornersOnTheSameGround) {
    // A 20000 × 10000 orthophoto turned a little (shear terms), stored as 3464 × 1732.
    const Affine source{0.5, 0.02, 808000, 0.01, -0.5, 6480050};
    const Affine stored = source.resized(20000, 10000, 3464, 1732);
    for (const Vec2 corner : {Vec2{0, 0}, Vec2{1, 0}, Vec2{0, 1}, Vec2{1, 1}, Vec2{0.5, 0.25}}) {
        expectNear(stored.apply({corner.x * 3464, corner.y * 1732}),
                   source.apply({corner.x * 20000, corner.y * 10000}), 1e-6);
    }
    EXPECT_EQ(source.resized(300, 150, 300, 150), source) << "kept as it came: the same transform";
}

TEST(GeorefTest, GeoTiffTiePointsMeetTheirPixelIsAreaOrPixelIsPoint) {
    const Affine area = affineFromTiepoint({0, 0}, {800000, 6500000}, {2, 2}, false);
    expectNear(area.apply({0, 0}), {800000, 6500000});
    expectNear(area.apply({10, 5}), {800020, 6499990});
    const Affine point = affineFromTiepoint({0, 0}, {800000, 6500000}, {2, 2}, true);
    expectNear(point.apply({0.5, 0.5}), {800000, 6500000}); // PixelIsPoint: the tie point is a centre
    const Affine shifted = affineFromTiepoint({4, 2}, {800008, 6499996}, {2, 2}, false);
    expectNear(shifted.apply({0, 0}), {800000, 6500000});
    const double matrix[16] = {2, 0, 0, 800000, 0, -2, 0, 6500000, 0, 0, 0, 0, 0, 0, 0, 1};
    EXPECT_EQ(affineFromModelTransformation(matrix, false), area);
}

TEST(GeorefTest, CornersPutTheImageOnTheMapAndInconsistentOnesAreRefused) {
    MapCorners northUp;
    northUp.topLeft = Vec2{4.39, 45.44};
    northUp.bottomRight = Vec2{4.41, 45.43};
    const auto placed = affineFromCorners(northUp, 200, 100);
    ASSERT_TRUE(std::holds_alternative<Affine>(placed));
    expectNear(std::get<Affine>(placed).apply({200, 100}), {4.41, 45.43});
    expectNear(std::get<Affine>(placed).apply({100, 50}), {4.40, 45.435});

    MapCorners turned;
    turned.topLeft = Vec2{0, 0};
    turned.topRight = Vec2{0, -200};
    turned.bottomLeft = Vec2{-100, 0};
    const auto turnedAffine = affineFromCorners(turned, 200, 100);
    ASSERT_TRUE(std::holds_alternative<Affine>(turnedAffine));
    expectNear(std::get<Affine>(turnedAffine).apply({200, 100}), {-100, -200});
    turned.bottomRight = Vec2{-100, -200};
    EXPECT_TRUE(std::holds_alternative<Affine>(affineFromCorners(turned, 200, 100)));
    turned.bottomRight = Vec2{-80, -200};
    EXPECT_TRUE(std::holds_alternative<std::string>(affineFromCorners(turned, 200, 100)));

    MapCorners lonely;
    lonely.topLeft = Vec2{0, 0};
    const auto refused = affineFromCorners(lonely, 200, 100);
    ASSERT_TRUE(std::holds_alternative<std::string>(refused));
    EXPECT_NE(std::get<std::string>(refused).find("top_left and bottom_right"), std::string::npos);
}

TEST(GeorefTest, TableMillimetresReachThePixelUnderThemOnATurnedScaledPhoto) {
    Photo photo;
    photo.size = {300, 150};
    photo.pose.centre = {400, 300};
    photo.pose.rotation = std::numbers::pi / 2; // a quarter turn clockwise on screen
    photo.pose.scale = 2;
    // The image is 600 × 300 pixels: 2 px per mm at scale 1.
    expectNear(tableToPhotoPixel(photo, {400, 300}, 600, 300), {300, 150});
    // Its top-left corner, turned a quarter clockwise and doubled, lies right of and above the centre.
    const Vec2 corner = localToTable(photo.pose, {-150, -75});
    expectNear(corner, {550, 0}, 1e-9);
    expectNear(tableToPhotoPixel(photo, corner, 600, 300), {0, 0}, 1e-9);
    EXPECT_TRUE(photoCovers(photo, {540, 10}));
    EXPECT_FALSE(photoCovers(photo, {560, 10}));
    expectNear(photoLocalToPixel(photo, {150, 75}, 600, 300), {600, 300});
    // Each axis has its own scale: an image of 600 × 200 pixels on the same photo (2 and 4/3 px per mm).
    expectNear(photoLocalToPixel(photo, {0, 75}, 600, 200), {300, 200});
    expectNear(photoLocalToPixel(photo, {-50, -45}, 600, 200), {200, 40});
}

} // namespace
} // namespace atelier::core

// What a participant sees of photos: upright, the sketch moving with its photo, a broken file harmless.
#include <numbers>

#include "SceneFixture.hpp"
#include "render/TableColour.hpp"

namespace atelier::render::testing {
namespace {

const Rgb kTable{kTableColour.r, kTableColour.g, kTableColour.b};
const std::string kHashA(64, 'a');
const std::string kHashB(64, 'b');

bool isRed(Rgb c) {
    return c.r > 200 && c.g < 70 && c.b < 70;
}

bool isBlue(Rgb c) {
    return c.r < 70 && c.g < 70 && c.b > 200;
}

using PhotoPixels = SceneFixture;

TEST_F(PhotoPixels, APhoneJpegWithOrientation6StandsUpright) {
    // Stored sideways (red on the left) with EXIF orientation 6, as a phone held upright writes it.
    const auto stored = [] {
        std::vector<std::uint8_t> pixels(120 * 80 * 4);
        for (int y = 0; y < 80; ++y) {
            for (int x = 0; x < 120; ++x) {
                const bool red = x < 60;
                const std::size_t i = (static_cast<std::size_t>(y) * 120 + x) * 4;
                pixels[i] = red ? 255 : 0;
                pixels[i + 1] = 0;
                pixels[i + 2] = red ? 0 : 255;
                pixels[i + 3] = 255;
            }
        }
        return pixels;
    }();
    m_files[kHashA] = withExifOrientation(encodeJpeg(stored, 120, 80), 6);
    core::Board board;
    board.photos[1] = makePhoto(1, kHashA, {{200, 112.5}, 0, 1}, {100, 150});

    const Pixels loading = render(board);
    EXPECT_FALSE(near(at(loading, {200, 112.5}), kTable, 3)) << "a placeholder shows while it loads";

    const Pixels pixels = renderUntilLoaded(board);
    EXPECT_TRUE(isRed(at(pixels, {200, 112.5 - 50}))) << "the top of the photo is red";
    EXPECT_TRUE(isBlue(at(pixels, {200, 112.5 + 50}))) << "the bottom of the photo is blue";
    EXPECT_TRUE(isRed(at(pixels, {200 - 40, 112.5 - 50})) && isRed(at(pixels, {200 + 40, 112.5 - 50})));
}

TEST_F(PhotoPixels, AStrokeOnAPhotoMovesTurnsAndScalesWithIt) {
    m_files[kHashA] = encodePng(twoToneRgba(64, 48, 0xFFFFFF, 0xFFFFFF), 64, 48, 4);
    core::Board board;
    board.photos[1] = makePhoto(1, kHashA, {{150, 100}, 0, 1}, {160, 120});
    core::Stroke stroke;
    stroke.id = 2;
    stroke.parent = 1;
    stroke.colour = 0x0072B2FF;
    stroke.width = 6;
    stroke.points = {{-60, -30}, {0, -30}, {60, -30}};
    stroke.ended = true;
    board.strokes[2] = stroke;
    const Rgb blue = rgb(0x0072B2);

    Pixels pixels = renderUntilLoaded(board);
    EXPECT_TRUE(near(at(pixels, core::localToTable(board.photos[1].pose, {0, -30})), blue));
    EXPECT_TRUE(near(at(pixels, core::localToTable(board.photos[1].pose, {40, -30})), blue));
    EXPECT_TRUE(near(at(pixels, core::localToTable(board.photos[1].pose, {0, 0})), rgb(0xFFFFFF)));

    const core::Pose before = board.photos[1].pose;
    board.photos[1].pose = {{250, 120}, std::numbers::pi / 2, 0.8};
    pixels = render(board);
    const core::Pose after = board.photos[1].pose;
    EXPECT_TRUE(near(at(pixels, core::localToTable(after, {0, -30})), blue, 10)) << "moved with the photo";
    EXPECT_TRUE(near(at(pixels, core::localToTable(after, {40, -30})), blue, 10)) << "turned with the photo";
    EXPECT_TRUE(near(at(pixels, core::localToTable(after, {0, 0})), rgb(0xFFFFFF), 10));
    EXPECT_TRUE(near(at(pixels, core::localToTable(before, {-40, -30})), kTable, 3)) << "nothing left behind";
}

TEST_F(PhotoPixels, ABrokenFileShowsAPlaceholderReportsWhyAndTheRestIsDrawn) {
    m_files[kHashA] = {'n', 'o', 't', ' ', 'a', 'n', ' ', 'i', 'm', 'a', 'g', 'e'};
    m_files[kHashB] = encodePng(twoToneRgba(64, 48, 0xFF0000, 0x0000FF), 64, 48, 4);
    core::Board board;
    board.photos[1] = makePhoto(1, kHashA, {{100, 100}, 0, 1}, {120, 90});
    board.photos[2] = makePhoto(2, kHashB, {{300, 100}, 0, 1}, {120, 90});
    board.cards[3] = makeCard(3, {200, 180}, "Encore là", 0);
    const Pixels pixels = renderUntilLoaded(board);

    const std::vector<PhotoFailure> failures = m_textures->takeFailures();
    ASSERT_EQ(failures.size(), 1u);
    EXPECT_EQ(failures[0].hash, kHashA);
    EXPECT_EQ(failures[0].problem.kind, ImageProblem::Kind::NotAnImage);
    EXPECT_FALSE(failures[0].problem.reason.empty());
    EXPECT_TRUE(m_textures->takeFailures().empty()) << "each failure is reported once";

    const Rgb placeholder = at(pixels, {100, 100});
    EXPECT_FALSE(near(placeholder, kTable, 3));
    EXPECT_GT(placeholder.r, placeholder.b) << "the broken-photo placeholder is reddish";
    EXPECT_TRUE(isRed(at(pixels, {300, 80})));
    EXPECT_TRUE(isBlue(at(pixels, {300, 120})));
    EXPECT_TRUE(near(at(pixels, {200 - 30, 180 - 30}), rgb(0xE69F00)));
}

TEST_F(PhotoPixels, StrokesOnTheTableStayPutUnderCards) {
    core::Board board;
    core::Stroke stroke;
    stroke.id = 1;
    stroke.colour = 0xD55E00FF;
    stroke.width = 4;
    stroke.points = {{50, 50}, {350, 50}};
    board.strokes[1] = stroke;
    board.cards[2] = makeCard(2, {300, 80}, "", 1);
    const Pixels pixels = render(board);
    EXPECT_TRUE(near(at(pixels, {100, 50}), rgb(0xD55E00)));
    EXPECT_TRUE(near(at(pixels, {300, 50}), rgb(0x56B4E9))) << "the card lies over the table's ink";
    EXPECT_TRUE(near(at(pixels, {100, 60}), kTable, 3));
}

} // namespace
} // namespace atelier::render::testing

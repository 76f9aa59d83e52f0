// Photo textures: big photos arrive in seamless tiles, zooming in fetches more detail, the budget holds, a
// photo that cannot be decoded is marked and not fetched again.
#include <atomic>
#include <chrono>
#include <thread>

#include "SceneFixture.hpp"

namespace atelier::render::testing {
namespace {

const std::string kHashA(64, 'a');
const std::string kHashB(64, 'b');

/// A horizontal ramp: red grows from 0 on the left to 255 on the right; blue marks the top rows.
Bytes rampPng(int width, int height) {
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width) * height * 4);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            std::uint8_t* p = pixels.data() + (static_cast<std::size_t>(y) * width + x) * 4;
            p[0] = static_cast<std::uint8_t>(x * 255 / (width - 1));
            p[1] = 90;
            p[2] = y < height / 8 ? 255 : 0;
            p[3] = 255;
        }
    }
    return encodePng(pixels, width, height, 4);
}

/// Calls update() until the cache is idle (or sixty seconds have passed).
void settle(TextureCache& cache, const std::string& hash, int wanted) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    cache.acquire(hash, wanted);
    do {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        cache.update();
        cache.acquire(hash, wanted);
    } while (cache.busy() && std::chrono::steady_clock::now() < deadline);
}

using PhotoTextures = SceneFixture;

TEST_F(PhotoTextures, ABigPhotoArrivesInSeamlessTiles) {
    m_files[kHashA] = rampPng(2400, 1200);
    core::Board board;
    board.photos[1] = makePhoto(1, kHashA, {{200, 112.5}, 0, 1}, {380, 190});
    const Pixels pixels = renderUntilLoaded(board);
    const PhotoTexture texture = m_textures->acquire(kHashA, 1216);
    ASSERT_EQ(texture.state, PhotoTexture::State::Ready);
    EXPECT_GT(texture.tiles.size(), 1u)
        << "shown at " << texture.width << " pixels across: more than one tile";
    // Along a row, the ramp rises smoothly from one side to the other: no seam where tiles meet.
    const int y = static_cast<int>(m_view.toPixels({0, 150}).y);
    const int x0 = static_cast<int>(m_view.toPixels({200 - 185, 0}).x);
    const int x1 = static_cast<int>(m_view.toPixels({200 + 185, 0}).x);
    for (int x = x0 + 1; x < x1; ++x) {
        const int step = pixels.at(x, y).r - pixels.at(x - 1, y).r;
        ASSERT_GE(step, -1) << "at x = " << x;
        ASSERT_LE(step, 3) << "at x = " << x;
    }
    EXPECT_LT(pixels.at(x0 + 2, y).r, 20);
    EXPECT_GT(pixels.at(x1 - 2, y).r, 235);
    EXPECT_GT(at(pixels, {200, 112.5 - 90}).b, 200) << "the top stays on top";
}

TEST_F(PhotoTextures, ZoomingInFetchesMoreDetail) {
    m_files[kHashA] = rampPng(2400, 1200);
    settle(*m_textures, kHashA, 400);
    const PhotoTexture first = m_textures->acquire(kHashA, 400);
    const int small = first.width;
    EXPECT_LE(small, 768);
    settle(*m_textures, kHashA, 1800);
    const PhotoTexture zoomed = m_textures->acquire(kHashA, 1800);
    EXPECT_GT(zoomed.width, small);
    EXPECT_GE(zoomed.width, 1800);
    EXPECT_EQ(zoomed.state, PhotoTexture::State::Ready);
}

TEST_F(PhotoTextures, AStoredPhotoThatFailsToDecodeIsMarkedAndNeverFetchedAgain) {
    // An interlaced 1 × 1 PNG over 64 MB of zeros: stb_image alone would inflate it all and show it.
    std::atomic<int> fetches{0};
    const Bytes bomb = pngBomb(std::uint64_t{64} << 20, true);
    TextureCache cache([&fetches, &bomb](const std::string&) -> std::optional<Bytes> {
        ++fetches;
        return bomb;
    });
    settle(cache, kHashA, 400);
    for (int frame = 0; frame < 30; ++frame) {
        cache.acquire(kHashA, 400 + frame * 100); // drawn at every size, zoomed in frame after frame
        cache.update();
    }
    const PhotoTexture texture = cache.acquire(kHashA, 4000);
    ASSERT_EQ(texture.state, PhotoTexture::State::Failed);
    ASSERT_NE(texture.problem, nullptr);
    EXPECT_EQ(texture.problem->kind, ImageProblem::Kind::TooLarge) << texture.problem->reason;
    cache.update();
    EXPECT_FALSE(cache.busy());
    EXPECT_EQ(fetches.load(), 1) << "a failed photo is not decoded again";
    EXPECT_EQ(cache.takeFailures().size(), 1u) << "and reported once";
    EXPECT_TRUE(cache.takeFailures().empty());
}

TEST_F(PhotoTextures, PhotosNotDrawnLeaveWhenOverBudget) {
    TextureCacheOptions options;
    options.budgetBytes = 5u << 20; // room for one photo shown 700 pixels wide (decoded 1024 wide), not two
    auto files = &m_files;
    TextureCache cache([files](const std::string& hash) { return std::optional<Bytes>(files->at(hash)); },
                       options);
    m_files[kHashA] = rampPng(1200, 800);
    m_files[kHashB] = rampPng(1200, 800);
    settle(cache, kHashA, 700);
    ASSERT_GT(cache.residentBytes(), 0u);
    settle(cache, kHashB, 700); // A is no longer drawn
    cache.update();
    cache.acquire(kHashB, 700);
    cache.update();
    EXPECT_LE(cache.residentBytes(), options.budgetBytes);
    EXPECT_EQ(cache.acquire(kHashB, 700).state, PhotoTexture::State::Ready);
}

} // namespace
} // namespace atelier::render::testing

// The pixel-test fixture: offscreen GL, a scene renderer, in-memory photos.
#include "SceneFixture.hpp"

#include <chrono>
#include <cstdlib>
#include <stb/stb_image_write.h>
#include <thread>

namespace atelier::render::testing {

std::filesystem::path resourceRoot() {
    return ATELIER_RESOURCE_ROOT;
}

void SceneFixture::SetUp() {
    std::string why;
    if (GlTestContext::get(why) == nullptr) {
        if (glRequired()) {
            FAIL() << "no OpenGL, and CI is set (CI must run the pixel tests): " << why;
        }
        GTEST_SKIP() << "no OpenGL here: " << why;
    }
    m_font = std::make_unique<TestFont>(48.0f);
    restart();
    m_target = std::make_unique<RenderTarget>(kWidth, kHeight);
}

void SceneFixture::restart() {
    m_scene.reset();
    m_textures.reset();
    auto files = &m_files;
    m_textures = std::make_unique<TextureCache>([files](const std::string& hash) -> std::optional<Bytes> {
        // Tests fill m_files before the first draw; the workers only read it.
        auto it = files->find(hash);
        if (it == files->end()) {
            return std::nullopt;
        }
        return it->second;
    });
    m_scene = std::make_unique<SceneRenderer>(resourceRoot(), m_font->font(), *m_textures);
}

void SceneFixture::TearDown() {
    m_scene.reset();
    m_textures.reset();
    m_target.reset();
    m_font.reset();
}

Pixels SceneFixture::render(const core::Board& board, const Overlays& overlays) {
    m_target->bind();
    m_scene->draw(board, m_view, overlays);
    Pixels pixels = m_target->read();
    // ATELIER_RENDER_TEST_DUMP=folder keeps what each test saw, to look at with an image viewer.
    if (const char* folder = std::getenv("ATELIER_RENDER_TEST_DUMP")) {
        const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
        const std::string name =
            std::string(folder) + "/" + test->test_suite_name() + "." + test->name() + ".png";
        stbi_write_png(name.c_str(), pixels.width, pixels.height, 4, pixels.rgba.data(), pixels.width * 4);
    }
    return pixels;
}

Pixels SceneFixture::renderUntilLoaded(const core::Board& board) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    Pixels pixels = render(board);
    while (m_scene->needsAnotherFrame() && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        pixels = render(board);
    }
    return render(board);
}

Rgb SceneFixture::at(const Pixels& pixels, core::Vec2 mm) const {
    const core::Vec2 px = m_view.toPixels(mm);
    return pixels.at(static_cast<int>(px.x), static_cast<int>(px.y));
}

core::Card makeCard(core::ItemId id, core::Vec2 centre, std::string text, int category, std::uint64_t z) {
    core::Card card;
    card.id = id;
    card.pose.centre = centre;
    card.size = {75, 75};
    card.text = std::move(text);
    card.category = category;
    card.z = z;
    return card;
}

core::Photo makePhoto(core::ItemId id, std::string hash, core::Pose pose, core::Size size, std::uint64_t z) {
    core::Photo photo;
    photo.id = id;
    photo.assetHash = std::move(hash);
    photo.pose = pose;
    photo.size = size;
    photo.z = z;
    return photo;
}

} // namespace atelier::render::testing

// Sets up the offscreen table as TableApp does (window, ImGui, texture cache, scene) and reads frames back.
#include "platform/BoardStage.hpp"

#include <SDL.h>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <glad/gl.h>
#include <optional>

#include "platform/ImGuiBackend.hpp"
#include "platform/Window.hpp"
#include "render/SceneRenderer.hpp"
#include "render/Screenshot.hpp"
#include "render/TextureCache.hpp"
#include "store/AssetReader.hpp"
#include "ui/Banner.hpp"

namespace atelier::platform {
namespace {

/// How long draw() waits for photos to decode and cards to paint before it settles for what it has.
constexpr auto kSettleLimit = std::chrono::seconds(10);
} // namespace

struct BoardStage::Parts {
    Window window;
    std::optional<ImGuiBackend> imgui;
    std::optional<render::TextureCache> textures;
    std::optional<render::SceneRenderer> scene;
};

PixelSize defaultExportSize(core::Size surfaceMm) {
    constexpr int kWidth = 1920;
    const double aspect = surfaceMm.height / surfaceMm.width;
    return PixelSize{kWidth, std::clamp(static_cast<int>(std::lround(kWidth * aspect)), 64, 16384)};
}

std::variant<std::unique_ptr<BoardStage>, std::string>
BoardStage::open(const StageSetup& setup, const std::filesystem::path& resourceRoot,
                 const std::filesystem::path& dataFile, const StageOptions& stage,
                 std::vector<std::uint32_t> categoryColours) {
    WindowOptions options;
    options.headless = stage.headless;
    options.fullscreen = stage.fullscreen;
    options.vsync = setup.vsync && !stage.headless;
    options.size = stage.size;
    auto opened = Window::open(options);
    if (auto* error = std::get_if<WindowError>(&opened)) {
        return error->message;
    }
    auto parts = std::unique_ptr<Parts>(new Parts{std::move(std::get<Window>(opened)), {}, {}, {}});
    const PixelSize drawable = parts->window.drawableSize();
    parts->imgui.emplace(parts->window, uiFontPixels(setup.surfaceMm.width, setup.uiScale, drawable));
    try {
        parts->textures.emplace(
            [dataFile](const std::string& hash) { return store::readAssetBytes(dataFile, hash); });
        parts->scene.emplace(resourceRoot, parts->imgui->cardFont(), *parts->textures);
    } catch (const std::exception& error) {
        return std::string("cannot draw the table: ") + error.what();
    }
    parts->scene->setCategoryColours(std::move(categoryColours));
    return std::unique_ptr<BoardStage>(
        new BoardStage(std::move(parts), drawable, setup.language, setup.surfaceMm));
}

BoardStage::BoardStage(std::unique_ptr<Parts> parts, PixelSize size, core::Language language,
                       core::Size surfaceMm)
    : m_parts(std::move(parts)), m_size(size), m_language(language), m_surfaceMm(surfaceMm) {}

BoardStage::~BoardStage() {
    // GL objects go before the context that holds them.
    m_parts->scene.reset();
    m_parts->textures.reset();
    m_parts->imgui.reset();
}

void BoardStage::drawOnce(const core::Board& board, const std::function<void()>& widgets,
                          const std::function<void()>& beforeNewFrame) {
    SDL_PumpEvents();
    render::View view;
    view.surfaceMm = m_surfaceMm;
    view.viewportWidth = m_size.width;
    view.viewportHeight = m_size.height;
    ui::BannerContent banner;
    banner.title = board.title;
    banner.phase = board.phase.name;
    m_parts->imgui->beginFrame(beforeNewFrame);
    ui::drawBanner(banner, m_language, static_cast<float>(m_size.width));
    if (widgets) {
        widgets();
    }
    m_parts->scene->draw(board, view);
    m_parts->imgui->endFrame();
}

bool BoardStage::needsAnotherFrame() const {
    return m_parts->scene->needsAnotherFrame();
}

bool BoardStage::processEvent(const SDL_Event& event) {
    return m_parts->imgui->processEvent(event);
}

void BoardStage::swap() {
    m_parts->window.swap();
}

void BoardStage::draw(const core::Board& board) {
    const auto start = std::chrono::steady_clock::now();
    // Two frames at least: ImGui builds its font atlas at the first, and cards need its glyphs.
    for (int drawn = 0;; ++drawn) {
        drawOnce(board);
        const bool settled = drawn >= 1 && !m_parts->scene->needsAnotherFrame();
        if (settled || std::chrono::steady_clock::now() - start > kSettleLimit) {
            break;
        }
        if (drawn >= 1) {
            SDL_Delay(2);
        }
        m_parts->window.swap();
    }
    m_parts->textures->takeFailures();
}

Frame BoardStage::capture() const {
    Frame frame{m_size.width, m_size.height, {}};
    const std::size_t rowBytes = static_cast<std::size_t>(m_size.width) * 4;
    frame.rgba.resize(rowBytes * static_cast<std::size_t>(m_size.height));
    GLint previousAlignment = 4;
    glGetIntegerv(GL_PACK_ALIGNMENT, &previousAlignment);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, m_size.width, m_size.height, GL_RGBA, GL_UNSIGNED_BYTE, frame.rgba.data());
    glPixelStorei(GL_PACK_ALIGNMENT, previousAlignment);
    std::vector<std::uint8_t> row(rowBytes);
    for (int top = 0, bottom = m_size.height - 1; top < bottom; ++top, --bottom) {
        std::uint8_t* a = frame.rgba.data() + static_cast<std::size_t>(top) * rowBytes;
        std::uint8_t* b = frame.rgba.data() + static_cast<std::size_t>(bottom) * rowBytes;
        std::memcpy(row.data(), a, rowBytes);
        std::memcpy(a, b, rowBytes);
        std::memcpy(b, row.data(), rowBytes);
    }
    return frame;
}

std::string BoardStage::savePng(const std::filesystem::path& file) const {
    return render::saveScreenshot(file, m_size.width, m_size.height);
}

} // namespace atelier::platform

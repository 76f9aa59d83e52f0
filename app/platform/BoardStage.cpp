// The window, ImGui, texture cache and scene renderer set up once for every screen and export; frames read
// back.
#include "platform/BoardStage.hpp"

#include <SDL.h>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <glad/gl.h>
#include <optional>

#include "platform/ImGuiBackend.hpp"
#include "platform/Kiosk.hpp"
#include "platform/Window.hpp"
#include "render/SceneRenderer.hpp"
#include "render/Screenshot.hpp"
#include "render/TextureCache.hpp"
#include "store/AssetReader.hpp"

namespace atelier::platform {
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
                 const std::optional<std::filesystem::path>& dataFile, const StageOptions& options,
                 std::vector<std::uint32_t> categoryColours) {
    return open(
        setup, resourceRoot,
        [dataFile](const std::string& hash) -> std::optional<std::vector<std::uint8_t>> {
            return dataFile ? store::readAssetToDecode(*dataFile, hash) : std::nullopt;
        },
        options, std::move(categoryColours));
}

std::variant<std::unique_ptr<BoardStage>, std::string>
BoardStage::open(const StageSetup& setup, const std::filesystem::path& resourceRoot,
                 render::ImageBytesSource photos, const StageOptions& stage,
                 std::vector<std::uint32_t> categoryColours) {
    WindowOptions options;
    options.headless = stage.headless;
    options.fullscreen = stage.fullscreen;
    options.vsync = setup.vsync && !stage.headless;
    options.swapImmediately = stage.swapImmediately;
    options.size = stage.size;
    auto opened = Window::open(options);
    if (auto* error = std::get_if<WindowError>(&opened)) {
        return error->message;
    }
    auto parts = std::unique_ptr<Parts>(new Parts{std::move(std::get<Window>(opened)), {}, {}, {}});
    if (stage.kiosk) {
        enterKioskDisplay(parts->window.sdlWindow());
    }
    const PixelSize drawable = parts->window.drawableSize();
    parts->imgui.emplace(parts->window, uiFontPixels(setup.surfaceMm.width, setup.uiScale, drawable));
    try {
        parts->textures.emplace(std::move(photos));
        parts->scene.emplace(resourceRoot, parts->imgui->cardFont(), *parts->textures);
    } catch (const std::exception& error) {
        return std::string("cannot draw the table: ") + error.what();
    }
    parts->scene->setCategoryColours(std::move(categoryColours));
    return std::unique_ptr<BoardStage>(new BoardStage(std::move(parts)));
}

BoardStage::BoardStage(std::unique_ptr<Parts> parts) : m_parts(std::move(parts)) {}

BoardStage::~BoardStage() {
    // GL objects go before the context that holds them.
    m_parts->scene.reset();
    m_parts->textures.reset();
    m_parts->imgui.reset();
}

void BoardStage::beginFrame(const std::function<void()>& beforeNewFrame) {
    m_parts->imgui->beginFrame(beforeNewFrame);
}

void BoardStage::endFrame() {
    m_parts->imgui->endFrame();
}

void BoardStage::drawBoard(const core::Board& board, const render::View& view) {
    m_parts->scene->draw(board, view);
}

std::vector<table::PhotoTrouble> BoardStage::takePhotoTroubles() {
    std::vector<table::PhotoTrouble> troubles;
    for (const render::PhotoFailure& failure : m_parts->textures->takeFailures()) {
        troubles.push_back({failure.hash, failure.problem.reason,
                            failure.problem.kind != render::ImageProblem::Kind::Missing});
    }
    return troubles;
}

PixelSize BoardStage::size() const {
    return m_parts->window.drawableSize();
}

PixelSize BoardStage::windowSize() const {
    return m_parts->window.windowSize();
}

const std::string& BoardStage::fontProblem() const {
    return m_parts->imgui->fontProblem();
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

void BoardStage::waitForGpu() const {
    glFinish();
}

render::SceneRenderer& BoardStage::sceneRenderer() {
    return *m_parts->scene;
}

Frame BoardStage::capture() const {
    const PixelSize pixels = size();
    Frame frame{pixels.width, pixels.height, {}};
    const std::size_t rowBytes = static_cast<std::size_t>(pixels.width) * 4;
    frame.rgba.resize(rowBytes * static_cast<std::size_t>(pixels.height));
    GLint previousAlignment = 4;
    glGetIntegerv(GL_PACK_ALIGNMENT, &previousAlignment);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, pixels.width, pixels.height, GL_RGBA, GL_UNSIGNED_BYTE, frame.rgba.data());
    glPixelStorei(GL_PACK_ALIGNMENT, previousAlignment);
    std::vector<std::uint8_t> row(rowBytes);
    for (int top = 0, bottom = pixels.height - 1; top < bottom; ++top, --bottom) {
        std::uint8_t* a = frame.rgba.data() + static_cast<std::size_t>(top) * rowBytes;
        std::uint8_t* b = frame.rgba.data() + static_cast<std::size_t>(bottom) * rowBytes;
        std::memcpy(row.data(), a, rowBytes);
        std::memcpy(a, b, rowBytes);
        std::memcpy(b, row.data(), rowBytes);
    }
    return frame;
}

std::string BoardStage::savePng(const std::filesystem::path& file) const {
    const PixelSize pixels = size();
    return render::saveScreenshot(file, pixels.width, pixels.height);
}

} // namespace atelier::platform

// The window, ImGui, texture cache and scene renderer set up once for every screen and export; frames read
// back.
#include "platform/BoardStage.hpp"

#include <SDL.h>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <deque>
#include <glad/gl.h>
#include <imgui.h>
#include <optional>
#include <spdlog/spdlog.h>

#include "platform/ImGuiBackend.hpp"
#include "platform/Kiosk.hpp"
#include "platform/Window.hpp"
#include "render/SceneRenderer.hpp"
#include "render/Screenshot.hpp"
#include "render/TextureCache.hpp"
#include "store/AssetReader.hpp"

namespace atelier::platform {
/// What each of the last frames changed on the back buffer, to know what a frame drawn over an older one
/// must redraw.
struct PresentHistory {
    static constexpr std::size_t kFrames = 4;
    struct Frame {
        std::vector<render::PixelRect> changed; ///< what the board and ImGui changed from the frame before
        std::vector<render::PixelRect> imgui;   ///< where ImGui drew
    };
    std::deque<Frame> frames; ///< oldest first; empty when the back buffer's content is not known
    std::optional<std::vector<render::PixelRect>> board; ///< what the board changed in the frame being drawn
};

struct BoardStage::Parts {
    Window window;
    std::optional<ImGuiBackend> imgui;
    std::optional<render::TextureCache> textures;
    std::optional<render::SceneRenderer> scene;
    PresentHistory history;
    bool fullFrames = false;
};

namespace {

/// Where ImGui's draw data puts pixels, in framebuffer pixels: each command's clip rectangle cut to its
/// vertices' bounds. A callback other than a state reset could draw anywhere: the whole screen then.
std::vector<render::PixelRect> imguiRects(const ImDrawData* data, PixelSize size) {
    render::DirtyRegion region(16);
    if (data == nullptr) {
        return {};
    }
    const ImVec2 scale = data->FramebufferScale;
    const ImVec2 origin = data->DisplayPos;
    for (int l = 0; l < data->CmdListsCount; ++l) {
        const ImDrawList* list = data->CmdLists[l];
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback != nullptr && cmd.UserCallback != ImDrawCallback_ResetRenderState) {
                return {render::PixelRect{0, 0, size.width, size.height}};
            }
            if (cmd.UserCallback != nullptr || cmd.ElemCount == 0) {
                continue;
            }
            ImVec2 low = list->VtxBuffer[static_cast<int>(cmd.VtxOffset +
                                                          list->IdxBuffer[static_cast<int>(cmd.IdxOffset)])]
                             .pos;
            ImVec2 high = low;
            for (unsigned i = cmd.IdxOffset; i < cmd.IdxOffset + cmd.ElemCount; ++i) {
                const unsigned vertex = cmd.VtxOffset + list->IdxBuffer[static_cast<int>(i)];
                const ImVec2 p = list->VtxBuffer[static_cast<int>(vertex)].pos;
                low = {std::min(low.x, p.x), std::min(low.y, p.y)};
                high = {std::max(high.x, p.x), std::max(high.y, p.y)};
            }
            const float x0 = std::max(low.x, cmd.ClipRect.x);
            const float y0 = std::max(low.y, cmd.ClipRect.y);
            const float x1 = std::min(high.x, cmd.ClipRect.z);
            const float y1 = std::min(high.y, cmd.ClipRect.w);
            const render::PixelRect rect{static_cast<int>(std::floor((x0 - origin.x) * scale.x)) - 1,
                                         static_cast<int>(std::floor((y0 - origin.y) * scale.y)) - 1,
                                         static_cast<int>(std::ceil((x1 - origin.x) * scale.x)) + 1,
                                         static_cast<int>(std::ceil((y1 - origin.y) * scale.y)) + 1};
            if (region.rects().size() + 1 >= render::DirtyRegion::kMaxCollected) {
                region.merge();
            }
            region.add(rect.clipped(size.width, size.height));
        }
    }
    region.merge();
    return region.rects();
}

} // namespace

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
    auto parts =
        std::unique_ptr<Parts>(new Parts{std::move(std::get<Window>(opened)), {}, {}, {}, {}, false});
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
    parts->scene->setLanguage(setup.language);
    parts->fullFrames = stage.fullFrames;
    spdlog::info("frames: {}", stage.fullFrames
                                   ? "drawn whole (asked for)"
                                   : std::string("only what changed is drawn; back buffer age from ") +
                                         parts->window.backBufferHow());
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
    ImGui::Render();
    PresentHistory& history = m_parts->history;
    if (history.board) {
        PresentHistory::Frame frame{std::move(*history.board), imguiRects(ImGui::GetDrawData(), size())};
        frame.changed.insert(frame.changed.end(), frame.imgui.begin(), frame.imgui.end());
        history.frames.push_back(std::move(frame));
        while (history.frames.size() > PresentHistory::kFrames) {
            history.frames.pop_front();
        }
    } else {
        history.frames.clear(); // a frame without the board: what the back buffer holds is not known
    }
    history.board.reset();
    m_parts->imgui->renderDrawData();
}

void BoardStage::setCategoryColours(std::vector<std::uint32_t> colours) {
    m_parts->scene->setCategoryColours(std::move(colours));
}

void BoardStage::drawBoard(const core::Board& board, const render::View& view) {
    drawBoard(board, view, {});
}

void BoardStage::drawBoard(const core::Board& board, const render::View& view,
                           const render::Overlays& overlays) {
    // The back buffer holds the frame drawn `age` frames ago: redraw what ImGui drew over the last frame
    // and what every frame since that one changed.
    PresentHistory& history = m_parts->history;
    render::PresentTarget target;
    const int age = m_parts->fullFrames || history.board ? 0 : m_parts->window.backBufferAge();
    if (age >= 1 && static_cast<std::size_t>(age) <= history.frames.size()) {
        target.keepsLastFrame = true;
        target.alsoRedraw = history.frames.back().imgui;
        for (int k = 1; k < age; ++k) {
            const auto& changed = history.frames[history.frames.size() - static_cast<std::size_t>(k)].changed;
            target.alsoRedraw.insert(target.alsoRedraw.end(), changed.begin(), changed.end());
        }
    }
    m_parts->scene->draw(board, view, overlays, target);
    history.board = m_parts->scene->presented();
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

// The table drawn from a board alone, in a window (replay) or offscreen (exports): a board in, pixels out.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/Board.hpp"
#include "core/Catalogue.hpp"
#include "core/Geometry.hpp"
#include "platform/PixelSize.hpp"
#include "render/DecodeQueue.hpp"
#include "render/Overlays.hpp"
#include "table/Screen.hpp"

union SDL_Event;

namespace atelier::render {
class SceneRenderer;
}

namespace atelier::platform {

/// One frame read back from GL: RGBA, top row first.
using Frame = table::FrameImage;

/// The table the stage stands for: its physical size, language and text scale (from the config).
struct StageSetup {
    core::Size surfaceMm{1210, 680};
    core::Language language = core::Language::French;
    double uiScale = 1.0;
    bool vsync = true;
};

/// Where the stage draws.
struct StageOptions {
    bool headless = true;    ///< SDL's offscreen driver (EGL), no window shown
    bool fullscreen = false; ///< only for a window
    PixelSize size{1920, 1080};
    bool kiosk = false;           ///< kiosk display: cursor hidden, keyboard grabbed, no screen saver
    bool swapImmediately = false; ///< never wait for the display (the bench measures frames)
    /// Draw every frame whole, even where the back buffer keeps the last one (`bench --full-redraw`).
    bool fullFrames = false;
};

/// Owns a window (or an offscreen surface), ImGui, the texture cache (photos from the data file) and the
/// scene renderer: the one stage the frame loop draws every screen on (the live table, the replay, the
/// exports, the bench), so they look alike. Main thread only.
class BoardStage final : public table::BoardCanvas {
public:
    /// Opens the surface for a table of the setup's physical size; photos are read from `dataFile` (none:
    /// a table in memory only, whose photos cannot load); cards use `categoryColours` (0xRRGGBB). A sentence
    /// when it cannot be made.
    static std::variant<std::unique_ptr<BoardStage>, std::string>
    open(const StageSetup& setup, const std::filesystem::path& resourceRoot,
         const std::optional<std::filesystem::path>& dataFile, const StageOptions& options,
         std::vector<std::uint32_t> categoryColours);
    /// The same stage with photos read from `photos` (the bench's scenes, made in memory).
    static std::variant<std::unique_ptr<BoardStage>, std::string>
    open(const StageSetup& setup, const std::filesystem::path& resourceRoot, render::ImageBytesSource photos,
         const StageOptions& options, std::vector<std::uint32_t> categoryColours);

    BoardStage(const BoardStage&) = delete;
    BoardStage& operator=(const BoardStage&) = delete;
    ~BoardStage() override;

    /// Starts an ImGui frame; `beforeNewFrame` runs between the backend's frame and ImGui's (where a touch
    /// pointer replaces the mouse).
    void beginFrame(const std::function<void()>& beforeNewFrame = {});
    /// Renders the ImGui frame on top of the board.
    void endFrame();
    /// Draws the board with the scene renderer (inside a frame): only where the frame changed when the back
    /// buffer keeps earlier frames (its age), else whole.
    void drawBoard(const core::Board& board, const render::View& view);
    /// The same with overlays over it (the touch rings; the bench's contacts).
    void drawBoard(const core::Board& board, const render::View& view,
                   const render::Overlays& overlays) override;
    /// The photos that failed to decode since the last call.
    void setCategoryColours(std::vector<std::uint32_t> colours) override;
    std::vector<table::PhotoTrouble> takePhotoTroubles() override;
    /// True while photos load, cards wait to be painted or items float.
    bool needsAnotherFrame() const override;
    /// Hands a keyboard or mouse event to ImGui; true when ImGui wants it.
    bool processEvent(const SDL_Event& event);
    /// Shows the frame just drawn (in a window).
    void swap();
    /// Returns once the GPU has finished every command sent (glFinish): a timed frame includes its drawing.
    void waitForGpu() const;
    /// The scene renderer the board is drawn with, for the bench's contacts and per-frame figures.
    render::SceneRenderer& sceneRenderer();
    /// The last drawn frame's pixels.
    Frame capture() const;
    /// The last drawn frame written as a PNG file; "" on success, else a sentence.
    std::string savePng(const std::filesystem::path& file) const;
    /// The surface in pixels (the window's drawable, which a person may resize).
    PixelSize size() const;
    /// The window in screen coordinates (what mouse events are in).
    PixelSize windowSize() const;
    /// Why the UI font could not be loaded, or "".
    const std::string& fontProblem() const;

private:
    struct Parts;
    explicit BoardStage(std::unique_ptr<Parts> parts);

    std::unique_ptr<Parts> m_parts;
};

/// The export's default picture size: 1920 pixels wide, as tall as the table's physical aspect asks.
PixelSize defaultExportSize(core::Size surfaceMm);

} // namespace atelier::platform

// What the one frame loop steps and draws: the live table and the replay are screens. Plain C++, no SDL/GL.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/Board.hpp"
#include "input/Contact.hpp"
#include "input/TargetRegistry.hpp"
#include "render/Overlays.hpp"
#include "render/View.hpp"

namespace atelier::table {

/// How much drawing a step asks of the loop: nothing, one frame, or the frames ImGui needs to settle.
enum class Redraw { None, OneFrame, Settle };

/// The larger of two requests.
inline Redraw operator|(Redraw a, Redraw b) {
    return static_cast<int>(a) > static_cast<int>(b) ? a : b;
}

/// The keys a screen may act on, translated from the physical keyboard at the platform's edge.
enum class Key { Backspace, Enter, Space, PageUp, PageDown, Escape, PanelShortcut };

/// A photo of the board that could not be shown, and why (for the log and the facilitator's banner).
struct PhotoTrouble {
    std::string hash;
    std::string reason;
    /// Its bytes were read and failed to decode (not a read error): marked in the data file, never retried.
    bool undecodable = false;
};

/// One drawn frame's pixels, read back by the platform: RGBA, top row first (an exported picture, a video
/// frame).
struct FrameImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;
};

/// Where a screen draws the board: the scene renderer behind the platform's stage, so no GL reaches table/.
class BoardCanvas {
public:
    virtual ~BoardCanvas() = default;
    /// Draws the board under the ImGui frame being built, with `overlays` (touch rings, …) over it.
    virtual void drawBoard(const core::Board& board, const render::View& view,
                           const render::Overlays& overlays) = 0;
    /// Draws the board alone.
    void drawBoard(const core::Board& board, const render::View& view) { drawBoard(board, view, {}); }
    /// The colours (0xRRGGBB) of the categories from now on: the table started a session of another workshop.
    virtual void setCategoryColours(std::vector<std::uint32_t> colours) = 0;
    /// The photos that failed to decode since the last call.
    virtual std::vector<PhotoTrouble> takePhotoTroubles() = 0;
    /// True while photos load, cards wait to be painted or items float: the board just drawn is not final.
    virtual bool needsAnotherFrame() const = 0;
};

/// One screen the frame loop runs. Each loop iteration calls, in order: the keyboard calls for the events of
/// the frame, closeRequested(), handle() for the contacts, handle() again for each script step while
/// readyForScript(), update(), then (when a frame is due) feedPointer() and draw() inside one ImGui frame,
/// and keepFrame() when keepsFrame().
class Screen {
public:
    virtual ~Screen() = default;

    /// The screen's clock in milliseconds (script lines and deadlines are on it).
    virtual std::int64_t nowMs() const = 0;
    /// The loop starts now: clocks that count from the first frame start here.
    virtual void start(std::int64_t nowMs) = 0;

    /// Text typed on a physical keyboard (UTF-8) that ImGui did not want.
    virtual void typeText(std::string_view utf8) = 0;
    /// A key pressed on a physical keyboard that ImGui did not want.
    virtual void pressKey(Key key, std::int64_t nowMs) = 0;
    /// A file dropped on the window.
    virtual void dropFile(const std::filesystem::path& file) = 0;
    /// True when the screen is done and the loop should stop at once (no last frame).
    virtual bool closeRequested() const = 0;
    /// True once when the screen asks the program to quit as SIGTERM would (the last frame is still drawn).
    virtual bool takeQuitRequest() = 0;

    /// Takes the frame's clean contacts; what it leaves in `contacts` touched the table (a redraw follows).
    virtual Redraw handle(std::vector<input::Contact>& contacts, std::int64_t nowMs) = 0;
    /// True when the next script step may play (a person looks at what a press did before the next one).
    virtual bool readyForScript() const = 0;
    /// Every named target a script line may name now.
    virtual input::TargetRegistry targets() const = 0;
    /// Advances timers and clocks to `nowMs`.
    virtual Redraw update(std::int64_t nowMs) = 0;
    /// True when a played script has nothing left to show (--quit-after-script may finish).
    virtual bool scriptSettled() const = 0;
    /// The loop draws its last frames (a quit was asked for): start nothing new.
    virtual void beginFinishing() = 0;

    /// True while the screen draws without input (something glides, plays or waits to be shown).
    virtual bool animating(std::int64_t nowMs) const = 0;
    /// When the loop must wake without input, if ever.
    virtual std::optional<std::int64_t> nextWakeMs(std::int64_t nowMs) const = 0;

    /// Sets ImGui's pointer for the frame (between the ImGui backend's frame and ImGui::NewFrame).
    virtual void feedPointer(const render::View& view) = 0;
    /// Draws the frame: ImGui windows and the board through `canvas`.
    virtual Redraw draw(BoardCanvas& canvas, const render::View& view, std::int64_t nowMs) = 0;
    /// True while the screen has something not yet drawn (it keeps the last frame back, 10 s at most).
    virtual bool stillDrawing() const = 0;
    /// True when the frame just drawn may be the last one (no press waiting to be shown or applied).
    virtual bool readyForLastFrame() const = 0;

    /// True when the screen keeps the frame just drawn (an exported picture): the loop reads its pixels and
    /// hands them to keepFrame() before it shows the frame.
    virtual bool keepsFrame() const { return false; }
    /// The pixels of a frame keepsFrame() asked for.
    virtual void keepFrame(FrameImage /*frame*/) {}
};

} // namespace atelier::table

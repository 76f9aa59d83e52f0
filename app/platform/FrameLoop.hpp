// The one frame loop of every screen: SDL events, contacts and scripts, the redraw policy, the last frame.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/Geometry.hpp"
#include "input/Contact.hpp"
#include "input/ScriptReader.hpp"
#include "platform/InputPump.hpp"
#include "platform/SystemdNotify.hpp"
#include "table/Screen.hpp"

union SDL_Event;

namespace atelier::platform {

class BoardStage;

/// Where TUIO contacts come from.
struct TuioListen {
    std::string bind;
    int port = 3333;
    std::vector<std::string>
        allow; ///< `[input] tuio_allow`: the only senders read (required beyond loopback)
};

/// What a run of the loop does besides stepping its screen (from the command line and the config).
struct FrameLoopOptions {
    core::Vec2 surfaceMm{1210, 680};
    std::optional<TuioListen> tuio;
    std::optional<input::Script> script; ///< --input-script, played through the same path as touches
    bool quitAfterScript = false;        ///< finish once the script played and the screen settled
    std::optional<int> frames;           ///< draw every iteration, stop after this many frames
    std::optional<std::filesystem::path> screenshot; ///< the last frame, written as PNG
    /// What the last frame drew that people read or touch (render::Legibility, tab-separated, in mm).
    std::optional<std::filesystem::path> legibility;
    bool kiosk = false;            ///< no key and no window-manager close lets a visitor out
    bool panelShortcut = false;    ///< Ctrl+Alt+P opens the facilitator's PIN pad (in a window)
    bool pointerToImGui = true;    ///< mouse events also reach ImGui's backend (not the replay's)
    bool reportsReadiness = false; ///< log when interactive and drawn, tell systemd (the live table)
    /// Runs just before each frame is drawn (the bench starts its clocks).
    std::function<void()> beforeFrame;
    /// Runs once each frame is shown and, when set, after the GPU finished it (the bench stops its clocks).
    std::function<void()> afterFrame;
};

/// Polls input, steps the screen, and draws only when something changed or animates: each change asks for
/// kFramesPerChange frames, photos still loading ask for more. With --frames or --quit-after-script it
/// draws a last frame (photos settled, 10 s at most), writes --screenshot and returns. A frame the screen
/// keeps (keepsFrame()) is read back and handed to it before it is shown.
class FrameLoop {
public:
    /// `stage` and `screen` must outlive the loop.
    FrameLoop(BoardStage& stage, table::Screen& screen, FrameLoopOptions options);

    /// Runs until the screen closes, a quit arrives, or the last frame is drawn; the exit code.
    int run();
    /// How many frames were drawn.
    int framesDrawn() const { return m_framesDrawn; }
    /// Touch to screen: when moves were read and when the frames showing them were presented. A frame is
    /// presented when its swap returns, and, when the loop waits for the GPU (afterFrame is set), once the
    /// GPU has finished it.
    InputLatency& inputLatency() { return m_pump.latency(); }

private:
    bool drawsWithoutInput(std::int64_t nowMs) const;
    bool waitForEvent(SDL_Event& event, std::int64_t nowMs);
    /// True when SDL's video driver waits for events without polling (not the offscreen or dummy driver).
    bool sdlWaitsNatively();
    void pollEvents();
    void readLateInput();
    void logInputLatency();
    void dispatch(const SDL_Event& event, int windowWidth, int windowHeight);
    void finish(int framesWanted);
    void ask(table::Redraw redraw);
    void step();
    bool drawFrame();

    BoardStage& m_stage;
    table::Screen& m_screen;
    FrameLoopOptions m_options;
    InputPump m_pump;
    std::optional<SystemdNotifier> m_notifier;
    std::vector<input::Contact> m_contacts;
    std::int64_t m_startedMs = 0;
    int m_framesDrawn = 0;
    int m_framesWanted = 0;
    bool m_quit = false;
    bool m_finishing = false;
    bool m_settledOnce = false;
    std::optional<bool> m_driverWaits; ///< SDL's video driver waits for events without polling
    bool m_scriptStillLogged = false;  ///< "the input script has played; the table is still" was logged
    std::string m_screenshotProblem;
    std::optional<std::string> m_scriptShot; ///< a screenshot line played: the next frame drawn is saved here
};

} // namespace atelier::platform

// The frame loop: poll SDL, TUIO and the script → contacts → the screen → if something changed: draw, swap.
#include "platform/FrameLoop.hpp"

#include <SDL.h>
#include <algorithm>
#include <fstream>
#include <spdlog/spdlog.h>

#include "render/Legibility.hpp"

#include "platform/BoardStage.hpp"
#include "platform/Kiosk.hpp"
#include "platform/RedrawPolicy.hpp"

namespace atelier::platform {
namespace {

/// Writes what the last frame drew that people read or touch, and logs what falls below the theme's floors.
void writeLegibility(const std::filesystem::path& file) {
    const render::Legibility& drawn = render::Legibility::frame();
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << drawn.tsv();
    if (!out.flush()) {
        spdlog::error("cannot write the legibility report to {}", file.string());
        return;
    }
    for (const std::string& problem : drawn.problems(render::theme())) {
        spdlog::warn("hard to read or touch: {}", problem);
    }
    spdlog::info("legibility report written to {} ({} texts, {} targets)", file.string(),
                 drawn.texts().size(), drawn.targets().size());
}

/// Events a person caused or that change the window: each asks for the settle frames.
bool seenByPeople(const SDL_Event& event) {
    switch (event.type) {
    case SDL_WINDOWEVENT:
    case SDL_KEYDOWN:
    case SDL_KEYUP:
    case SDL_TEXTINPUT:
    case SDL_MOUSEMOTION:
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
    case SDL_MOUSEWHEEL:
    case SDL_FINGERDOWN:
    case SDL_FINGERUP:
    case SDL_FINGERMOTION:
        return true;
    default:
        return false;
    }
}

bool isPointerEvent(const SDL_Event& event) {
    return event.type == SDL_MOUSEMOTION || event.type == SDL_MOUSEBUTTONDOWN ||
           event.type == SDL_MOUSEBUTTONUP || event.type == SDL_FINGERDOWN || event.type == SDL_FINGERUP ||
           event.type == SDL_FINGERMOTION;
}

/// Ctrl+Alt+P: the facilitator's shortcut to the PIN pad when the table runs in a window.
bool isPanelShortcut(const SDL_Event& event) {
    return event.type == SDL_KEYDOWN && event.key.keysym.sym == SDLK_p &&
           (event.key.keysym.mod & KMOD_CTRL) != 0 && (event.key.keysym.mod & KMOD_ALT) != 0;
}

/// The keys screens act on; nothing for the others.
std::optional<table::Key> screenKey(SDL_Keycode key) {
    switch (key) {
    case SDLK_BACKSPACE:
        return table::Key::Backspace;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        return table::Key::Enter;
    case SDLK_SPACE:
        return table::Key::Space;
    case SDLK_PAGEUP:
        return table::Key::PageUp;
    case SDLK_PAGEDOWN:
        return table::Key::PageDown;
    case SDLK_ESCAPE:
        return table::Key::Escape;
    default:
        return std::nullopt;
    }
}

/// The physical keyboard (a facilitator's) to the screen: text and the keys it knows.
void forwardKeyboard(const SDL_Event& event, table::Screen& screen, std::int64_t nowMs) {
    if (event.type == SDL_TEXTINPUT) {
        screen.typeText(event.text.text);
    } else if (event.type == SDL_KEYDOWN) {
        if (const std::optional<table::Key> key = screenKey(event.key.keysym.sym)) {
            screen.pressKey(*key, nowMs);
        }
    }
}

} // namespace

void FrameLoop::logInputLatency() {
    const LatencySummary latency = m_pump.latency().summary();
    if (latency.frames > 0) {
        spdlog::info("touch to screen: median {:.1f} ms, p99 {:.1f} ms over {} moves (per frame, its oldest "
                     "move from being read to the swap that showed it; {} frames, max {:.1f} ms)",
                     latency.median, latency.p99, latency.moves, latency.frames, latency.max);
    }
}

FrameLoop::FrameLoop(BoardStage& stage, table::Screen& screen, FrameLoopOptions options)
    : m_stage(stage), m_screen(screen), m_options(std::move(options)), m_pump(m_options.surfaceMm) {
    if (m_options.tuio) {
        listenForTuio(m_pump, m_options.tuio->bind, m_options.tuio->port, m_options.tuio->allow);
    }
}

bool FrameLoop::drawsWithoutInput(std::int64_t nowMs) const {
    return m_framesWanted > 0 || m_options.frames || m_finishing || m_screen.animating(nowMs);
}

bool FrameLoop::waitForEvent(SDL_Event& event, std::int64_t nowMs) {
    if (drawsWithoutInput(nowMs)) {
        return SDL_PollEvent(&event) != 0;
    }
    // Asleep until input, the next script line, a screen's deadline or the watchdog's ping; briefly while
    // TUIO cursors are down (a TUIO packet wakes the loop itself: the receiver's thread signals it).
    std::int64_t wait = m_pump.tuioCursorsDown() ? kTuioPollMs : kIdleWaitMs;
    for (const std::optional<std::int64_t> due : {m_pump.nextDueMs(), m_screen.nextWakeMs(nowMs),
                                                  m_notifier ? m_notifier->nextPingDueMs() : std::nullopt}) {
        if (due) {
            wait = std::min(wait, std::max<std::int64_t>(0, *due - nowMs));
        }
    }
    if (sdlWaitsNatively()) {
        return SDL_WaitEventTimeout(&event, static_cast<int>(wait)) != 0;
    }
    // SDL's offscreen driver cannot wait for events: SDL_WaitEventTimeout would wake every millisecond (~1 %
    // of a core on an idle table). Nothing outside can send it events but TUIO, which signals the pump.
    if (SDL_PollEvent(&event) != 0) {
        return true;
    }
    m_pump.sleepUntilInput(wait);
    return SDL_PollEvent(&event) != 0;
}

bool FrameLoop::sdlWaitsNatively() {
    if (!m_driverWaits) {
        const char* driver = SDL_GetCurrentVideoDriver();
        const std::string name = driver != nullptr ? driver : "";
        m_driverWaits = name != "offscreen" && name != "dummy";
    }
    return *m_driverWaits;
}

void FrameLoop::dispatch(const SDL_Event& event, int windowWidth, int windowHeight) {
    const std::int64_t now = m_screen.nowMs();
    if (m_options.kiosk && isEscapeAttempt(event)) {
        // In kiosk mode the event is dropped: SIGTERM or the facilitator's panel are the ways out.
    } else if (event.type == SDL_QUIT) {
        m_quit = true;
    } else if (event.type == SDL_DROPFILE) { // a photo dropped on the window, for the facilitator's import
        if (event.drop.file != nullptr) {
            m_screen.dropFile(event.drop.file);
            SDL_free(event.drop.file);
        }
        m_framesWanted = kFramesPerChange;
    } else if (seenByPeople(event)) {
        if (m_options.panelShortcut && isPanelShortcut(event)) {
            m_screen.pressKey(table::Key::PanelShortcut, now);
        } else if (isPointerEvent(event) && !m_options.pointerToImGui) {
            // The screen's own pointer gets it, through the contacts.
        } else if (!m_stage.processEvent(event)) {
            forwardKeyboard(event, m_screen, now);
        }
        m_framesWanted = kFramesPerChange;
    }
    m_pump.feed(event, windowWidth, windowHeight, now);
}

void FrameLoop::pollEvents() {
    SDL_Event event;
    bool haveEvent = waitForEvent(event, m_screen.nowMs());
    const PixelSize window = m_stage.windowSize();
    while (haveEvent) {
        dispatch(event, window.width, window.height);
        haveEvent = SDL_PollEvent(&event) != 0;
    }
}

void FrameLoop::readLateInput() {
    // Moves that arrived while the step ran are shown in this frame rather than the next: the last read
    // before drawing. Script lines keep their own pace (step()).
    SDL_Event event;
    const PixelSize window = m_stage.windowSize();
    while (SDL_PollEvent(&event) != 0) {
        dispatch(event, window.width, window.height);
    }
    const std::int64_t now = m_screen.nowMs();
    m_pump.collect(now, m_contacts);
    if (!m_contacts.empty()) {
        ask(m_screen.handle(m_contacts, now) | table::Redraw::Settle);
        m_contacts.clear();
    }
}

void FrameLoop::finish(int framesWanted) {
    m_finishing = true;
    m_framesWanted = framesWanted;
    m_screen.beginFinishing();
}

void FrameLoop::ask(table::Redraw redraw) {
    if (redraw == table::Redraw::Settle) {
        m_framesWanted = kFramesPerChange;
    } else if (redraw == table::Redraw::OneFrame) {
        m_framesWanted = std::max(m_framesWanted, 1);
    }
}

void FrameLoop::step() {
    const std::int64_t now = m_screen.nowMs();
    m_pump.collect(now, m_contacts);
    table::Redraw wanted = m_screen.handle(m_contacts, now);
    if (!m_contacts.empty()) {
        wanted = table::Redraw::Settle; // contacts on the table
    }
    m_contacts.clear();
    // The script waits while the screen still shows earlier presses (a person looks before tapping on).
    while (!m_scriptShot && m_screen.readyForScript() &&
           m_pump.playScriptStep(
               now, [this] { return m_screen.targets(); }, m_contacts)) {
        wanted = wanted | m_screen.handle(m_contacts, now);
        m_contacts.clear();
        if ((m_scriptShot = m_pump.takeScreenshot())) {
            wanted = wanted | table::Redraw::OneFrame; // saved by the next frame, before the script goes on
        }
    }
    wanted = wanted | m_screen.update(now);
    if (m_screen.takeQuitRequest()) { // as SIGTERM: the loop finishes its frame
        requestQuit();
    }
    ask(wanted);
    if (m_options.quitAfterScript && m_pump.scriptDone() && m_screen.scriptSettled() && !m_finishing) {
        finish(1);
    }
}

bool FrameLoop::drawFrame() {
    readLateInput();
    if (m_options.beforeFrame) {
        m_options.beforeFrame();
    }
    const std::int64_t now = m_screen.nowMs();
    const PixelSize size = m_stage.size();
    render::View view;
    view.surfaceMm = {m_options.surfaceMm.x, m_options.surfaceMm.y};
    view.viewportWidth = size.width;
    view.viewportHeight = size.height;
    render::Legibility& legibility = render::Legibility::frame();
    legibility.enable(m_options.legibility.has_value());
    legibility.clear(); // this frame's texts and targets only
    m_stage.beginFrame([this, &view] { m_screen.feedPointer(view); });
    ask(m_screen.draw(m_stage, view, now));
    m_stage.endFrame();
    ++m_framesDrawn;
    m_framesWanted = std::max(0, m_framesWanted - 1);
    if (m_options.reportsReadiness && !m_settledOnce && !m_stage.needsAnotherFrame() && m_framesWanted == 0) {
        m_settledOnce = true;
        spdlog::info("the table is drawn ({} frames); waiting for touches", m_framesDrawn);
    }
    const bool unfinished = m_stage.needsAnotherFrame() || m_screen.stillDrawing();
    if (unfinished) {
        m_framesWanted = std::max(m_framesWanted, 1); // photos still loading, cards still painting
    }
    // A last frame shows the table as a person would see it: photos loaded, cards painted (10 s at most).
    const bool settling = unfinished && m_screen.nowMs() - m_startedMs < kSettleLimitMs;
    const bool limitReached =
        m_options.frames && m_framesDrawn >= *m_options.frames && !m_pump.scriptPlaying();
    const bool lastFrame =
        !settling && m_screen.readyForLastFrame() && (limitReached || (m_finishing && m_framesWanted == 0));
    if (settling && m_options.frames && m_framesDrawn >= *m_options.frames) {
        SDL_Delay(5);
    }
    if (lastFrame && m_options.legibility) {
        writeLegibility(*m_options.legibility);
    }
    if (lastFrame && m_options.screenshot) {
        m_screenshotProblem = m_stage.savePng(*m_options.screenshot);
        if (!m_screenshotProblem.empty()) {
            return true;
        }
        spdlog::info("screenshot written to {}", m_options.screenshot->string());
    }
    if (m_scriptShot) { // the script's picture of this moment (a test's look at each screen)
        const std::string problem = m_stage.savePng(*m_scriptShot);
        if (problem.empty()) {
            spdlog::info("screenshot written to {}", *m_scriptShot);
        } else {
            spdlog::error("{}", problem);
        }
        m_scriptShot.reset();
    }
    if (m_screen.keepsFrame()) {
        m_screen.keepFrame(m_stage.capture());
    }
    m_stage.swap();
    if (m_options.afterFrame) {
        m_stage.waitForGpu();
    }
    m_pump.latency().presented(steadyMs());
    if (m_options.afterFrame) {
        m_options.afterFrame();
    }
    if (m_options.reportsReadiness && m_framesDrawn == 1) { // the first frame is shown and input was polled
        const std::int64_t sinceStart = msSinceProcessStart();
        spdlog::info("the table is interactive {} ms after the process started", sinceStart);
        m_notifier->ready("interactive " + std::to_string(sinceStart) + " ms after start");
    }
    return lastFrame;
}

int FrameLoop::run() {
    m_startedMs = m_screen.nowMs();
    if (m_options.script) {
        m_pump.playScript(std::move(m_options.script->lines), m_startedMs);
    }
    if (m_options.reportsReadiness) {
        m_notifier.emplace(m_startedMs);
    }
    m_screen.start(m_startedMs);
    m_framesWanted = kFramesPerChange;
    while (!m_quit) {
        if (m_notifier) {
            m_notifier->keepAlive(m_screen.nowMs());
        }
        pollEvents();
        if (quitRequested() && !m_finishing) { // SIGTERM or the panel: a screenshot or report is still made
            m_quit = m_quit || (!m_options.screenshot && !m_options.legibility);
            finish(1);
        }
        if (m_quit || m_screen.closeRequested()) {
            break;
        }
        step();
        if (!drawsWithoutInput(m_screen.nowMs())) {
            if (m_pump.scriptDone() && !m_scriptStillLogged) {
                // Every touch of the script has played and its animations have ended: from here an idle
                // table draws nothing (tests count the frames after this line).
                m_scriptStillLogged = true;
                spdlog::info("the input script has played; the table is still ({} frames)", m_framesDrawn);
            }
            continue;
        }
        const bool last = drawFrame();
        m_quit = m_quit || last; // a quit read just before drawing still counts
        if (!m_screenshotProblem.empty()) {
            spdlog::error("{}", m_screenshotProblem);
            return 1;
        }
    }
    if (m_notifier) {
        m_notifier->stopping();
    }
    logInputLatency();
    return 0;
}

} // namespace atelier::platform

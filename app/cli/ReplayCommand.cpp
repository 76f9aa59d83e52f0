// The replay loop: SDL events to ImGui, the timeline's requests to the Player, the board to the screen.
#include "cli/ReplayCommand.hpp"

#include <SDL.h>
#include <algorithm>
#include <cfloat>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <imgui.h>
#include <iostream>
#include <spdlog/spdlog.h>

#include "cli/ExportCommand.hpp"
#include "input/ScriptReader.hpp"
#include "platform/BoardStage.hpp"
#include "platform/InputPump.hpp"
#include "render/View.hpp"
#include "replay/HeatMap.hpp"
#include "replay/Player.hpp"
#include "replay/SessionTime.hpp"
#include "store/Database.hpp"
#include "store/StoreError.hpp"
#include "table/PanelPointer.hpp"
#include "ui/ReplayOverlays.hpp"
#include "ui/Timeline.hpp"
#include "workshop/WorkshopDefinition.hpp"

namespace atelier::cli {
namespace {

/// How long the loop sleeps waiting for input while paused (an idle replay costs ~0 % CPU).
constexpr int kIdleWaitMs = 500;
/// ImGui needs a few frames after an input to settle; each input asks for this many.
constexpr int kFramesPerChange = 3;
/// How long a run with --frames waits for photos to load before its last frame.
constexpr auto kSettleLimit = std::chrono::seconds(10);
/// How often the loop looks for TUIO contacts (they arrive on another thread and do not wake SDL).
constexpr std::int64_t kTuioPollMs = 8;

/// The timeline's controls as named targets on the table (millimetres), as drawn last.
class TimelineTargets {
public:
    void update(const ui::TimelineFrame& frame, const render::View& view) {
        m_targets.clear();
        const double mmPerPxX = 1.0 / view.pxPerMmX();
        const double mmPerPxY = 1.0 / view.pxPerMmY();
        for (const ui::TimelineTarget& target : frame.targets) {
            const core::Vec2 centre{(target.minX + target.maxX) * 0.5 * mmPerPxX,
                                    (target.minY + target.maxY) * 0.5 * mmPerPxY};
            const core::Vec2 size{(target.maxX - target.minX) * mmPerPxX,
                                  (target.maxY - target.minY) * mmPerPxY};
            m_targets.add(target.name, centre, size);
        }
        m_area = table::PanelArea{{frame.minX * mmPerPxX, frame.minY * mmPerPxY},
                                  {frame.maxX * mmPerPxX, frame.maxY * mmPerPxY}};
    }
    const input::TargetRegistry& registry() const { return m_targets; }
    /// Where touches belong to the timeline, once it was drawn.
    const std::optional<table::PanelArea>& area() const { return m_area; }

private:
    input::TargetRegistry m_targets;
    std::optional<table::PanelArea> m_area;
};

bool isPointerEvent(const SDL_Event& event) {
    return event.type == SDL_MOUSEMOTION || event.type == SDL_MOUSEBUTTONDOWN ||
           event.type == SDL_MOUSEBUTTONUP || event.type == SDL_FINGERDOWN || event.type == SDL_FINGERUP ||
           event.type == SDL_FINGERMOTION;
}

/// The wall-clock time (HH:MM:SS, UTC as stored) of the session at `positionMs`, from its ISO start.
std::string sessionClock(const std::string& startedAt, std::int64_t positionMs) {
    int hours = 0;
    int minutes = 0;
    double seconds = 0;
    if (startedAt.size() < 19 ||
        std::sscanf(startedAt.c_str() + 11, "%d:%d:%lf", &hours, &minutes, &seconds) != 3) {
        return {};
    }
    const auto start = static_cast<std::int64_t>((hours * 3600 + minutes * 60 + seconds) * 1000);
    return replay::formatSessionTime((start + positionMs) % (24 * 3600 * 1000)) + " UTC";
}

std::vector<std::uint32_t> categoryColours(const replay::Recording& recording) {
    std::vector<std::uint32_t> colours;
    auto parsed = workshop::parseWorkshopDefinition(recording.info().workshopConfigJson, "stored workshop");
    if (auto* definition = std::get_if<workshop::WorkshopDefinition>(&parsed)) {
        for (const workshop::Category& category : definition->categories) {
            colours.push_back(category.colour);
        }
    }
    return colours;
}

bool applyRequest(const ui::TimelineRequest& request, replay::Player& player, bool& trails, bool& heat) {
    bool changed = false;
    if (request.toggleTrails) {
        trails = !trails;
        changed = true;
    }
    if (request.toggleHeat) {
        heat = !heat;
        changed = true;
    }
    if (request.speed) {
        player.setSpeed(*request.speed);
        changed = true;
    }
    if (request.seekMs) {
        player.seek(*request.seekMs);
        changed = true;
    }
    if (request.previousPhase) {
        changed = player.previousPhase() || changed;
    }
    if (request.nextPhase) {
        changed = player.nextPhase() || changed;
    }
    if (request.togglePlay) {
        player.playing() ? player.pause() : player.play();
        changed = true;
    }
    return changed;
}

/// Keys for a facilitator at a keyboard: space plays or pauses, Page Up/Down change phase, Escape quits.
ui::TimelineRequest keyRequest(const SDL_Event& event, bool& quit) {
    ui::TimelineRequest request;
    if (event.type != SDL_KEYDOWN) {
        return request;
    }
    switch (event.key.keysym.sym) {
    case SDLK_SPACE:
        request.togglePlay = true;
        break;
    case SDLK_PAGEUP:
        request.previousPhase = true;
        break;
    case SDLK_PAGEDOWN:
        request.nextPhase = true;
        break;
    case SDLK_ESCAPE:
        quit = true;
        break;
    default:
        break;
    }
    return request;
}

} // namespace

int replayCommand(const CommandLine& commandLine, const Config& config,
                  const std::filesystem::path& resourceRoot, const std::filesystem::path& dataDir) {
    const std::optional<std::int64_t> session = parseSessionId(commandLine.replay.session);
    if (!session) {
        spdlog::error("'{}' is not a session id: `atelier sessions` lists them.", commandLine.replay.session);
        return 2;
    }
    std::optional<std::int64_t> atMs;
    if (commandLine.replay.at) {
        atMs = replay::parseSessionTime(*commandLine.replay.at);
        if (!atMs) {
            spdlog::error("--at must be a session time like 01:05:30 (hours:minutes:seconds), not '{}'.",
                          *commandLine.replay.at);
            return 2;
        }
    }
    std::optional<input::Script> script;
    if (commandLine.run.inputScript) {
        script = platform::readInputScript(*commandLine.run.inputScript);
        if (!script) {
            return 2;
        }
    }
    std::optional<replay::Player> player;
    try {
        player.emplace(dataDir / store::kDataFileName, *session);
    } catch (const store::StoreError& error) {
        spdlog::error("{}", error.what());
        return 1;
    }
    player->setSpeed(commandLine.replay.speed);
    player->seek(atMs.value_or(0));
    const bool headless = commandLine.run.headless;
    platform::StageOptions stageOptions;
    stageOptions.headless = headless;
    stageOptions.fullscreen = config.fullscreen && !commandLine.run.windowed && !headless;
    stageOptions.size = commandLine.run.size.value_or(
        headless ? platform::defaultExportSize(stageSetup(config).surfaceMm) : PixelSize{1280, 720});
    auto opened = platform::BoardStage::open(stageSetup(config), resourceRoot, player->recording().file(),
                                             stageOptions, categoryColours(player->recording()));
    if (auto* problem = std::get_if<std::string>(&opened)) {
        spdlog::error("{}", *problem);
        return 1;
    }
    platform::BoardStage& stage = *std::get<std::unique_ptr<platform::BoardStage>>(opened);
    if (!headless && !script && !commandLine.run.listTargets) {
        player->play();
    }
    spdlog::info("replaying session {} ({} events, {}) from {}", *session, player->recording().eventCount(),
                 replay::formatSessionTime(player->durationMs()),
                 replay::formatSessionTime(player->positionMs()));

    const core::Language language = core::languageFromCode(config.language).value_or(core::Language::French);
    ui::TimelineContent timeline;
    timeline.durationMs = player->durationMs();
    for (const replay::PhaseMarker& marker : player->recording().phases()) {
        timeline.markers.push_back(ui::TimelineMarker{marker.tMs, marker.name});
    }
    bool showTrails = commandLine.replay.trails;
    bool showHeat = commandLine.replay.heat;
    /// Cells of 10 mm: about a fingertip, and 8,000 cells on a 1.2 m table.
    replay::HeatTracker heatTracker({config.displayWidthMm, config.displayHeightMm}, 10);
    render::View view;
    view.surfaceMm = {config.displayWidthMm, config.displayHeightMm};
    view.viewportWidth = stage.size().width;
    view.viewportHeight = stage.size().height;
    const core::Vec2 surface{config.displayWidthMm, config.displayHeightMm};
    // Touch (issue 9): SDL fingers and the mouse, TUIO and --input-script reach the timeline through one
    // pointer, as on the facilitator panel; touches elsewhere on the board are ignored (it is read-only).
    platform::InputPump pump(surface);
    if (config.tuioEnabled) {
        platform::listenForTuio(pump, config.tuioBind, config.tuioPort);
    }
    table::PanelPointer pointer;
    TimelineTargets targets;
    std::vector<input::Contact> contacts;
    const std::optional<int> frameLimit = commandLine.run.frames;
    int framesDrawn = 0;
    int framesWanted = kFramesPerChange;
    const auto started = std::chrono::steady_clock::now();
    const auto nowMs = [started] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                     started)
            .count();
    };
    if (script) {
        pump.playScript(std::move(script->lines), nowMs());
    }
    auto lastTick = started;
    bool quit = false;
    bool settling = false;  // the timeline changed and has not been drawn as it is now
    bool finishing = false; // the script has played: one more frame, its screenshot, and quit
    while (!quit) {
        SDL_Event event;
        const bool busy =
            framesWanted > 0 || player->playing() || frameLimit || pointer.pending() || settling || finishing;
        bool haveEvent = false;
        if (busy) {
            haveEvent = SDL_PollEvent(&event) != 0;
        } else {
            std::int64_t wait = config.tuioEnabled ? kTuioPollMs : kIdleWaitMs;
            if (const std::optional<std::int64_t> due = pump.nextDueMs()) {
                wait = std::min(wait, std::max<std::int64_t>(0, *due - nowMs()));
            }
            haveEvent = SDL_WaitEventTimeout(&event, static_cast<int>(wait)) != 0;
        }
        ui::TimelineRequest keys;
        while (haveEvent) {
            if (event.type == SDL_QUIT) {
                quit = true;
            }
            if (isPointerEvent(event)) {
                pump.feed(event, stage.size().width, stage.size().height, nowMs());
            } else if (!stage.processEvent(event)) {
                const ui::TimelineRequest pressed = keyRequest(event, quit);
                keys.togglePlay = keys.togglePlay || pressed.togglePlay;
                keys.previousPhase = keys.previousPhase || pressed.previousPhase;
                keys.nextPhase = keys.nextPhase || pressed.nextPhase;
            }
            framesWanted = kFramesPerChange;
            haveEvent = SDL_PollEvent(&event) != 0;
        }
        if (quit) {
            break;
        }
        if (commandLine.run.listTargets && framesDrawn > 0) {
            std::cout << targets.registry().toJsonLines(surface) << std::flush;
            return 0;
        }
        if (applyRequest(keys, *player, showTrails, showHeat)) {
            framesWanted = kFramesPerChange;
        }
        const std::int64_t now = nowMs();
        pump.collect(now, contacts);
        bool touched = pointer.route(contacts, targets.area());
        contacts.clear(); // the board under the timeline is read-only
        // A script waits for the timeline to be drawn, and for each press to show before the next.
        while (framesDrawn > 0 && !pointer.pending() && !settling &&
               pump.playScriptStep(
                   now, [&targets] { return targets.registry(); }, contacts)) {
            touched = pointer.route(contacts, targets.area()) || touched;
            contacts.clear();
        }
        if (touched || pointer.pending()) {
            framesWanted = std::max(framesWanted, 1);
        }
        if (commandLine.run.quitAfterScript && pump.scriptDone() && !pointer.pending() && !settling &&
            !finishing) {
            finishing = true;
            framesWanted = 1;
        }
        const auto tick = std::chrono::steady_clock::now();
        const auto wallMs = std::chrono::duration_cast<std::chrono::milliseconds>(tick - lastTick).count();
        if (wallMs > 0) {
            lastTick += std::chrono::milliseconds(wallMs);
            if (player->playing()) {
                player->advance(wallMs);
                framesWanted = std::max(framesWanted, 1);
            }
        }
        if (framesWanted <= 0 && !frameLimit && !settling && !finishing) {
            continue;
        }

        timeline.positionMs = player->positionMs();
        timeline.playing = player->playing();
        timeline.speed = player->speed();
        timeline.trails = showTrails;
        timeline.heat = showHeat;
        const replay::HeatMap* heat =
            showHeat ? &heatTracker.update(player->recording(), player->seq()) : nullptr;
        const std::vector<replay::Trail> trails =
            showTrails ? player->trails() : std::vector<replay::Trail>{};
        timeline.elapsed = replay::formatSessionTime(player->positionMs()) + " / " +
                           replay::formatSessionTime(player->durationMs());
        timeline.sessionTime = sessionClock(player->recording().info().startedAt, player->positionMs());
        ui::TimelineFrame drawn;
        const PixelSize size = stage.size();
        stage.drawOnce(
            player->board(),
            [&] {
                if (heat) {
                    ui::drawHeat(*heat, view);
                }
                ui::drawTrails(trails, view);
                drawn = ui::drawTimeline(timeline, language, static_cast<float>(size.width),
                                         static_cast<float>(size.height));
            },
            [&] { table::feedImGuiPointer(pointer, view); });
        targets.update(drawn, view);
        ++framesDrawn;
        framesWanted = std::max(0, framesWanted - 1);
        if (stage.needsAnotherFrame()) {
            framesWanted = std::max(framesWanted, 1);
        }
        const bool wasSettling = settling;
        settling = applyRequest(drawn.request, *player, showTrails, showHeat);
        if (settling) {
            framesWanted = kFramesPerChange;
        }
        // A screenshot waits for photos to load and cards to paint, 10 s at most.
        const bool loading =
            stage.needsAnotherFrame() && std::chrono::steady_clock::now() - started < kSettleLimit;
        const bool lastFrame = !loading && !settling && !wasSettling &&
                               ((frameLimit && framesDrawn >= *frameLimit && !pump.scriptPlaying()) ||
                                (finishing && !pointer.pending()));
        if (lastFrame && commandLine.run.screenshot) {
            if (const std::string problem = stage.savePng(*commandLine.run.screenshot); !problem.empty()) {
                spdlog::error("{}", problem);
                return 1;
            }
            spdlog::info("screenshot written to {}", commandLine.run.screenshot->string());
        }
        stage.swap();
        quit = quit || lastFrame;
    }
    return 0;
}

} // namespace atelier::cli

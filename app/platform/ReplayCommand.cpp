// The replay loop: SDL events to ImGui, the timeline's requests to the Player, the board to the screen.
#include "platform/ReplayCommand.hpp"

#include <SDL.h>
#include <chrono>
#include <cstdio>
#include <imgui.h>
#include <spdlog/spdlog.h>

#include "platform/BoardStage.hpp"
#include "platform/ExportCommand.hpp"
#include "render/Palette.hpp"
#include "render/View.hpp"
#include "replay/Player.hpp"
#include "replay/SessionTime.hpp"
#include "store/Database.hpp"
#include "store/StoreError.hpp"
#include "ui/Timeline.hpp"
#include "workshop/WorkshopDefinition.hpp"

namespace atelier::platform {
namespace {

/// How long the loop sleeps waiting for input while paused (an idle replay costs ~0 % CPU).
constexpr int kIdleWaitMs = 500;
/// ImGui needs a few frames after an input to settle; each input asks for this many.
constexpr int kFramesPerChange = 3;
/// How long a run with --frames waits for photos to load before its last frame.
constexpr auto kSettleLimit = std::chrono::seconds(10);

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

/// Draws each trail as a line in its seat's colour over the board, with a dot where the item is now.
void drawTrails(const std::vector<replay::Trail>& trails, const render::View& view) {
    const render::Palette palette;
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    const float width = static_cast<float>(std::max(2.0, view.pxPerMm() * 1.5));
    for (const replay::Trail& trail : trails) {
        const std::uint32_t rgb = palette.seat(trail.seat);
        const ImU32 colour = IM_COL32(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF, 220);
        std::vector<ImVec2> points;
        for (const core::Vec2& point : trail.pointsMm) {
            const core::Vec2 pixel = view.toPixels(point);
            points.emplace_back(static_cast<float>(pixel.x), static_cast<float>(pixel.y));
        }
        if (points.size() >= 2) {
            draw->AddPolyline(points.data(), static_cast<int>(points.size()), colour, ImDrawFlags_None,
                              width);
        }
        draw->AddCircleFilled(points.back(), width * 2.5f, colour);
    }
}

bool applyRequest(const ui::TimelineRequest& request, replay::Player& player, bool& trails) {
    bool changed = false;
    if (request.toggleTrails) {
        trails = !trails;
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
    const std::optional<std::int64_t> session = parseSessionId(commandLine.session);
    if (!session) {
        spdlog::error("'{}' is not a session id: `atelier sessions` lists them.", commandLine.session);
        return 2;
    }
    std::optional<std::int64_t> atMs;
    if (commandLine.at) {
        atMs = replay::parseSessionTime(*commandLine.at);
        if (!atMs) {
            spdlog::error("--at must be a session time like 01:05:30 (hours:minutes:seconds), not '{}'.",
                          *commandLine.at);
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
    player->setSpeed(commandLine.speed);
    player->seek(atMs.value_or(0));
    const bool headless = commandLine.run.headless;
    StageOptions stageOptions;
    stageOptions.headless = headless;
    stageOptions.fullscreen = config.fullscreen && !commandLine.run.windowed && !headless;
    stageOptions.size =
        commandLine.run.size.value_or(headless ? defaultExportSize(config) : PixelSize{1280, 720});
    auto opened = BoardStage::open(config, resourceRoot, player->recording().file(), stageOptions,
                                   categoryColours(player->recording()));
    if (auto* problem = std::get_if<std::string>(&opened)) {
        spdlog::error("{}", *problem);
        return 1;
    }
    BoardStage& stage = *std::get<std::unique_ptr<BoardStage>>(opened);
    if (!headless) {
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
    bool showTrails = commandLine.trails;
    render::View view;
    view.surfaceMm = {config.displayWidthMm, config.displayHeightMm};
    view.viewportWidth = stage.size().width;
    view.viewportHeight = stage.size().height;
    const std::optional<int> frameLimit = commandLine.run.frames;
    int framesDrawn = 0;
    int framesWanted = kFramesPerChange;
    const auto started = std::chrono::steady_clock::now();
    auto lastTick = started;
    bool quit = false;
    while (!quit) {
        SDL_Event event;
        const bool busy = framesWanted > 0 || player->playing() || frameLimit;
        bool haveEvent = busy ? SDL_PollEvent(&event) != 0 : SDL_WaitEventTimeout(&event, kIdleWaitMs) != 0;
        ui::TimelineRequest keys;
        while (haveEvent) {
            if (event.type == SDL_QUIT) {
                quit = true;
            }
            if (!stage.processEvent(event)) {
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
        if (applyRequest(keys, *player, showTrails)) {
            framesWanted = kFramesPerChange;
        }
        const auto now = std::chrono::steady_clock::now();
        const auto wallMs = std::chrono::duration_cast<std::chrono::milliseconds>(now - lastTick).count();
        if (wallMs > 0) {
            lastTick += std::chrono::milliseconds(wallMs);
            if (player->playing()) {
                player->advance(wallMs);
                framesWanted = std::max(framesWanted, 1);
            }
        }
        if (framesWanted <= 0 && !frameLimit) {
            continue;
        }

        timeline.positionMs = player->positionMs();
        timeline.playing = player->playing();
        timeline.speed = player->speed();
        timeline.trails = showTrails;
        const std::vector<replay::Trail> trails =
            showTrails ? player->trails() : std::vector<replay::Trail>{};
        timeline.elapsed = replay::formatSessionTime(player->positionMs()) + " / " +
                           replay::formatSessionTime(player->durationMs());
        timeline.sessionTime = sessionClock(player->recording().info().startedAt, player->positionMs());
        ui::TimelineRequest clicked;
        const PixelSize size = stage.size();
        stage.drawOnce(player->board(), [&] {
            drawTrails(trails, view);
            clicked = ui::drawTimeline(timeline, language, static_cast<float>(size.width),
                                       static_cast<float>(size.height));
        });
        ++framesDrawn;
        framesWanted = std::max(0, framesWanted - 1);
        if (stage.needsAnotherFrame()) {
            framesWanted = std::max(framesWanted, 1);
        }
        if (applyRequest(clicked, *player, showTrails)) {
            framesWanted = kFramesPerChange;
        }
        // A screenshot waits for photos to load and cards to paint, 10 s at most.
        const bool settling =
            stage.needsAnotherFrame() && std::chrono::steady_clock::now() - started < kSettleLimit;
        const bool lastFrame = frameLimit && framesDrawn >= *frameLimit && !settling;
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

} // namespace atelier::platform

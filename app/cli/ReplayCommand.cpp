// `atelier replay SESSION`: the recorded session on the one frame loop, the timeline's requests to the
// Player.
#include "cli/ReplayCommand.hpp"

#include <iostream>
#include <spdlog/spdlog.h>

#include "cli/ExportCommand.hpp"
#include "cli/LoopOptions.hpp"
#include "platform/BoardStage.hpp"
#include "platform/FrameLoop.hpp"
#include "replay/Player.hpp"
#include "replay/SessionTime.hpp"
#include "store/Database.hpp"
#include "store/StoreError.hpp"
#include "table/ReplayScreen.hpp"
#include "workshop/WorkshopDefinition.hpp"

namespace atelier::cli {
namespace {

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

/// A window for a person, or the export's picture size offscreen.
platform::StageOptions stageOptions(const RunOptions& run, const Config& config) {
    platform::StageOptions options;
    options.headless = run.headless;
    options.fullscreen = config.fullscreen && !run.windowed && !run.headless;
    options.size = run.size.value_or(run.headless ? platform::defaultExportSize(stageSetup(config).surfaceMm)
                                                  : PixelSize{1280, 720});
    return options;
}

/// The loop for a replay: the timeline's pointer takes the mouse, the physical keys play and change phase.
platform::FrameLoopOptions loopOptions(const RunOptions& run, const Config& config,
                                       std::optional<input::Script> script) {
    platform::FrameLoopOptions options = frameLoopOptions(run, config, std::move(script));
    options.pointerToImGui = false;
    return options;
}

} // namespace

int replayCommand(const CommandLine& commandLine, const Config& config,
                  const std::filesystem::path& resourceRoot, const std::filesystem::path& dataDir) {
    const auto arguments = parseSessionMoment(commandLine.replay.session, commandLine.replay.at);
    if (const int* usage = std::get_if<int>(&arguments)) {
        return *usage;
    }
    const std::int64_t session = std::get<SessionMoment>(arguments).session;
    const std::int64_t atMs = std::get<SessionMoment>(arguments).atMs.value_or(0);
    std::optional<input::Script> script;
    if (commandLine.run.inputScript) {
        script = platform::readInputScript(*commandLine.run.inputScript);
        if (!script) {
            return 2;
        }
    }
    std::optional<replay::Player> player;
    try {
        player.emplace(dataDir / store::kDataFileName, session, replay::Audience::Facilitator);
    } catch (const store::StoreError& error) {
        spdlog::error("{}", error.what());
        return 1;
    }
    player->setSpeed(commandLine.replay.speed);
    player->seek(atMs);
    auto opened = platform::BoardStage::open(stageSetup(config), resourceRoot, player->recording().file(),
                                             stageOptions(commandLine.run, config),
                                             categoryColours(player->recording()));
    if (auto* problem = std::get_if<std::string>(&opened)) {
        spdlog::error("{}", *problem);
        return 1;
    }
    platform::BoardStage& stage = *std::get<std::unique_ptr<platform::BoardStage>>(opened);
    if (!commandLine.run.headless && !script && !commandLine.run.listTargets) {
        player->play();
    }
    spdlog::info("replaying session {} ({} events, {}) from {}", session, player->recording().eventCount(),
                 replay::formatSessionTime(player->durationMs()),
                 replay::formatSessionTime(player->positionMs()));

    table::ReplaySetup setup;
    setup.surfaceMm = {config.displayWidthMm, config.displayHeightMm};
    setup.language = stageSetup(config).language;
    setup.zone = tableTimeZone(config);
    setup.trails = commandLine.replay.trails;
    setup.heat = commandLine.replay.heat;
    setup.listTargets = commandLine.run.listTargets;
    table::ReplayScreen screen(*player, setup);
    platform::FrameLoop loop(stage, screen, loopOptions(commandLine.run, config, std::move(script)));
    const int status = loop.run();
    if (status == 0 && commandLine.run.listTargets) {
        std::cout << screen.timelineTargets().toJsonLines(setup.surfaceMm) << std::flush;
    }
    return status;
}

} // namespace atelier::cli

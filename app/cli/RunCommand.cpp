// `atelier run`: the live table on the one frame loop, drawn only when something changed or animates.
#include "cli/RunCommand.hpp"

#include <chrono>
#include <iostream>
#include <spdlog/spdlog.h>
#include <system_error>
#include <thread>

#include "cli/ExportCommand.hpp"
#include "cli/LoopOptions.hpp"
#include "cli/PanelPictures.hpp"
#include "cli/Retention.hpp"
#include "core/BoardHash.hpp"
#include "platform/Allocator.hpp"
#include "platform/BoardStage.hpp"
#include "platform/FrameLoop.hpp"
#include "platform/Kiosk.hpp"
#include "platform/RemovableDrives.hpp"
#include "platform/TableLock.hpp"
#include "platform/VideoEncoder.hpp"
#include "store/Database.hpp"
#include "store/RescueJournal.hpp"
#include "store/SessionSummary.hpp"
#include "table/LiveTableScreen.hpp"
#include "table/PinHash.hpp"
#include "workshop/WorkshopDefinition.hpp"

namespace atelier::cli {
namespace {

/// The facilitator's access rules from the config ([panel] keys) for a surface of this size.
table::AccessOptions accessOptions(const Config& config, core::Vec2 surfaceMm) {
    table::AccessOptions options;
    options.surfaceMm = surfaceMm;
    options.fingers = config.panelGestureFingers;
    options.holdMs = static_cast<std::int64_t>(config.panelGestureHoldS * 1000);
    options.corner = table::cornerFromName(config.panelGestureCorner);
    options.idleCloseMs = static_cast<std::int64_t>(config.panelIdleCloseS) * 1000;
    if (!config.panelPinHash.empty()) {
        options.pin = table::parsePinHash(config.panelPinHash);
    }
    return options;
}

/// True for the workshops shipped with the app (assets/<id>/workshop.json, its photos beside it).
bool bundledWorkshop(const std::string& workshopId) {
    return workshopId == "demo" || workshopId == "exhibition";
}

/// The workshop to run: a bundled one (demo, exhibition), or one stored in the data file by an import.
std::variant<workshop::WorkshopDefinition, workshop::DefinitionError>
loadWorkshop(const std::string& workshopId, const std::filesystem::path& resourceRoot,
             const std::filesystem::path& dataDir) {
    if (bundledWorkshop(workshopId)) {
        return workshop::loadWorkshopDefinition(resourceRoot / "assets" / workshopId / "workshop.json");
    }
    try {
        store::Database database = store::Database::open(dataDir);
        if (auto stored = database.findWorkshop(workshopId)) {
            return workshop::parseWorkshopDefinition(stored->configJson, "workshop '" + workshopId + "'");
        }
    } catch (const std::exception& error) {
        return workshop::DefinitionError{"cannot read workshop '" + workshopId + "': " + error.what()};
    }
    return workshop::DefinitionError{"there is no workshop '" + workshopId + "' in " + dataDir.string() +
                                     " (use --workshop demo, or prepare it first)."};
}

/// A workshop to run instead of the config's, with its definition.
struct ResumedWorkshop {
    std::string id;
    workshop::WorkshopDefinition definition;
};

/// The newest live session in the data file (what a start resumes), if the file exists and holds one.
std::optional<store::SessionSummary> newestLiveSession(const std::filesystem::path& dataDir) {
    std::error_code missing;
    if (!std::filesystem::exists(dataDir / store::kDataFileName, missing)) {
        return std::nullopt;
    }
    try {
        store::Database database = store::Database::open(dataDir);
        if (const auto& notice = database.notice()) {
            spdlog::warn("{}", notice->sentence); // moved aside: nothing left to resume
            return std::nullopt;
        }
        for (const store::SessionSummary& session : database.listSessions()) { // newest first
            if (session.status == store::SessionStatus::Live) {
                return session;
            }
        }
    } catch (const std::exception& error) {
        spdlog::warn("cannot look for a live session to resume: {}", error.what());
    }
    return std::nullopt;
}

/// With no --workshop and --session resume: when the data file's newest live session belongs to another
/// workshop than the config's (one the facilitator started from the library before a crash, a power cut or
/// a restart), that workshop, so its session is taken up as it was. std::nullopt when the newest live session
/// is the config's workshop's, when there is none, or when its workshop cannot be read (said in a warning).
std::optional<ResumedWorkshop> workshopLeftLive(const std::string& configWorkshop,
                                                const std::filesystem::path& resourceRoot,
                                                const std::filesystem::path& dataDir) {
    const std::optional<store::SessionSummary> live = newestLiveSession(dataDir);
    if (!live || live->workshopId == configWorkshop) {
        return std::nullopt;
    }
    auto loaded = loadWorkshop(live->workshopId, resourceRoot, dataDir);
    if (const auto* error = std::get_if<workshop::DefinitionError>(&loaded)) {
        spdlog::warn("session {} of workshop '{}' was left live but cannot be resumed ({}); the table runs "
                     "the config's workshop '{}'",
                     live->id, live->workshopId, error->message, configWorkshop);
        return std::nullopt;
    }
    ResumedWorkshop resumed{live->workshopId, std::get<workshop::WorkshopDefinition>(std::move(loaded))};
    spdlog::info(
        "session {} of workshop '{}' (\"{}\", {} phases) was left live: the table resumes it with that "
        "workshop instead of the config's '{}'",
        live->id, resumed.id, resumed.definition.title, resumed.definition.phases.size(), configWorkshop);
    return resumed;
}

/// Where a workshop's photo files are: the demo's lie beside its definition.
std::filesystem::path workshopDir(const std::string& workshopId, const std::filesystem::path& resourceRoot) {
    return bundledWorkshop(workshopId) ? resourceRoot / "assets" / workshopId : std::filesystem::path{};
}

/// The data dir's table lock, taken after waiting briefly while an `atelier import` finishes its transaction;
/// std::nullopt (with the reason logged) when another table holds it. A lock file that cannot be opened (a
/// read-only data dir) is only warned about: opening the data file says what is wrong.
std::optional<std::optional<platform::TableLock>> takeTableLock(const std::filesystem::path& dataDir) {
    std::error_code ignored;
    std::filesystem::create_directories(dataDir, ignored);
    try {
        for (int attempt = 0; attempt < 50; ++attempt) {
            if (std::optional<platform::TableLock> lock = platform::TableLock::tryTake(dataDir)) {
                return lock;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    } catch (const std::system_error& error) {
        spdlog::warn("cannot take the table lock: {}", error.what());
        return std::optional<platform::TableLock>{};
    }
    spdlog::critical(
        "Atelier does not start: {} is already running on {} (it holds {}), and two tables on one "
        "data dir would number events against each other. Quit that one first.",
        platform::TableLock::describeHolder(dataDir), dataDir.string(), platform::kTableLockFileName);
    return std::nullopt;
}

/// The live table's setup from the command line and the config.
table::LiveTableSetup liveTableSetup(const RunOptions& run, const Config& config,
                                     const workshop::WorkshopDefinition& definition,
                                     const std::filesystem::path& resourceRoot,
                                     const std::filesystem::path& dataDir) {
    const core::Vec2 surface{config.displayWidthMm, config.displayHeightMm};
    table::LiveTableSetup setup;
    setup.dataDir = dataDir;
    setup.choice = table::SessionChoice{run.workshop, run.session};
    setup.workshopDir = workshopDir(run.workshop, resourceRoot);
    setup.seats = definition.seats > 0 ? definition.seats : config.seats; // the workshop's, else the table's
    setup.surfaceMm = surface;
    setup.gestures.surfaceMm = surface;
    setup.gestures.minScale = config.minScale;
    setup.gestures.maxScale = config.maxScale;
    setup.workshop.categories = definition.categories;
    setup.workshop.phases = definition.phases; // a dimmed tool says with which step it comes
    setup.workshop.cardTextLimit = static_cast<std::size_t>(config.cardTextLimit);
    setup.workshop.nextButton = definition.autoAdvances(); // an exhibit: every dock offers "Next"
    setup.access = accessOptions(config, surface);
    setup.language = core::languageFromCode(config.language).value_or(core::Language::French);
    setup.clusterDistanceMm = config.clusterDistanceMm;
    setup.importFolder = config.panelImportFolder;
    setup.importMaxMegapixels = config.importMaxMegapixels;
    setup.idleTimeoutS = config.idleTimeoutS;
    setup.attractShowRecent = config.attractShowRecent;
    setup.attractSession = config.attractSession;
    setup.attractSpeed = config.attractSpeed;
    setup.timeZone = tableTimeZone(config);
    setup.exportSetup.folder = config.panelExportFolder;
    setup.exportSetup.drives = [] { return platform::removableDrivesOrOverride(); };
    setup.exportSetup.ffmpeg = platform::findProgram("ffmpeg").has_value();
    // The phase pictures and the video: a child `atelier export` draws them, never the table's frames.
    setup.exportSetup.pictures = childPictureMaker(config.source, dataDir);
    if (const char* pause = std::getenv("ATELIER_EXPORT_PAUSE_MS")) { // tests pull a stick mid-export
        setup.exportSetup.pauseMs = std::clamp(std::atoi(pause), 0, 5000);
    }
    return setup;
}

/// The window: full screen on the table (always in kiosk mode) unless --windowed; offscreen with --headless.
platform::StageOptions stageOptions(const RunOptions& run, const Config& config) {
    platform::StageOptions options;
    options.headless = run.headless;
    options.fullscreen = (config.fullscreen || config.kioskEnabled) && !run.windowed;
    options.size = run.size.value_or(PixelSize{1280, 720});
    options.kiosk = config.kioskEnabled;
    return options;
}

/// What the loop does for the live table besides stepping it.
platform::FrameLoopOptions loopOptions(const RunOptions& run, const Config& config,
                                       std::optional<input::Script> script) {
    platform::FrameLoopOptions options = frameLoopOptions(run, config, std::move(script));
    options.kiosk = config.kioskEnabled;
    options.panelShortcut = run.headless || !stageOptions(run, config).fullscreen;
    options.reportsReadiness = true;
    return options;
}

std::vector<std::uint32_t> categoryColours(const workshop::WorkshopDefinition& definition) {
    std::vector<std::uint32_t> colours;
    for (const workshop::Category& category : definition.categories) {
        colours.push_back(category.colour);
    }
    return colours;
}

/// Opens the stage and runs the loop over the screen; the exit code.
int runOnStage(table::LiveTableScreen& screen, const workshop::WorkshopDefinition& definition,
               const CommandLine& commandLine, const Config& config,
               const std::filesystem::path& resourceRoot, std::optional<input::Script> script) {
    platform::installQuitSignals(); // SIGTERM quits cleanly even where kiosk mode ignores SDL_QUIT
    platform::StageSetup setup = stageSetup(config);
    auto opened =
        platform::BoardStage::open(setup, resourceRoot, screen.session().databaseFile(),
                                   stageOptions(commandLine.run, config), categoryColours(definition));
    if (auto* problem = std::get_if<std::string>(&opened)) {
        spdlog::critical("{}", *problem);
        return 1;
    }
    platform::BoardStage& stage = *std::get<std::unique_ptr<platform::BoardStage>>(opened);
    if (!stage.fontProblem().empty()) {
        spdlog::warn("{}", stage.fontProblem());
    }
    platform::keepLargeBlocksOutOfTheHeap(); // memory stays flat over days (docs/performance.md)
    platform::FrameLoop loop(stage, screen, loopOptions(commandLine.run, config, std::move(script)));
    const int status = loop.run();
    if (status == 0) {
        // The board's hash lets a test (or a technician) check that the log rebuilds exactly this board.
        spdlog::info("the table stops; {} frames drawn; board hash {}", loop.framesDrawn(),
                     core::boardHash(screen.session().board()));
    }
    return status;
}

} // namespace

int runTable(const CommandLine& given, const Config& config, const std::filesystem::path& resourceRoot,
             const std::filesystem::path& dataDir) {
    CommandLine commandLine = given;
    const bool workshopGiven = !commandLine.run.workshop.empty();
    if (!workshopGiven) { // no --workshop: the config's
        commandLine.run.workshop = config.workshop;
    }
    auto loaded = loadWorkshop(commandLine.run.workshop, resourceRoot, dataDir);
    if (auto* error = std::get_if<workshop::DefinitionError>(&loaded)) {
        spdlog::critical("{}", error->message);
        return 2;
    }
    std::optional<input::Script> script;
    if (commandLine.run.inputScript) {
        script = platform::readInputScript(*commandLine.run.inputScript);
        if (!script) {
            return 2;
        }
    }
    // The table owns the session's event log while it runs: `atelier import` waits for it to quit.
    const std::optional<std::optional<platform::TableLock>> tableLock = takeTableLock(dataDir);
    if (!tableLock) {
        return 1;
    }
    // Actions a full disk kept out of the data file when the table last closed join their session first.
    const std::filesystem::path dataFile = dataDir / store::kDataFileName;
    for (const std::string& sentence :
         store::mergeRescueJournals(dataFile, store::rescueDirectories(dataFile))) {
        spdlog::warn("{}", sentence);
    }
    // Without --workshop, any workshop's live session may be the one resumed: kiosk retention looks at all.
    applyRetentionAtStart(config, workshopGiven ? commandLine.run.workshop : std::string{},
                          commandLine.run.session, dataDir);
    if (!workshopGiven && commandLine.run.session == "resume") {
        if (std::optional<ResumedWorkshop> resumed =
                workshopLeftLive(config.workshop, resourceRoot, dataDir)) {
            commandLine.run.workshop = resumed->id;
            loaded = std::move(resumed->definition);
        }
    }
    const auto& definition = std::get<workshop::WorkshopDefinition>(loaded);
    std::unique_ptr<table::LiveTableScreen> screen;
    try {
        screen = std::make_unique<table::LiveTableScreen>(
            definition, liveTableSetup(commandLine.run, config, definition, resourceRoot, dataDir));
    } catch (const std::invalid_argument& error) {
        spdlog::critical("{}", error.what());
        return 2;
    }
    if (commandLine.run.listTargets) {
        std::cout << screen->tableTargets().toJsonLines({config.displayWidthMm, config.displayHeightMm})
                  << std::flush;
        return 0;
    }
    return runOnStage(*screen, definition, commandLine, config, resourceRoot, std::move(script));
}

} // namespace atelier::cli

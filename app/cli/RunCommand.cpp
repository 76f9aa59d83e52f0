// The main loop: poll input, update, and render only when something changed or animates.
#include "cli/RunCommand.hpp"

#include <SDL.h>
#include <algorithm>
#include <chrono>
#include <imgui.h>
#include <iostream>
#include <spdlog/spdlog.h>
#include <system_error>
#include <thread>

#include "core/BoardHash.hpp"
#include "core/Catalogue.hpp"
#include "input/GestureEngine.hpp"
#include "input/ScriptReader.hpp"
#include "platform/Allocator.hpp"
#include "platform/ImGuiBackend.hpp"
#include "platform/InputPump.hpp"
#include "platform/Kiosk.hpp"
#include "platform/SystemdNotify.hpp"
#include "platform/TableLock.hpp"
#include "platform/Window.hpp"
#include "render/SceneRenderer.hpp"
#include "render/Screenshot.hpp"
#include "render/TextureCache.hpp"
#include "store/AssetReader.hpp"
#include "store/Database.hpp"
#include "table/AttractLoop.hpp"
#include "table/FacilitatorController.hpp"
#include "table/SessionHost.hpp"
#include "table/TableInteraction.hpp"
#include "ui/Banner.hpp"
#include "ui/DockOverlay.hpp"
#include "ui/Invitation.hpp"
#include "workshop/SeatLayout.hpp"
#include "workshop/WorkshopDefinition.hpp"

namespace atelier::cli {
namespace {

/// ImGui needs a few frames after an input to settle its layout; each input asks for this many.
constexpr int kFramesPerChange = 3;
/// How long the idle loop sleeps in SDL_WaitEventTimeout before looking at timers again.
constexpr std::int64_t kIdleWaitMs = 500;
/// How long a run with --frames or --quit-after-script waits for photos to load before its last frame.
constexpr std::int64_t kSettleLimitMs = 10000;
/// How often the loop looks at the TUIO queue while idle.
constexpr std::int64_t kTuioPollMs = 8;

platform::WindowOptions windowOptions(const CommandLine& commandLine, const Config& config) {
    platform::WindowOptions options;
    options.headless = commandLine.run.headless;
    options.fullscreen =
        (config.fullscreen || config.kioskEnabled) && !commandLine.run.windowed; // kiosk: always
    options.vsync = config.vsync && !commandLine.run.headless;
    if (commandLine.run.size) {
        options.size = *commandLine.run.size;
    }
    return options;
}

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

/// The workshop to run: the bundled demo, or one stored in the data file by an earlier import.
std::variant<workshop::WorkshopDefinition, workshop::DefinitionError>
loadWorkshop(const std::string& workshopId, const std::filesystem::path& resourceRoot,
             const std::filesystem::path& dataDir) {
    if (workshopId == "demo") {
        return workshop::loadWorkshopDefinition(resourceRoot / "assets/demo/workshop.json");
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

/// Where a workshop's photo files are: the demo's lie beside its definition.
std::filesystem::path workshopDir(const std::string& workshopId, const std::filesystem::path& resourceRoot) {
    return workshopId == "demo" ? resourceRoot / "assets/demo" : std::filesystem::path{};
}

/// The sentence the banner shows while saving is in trouble.
std::string storageWarning(const table::SessionHost& session, core::Language language) {
    const std::string problem = session.storageProblem();
    if (problem.empty()) {
        return {};
    }
    return std::string(core::text(language, core::TextId::StorageTrouble));
}

/// How long the idle loop may sleep: until the next script line or long-press deadline, and briefly while
/// TUIO is on (its packets arrive on another thread and do not wake SDL).
int waitMs(std::int64_t now, const platform::InputPump& pump, const table::TableInteraction& interaction,
           bool tuio, std::optional<std::int64_t> panelDeadline) {
    std::int64_t wait = tuio ? kTuioPollMs : kIdleWaitMs;
    for (std::optional<std::int64_t> deadline :
         {pump.nextDueMs(), interaction.nextDeadlineMs(), panelDeadline}) {
        if (deadline) {
            wait = std::min(wait, std::max<std::int64_t>(0, *deadline - now));
        }
    }
    return static_cast<int>(wait);
}

/// The physical keyboard (facilitator use) types into the focused card, unless ImGui wants it.
void forwardKeyboard(const SDL_Event& event, table::TableInteraction& interaction) {
    if (event.type == SDL_TEXTINPUT) {
        interaction.typeText(event.text.text);
    } else if (event.type == SDL_KEYDOWN && event.key.keysym.sym == SDLK_BACKSPACE) {
        interaction.typeBackspace();
    } else if (event.type == SDL_KEYDOWN &&
               (event.key.keysym.sym == SDLK_RETURN || event.key.keysym.sym == SDLK_KP_ENTER)) {
        interaction.typeEnter();
    }
}

/// Where the photo decoders read image bytes: the data file, through their own connection.
render::ImageBytesSource photoSource(std::optional<std::filesystem::path> file) {
    return [file](const std::string& hash) -> std::optional<std::vector<std::uint8_t>> {
        return file ? store::readAssetBytes(*file, hash) : std::nullopt;
    };
}

/// Takes the data dir's table lock, waiting briefly while an `atelier import` finishes its transaction.
std::optional<platform::TableLock> takeTableLock(const std::filesystem::path& dataDir) {
    std::error_code ignored;
    std::filesystem::create_directories(dataDir, ignored);
    try {
        for (int attempt = 0; attempt < 50; ++attempt) {
            if (std::optional<platform::TableLock> lock = platform::TableLock::tryTake(dataDir)) {
                return lock;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        spdlog::warn("another Atelier process holds {}/{}; two tables on one data dir would number events "
                     "against each other",
                     dataDir.string(), platform::kTableLockFileName);
    } catch (const std::system_error& error) {
        spdlog::warn("cannot take the table lock: {}", error.what());
    }
    return std::nullopt;
}

} // namespace

int runTable(const CommandLine& commandLine, const Config& config, const std::filesystem::path& resourceRoot,
             const std::filesystem::path& dataDir) {
    const core::Language startLanguage =
        core::languageFromCode(config.language).value_or(core::Language::French);
    const core::Vec2 surface{config.displayWidthMm, config.displayHeightMm};

    auto loaded = loadWorkshop(commandLine.run.workshop, resourceRoot, dataDir);
    if (auto* error = std::get_if<workshop::DefinitionError>(&loaded)) {
        spdlog::critical("{}", error->message);
        return 2;
    }
    const auto& definition = std::get<workshop::WorkshopDefinition>(loaded);

    std::optional<input::Script> script;
    if (commandLine.run.inputScript) {
        script = platform::readInputScript(*commandLine.run.inputScript);
        if (!script) {
            return 2;
        }
    }

    // The table owns the session's event log while it runs: `atelier import` waits for it to quit.
    const std::optional<platform::TableLock> tableLock = takeTableLock(dataDir);
    std::unique_ptr<table::SessionHost> session;
    try {
        session = std::make_unique<table::SessionHost>(
            dataDir, definition, table::SessionChoice{commandLine.run.workshop, commandLine.run.session},
            config.seats, workshopDir(commandLine.run.workshop, resourceRoot), surface);
    } catch (const std::invalid_argument& error) {
        spdlog::critical("{}", error.what());
        return 2;
    }
    const workshop::SeatLayout seats(config.seats, surface);
    input::GestureOptions gestureOptions;
    gestureOptions.surfaceMm = surface;
    gestureOptions.minScale = config.minScale;
    gestureOptions.maxScale = config.maxScale;
    workshop::WorkshopOptions workshopOptions;
    workshopOptions.categories = definition.categories;
    workshopOptions.cardTextLimit = static_cast<std::size_t>(config.cardTextLimit);
    // Exhibition: a fresh session gets a fresh interaction in the same place (see the attract loop below).
    std::optional<table::TableInteraction> interactionSlot;
    interactionSlot.emplace(*session, seats, gestureOptions, workshopOptions);
    table::TableInteraction& interaction = *interactionSlot;
    // Facilitator panel (issue 8): its contact, its controls, the seats' timer.
    table::FacilitatorController panel(accessOptions(config, surface), definition, seats, session->board(),
                                       interaction, startLanguage, config.clusterDistanceMm,
                                       table::PanelImportSetup{config.panelImportFolder, session.get()});
    const bool windowed = commandLine.run.headless || !windowOptions(commandLine, config).fullscreen;
    auto allTargets = [&interaction, &panel] {
        input::TargetRegistry targets = interaction.targets();
        panel.addTargets(targets);
        return targets;
    };

    if (commandLine.run.listTargets) {
        std::cout << interaction.targets().toJsonLines(surface) << std::flush;
        return 0;
    }

    platform::installQuitSignals(); // Exhibition: SIGTERM quits cleanly even where kiosk mode ignores
                                    // SDL_QUIT
    auto opened = platform::Window::open(windowOptions(commandLine, config));
    if (auto* error = std::get_if<platform::WindowError>(&opened)) {
        spdlog::critical("{}", error->message);
        return 1;
    }
    platform::Window& window = std::get<platform::Window>(opened);
    if (config.kioskEnabled) {
        platform::enterKioskDisplay(window.sdlWindow());
    }
    platform::ImGuiBackend imgui(
        window, platform::uiFontPixels(config.displayWidthMm, config.uiScale, window.drawableSize()));
    if (!imgui.fontProblem().empty()) {
        spdlog::warn("{}", imgui.fontProblem());
    }
    std::optional<render::TextureCache> textures;
    std::optional<render::SceneRenderer> scene;
    try {
        textures.emplace(photoSource(session->databaseFile()));
        scene.emplace(resourceRoot, imgui.cardFont(), *textures);
    } catch (const std::exception& error) {
        spdlog::critical("cannot draw the table: {}", error.what());
        return 1;
    }
    std::vector<std::uint32_t> categoryColours;
    for (const workshop::Category& category : definition.categories) {
        categoryColours.push_back(category.colour);
    }
    scene->setCategoryColours(std::move(categoryColours));

    platform::InputPump pump(surface);
    if (config.tuioEnabled) {
        platform::listenForTuio(pump, config.tuioBind, config.tuioPort);
    }
    if (script) {
        pump.playScript(std::move(script->lines), session->nowMs());
    }
    std::vector<input::Contact> contacts;

    ui::BannerContent banner;
    banner.title = definition.title;
    std::string photoWarning;   // set once a photo of the board could not be decoded
    bool warningUnseen = false; // the warning was set after this frame's banner: draw one more

    const std::optional<int> frameLimit = commandLine.run.frames;
    const std::int64_t startedMs = session->nowMs();
    bool settledOnce = false;
    int framesDrawn = 0;
    int framesWanted = kFramesPerChange;
    bool quit = false;
    bool finishing = false;
    // Exhibition: systemd notifications and the attract loop; memory stays flat over days
    // (docs/performance.md).
    platform::keepLargeBlocksOutOfTheHeap();
    platform::SystemdNotifier notifier(session->nowMs());
    table::AttractLoop attract(static_cast<std::int64_t>(config.idleTimeoutS * 1000.0), session->nowMs());
    auto wakeFromAttract = [&](std::int64_t now) {
        attract.noteActivity(now);
        if (attract.active()) {
            session->startFresh();
            interactionSlot.emplace(*session, seats, gestureOptions, workshopOptions);
            attract.end(now);
            framesWanted = kFramesPerChange;
        }
    };
    while (!quit) {
        const std::int64_t beforeWait = session->nowMs();
        SDL_Event event;
        bool haveEvent = false;
        notifier.keepAlive(beforeWait);
        if (framesWanted > 0 || frameLimit || interaction.animating() || panel.animating(beforeWait) ||
            finishing || attract.frameDue(beforeWait)) {
            haveEvent = SDL_PollEvent(&event) != 0;
        } else {
            int wait =
                waitMs(beforeWait, pump, interaction, config.tuioEnabled, panel.nextDeadlineMs(beforeWait));
            for (std::optional<std::int64_t> due : {notifier.nextPingDueMs(), attract.nextWakeMs()}) {
                if (due) { // Exhibition: wake in time for the watchdog and the idle timeout
                    wait = std::min(wait, static_cast<int>(std::max<std::int64_t>(0, *due - beforeWait)));
                }
            }
            haveEvent = SDL_WaitEventTimeout(&event, wait) != 0;
        }
        const PixelSize windowSize = window.windowSize();
        while (haveEvent) {
            if (config.kioskEnabled && platform::isEscapeAttempt(event)) {
                // Exhibition: in kiosk mode no key and no window-manager close lets a visitor out.
            } else if (event.type == SDL_QUIT) {
                quit = true;
            } else if (event.type == SDL_DROPFILE) { // facilitator panel: a photo dropped on the window
                if (event.drop.file != nullptr) {
                    panel.dropFile(event.drop.file);
                    SDL_free(event.drop.file);
                }
                framesWanted = kFramesPerChange;
            } else if (event.type == SDL_WINDOWEVENT || event.type == SDL_KEYDOWN ||
                       event.type == SDL_KEYUP || event.type == SDL_TEXTINPUT ||
                       event.type == SDL_MOUSEMOTION || event.type == SDL_MOUSEBUTTONDOWN ||
                       event.type == SDL_MOUSEBUTTONUP || event.type == SDL_MOUSEWHEEL) {
                const bool panelKey =
                    windowed && event.type == SDL_KEYDOWN && event.key.keysym.sym == SDLK_p &&
                    (event.key.keysym.mod & KMOD_CTRL) != 0 && (event.key.keysym.mod & KMOD_ALT) != 0;
                if (panelKey) {
                    panel.shortcut(session->nowMs()); // the facilitator's shortcut in a window
                } else if (!imgui.processEvent(event)) {
                    forwardKeyboard(event, interaction);
                }
                framesWanted = kFramesPerChange;
            }
            pump.feed(event, windowSize.width, windowSize.height, session->nowMs());
            haveEvent = SDL_PollEvent(&event) != 0;
        }
        if (platform::quitRequested() &&
            !finishing) { // Exhibition: SIGTERM or the panel (a screenshot is still taken)
            quit = quit || !commandLine.run.screenshot;
            finishing = true;
            framesWanted = 1;
        }
        if (quit) {
            break;
        }

        const std::int64_t now = session->nowMs();
        pump.collect(now, contacts);
        if (!contacts.empty()) {
            wakeFromAttract(now);
        }
        bool changed = panel.route(contacts, now);
        changed = interaction.handle(contacts) || changed;
        const bool touched = !contacts.empty();
        contacts.clear();
        // The script waits while the panel still shows earlier presses (a person looks before tapping on).
        while (!panel.busy() && pump.playScriptStep(now, allTargets, contacts)) {
            if (!contacts.empty()) {
                wakeFromAttract(now);
            }
            changed = panel.route(contacts, now) || changed;
            changed = interaction.handle(contacts) || changed;
            contacts.clear();
        }
        changed = interaction.update(now) || changed;
        changed = panel.update(now) || changed;
        if (panel.takeQuitRequest()) { // the facilitator quits: as SIGTERM, the loop finishes its frame
            platform::requestQuit();
        }
        if (panel.takeEndRequest()) { // the facilitator ended the session: archive it, start afresh
            const std::optional<std::int64_t> archived = session->archiveAndClear();
            if (session->startFresh()) {
                interactionSlot.emplace(*session, seats, gestureOptions, workshopOptions);
                spdlog::info("session {} ended and archived; a fresh session starts", archived.value_or(0));
            } else {
                spdlog::error("session {} was archived but a fresh session could not start",
                              archived.value_or(0));
            }
            changed = true;
        }
        if (attract.idleExpired(now) && !finishing) { // Exhibition: idle → archive, clear, invite
            const std::optional<std::int64_t> archived = session->archiveAndClear();
            interactionSlot.emplace(*session, seats, gestureOptions, workshopOptions);
            table::AttractPolicy policy;
            policy.workshopId = commandLine.run.workshop;
            policy.nowUnixS = std::chrono::duration_cast<std::chrono::seconds>(
                                  std::chrono::system_clock::now().time_since_epoch())
                                  .count();
            policy.allowRecent = config.attractShowRecent;
            policy.preferredId = config.attractSession;
            table::AttractReplay replay;
            replay.dataFile = session->databaseFile();
            replay.speed = config.attractSpeed;
            attract.begin(table::makeAttractSource(session->listSessions(), policy, session->board(), replay),
                          now);
            spdlog::info("attract loop: the table was idle {} s; session {} archived, inviting visitors",
                         config.idleTimeoutS, archived.value_or(0));
            changed = true;
        }
        if (changed || touched) {
            framesWanted = kFramesPerChange;
        }
        if (commandLine.run.quitAfterScript && pump.scriptDone() && !interaction.animating() &&
            !panel.busy() && !finishing) {
            finishing = true;
            framesWanted = 1;
        }
        if (framesWanted <= 0 && !frameLimit && !interaction.animating() && !attract.frameDue(now) &&
            !panel.animating(now)) {
            continue;
        }

        const PixelSize size = window.drawableSize();
        // The attract loop runs no phase: the banner keeps the title alone, the seats' timers are hidden.
        banner.phase = attract.active() ? std::string() : session->board().phase.name;
        banner.warning = storageWarning(*session, panel.language());
        if (!photoWarning.empty()) {
            banner.warning += (banner.warning.empty() ? "" : "\n") + photoWarning;
        }
        render::View view;
        view.surfaceMm = {surface.x, surface.y};
        view.viewportWidth = size.width;
        view.viewportHeight = size.height;
        imgui.beginFrame([&panel, &view] { panel.feedPointer(view); });
        ui::drawBanner(banner, panel.language(), static_cast<float>(size.width));
        warningUnseen = false;
        if (attract.active()) { // Exhibition: the attract loop's board under the invitation
            ui::drawInvitation(panel.language(), view);
            scene->draw(attract.board(now), view);
        } else {
            ui::drawWidgets(interaction.workshop().widgets(), view, panel.language());
            scene->draw(session->board(), view);
        }
        if (panel.draw(now, view, !attract.active())) {
            framesWanted = kFramesPerChange; // a press on the panel, or a tap still to show ImGui
        }
        for (const render::PhotoFailure& failure : textures->takeFailures()) {
            // The facilitator sees it on the banner from the next frame on; the log says which photo and why.
            for (const auto& [id, photo] : session->board().photos) {
                if (photo.assetHash == failure.hash) {
                    spdlog::error("photo {} (asset {}) cannot be shown: it {}", id, failure.hash,
                                  failure.problem.reason);
                }
            }
            photoWarning = std::string(core::text(panel.language(), core::TextId::PhotoCannotBeShown));
            warningUnseen = true;
        }

        imgui.endFrame();
        ++framesDrawn;
        framesWanted = std::max(0, framesWanted - 1);
        if (!settledOnce && !scene->needsAnotherFrame() && framesWanted == 0) {
            settledOnce = true;
            spdlog::info("the table is drawn ({} frames); waiting for touches", framesDrawn);
        }
        if (scene->needsAnotherFrame() || warningUnseen) {
            framesWanted = std::max(framesWanted, 1); // photos still loading, cards still painting
        }

        // A screenshot shows the table as a person would see it: photos loaded, cards painted (10 s at most).
        const bool settling =
            (scene->needsAnotherFrame() || warningUnseen) && session->nowMs() - startedMs < kSettleLimitMs;
        const bool lastFrame =
            !settling && ((frameLimit && framesDrawn >= *frameLimit) || (finishing && framesWanted == 0));
        if (settling && frameLimit && framesDrawn >= *frameLimit) {
            SDL_Delay(5);
        }
        if (lastFrame && commandLine.run.screenshot) {
            if (std::string problem =
                    render::saveScreenshot(*commandLine.run.screenshot, size.width, size.height);
                !problem.empty()) {
                spdlog::error("{}", problem);
                return 1;
            }
            spdlog::info("screenshot written to {}", commandLine.run.screenshot->string());
        }
        window.swap();
        if (framesDrawn == 1) { // Exhibition: the first frame is shown and input was polled
            const std::int64_t sinceStart = platform::msSinceProcessStart();
            spdlog::info("the table is interactive {} ms after the process started", sinceStart);
            notifier.ready("interactive " + std::to_string(sinceStart) + " ms after start");
        }
        quit = quit || lastFrame;
    }
    notifier.stopping();
    // The board's hash lets a test (or a technician) check that the log rebuilds exactly this board.
    spdlog::info("the table stops; {} frames drawn; board hash {}", framesDrawn,
                 core::boardHash(session->board()));
    return 0;
}

} // namespace atelier::cli

// The main loop: poll input, update, and render only when something changed or animates.
#include "platform/TableApp.hpp"

#include <SDL.h>
#include <algorithm>
#include <imgui.h>
#include <spdlog/spdlog.h>

#include "core/Catalogue.hpp"
#include "platform/ImGuiBackend.hpp"
#include "platform/Window.hpp"
#include "render/Screenshot.hpp"
#include "render/TableRenderer.hpp"
#include "ui/Banner.hpp"
#include "workshop/WorkshopDefinition.hpp"

namespace atelier::platform {
namespace {

/// ImGui needs a few frames after an input to settle its layout; each input asks for this many.
constexpr int kFramesPerChange = 3;
/// How long the idle loop sleeps in SDL_WaitEventTimeout before looking at timers again.
constexpr int kIdleWaitMs = 500;
/// The facilitator's text height on the surface, in millimetres (readable at arm's length).
constexpr double kUiTextHeightMm = 4.5;

WindowOptions windowOptions(const CommandLine& commandLine, const Config& config) {
    WindowOptions options;
    options.headless = commandLine.run.headless;
    options.fullscreen = config.fullscreen && !commandLine.run.windowed;
    options.vsync = config.vsync && !commandLine.run.headless;
    if (commandLine.run.size) {
        options.size = *commandLine.run.size;
    }
    return options;
}

float uiFontPixels(const Config& config, PixelSize drawable) {
    const double pixelsPerMm = drawable.width / config.displayWidthMm;
    return static_cast<float>(std::clamp(kUiTextHeightMm * pixelsPerMm * config.uiScale, 13.0, 96.0));
}

} // namespace

int runTable(const CommandLine& commandLine, const Config& config,
             const std::filesystem::path& resourceRoot) {
    const core::Language language = core::languageFromCode(config.language).value_or(core::Language::French);

    ui::BannerContent banner;
    const std::filesystem::path workshopFile = resourceRoot / "assets/demo/workshop.json";
    auto definition = workshop::loadWorkshopDefinition(workshopFile);
    if (auto* error = std::get_if<workshop::DefinitionError>(&definition)) {
        spdlog::error("{}", error->message);
        banner.title = std::string(core::text(language, core::TextId::NoWorkshop));
    } else {
        const auto& workshop = std::get<workshop::WorkshopDefinition>(definition);
        banner.title = workshop.title;
        banner.question = workshop.question;
        banner.phase = workshop.phases.front().name;
    }

    auto opened = Window::open(windowOptions(commandLine, config));
    if (auto* error = std::get_if<WindowError>(&opened)) {
        spdlog::critical("{}", error->message);
        return 1;
    }
    Window& window = std::get<Window>(opened);
    ImGuiBackend imgui(window, uiFontPixels(config, window.drawableSize()));
    if (!imgui.fontProblem().empty()) {
        spdlog::warn("{}", imgui.fontProblem());
    }
    render::TableRenderer table;

    const std::optional<int> frameLimit = commandLine.run.frames;
    int framesDrawn = 0;
    int framesWanted = kFramesPerChange;
    bool quit = false;
    while (!quit) {
        SDL_Event event;
        bool haveEvent = false;
        if (framesWanted > 0 || frameLimit) {
            haveEvent = SDL_PollEvent(&event) != 0;
        } else {
            haveEvent = SDL_WaitEventTimeout(&event, kIdleWaitMs) != 0;
        }
        while (haveEvent) {
            if (event.type == SDL_QUIT) {
                quit = true;
            } else if (event.type == SDL_WINDOWEVENT || event.type == SDL_KEYDOWN ||
                       event.type == SDL_KEYUP || event.type == SDL_TEXTINPUT ||
                       event.type == SDL_MOUSEMOTION || event.type == SDL_MOUSEBUTTONDOWN ||
                       event.type == SDL_MOUSEBUTTONUP || event.type == SDL_MOUSEWHEEL) {
                imgui.processEvent(event);
                framesWanted = kFramesPerChange;
            }
            haveEvent = SDL_PollEvent(&event) != 0;
        }
        if (quit || (framesWanted <= 0 && !frameLimit)) {
            continue;
        }

        const PixelSize size = window.drawableSize();
        imgui.beginFrame();
        ui::drawBanner(banner, language, static_cast<float>(size.width));
        table.draw(size.width, size.height);
        imgui.endFrame();
        ++framesDrawn;
        framesWanted = std::max(0, framesWanted - 1);

        const bool lastFrame = frameLimit && framesDrawn >= *frameLimit;
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
        quit = quit || lastFrame;
    }
    spdlog::info("the table stops; {} frames drawn", framesDrawn);
    return 0;
}

} // namespace atelier::platform

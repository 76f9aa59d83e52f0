// Dispatches the `atelier` subcommands after reading the config.
#include "cli/Main.hpp"

#include <filesystem>
#include <iostream>
#include <optional>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include "cli/BenchCommand.hpp"
#include "cli/CheckCommand.hpp"
#include "cli/Config.hpp"
#include "cli/ExportCommand.hpp"
#include "cli/ImportCommand.hpp"
#include "cli/Options.hpp"
#include "cli/PinCommand.hpp"
#include "cli/ReplayCommand.hpp"
#include "cli/Retention.hpp"
#include "cli/RunCommand.hpp"
#include "cli/SessionsCommand.hpp"
#include "cli/WorkshopsCommand.hpp"
#include "platform/Logging.hpp"
#include "platform/Paths.hpp"
#include "platform/TerminalEcho.hpp"

namespace atelier::cli {
namespace {

/// Where shaders/, assets/ and kiosk-config/ are, or nothing (the reason logged) when they cannot be found.
std::optional<std::filesystem::path> findResources() {
    auto resources = platform::findResourceRoot();
    if (auto* error = std::get_if<platform::PathError>(&resources)) {
        spdlog::critical("{}", error->message);
        return std::nullopt;
    }
    spdlog::debug("shaders and assets from {}", std::get<std::filesystem::path>(resources).string());
    return std::get<std::filesystem::path>(std::move(resources));
}

} // namespace

int atelierMain(int argc, char** argv) {
    auto parsed = parseCommandLine(argc, argv);
    if (auto* early = std::get_if<EarlyExit>(&parsed)) {
        (early->code == 0 ? std::cout : std::cerr) << early->text;
        return early->code;
    }
    const CommandLine& commandLine = std::get<CommandLine>(parsed);

    auto configFile = platform::findConfigFile(commandLine.config);
    if (auto* error = std::get_if<platform::PathError>(&configFile)) {
        std::cerr << "atelier: " << error->message << '\n';
        return 2;
    }
    auto loaded = loadConfig(std::get<std::filesystem::path>(configFile));
    if (auto* error = std::get_if<ConfigError>(&loaded)) {
        std::cerr << "atelier: " << error->message << '\n';
        return 2;
    }
    const Config& config = std::get<Config>(loaded);
    const bool stdoutIsData =
        ((commandLine.command == Command::Run || commandLine.command == Command::Replay) &&
         commandLine.run.listTargets) ||
        (commandLine.command == Command::Sessions && commandLine.sessions.json) ||
        (commandLine.command == Command::Workshops && commandLine.workshops.json) ||
        commandLine.command == Command::Pin;
    platform::setUpLogging(config.logLevel, stdoutIsData);
    spdlog::debug("config read from {}", config.source.string());

    const std::filesystem::path dataDir = platform::resolveDataDir(commandLine.data, config.dataDir);

    switch (commandLine.command) {
    case Command::Run: {
        const auto resources = findResources();
        if (!resources) {
            return 1;
        }
        return runTable(commandLine, config, *resources, dataDir);
    }
    case Command::Sessions:
        return listSessionsCommand(dataDir, commandLine.sessions.json);
    case Command::Replay: {
        const auto resources = findResources();
        if (!resources) {
            return 1;
        }
        return replayCommand(commandLine, config, *resources, dataDir);
    }
    case Command::Export: {
        const auto resources = findResources();
        if (!resources) {
            return 1;
        }
        return exportCommand(commandLine, config, *resources, dataDir);
    }
    case Command::Import:
        return importCommand(
            ImportRequest{commandLine.import.photos, commandLine.import.workshop, dataDir,
                          core::Vec2{config.displayWidthMm, config.displayHeightMm},
                          table::ImportSettings{config.importMaxMegapixels, commandLine.import.page, {}}});
    case Command::Check:
        return checkCommand(dataDir, commandLine.check.repair, commandLine.check.compact);
    case Command::Purge:
        return purgeCommand(dataDir, commandLine.purge.olderThanDays);
    case Command::Pin: {
        const platform::TerminalEchoOff noEcho(STDIN_FILENO); // the PIN is not shown as it is typed
        return pinCommand(std::cin, std::cout, std::cerr,
                          commandLine.pin.set ? std::optional(config.source) : std::nullopt);
    }
    case Command::Workshops:
        return listWorkshopsCommand(dataDir, commandLine.workshops.json);
    case Command::WorkshopExport:
        return exportWorkshopCommand(dataDir, commandLine.workshops.id, commandLine.workshops.file);
    case Command::WorkshopImport:
        return importWorkshopCommand(dataDir, commandLine.workshops.file);
    case Command::Bench: {
        const auto resources = findResources();
        if (!resources) {
            return 1;
        }
        return benchCommand(commandLine.bench, *resources);
    }
    }
    return 1;
}

} // namespace atelier::cli

// Dispatches the `atelier` subcommands after reading the config.
#include "platform/Main.hpp"

#include <iostream>
#include <spdlog/spdlog.h>

#include "platform/BenchCommand.hpp"
#include "platform/CommandLine.hpp"
#include "platform/Commands.hpp"
#include "platform/Config.hpp"
#include "platform/ExportCommand.hpp"
#include "platform/ImportCommand.hpp"
#include "platform/Logging.hpp"
#include "platform/Paths.hpp"
#include "platform/PinCommand.hpp"
#include "platform/ReplayCommand.hpp"
#include "platform/TableApp.hpp"

namespace atelier::platform {
int atelierMain(int argc, char** argv) {
    auto parsed = parseCommandLine(argc, argv);
    if (auto* early = std::get_if<EarlyExit>(&parsed)) {
        (early->code == 0 ? std::cout : std::cerr) << early->text;
        return early->code;
    }
    const CommandLine& commandLine = std::get<CommandLine>(parsed);

    auto configFile = findConfigFile(commandLine.config);
    if (auto* error = std::get_if<PathError>(&configFile)) {
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
        (commandLine.command == Command::Sessions && commandLine.json) || commandLine.command == Command::Pin;
    setUpLogging(config.logLevel, stdoutIsData);
    spdlog::debug("config read from {}", config.source.string());

    const std::filesystem::path dataDir = resolveDataDir(commandLine.data, config.dataDir);

    switch (commandLine.command) {
    case Command::Run: {
        auto resources = findResourceRoot();
        if (auto* error = std::get_if<PathError>(&resources)) {
            spdlog::critical("{}", error->message);
            return 1;
        }
        spdlog::debug("shaders and assets from {}", std::get<std::filesystem::path>(resources).string());
        return runTable(commandLine, config, std::get<std::filesystem::path>(resources), dataDir);
    }
    case Command::Sessions:
        return listSessionsCommand(dataDir, commandLine.json);
    case Command::Replay: {
        auto resources = findResourceRoot();
        if (auto* error = std::get_if<PathError>(&resources)) {
            spdlog::critical("{}", error->message);
            return 1;
        }
        return replayCommand(commandLine, config, std::get<std::filesystem::path>(resources), dataDir);
    }
    case Command::Export: {
        auto resources = findResourceRoot();
        if (auto* error = std::get_if<PathError>(&resources)) {
            spdlog::critical("{}", error->message);
            return 1;
        }
        return exportCommand(commandLine, config, std::get<std::filesystem::path>(resources), dataDir);
    }
    case Command::Import:
        return importCommand(ImportRequest{commandLine.photos, commandLine.workshop, dataDir,
                                           core::Vec2{config.displayWidthMm, config.displayHeightMm}});
    case Command::Check:
        return checkCommand(dataDir, commandLine.repair);
    case Command::Pin:
        return pinCommand(std::cin, std::cout, std::cerr,
                          commandLine.pinSet ? std::optional(config.source) : std::nullopt);
    case Command::Bench: {
        auto resources = findResourceRoot();
        if (auto* error = std::get_if<PathError>(&resources)) {
            spdlog::critical("{}", error->message);
            return 1;
        }
        return benchCommand(BenchOptions{commandLine.scenario, commandLine.benchJson, commandLine.benchCards,
                                         commandLine.benchStrokes, commandLine.benchFrames},
                            std::get<std::filesystem::path>(resources));
    }
    }
    return 1;
}

} // namespace atelier::platform

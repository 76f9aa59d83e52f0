// Dispatches the `atelier` subcommands after reading the config.
#include "platform/Main.hpp"

#include <iostream>
#include <spdlog/spdlog.h>

#include "platform/CommandLine.hpp"
#include "platform/Config.hpp"
#include "platform/Logging.hpp"
#include "platform/Paths.hpp"
#include "platform/TableApp.hpp"

namespace atelier::platform {
namespace {

int notYet(const char* what) {
    std::cerr << "atelier: '" << what << "' is not available in this version yet.\n";
    return 1;
}

} // namespace

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
    setUpLogging(config.logLevel);
    spdlog::debug("config read from {}", config.source.string());

    switch (commandLine.command) {
    case Command::Run: {
        auto resources = findResourceRoot();
        if (auto* error = std::get_if<PathError>(&resources)) {
            spdlog::critical("{}", error->message);
            return 1;
        }
        return runTable(commandLine, config, std::get<std::filesystem::path>(resources));
    }
    case Command::Sessions:
        return notYet("sessions");
    case Command::Replay:
        return notYet("replay");
    case Command::Export:
        return notYet("export");
    case Command::Import:
        return notYet("import");
    case Command::Check:
        return notYet("check");
    case Command::Bench:
        return notYet("bench");
    }
    return 1;
}

} // namespace atelier::platform

// `atelier export SESSION ...`: a session's results as files, made headless.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <variant>

#include "cli/Config.hpp"
#include "cli/Options.hpp"
#include "platform/BoardStage.hpp"

namespace atelier::cli {

/// Writes the one export asked for (PNG, JSON, CSV, HTML report, video or standalone data file);
/// returns the exit code (0 done, 1 the export failed, 2 a bad argument), with a sentence on failure.
int exportCommand(const CommandLine& commandLine, const Config& config,
                  const std::filesystem::path& resourceRoot, const std::filesystem::path& dataDir);

/// The table the replay and export stages stand for, from the config.
platform::StageSetup stageSetup(const Config& config);

/// The session id written on the command line, or nothing when it is not a positive whole number.
std::optional<std::int64_t> parseSessionId(const std::string& text);

/// A session id and an optional --at time (milliseconds) as `replay` and `export` take them.
struct SessionMoment {
    std::int64_t session = 0;
    std::optional<std::int64_t> atMs;
};

/// SESSION and --at from the command line, or the exit code 2 after a sentence saying what is wrong.
std::variant<SessionMoment, int> parseSessionMoment(const std::string& session,
                                                    const std::optional<std::string>& at);

} // namespace atelier::cli

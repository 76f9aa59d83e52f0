// The `atelier` command line (DESIGN.md "Command line"): what the person asked the program to do.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace atelier::platform {

/// Which of the subcommands was asked for; `run` when none is named.
enum class Command { Run, Sessions, Replay, Export, Import, Check, Bench, Pin };

/// Pixel size of the window or offscreen surface.
struct PixelSize {
    int width = 0;
    int height = 0;
};

/// Options of `atelier run` (also accepted without the word `run`).
struct RunOptions {
    bool windowed = false;
    bool headless = false;
    std::optional<PixelSize> size;
    std::string workshop = "demo";
    std::string session = "resume";
    std::optional<std::filesystem::path> inputScript;
    bool quitAfterScript = false;
    bool listTargets = false;
    std::optional<int> frames;
    std::optional<std::filesystem::path> screenshot;
};

/// Options of `atelier export`: exactly one output kind.
struct ExportOptions {
    std::string session;
    std::optional<std::filesystem::path> png, json, csv, html, video;
    std::optional<std::filesystem::path> sqlite; ///< a standalone data file holding only this session
    std::optional<std::string> at;
};

/// Everything parsed from argv.
struct CommandLine {
    Command command = Command::Run;
    std::optional<std::filesystem::path> config;
    std::optional<std::filesystem::path> data;
    RunOptions run;
    bool json = false;
    std::string session;
    double speed = 1.0;
    std::optional<std::string> at;
    bool trails = false; ///< replay: start with the touch trails shown
    bool heat = false;   ///< replay: start with the heat map shown
    ExportOptions exportOptions;
    std::vector<std::filesystem::path> photos;
    std::optional<std::string> workshop;
    bool repair = false;
    std::optional<std::string> scenario;
    std::optional<std::filesystem::path> benchJson;
    std::optional<int> benchCards;
    std::optional<int> benchStrokes;
    std::optional<int> benchFrames;
    /// `atelier pin --set`: write the new PIN's hash into the config file rather than print it.
    bool pinSet = false;
};

/// The program should stop now with this code after printing this text (help, or a usage error).
struct EarlyExit {
    int code = 0;
    std::string text;
};

/// Parses argv; usage errors become an EarlyExit with code 2 and a sentence naming the problem.
std::variant<CommandLine, EarlyExit> parseCommandLine(int argc, const char* const* argv);

} // namespace atelier::platform

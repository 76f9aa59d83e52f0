// The `atelier` command line (README.md): what the person asked the program to do.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "platform/PixelSize.hpp"

namespace atelier::cli {

/// Which of the subcommands was asked for; `run` when none is named.
enum class Command {
    Run,
    Sessions,
    Replay,
    Export,
    Import,
    Check,
    Purge,
    Bench,
    Pin,
    Workshops,
    WorkshopExport,
    WorkshopImport
};

using platform::PixelSize;

/// Options of `atelier run` (also accepted without the word `run`).
struct RunOptions {
    bool windowed = false;
    bool headless = false;
    std::optional<PixelSize> size;
    std::string workshop; ///< "" until resolved: --workshop, else the config's [table] workshop
    std::string session = "resume";
    std::optional<std::filesystem::path> inputScript;
    bool quitAfterScript = false;
    bool listTargets = false;
    std::optional<int> frames;
    std::optional<std::filesystem::path> screenshot;
    std::optional<std::filesystem::path> legibility; ///< the last frame's texts and targets in mm (tests)
};

/// Options of `atelier sessions`.
struct SessionsOptions {
    bool json = false; ///< one JSON object per line instead of a table
};

/// Options of `atelier replay SESSION` (its window, script and screenshot options are in RunOptions).
struct ReplayOptions {
    std::string session;
    double speed = 1.0;
    std::optional<std::string> at;
    bool trails = false; ///< start with the touch trails shown
    bool heat = false;   ///< start with the heat map shown
};

/// Options of `atelier export`: exactly one output kind.
struct ExportOptions {
    std::string session;
    std::optional<std::filesystem::path> png, json, csv, html, video;
    std::optional<std::filesystem::path> sqlite;    ///< a standalone data file holding only this session
    std::optional<std::filesystem::path> boardJson; ///< the board (end or --at) as the snapshots' JSON
    std::optional<std::filesystem::path> geojson;   ///< strokes and cards on georeferenced photos, WGS 84
    std::optional<std::filesystem::path> decidim;   ///< Decidim proposals, .csv or .json by extension
    std::optional<std::string> at;
    std::optional<std::filesystem::path> phases; ///< a folder: one PNG per phase, the board at its end
    bool progress = false; ///< print "progress N/M" lines as pictures are drawn (the panel reads them)
    std::optional<std::string>
        language; ///< "fr" or "en": the report's and Decidim's words (else the config's)
};

/// Options of `atelier workshops` and `atelier workshop export ID F` / `import F`.
struct WorkshopsOptions {
    bool json = false;          ///< `workshops --json`: one JSON object per line
    std::string id;             ///< `workshop export`: the workshop to write
    std::filesystem::path file; ///< the workshop file written or read
};

/// Options of `atelier import PHOTO...`.
struct ImportOptions {
    std::vector<std::filesystem::path> photos;
    std::optional<std::string> workshop;
    int page = 1; ///< the page of a PDF plan
};

/// Options of `atelier check`.
struct CheckOptions {
    bool repair = false;
    bool compact = false; ///< thin ended sessions' snapshots and give the space back (VACUUM)
};

/// Options of `atelier purge`.
struct PurgeOptions {
    /// Sessions that ended more than this many days ago go.
    int olderThanDays = 0;
};

/// Options of `atelier bench`; unset fields take the scenario's own values.
struct BenchOptions {
    std::optional<std::string> scenario;       ///< "table-4k" or "drag-1080"; both when unset
    std::optional<std::filesystem::path> json; ///< also write the figures there
    std::optional<int> cards;                  ///< grow or shrink the scene (drag-1080: 100, 300, 1000)
    std::optional<int> strokes;
    std::optional<int> frames; ///< measured frames (table-4k: 300 after loading; drag-1080: 240)
    bool fullRedraw = false;   ///< draw every frame whole (what frames cost before partial presents)
};

/// Options of `atelier pin`.
struct PinOptions {
    /// Write the new PIN's hash into the config file rather than print it.
    bool set = false;
};

/// Everything parsed from argv: the global options, and the options of the subcommand asked for.
struct CommandLine {
    Command command = Command::Run;
    std::optional<std::filesystem::path> config;
    std::optional<std::filesystem::path> data;
    RunOptions run; ///< `run`; its window, script and screenshot options serve `replay` and `export` too
    SessionsOptions sessions;
    ReplayOptions replay;
    ExportOptions exportOptions;
    ImportOptions import;
    CheckOptions check;
    PurgeOptions purge;
    BenchOptions bench;
    PinOptions pin;
    WorkshopsOptions workshops;
};

/// The program should stop now with this code after printing this text (help, or a usage error).
struct EarlyExit {
    int code = 0;
    std::string text;
};

/// Parses argv; usage errors become an EarlyExit with code 2 and a sentence naming the problem.
std::variant<CommandLine, EarlyExit> parseCommandLine(int argc, const char* const* argv);

} // namespace atelier::cli

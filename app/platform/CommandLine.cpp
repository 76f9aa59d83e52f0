// Builds the `atelier` command line with CLI11 and turns it into a CommandLine value.
#include "platform/CommandLine.hpp"

#include <CLI/CLI.hpp>
#include <sstream>

namespace atelier::platform {
namespace {

std::optional<PixelSize> parseSize(const std::string& text) {
    PixelSize size;
    char separator = 0;
    std::istringstream in(text);
    if (!(in >> size.width >> separator >> size.height) || (separator != 'x' && separator != 'X') ||
        !in.eof() || size.width < 64 || size.height < 64 || size.width > 16384 || size.height > 16384) {
        return std::nullopt;
    }
    return size;
}

void addRunOptions(CLI::App& app, CommandLine& line, std::string& sizeText) {
    RunOptions& run = line.run;
    app.add_flag("--windowed", run.windowed, "Open a window instead of going full screen");
    app.add_flag("--headless", run.headless,
                 "No display: render offscreen (EGL), for tests, export and bench");
    app.add_option("--size", sizeText, "Window or offscreen size in pixels, WxH (e.g. 1920x1080)");
    app.add_option("--workshop", run.workshop, "Workshop to open: demo or a workshop id")
        ->capture_default_str();
    app.add_option("--session", run.session, "new, resume (the live session, else a new one) or a session id")
        ->capture_default_str();
    app.add_option("--input-script", run.inputScript, "Play touches from a JSON-lines script");
    app.add_flag("--quit-after-script", run.quitAfterScript, "Quit when the input script has played");
    app.add_flag("--list-targets", run.listTargets, "Print the named touch targets as JSON lines and exit");
    app.add_option("--frames", run.frames, "Render this many frames, then quit")
        ->check(CLI::Range(1, 1000000));
    app.add_option("--screenshot", run.screenshot, "Write the last rendered frame to this PNG file");
}

} // namespace

std::variant<CommandLine, EarlyExit> parseCommandLine(int argc, const char* const* argv) {
    CommandLine line;
    std::string sizeText;
    CLI::App app{"Atelier: the software of a multi-touch table for participatory design workshops.",
                 "atelier"};
    app.set_help_all_flag("--help-all", "Show the options of every subcommand");
    app.require_subcommand(0, 1);
    app.add_option("--config", line.config,
                   "Config file (default: /etc/atelier/atelier.toml, else the bundled one)");
    app.add_option("--data", line.data,
                   "Data directory holding atelier.db (default: the config's, else $XDG_DATA_HOME/atelier)");
    addRunOptions(app, line, sizeText);

    CLI::App* run = app.add_subcommand("run", "Start the table (the default when no subcommand is given)");
    run->fallthrough();

    CLI::App* sessions = app.add_subcommand("sessions", "List the recorded sessions");
    sessions->add_flag("--json", line.json, "One JSON object per line instead of a table");

    CLI::App* replay = app.add_subcommand("replay", "Replay a recorded session on the table");
    replay->add_option("session", line.session, "Session id")->required();
    replay->add_option("--speed", line.speed, "Playback speed, 1 = real time (0.5 to 32)")
        ->check(CLI::Range(0.5, 32.0));
    replay->add_option("--at", line.at, "Start at this time of the session, HH:MM:SS");
    replay->add_flag("--trails", line.trails, "Show where items were dragged in the last 3 seconds");
    replay->add_flag("--heat", line.heat, "Show a heat map of where items were dragged so far");
    replay->fallthrough(); // --headless, --size, --frames, --screenshot, --windowed as for run

    CLI::App* exporter = app.add_subcommand("export", "Export a session's results");
    ExportOptions& out = line.exportOptions;
    exporter->add_option("session", out.session, "Session id")->required();
    CLI::Option_group* kinds = exporter->add_option_group("output", "What to write");
    kinds->add_option("--png", out.png, "The board as a picture");
    kinds->add_option("--json", out.json, "Cards, clusters and votes as JSON");
    kinds->add_option("--csv", out.csv, "One line per card");
    kinds->add_option("--html", out.html, "A report folder");
    kinds->add_option("--video", out.video, "A video of the session");
    kinds->add_option("--sqlite", out.sqlite, "A data file holding only this session, to replay elsewhere");
    kinds->require_option(1);
    exporter->add_option("--at", out.at, "Time of the session for --png, HH:MM:SS");
    exporter->fallthrough(); // --size for the pictures

    CLI::App* import =
        app.add_subcommand("import", "Check photos and place them on the live session's table");
    import->add_option("photos", line.photos, "Photo files")->required();
    import->add_option("--workshop", line.workshop, "Workshop id (default: the live session's)");

    CLI::App* check = app.add_subcommand("check", "Check the data file's integrity");
    check->add_flag("--repair", line.repair, "Repair what can be repaired, keeping the original aside");

    CLI::App* bench = app.add_subcommand("bench", "Measure frame and storage times");
    bench->add_option("--scenario", line.scenario, "Run only this scenario");
    bench->add_option("--json", line.benchJson, "Write the figures to this JSON file");
    bench->add_option("--cards", line.benchCards, "Cards in the scene (drag-1080: 100, 300, 1000)")
        ->check(CLI::Range(0, 100000));
    bench->add_option("--strokes", line.benchStrokes, "Strokes in the scene")->check(CLI::Range(0, 100000));
    bench->add_option("--frames", line.benchFrames, "Frames measured per scenario")
        ->check(CLI::Range(1, 100000));

    // --- Facilitator PIN (issue 8)
    CLI::App* pin =
        app.add_subcommand("pin", "Read a new facilitator PIN from stdin and print its salted hash");
    pin->add_flag("--set", line.pinSet,
                  "Write the hash into the config file (--config, else the one in use)");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        std::ostringstream text;
        const int code = app.exit(error, text, text);
        return EarlyExit{code == 0 ? 0 : 2, text.str()};
    }

    if (!sizeText.empty()) {
        line.run.size = parseSize(sizeText);
        if (!line.run.size) {
            return EarlyExit{2, "--size must look like 1920x1080 (64 to 16384 pixels each way), not '" +
                                    sizeText + "'.\n"};
        }
    }
    const std::pair<CLI::App*, Command> commands[] = {
        {sessions, Command::Sessions}, {replay, Command::Replay}, {exporter, Command::Export},
        {import, Command::Import},     {check, Command::Check},   {bench, Command::Bench},
        {pin, Command::Pin},
    };
    for (const auto& [subcommand, command] : commands) {
        if (subcommand->parsed()) {
            line.command = command;
        }
    }
    if (line.run.screenshot && !line.run.frames && !line.run.quitAfterScript) {
        line.run.frames = 1;
    }
    return line;
}

} // namespace atelier::platform

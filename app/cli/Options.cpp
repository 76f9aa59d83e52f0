// Builds the `atelier` command line with CLI11 and turns it into a CommandLine value.
#include "cli/Options.hpp"

#include <CLI/CLI.hpp>
#include <sstream>

namespace atelier::cli {
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

/// --config and --data: every subcommand takes them, before or after its name.
void addGlobalOptions(CLI::App& app, CommandLine& line) {
    app.add_option("--config", line.config,
                   "Config file (default: /etc/atelier/atelier.toml, else the bundled one)");
    app.add_option("--data", line.data,
                   "Data directory holding atelier.db (default: the config's, else $XDG_DATA_HOME/atelier)");
}

/// Where and how long the table is drawn: `run`, `replay` (and --size, --headless for `export`).
void addDisplayOptions(CLI::App& app, RunOptions& run, std::string& sizeText) {
    app.add_flag("--windowed", run.windowed, "Open a window instead of going full screen");
    app.add_flag("--headless", run.headless,
                 "No display: render offscreen (EGL), for tests, export and bench");
    app.add_option("--size", sizeText, "Window or offscreen size in pixels, WxH (e.g. 1920x1080)");
    app.add_option("--frames", run.frames, "Render this many frames, then quit")
        ->check(CLI::Range(1, 1000000));
    app.add_option("--screenshot", run.screenshot, "Write the last rendered frame to this PNG file");
    app.add_option(
        "--legibility", run.legibility,
        "Write the last frame's texts (cap height, colours) and touch targets, in mm, to this file");
}

/// Touches played from a file and the named targets they may aim at: `run` and `replay`.
void addScriptOptions(CLI::App& app, RunOptions& run) {
    app.add_option("--input-script", run.inputScript, "Play touches from a JSON-lines script");
    app.add_flag("--quit-after-script", run.quitAfterScript, "Quit when the input script has played");
    app.add_flag("--list-targets", run.listTargets, "Print the named touch targets as JSON lines and exit");
}

/// Everything `atelier run` takes (also accepted without the word `run`).
void addRunOptions(CLI::App& app, CommandLine& line, std::string& sizeText) {
    addGlobalOptions(app, line);
    addDisplayOptions(app, line.run, sizeText);
    addScriptOptions(app, line.run);
    app.add_option("--workshop", line.run.workshop,
                   "Workshop to open: demo, exhibition or a workshop id (default: the config's [table] "
                   "workshop, \"demo\" unless set)");
    app.add_option("--session", line.run.session,
                   "new, resume (the live session, else a new one) or a session id")
        ->capture_default_str();
}

CLI::App* addSessions(CLI::App& app, CommandLine& line) {
    CLI::App* sessions = app.add_subcommand("sessions", "List the recorded sessions");
    addGlobalOptions(*sessions, line);
    sessions->add_flag("--json", line.sessions.json, "One JSON object per line instead of a table");
    return sessions;
}

CLI::App* addReplay(CLI::App& app, CommandLine& line, std::string& sizeText) {
    CLI::App* replay = app.add_subcommand("replay", "Replay a recorded session on the table");
    ReplayOptions& play = line.replay;
    addGlobalOptions(*replay, line);
    replay->add_option("session", play.session, "Session id")->required();
    replay->add_option("--speed", play.speed, "Playback speed, 1 = real time (0.5 to 32)")
        ->check(CLI::Range(0.5, 32.0));
    replay->add_option("--at", play.at, "Start at this time of the session, HH:MM:SS");
    replay->add_flag("--trails", play.trails, "Show where items were dragged in the last 3 seconds");
    replay->add_flag("--heat", play.heat, "Show a heat map of where items were dragged so far");
    addDisplayOptions(*replay, line.run, sizeText);
    addScriptOptions(*replay, line.run);
    return replay;
}

CLI::App* addExport(CLI::App& app, CommandLine& line, std::string& sizeText) {
    CLI::App* exporter = app.add_subcommand("export", "Export a session's results");
    ExportOptions& out = line.exportOptions;
    addGlobalOptions(*exporter, line);
    exporter->add_option("session", out.session, "Session id")->required();
    CLI::Option_group* kinds = exporter->add_option_group("output", "What to write");
    kinds->add_option("--png", out.png, "The board as a picture");
    kinds->add_option("--json", out.json, "Cards, clusters and votes as JSON");
    kinds->add_option("--csv", out.csv, "One line per card");
    kinds->add_option("--html", out.html, "A report folder");
    kinds->add_option("--video", out.video, "A video of the session");
    kinds->add_option("--phases", out.phases, "A folder of pictures: the board at the end of each phase");
    kinds->add_option("--sqlite", out.sqlite, "A data file holding only this session, to replay elsewhere");
    kinds->add_option("--board-json", out.boardJson, "The board at the end (or --at) as JSON");
    kinds->add_option("--geojson", out.geojson, "Sketches and cards on photos placed on the map, as GeoJSON");
    kinds->add_option("--decidim", out.decidim, "Cards and clusters as Decidim proposals (F.csv or F.json)");
    kinds->require_option(1);
    exporter->add_option("--at", out.at, "Time of the session for --png and --board-json, HH:MM:SS");
    exporter->add_flag("--progress", out.progress,
                       "Print a line \"progress N/M\" as each picture or video frame is drawn");
    exporter->add_option("--size", sizeText, "Picture size in pixels, WxH (default 1920 wide)");
    exporter
        ->add_option("--language", out.language,
                     "fr or en: the words of the report and of Decidim's "
                     "columns (default: the config's language)")
        ->check(CLI::IsMember({"fr", "en"}));
    exporter->add_flag("--headless", line.run.headless,
                       "Accepted for symmetry: exports always render offscreen");
    return exporter;
}

CLI::App* addImport(CLI::App& app, CommandLine& line) {
    CLI::App* import =
        app.add_subcommand("import", "Check photos and place them on the live session's table");
    addGlobalOptions(*import, line);
    import->add_option("photos", line.import.photos, "Photo files")->required();
    import->add_option("--workshop", line.import.workshop, "Workshop id (default: the live session's)");
    import->add_option("--page", line.import.page, "The page of a PDF plan to import (default 1)")
        ->check(CLI::Range(1, 100000));
    return import;
}

CLI::App* addWorkshops(CLI::App& app, CommandLine& line) {
    CLI::App* workshops = app.add_subcommand("workshops", "List the workshops on this table");
    addGlobalOptions(*workshops, line);
    workshops->add_flag("--json", line.workshops.json, "One JSON object per line instead of a table");
    return workshops;
}

/// `atelier workshop export ID F` and `atelier workshop import F`: the parent and its two subcommands.
std::pair<CLI::App*, CLI::App*> addWorkshop(CLI::App& app, CommandLine& line) {
    CLI::App* workshop =
        app.add_subcommand("workshop", "Carry a workshop (definition and photos) between tables");
    addGlobalOptions(*workshop, line);
    workshop->require_subcommand(1);
    CLI::App* exporter = workshop->add_subcommand("export", "Write a workshop and its photos to one file");
    addGlobalOptions(*exporter, line);
    exporter->add_option("id", line.workshops.id, "Workshop id (see `atelier workshops`)")->required();
    exporter->add_option("file", line.workshops.file, "The workshop file to write")->required();
    CLI::App* importer = workshop->add_subcommand("import", "Read a workshop file into this table's library");
    addGlobalOptions(*importer, line);
    importer->add_option("file", line.workshops.file, "The workshop file to read")->required();
    return {exporter, importer};
}

CLI::App* addCheck(CLI::App& app, CommandLine& line) {
    CLI::App* check = app.add_subcommand("check", "Check the data file's integrity");
    addGlobalOptions(*check, line);
    check->add_flag("--repair", line.check.repair, "Repair what can be repaired, keeping the original aside");
    check->add_flag("--compact", line.check.compact,
                    "Keep fewer snapshots of ended sessions and give the freed space back to the disk");
    return check;
}

CLI::App* addPurge(CLI::App& app, CommandLine& line) {
    CLI::App* purge =
        app.add_subcommand("purge", "Delete sessions that ended long ago, and the photos only they used");
    addGlobalOptions(*purge, line);
    purge->add_option("--older-than", line.purge.olderThanDays, "Days since the session ended")
        ->required()
        ->check(CLI::Range(0, 36500));
    return purge;
}

CLI::App* addBench(CLI::App& app, CommandLine& line) {
    CLI::App* bench = app.add_subcommand("bench", "Measure frame and storage times");
    BenchOptions& measure = line.bench;
    addGlobalOptions(*bench, line);
    bench->add_option("--scenario", measure.scenario, "Run only this scenario");
    bench->add_option("--json", measure.json, "Write the figures to this JSON file");
    bench->add_option("--cards", measure.cards, "Cards in the scene (drag-1080: 100, 300, 1000)")
        ->check(CLI::Range(0, 100000));
    bench->add_option("--strokes", measure.strokes, "Strokes in the scene")->check(CLI::Range(0, 100000));
    bench->add_option("--frames", measure.frames, "Frames measured per scenario")
        ->check(CLI::Range(1, 100000));
    bench->add_flag("--full-redraw", measure.fullRedraw,
                    "Draw every frame whole, even where the back buffer keeps the last one");
    return bench;
}

CLI::App* addPin(CLI::App& app, CommandLine& line) {
    CLI::App* pin =
        app.add_subcommand("pin", "Read a new facilitator PIN from stdin and print its salted hash");
    addGlobalOptions(*pin, line);
    pin->add_flag("--set", line.pin.set,
                  "Write the hash into the config file (--config, else the one in use)");
    return pin;
}

/// The usage error as one sentence that names what was wrong and where help is.
EarlyExit usageError(const CLI::App& app, const CLI::ParseError& error) {
    std::string where = "atelier";
    for (const CLI::App* sub : app.get_subcommands()) {
        where += " " + sub->get_name();
    }
    std::string problem = error.what();
    if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) {
        const std::string::size_type colon = problem.find(": ");
        const std::string extras = colon == std::string::npos ? problem : problem.substr(colon + 2);
        problem = (extras.rfind('-', 0) == 0 ? "unknown option " : "unexpected argument ") + extras;
    }
    while (!problem.empty() && (problem.back() == '.' || problem.back() == '\n')) {
        problem.pop_back();
    }
    return EarlyExit{2, where + ": " + problem + " (`" + where + " --help` lists what it takes).\n"};
}

} // namespace

std::variant<CommandLine, EarlyExit> parseCommandLine(int argc, const char* const* argv) {
    CommandLine line;
    std::string sizeText;
    CLI::App app{"Atelier: the software of a multi-touch table for participatory design workshops.",
                 "atelier"};
    app.set_help_all_flag("--help-all", "Show the options of every subcommand");
    app.require_subcommand(0, 1);
    addRunOptions(app, line, sizeText);

    CLI::App* run = app.add_subcommand("run", "Start the table (the default when no subcommand is given)");
    addRunOptions(*run, line, sizeText);

    const std::pair<CLI::App*, Command> commands[] = {
        {addSessions(app, line), Command::Sessions},
        {addReplay(app, line, sizeText), Command::Replay},
        {addExport(app, line, sizeText), Command::Export},
        {addImport(app, line), Command::Import},
        {addCheck(app, line), Command::Check},
        {addPurge(app, line), Command::Purge},
        {addBench(app, line), Command::Bench},
        {addPin(app, line), Command::Pin},
        {addWorkshops(app, line), Command::Workshops},
    };
    const auto [workshopExport, workshopImport] = addWorkshop(app, line);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& help) {
        std::ostringstream text;
        return EarlyExit{app.exit(help, text, text), text.str()};
    } catch (const CLI::CallForAllHelp& help) {
        std::ostringstream text;
        return EarlyExit{app.exit(help, text, text), text.str()};
    } catch (const CLI::ParseError& error) {
        return usageError(app, error);
    }

    if (!sizeText.empty()) {
        line.run.size = parseSize(sizeText);
        if (!line.run.size) {
            return EarlyExit{2, "--size must look like 1920x1080 (64 to 16384 pixels each way), not '" +
                                    sizeText + "'.\n"};
        }
    }
    for (const auto& [subcommand, command] : commands) {
        if (subcommand->parsed()) {
            line.command = command;
        }
    }
    if (workshopExport->parsed()) {
        line.command = Command::WorkshopExport;
    } else if (workshopImport->parsed()) {
        line.command = Command::WorkshopImport;
    }
    if ((line.run.screenshot || line.run.legibility) && !line.run.frames && !line.run.quitAfterScript) {
        line.run.frames = 1;
    }
    return line;
}

} // namespace atelier::cli

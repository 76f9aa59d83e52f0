// The command line of README.md: subcommands, run options and usage errors.
#include <gtest/gtest.h>

#include <algorithm>

#include "cli/Options.hpp"

namespace atelier::cli {
namespace {

std::variant<CommandLine, EarlyExit> parse(std::vector<const char*> args) {
    args.insert(args.begin(), "atelier");
    return parseCommandLine(static_cast<int>(args.size()), args.data());
}

TEST(CommandLineTest, NoSubcommandMeansRun) {
    auto result = parse({"--headless", "--frames", "3", "--screenshot", "out.png", "--size", "640x360"});
    ASSERT_TRUE(std::holds_alternative<CommandLine>(result)) << std::get<EarlyExit>(result).text;
    const CommandLine& line = std::get<CommandLine>(result);
    EXPECT_EQ(line.command, Command::Run);
    EXPECT_TRUE(line.run.headless);
    EXPECT_EQ(line.run.frames, 3);
    EXPECT_EQ(line.run.screenshot, std::filesystem::path("out.png"));
    ASSERT_TRUE(line.run.size);
    EXPECT_EQ(line.run.size->width, 640);
    EXPECT_EQ(line.run.size->height, 360);
}

TEST(CommandLineTest, RunSubcommandTakesTheSameOptions) {
    auto result = parse({"run", "--windowed", "--workshop", "demo", "--session", "new"});
    ASSERT_TRUE(std::holds_alternative<CommandLine>(result));
    const CommandLine& line = std::get<CommandLine>(result);
    EXPECT_EQ(line.command, Command::Run);
    EXPECT_TRUE(line.run.windowed);
    EXPECT_EQ(line.run.session, "new");
}

TEST(CommandLineTest, SessionsAndCheck) {
    auto sessions = parse({"sessions", "--json"});
    ASSERT_TRUE(std::holds_alternative<CommandLine>(sessions));
    EXPECT_EQ(std::get<CommandLine>(sessions).command, Command::Sessions);
    EXPECT_TRUE(std::get<CommandLine>(sessions).sessions.json);

    auto check = parse({"--data", "/tmp/x", "check", "--repair"});
    ASSERT_TRUE(std::holds_alternative<CommandLine>(check));
    EXPECT_EQ(std::get<CommandLine>(check).command, Command::Check);
    EXPECT_TRUE(std::get<CommandLine>(check).check.repair);
    EXPECT_EQ(std::get<CommandLine>(check).data, std::filesystem::path("/tmp/x"));
    EXPECT_FALSE(std::get<CommandLine>(check).check.compact);

    auto compact = parse({"check", "--compact"});
    ASSERT_TRUE(std::holds_alternative<CommandLine>(compact));
    EXPECT_TRUE(std::get<CommandLine>(compact).check.compact);
    EXPECT_FALSE(std::get<CommandLine>(compact).check.repair);
}

TEST(CommandLineTest, TheBoardExportsAsJsonAtTheEndOrAtATime) {
    auto board = parse({"export", "4", "--board-json", "board.json", "--at", "00:10:00"});
    ASSERT_TRUE(std::holds_alternative<CommandLine>(board));
    EXPECT_EQ(std::get<CommandLine>(board).exportOptions.boardJson,
              std::optional<std::filesystem::path>("board.json"));
    EXPECT_EQ(std::get<CommandLine>(board).exportOptions.at, std::optional<std::string>("00:10:00"));
    auto two = parse({"export", "4", "--board-json", "board.json", "--csv", "out.csv"});
    ASSERT_TRUE(std::holds_alternative<EarlyExit>(two)) << "one output at a time";
}

TEST(CommandLineTest, ExportNeedsExactlyOneOutput) {
    EXPECT_TRUE(std::holds_alternative<CommandLine>(parse({"export", "3", "--csv", "out.csv"})));
    auto none = parse({"export", "3"});
    ASSERT_TRUE(std::holds_alternative<EarlyExit>(none));
    EXPECT_EQ(std::get<EarlyExit>(none).code, 2);
    auto two = parse({"export", "3", "--csv", "a.csv", "--json", "a.json"});
    ASSERT_TRUE(std::holds_alternative<EarlyExit>(two));
}

TEST(CommandLineTest, BadSizeIsAUsageError) {
    auto result = parse({"--size", "big"});
    ASSERT_TRUE(std::holds_alternative<EarlyExit>(result));
    EXPECT_EQ(std::get<EarlyExit>(result).code, 2);
    EXPECT_NE(std::get<EarlyExit>(result).text.find("1920x1080"), std::string::npos);
}

TEST(CommandLineTest, UnknownOptionIsAUsageError) {
    auto result = parse({"--fullscren"});
    ASSERT_TRUE(std::holds_alternative<EarlyExit>(result));
    EXPECT_EQ(std::get<EarlyExit>(result).code, 2);
}

TEST(CommandLineTest, HelpListsEverySubcommand) {
    auto result = parse({"--help"});
    ASSERT_TRUE(std::holds_alternative<EarlyExit>(result));
    const EarlyExit& help = std::get<EarlyExit>(result);
    EXPECT_EQ(help.code, 0);
    for (const char* name : {"run", "sessions", "replay", "export", "import", "check", "bench"}) {
        EXPECT_NE(help.text.find(name), std::string::npos) << name;
    }
}

// Replay and export
TEST(CommandLineTest, ReplayTakesSpeedAtAndTheHeadlessOptions) {
    auto parsed = parse({"replay", "4", "--speed", "8", "--at", "0:45:00", "--headless", "--frames", "2",
                         "--screenshot", "r.png"});
    ASSERT_TRUE(std::holds_alternative<CommandLine>(parsed));
    const CommandLine& line = std::get<CommandLine>(parsed);
    EXPECT_EQ(line.command, Command::Replay);
    EXPECT_EQ(line.replay.session, "4");
    EXPECT_EQ(line.replay.speed, 8.0);
    EXPECT_EQ(line.replay.at, std::optional<std::string>("0:45:00"));
    EXPECT_TRUE(line.run.headless);
    EXPECT_EQ(line.run.frames, std::optional<int>(2));
    auto tooFast = parse({"replay", "4", "--speed", "64"});
    ASSERT_TRUE(std::holds_alternative<EarlyExit>(tooFast));
    EXPECT_EQ(std::get<EarlyExit>(tooFast).code, 2);
    auto sqlite = parse({"export", "4", "--sqlite", "one.db"});
    ASSERT_TRUE(std::holds_alternative<CommandLine>(sqlite));
    EXPECT_EQ(std::get<CommandLine>(sqlite).exportOptions.sqlite,
              std::optional<std::filesystem::path>("one.db"));
}

TEST(CommandLineTest, GlobalOptionsComeBeforeOrAfterTheSubcommand) {
    for (const std::vector<const char*>& args :
         {std::vector<const char*>{"sessions", "--json", "--data", "D"},
          std::vector<const char*>{"--data", "D", "sessions", "--json"}}) {
        auto parsed = parse(args);
        ASSERT_TRUE(std::holds_alternative<CommandLine>(parsed)) << std::get<EarlyExit>(parsed).text;
        EXPECT_EQ(std::get<CommandLine>(parsed).command, Command::Sessions);
        EXPECT_TRUE(std::get<CommandLine>(parsed).sessions.json);
        EXPECT_EQ(std::get<CommandLine>(parsed).data, std::filesystem::path("D"));
    }
    auto exported = parse({"export", "1", "--csv", "f.csv", "--data", "D", "--config", "c.toml"});
    ASSERT_TRUE(std::holds_alternative<CommandLine>(exported)) << std::get<EarlyExit>(exported).text;
    EXPECT_EQ(std::get<CommandLine>(exported).data, std::filesystem::path("D"));
    EXPECT_EQ(std::get<CommandLine>(exported).config, std::filesystem::path("c.toml"));
    EXPECT_EQ(std::get<CommandLine>(exported).exportOptions.csv,
              std::optional<std::filesystem::path>("f.csv"));
    auto replayed = parse({"replay", "2", "--headless", "--size", "800x600", "--data", "D"});
    ASSERT_TRUE(std::holds_alternative<CommandLine>(replayed)) << std::get<EarlyExit>(replayed).text;
    EXPECT_TRUE(std::get<CommandLine>(replayed).run.headless);
    EXPECT_EQ(std::get<CommandLine>(replayed).run.size->width, 800);
}

TEST(CommandLineTest, SubcommandHelpListsTheOptionsItUses) {
    auto help = parse({"sessions", "--help"});
    ASSERT_TRUE(std::holds_alternative<EarlyExit>(help));
    const std::string& text = std::get<EarlyExit>(help).text;
    EXPECT_EQ(std::get<EarlyExit>(help).code, 0);
    for (const char* option : {"--json", "--data", "--config"}) {
        EXPECT_NE(text.find(option), std::string::npos) << option << " missing from:\n" << text;
    }
    EXPECT_EQ(text.find("--windowed"), std::string::npos) << text;
    auto replayHelp = parse({"replay", "--help"});
    ASSERT_TRUE(std::holds_alternative<EarlyExit>(replayHelp));
    for (const char* option : {"--speed", "--headless", "--size", "--screenshot", "--data"}) {
        EXPECT_NE(std::get<EarlyExit>(replayHelp).text.find(option), std::string::npos) << option;
    }
}

TEST(CommandLineTest, AWrongOptionGetsOneSentenceNamingIt) {
    auto wrong = parse({"sessions", "--jsno"});
    ASSERT_TRUE(std::holds_alternative<EarlyExit>(wrong));
    const EarlyExit& exit = std::get<EarlyExit>(wrong);
    EXPECT_EQ(exit.code, 2);
    EXPECT_NE(exit.text.find("--jsno"), std::string::npos) << exit.text;
    EXPECT_NE(exit.text.find("atelier sessions --help"), std::string::npos) << exit.text;
    EXPECT_EQ(std::count(exit.text.begin(), exit.text.end(), '\n'), 1) << exit.text;
    // An option of another subcommand is wrong here too.
    auto elsewhere = parse({"check", "--windowed"});
    ASSERT_TRUE(std::holds_alternative<EarlyExit>(elsewhere));
    EXPECT_EQ(std::get<EarlyExit>(elsewhere).code, 2);
    EXPECT_NE(std::get<EarlyExit>(elsewhere).text.find("--windowed"), std::string::npos);
}

} // namespace
} // namespace atelier::cli

namespace atelier::cli {
namespace {

TEST(WorkshopCommandLineTest, WorkshopExportAndImportTakeTheirIdAndFileAndWorkshopAloneIsAUsageError) {
    const char* exportArgs[] = {"atelier", "workshop", "export", "ursules", "u.json", "--data", "/tmp/d"};
    auto parsed = parseCommandLine(7, exportArgs);
    ASSERT_TRUE(std::holds_alternative<CommandLine>(parsed));
    EXPECT_EQ(std::get<CommandLine>(parsed).command, Command::WorkshopExport);
    EXPECT_EQ(std::get<CommandLine>(parsed).workshops.id, "ursules");
    EXPECT_EQ(std::get<CommandLine>(parsed).workshops.file, "u.json");
    const char* importArgs[] = {"atelier", "workshop", "import", "u.json"};
    parsed = parseCommandLine(4, importArgs);
    ASSERT_TRUE(std::holds_alternative<CommandLine>(parsed));
    EXPECT_EQ(std::get<CommandLine>(parsed).command, Command::WorkshopImport);
    const char* listArgs[] = {"atelier", "workshops", "--json"};
    parsed = parseCommandLine(3, listArgs);
    ASSERT_TRUE(std::holds_alternative<CommandLine>(parsed));
    EXPECT_TRUE(std::get<CommandLine>(parsed).workshops.json);
    const char* alone[] = {"atelier", "workshop"};
    parsed = parseCommandLine(2, alone);
    ASSERT_TRUE(std::holds_alternative<EarlyExit>(parsed));
    EXPECT_EQ(std::get<EarlyExit>(parsed).code, 2);
}

} // namespace
} // namespace atelier::cli

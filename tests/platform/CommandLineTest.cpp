// The command line of DESIGN.md: subcommands, run options and usage errors.
#include <gtest/gtest.h>

#include "platform/CommandLine.hpp"

namespace atelier::platform {
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
    EXPECT_TRUE(std::get<CommandLine>(sessions).json);

    auto check = parse({"--data", "/tmp/x", "check", "--repair"});
    ASSERT_TRUE(std::holds_alternative<CommandLine>(check));
    EXPECT_EQ(std::get<CommandLine>(check).command, Command::Check);
    EXPECT_TRUE(std::get<CommandLine>(check).repair);
    EXPECT_EQ(std::get<CommandLine>(check).data, std::filesystem::path("/tmp/x"));
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

// Replay and export (issue 9)
TEST(CommandLineTest, ReplayTakesSpeedAtAndTheHeadlessOptions) {
    auto parsed = parse({"replay", "4", "--speed", "8", "--at", "0:45:00", "--headless", "--frames", "2",
                         "--screenshot", "r.png"});
    ASSERT_TRUE(std::holds_alternative<CommandLine>(parsed));
    const CommandLine& line = std::get<CommandLine>(parsed);
    EXPECT_EQ(line.command, Command::Replay);
    EXPECT_EQ(line.session, "4");
    EXPECT_EQ(line.speed, 8.0);
    EXPECT_EQ(line.at, std::optional<std::string>("0:45:00"));
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

} // namespace
} // namespace atelier::platform

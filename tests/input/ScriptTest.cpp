// Input scripts: parsing with errors that name line and field, real-time playback, targets resolved at play
// time.
#include "input/ScriptPlayer.hpp"
#include "input/ScriptReader.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

namespace atelier::input {
namespace {

std::string firstError(std::string_view text) {
    const Script script = ScriptReader::parse(text);
    return script.errors.empty() ? std::string("no error") : script.errors.front().text();
}

TEST(ScriptReader, ReadsTouchesTargetsCommentsAndBlankLines) {
    const Script script =
        ScriptReader::parse("# ten fingers\n"
                            "\n"
                            "{\"t\":0,\"id\":3,\"phase\":\"down\",\"x\":0.41,\"y\":0.62}\r\n"
                            "   \n"
                            "{\"t\":120,\"id\":3,\"phase\":\"move\",\"x\":0.5,\"y\":0.62}\n"
                            "{\"t\":900,\"id\":4,\"phase\":\"down\",\"target\":\"card.12\","
                            "\"dx\":-5,\"dy\":2.5}\n"
                            "{\"phase\":\"up\",\"id\":4,\"t\":950,\"target\":\"card.12\"}");
    ASSERT_TRUE(script.ok()) << script.errors.front().text();
    ASSERT_EQ(script.lines.size(), 4U);
    EXPECT_EQ(script.lines[0].lineNumber, 3);
    EXPECT_EQ(script.lines[0].phase, Phase::Down);
    EXPECT_EQ(script.lines[0].normalised, (core::Vec2{0.41, 0.62}));
    EXPECT_EQ(script.lines[1].tMs, 120);
    EXPECT_EQ(script.lines[2].target, "card.12");
    EXPECT_FALSE(script.lines[2].hasPosition);
    EXPECT_EQ(script.lines[2].offsetMm, (core::Vec2{-5, 2.5}));
    EXPECT_EQ(script.lines[3].phase, Phase::Up);
    EXPECT_EQ(script.lines[3].lineNumber, 7);
}

TEST(ScriptReader, ErrorsNameTheLineAndTheField) {
    const std::string ok = "{\"t\":0,\"id\":1,\"phase\":\"down\",\"x\":0.5,\"y\":0.5}\n";
    EXPECT_EQ(firstError(ok + "{\"t\":10,\"id\":1,\"phase\":\"move\",\"x\":\"left\",\"y\":0.5}"),
              "line 2, field \"x\": must be a number (at byte 34: expected a number)");
    EXPECT_EQ(firstError(ok + "\n{\"id\":1,\"phase\":\"up\",\"x\":0.5,\"y\":0.5}"),
              "line 3, field \"t\": is missing");
    EXPECT_EQ(firstError("{\"t\":0,\"id\":1,\"phase\":\"hover\",\"x\":0.5,\"y\":0.5}"),
              "line 1, field \"phase\": must be \"down\", \"move\", \"up\" or \"cancel\"");
    EXPECT_EQ(firstError("{\"t\":0,\"id\":-1,\"phase\":\"down\",\"x\":0.5,\"y\":0.5}").substr(0, 31),
              "line 1, field \"id\": must be a w");
    EXPECT_EQ(firstError("{\"t\":1.5,\"id\":1,\"phase\":\"down\",\"x\":0.5,\"y\":0.5}").substr(0, 30),
              "line 1, field \"t\": must be a w");
    EXPECT_EQ(firstError("{\"t\":0,\"id\":1,\"phase\":\"down\",\"x\":0.5}"),
              "line 1, field \"y\": is missing (give x and y, or target)");
    EXPECT_EQ(firstError("{\"t\":0,\"id\":1,\"phase\":\"down\",\"x\":0.5,\"y\":0.5,\"target\":\"card.1\"}"),
              "line 1, field \"x\": cannot be given with \"target\"");
    EXPECT_EQ(firstError("{\"t\":0,\"id\":1,\"phase\":\"down\",\"x\":0.5,\"y\":0.5,\"dx\":3}"),
              "line 1, field \"dx\": is only allowed with \"target\"");
    EXPECT_EQ(firstError("{\"t\":0,\"id\":1,\"phase\":\"down\",\"x\":0.5,\"y\":0.5,\"pressure\":1}"),
              "line 1, field \"pressure\": is not a field of input scripts (t, id, phase, x, y, target, dx, "
              "dy, screenshot)");
    EXPECT_EQ(firstError("{\"t\":0,\"t\":1,\"id\":1,\"phase\":\"down\",\"x\":0.5,\"y\":0.5}"),
              "line 1, field \"t\": appears twice");
    EXPECT_EQ(firstError(ok + "{\"t\":0,\"id\":1,\"phase\":\"up\",\"x\":0.5,\"y\":0.5}\n"
                              "{\"t\":-5,\"id\":1,\"phase\":\"up\",\"x\":0.5,\"y\":0.5}"),
              "line 3, field \"t\": must be between 0 and 604800000 ms (a week)");
    EXPECT_EQ(firstError("{\"t\":0,\"id\":1,\"phase\":\"down\",\"target\":\"\"}"),
              "line 1, field \"target\": must name a target (1 to 200 bytes)");
    EXPECT_EQ(firstError("[1,2]").substr(0, 35), "line 1: must be one JSON object: at");
    EXPECT_EQ(firstError("{\"t\":0,\"id\":1,\"phase\":\"down\",\"x\":0.5,\"y\":0.5} trailing").substr(0, 30),
              "line 1: is not valid JSON: at ");
}

TEST(ScriptReader, TimeNeverGoesBackAndEveryBadLineIsReported) {
    const Script script = ScriptReader::parse("{\"t\":100,\"id\":1,\"phase\":\"down\",\"x\":0.5,\"y\":0.5}\n"
                                              "{\"t\":50,\"id\":1,\"phase\":\"up\",\"x\":0.5,\"y\":0.5}\n"
                                              "not json\n"
                                              "{\"t\":150,\"id\":1,\"phase\":\"up\",\"x\":0.5,\"y\":0.5}\n");
    ASSERT_EQ(script.errors.size(), 2U);
    EXPECT_EQ(script.errors[0].text(), "line 2, field \"t\": goes back in time (50 ms after 100 ms)");
    EXPECT_EQ(script.errors[1].line, 3);
    EXPECT_EQ(script.lines.size(), 2U);
}

TEST(ScriptReader, AMissingFileIsOneClearError) {
    const Script script = ScriptReader::readFile("/nonexistent/atelier/script.jsonl");
    ASSERT_EQ(script.errors.size(), 1U);
    EXPECT_EQ(script.errors[0].line, 0);
    EXPECT_EQ(script.errors[0].text(), "cannot open the input script /nonexistent/atelier/script.jsonl");
}

TEST(ScriptReader, ReadsAFile) {
    const auto path = std::filesystem::temp_directory_path() / "atelier-input-script-test.jsonl";
    std::ofstream(path) << "{\"t\":0,\"id\":1,\"phase\":\"down\",\"x\":0.5,\"y\":0.5}\n";
    const Script script = ScriptReader::readFile(path);
    std::filesystem::remove(path);
    EXPECT_TRUE(script.ok());
    EXPECT_EQ(script.lines.size(), 1U);
}

TEST(ScriptPlayer, ReleasesLinesInRealTimeOnTheClockItIsGiven) {
    const Script script = ScriptReader::parse("{\"t\":0,\"id\":1,\"phase\":\"down\",\"x\":0.5,\"y\":0.25}\n"
                                              "{\"t\":100,\"id\":1,\"phase\":\"move\",\"x\":0.6,\"y\":0.25}\n"
                                              "{\"t\":200,\"id\":1,\"phase\":\"up\",\"x\":0.6,\"y\":0.25}\n");
    ScriptPlayer player(script.lines, SurfaceMapping({1000, 600}), 5000);
    const TargetRegistry targets;
    std::vector<Contact> out;
    EXPECT_FALSE(player.due(4999));
    player.poll(4999, targets, out);
    EXPECT_TRUE(out.empty());
    EXPECT_EQ(player.nextDueMs(), 5000);

    player.poll(5050, targets, out);
    ASSERT_EQ(out.size(), 1U);
    EXPECT_EQ(out[0].source, Source::Script);
    EXPECT_EQ(out[0].posMm, (core::Vec2{500, 150}));
    EXPECT_EQ(out[0].tMs, 5000);
    EXPECT_EQ(player.heldIds(), std::vector<ContactId>{1});

    player.poll(5300, targets, out); // a late frame releases every line that is due
    ASSERT_EQ(out.size(), 3U);
    EXPECT_EQ(out[1].tMs, 5100);
    EXPECT_EQ(out[2].phase, Phase::Up);
    EXPECT_TRUE(player.finished());
    EXPECT_FALSE(player.nextDueMs().has_value());
    EXPECT_TRUE(player.heldIds().empty());
}

TEST(ScriptPlayer, AScreenshotLineTouchesNothingAndHoldsTheLinesAfterItUntilItIsTaken) {
    const Script script = ScriptReader::parse("{\"t\":0,\"id\":1,\"phase\":\"down\",\"x\":0.5,\"y\":0.25}\n"
                                              "{\"t\":100,\"screenshot\":\"/tmp/library.png\"}\n"
                                              "{\"t\":100,\"id\":1,\"phase\":\"up\",\"x\":0.5,\"y\":0.25}\n");
    ASSERT_TRUE(script.ok()) << script.errors.front().text();
    EXPECT_EQ(script.lines[1].screenshot, "/tmp/library.png");
    ScriptPlayer player(script.lines, SurfaceMapping({1000, 600}), 0);
    const TargetRegistry targets;
    std::vector<Contact> out;
    player.poll(500, targets, out);
    ASSERT_EQ(out.size(), 1U) << "the lift waits behind the screenshot";
    EXPECT_EQ(player.takeScreenshot(), std::optional<std::string>("/tmp/library.png"));
    EXPECT_FALSE(player.takeScreenshot()) << "once";
    player.poll(500, targets, out);
    ASSERT_EQ(out.size(), 2U);
    EXPECT_EQ(out[1].phase, Phase::Up);
    EXPECT_EQ(firstError("{\"t\":5,\"id\":2,\"screenshot\":\"a.png\"}"),
              "line 1, field \"screenshot\": stands alone with \"t\" (no id, phase, position or target)");
    EXPECT_EQ(firstError("{\"t\":5,\"screenshot\":\"\"}"),
              "line 1, field \"screenshot\": must name a PNG file (1 to 4096 bytes)");
}

TEST(ScriptPlayer, ResolvesTargetsWhenTheLinePlays) {
    const Script script = ScriptReader::parse(
        "{\"t\":0,\"id\":4,\"phase\":\"down\",\"target\":\"card.12\",\"dx\":10,\"dy\":-5}\n"
        "{\"t\":100,\"id\":4,\"phase\":\"up\",\"target\":\"card.12\"}\n");
    ASSERT_TRUE(script.ok());
    ScriptPlayer player(script.lines, SurfaceMapping({1000, 600}), 0);
    TargetRegistry targets;
    targets.add("card.12", {300, 200}, {60, 40});
    std::vector<Contact> out;
    player.poll(0, targets, out);
    targets.add("card.12", {700, 400}, {60, 40}); // the card moved before the second line
    player.poll(100, targets, out);
    ASSERT_EQ(out.size(), 2U);
    EXPECT_EQ(out[0].posMm, (core::Vec2{310, 195}));
    EXPECT_EQ(out[1].posMm, (core::Vec2{700, 400}));
}

TEST(ScriptPlayer, AMissingTargetSkipsADownAndLiftsAnUpWhereTheContactWas) {
    const Script script = ScriptReader::parse("{\"t\":0,\"id\":1,\"phase\":\"down\",\"target\":\"card.99\"}\n"
                                              "{\"t\":0,\"id\":2,\"phase\":\"down\",\"target\":\"card.1\"}\n"
                                              "{\"t\":10,\"id\":2,\"phase\":\"up\",\"target\":\"card.1\"}\n");
    ScriptPlayer player(script.lines, SurfaceMapping({1000, 600}), 0);
    TargetRegistry targets;
    targets.add("card.1", {100, 100}, {60, 40});
    std::vector<Contact> out;
    player.poll(0, targets, out);
    targets.remove("card.1"); // deleted meanwhile
    player.poll(10, targets, out);
    ASSERT_EQ(out.size(), 2U);
    EXPECT_EQ(out[0].id, 2U);
    EXPECT_EQ(out[1].phase, Phase::Up);
    EXPECT_EQ(out[1].posMm, (core::Vec2{100, 100}));
    ASSERT_EQ(player.problems().size(), 2U);
    EXPECT_EQ(player.problems()[0], "line 1: no target card.99");
    EXPECT_EQ(player.anomalies().count(Anomaly::ScriptTargetMissing), 2U);
}

} // namespace
} // namespace atelier::input

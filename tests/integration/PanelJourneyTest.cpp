// The facilitator's journey after a workshop, through the real binary and touches only: end the session, open
// it in replay from the panel's library, seek, filter a seat, back to the live table, export to a stick.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <thread>

#include "PanelScript.hpp"
#include "Process.hpp"
#include "SeededSession.hpp"
#include "TempDir.hpp"
#include "TextFiles.hpp"

namespace atelier::testing {
namespace {

/// Two seats' cards and two phases, as a short workshop leaves them.
std::int64_t seedWorkshop(const std::filesystem::path& data) {
    core::CardCreated second = cardAt(51, 1000, 150);
    second.seat = 2;
    second.text = "un banc à l'ombre, près de l'école";
    core::CardCreated first = cardAt(50, 150, 520);
    first.text = "des arbres, \"beaucoup\", vraiment";
    return seedDemoSession(data,
                           {first, second, core::PhaseStarted{2, "Scénarios d'usage", {"cards"}, 600, 0}});
}

std::vector<std::string> environment(const std::filesystem::path& media, int pauseMs = 0) {
    std::vector<std::string> all = atelierEnvironment();
    all.push_back("ATELIER_REMOVABLE_DRIVES=" + media.string());
    all.push_back("ATELIER_EXPORT_PAUSE_MS=" + std::to_string(pauseMs));
    all.push_back("ATELIER_EXPORT_PICTURE_SIZE=480x270"); // the report's pictures: small is quick
    return all;
}

std::vector<std::string> runArgs(const std::filesystem::path& config, const std::filesystem::path& data,
                                 const std::filesystem::path& script, const std::filesystem::path& shot) {
    return {"--config",     config.string(), "--data",         data.string(),   "--headless",
            "--size",       "1210x680",      "--input-script", script.string(), "--quit-after-script",
            "--screenshot", shot.string()};
}

/// Every file under `folder`, recursively, relative names.
std::vector<std::string> filesUnder(const std::filesystem::path& folder) {
    std::vector<std::string> names;
    std::error_code error;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder, error)) {
        names.push_back(std::filesystem::relative(entry.path(), folder).string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

/// The one export folder made on the stick.
std::filesystem::path exportFolder(const std::filesystem::path& stick) {
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(stick, error)) {
        return entry.path();
    }
    return {};
}

/// Ends the seeded session from the panel (the first run).
void endSession(const std::filesystem::path& dir, const std::filesystem::path& config,
                const std::filesystem::path& data) {
    PanelScript end;
    end.pin("2468");
    end.tap("panel.end_session");
    end.tap("panel.confirm");
    end.save(dir / "end.jsonl");
    const ProcessResult ended = run(config, data, dir / "end.jsonl", dir / "ended.png");
    ASSERT_EQ(ended.exitCode, 0) << ended.output;
}

TEST(PanelJourneyTest, AnEndedSessionIsReplayedFilteredAndExportedToAStickThenTheLiveTableIsBack) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    const std::filesystem::path stick = dir.path() / "media" / "CLE ATELIER";
    std::filesystem::create_directories(stick);
    const std::int64_t session = seedWorkshop(data);
    const std::filesystem::path config = writeConfig(dir.path(), "en");
    endSession(dir.path(), config, data);
    const std::int64_t live =
        session + 1; // the fresh session (logged at its first frame, or the next start's)
    const std::int64_t liveEvents = countEvents(data, live);

    PanelScript journey;
    journey.pin("2468");
    journey.tap("panel.sessions");
    journey.tap("panel.session." + std::to_string(session) + ".replay");
    journey.tap("timeline.phase.next");
    journey.tap("replay.seat.1");
    journey.drag(0.5, 0.5, 0.3, 0.3); // the live table's question card lies there: it must not move
    journey.tap("replay.back");       // the panel is up again on the library, as the facilitator left it
    journey.tap("panel.session." + std::to_string(session) + ".export");
    journey.tap("panel.export.dest.1");
    journey.tap("panel.export.kind.csv");
    journey.tap("panel.export.kind.session");
    journey.tap("panel.export.start");
    journey.save(dir.path() / "journey.jsonl");
    const ProcessResult result =
        runProcess(std::filesystem::path(ATELIER_BINARY),
                   runArgs(config, data, dir.path() / "journey.jsonl", dir.path() / "journey.png"),
                   std::chrono::seconds(90), environment(dir.path() / "media"));
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_EQ(result.output.find("script-target-missing"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("replaying session " + std::to_string(session) + " on the table"),
              std::string::npos)
        << result.output;
    EXPECT_NE(result.output.find("replay: phase 2 'Scénarios d'usage'"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("replay: only seat 1's items shown"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("back to the live table"), std::string::npos) << result.output;
    if (liveEvents > 0) {
        EXPECT_EQ(countEvents(data, live), liveEvents) << "the live session logged nothing during the replay";
    }
    EXPECT_GT(countEvents(data, live), 0) << result.output;
    EXPECT_EQ(countEvents(data, live, "card.moved"), 0) << "the drag during the replay moved no live card";

    const std::filesystem::path folder = exportFolder(stick);
    ASSERT_FALSE(folder.empty()) << result.output;
    for (const std::string& name : filesUnder(stick)) {
        EXPECT_EQ(name.find(".part"), std::string::npos) << "a temporary file was left: " << name;
    }
    const std::string html = readAll(folder / "rapport.html");
    EXPECT_NE(html.find("un banc à l&#39;ombre, près de l&#39;école"), std::string::npos) << html;
    EXPECT_NE(html.find("des arbres, &quot;beaucoup&quot;, vraiment"), std::string::npos) << html;
    const std::vector<std::vector<std::string>> csv = parseCsv(readAll(folder / "cartes.csv"));
    ASSERT_GE(csv.size(), 3u) << readAll(folder / "cartes.csv");
    int cards = 0;
    for (const auto& record : csv) {
        cards += record.size() > 1 && (record[1] == "des arbres, \"beaucoup\", vraiment" ||
                                       record[1] == "un banc à l'ombre, près de l'école");
    }
    EXPECT_EQ(cards, 2) << "both seats' cards, text kept through CSV quoting";

    // The standalone file is a data file of its own: it exports the same cards again.
    const std::filesystem::path copy = dir.path() / "copy";
    std::filesystem::create_directories(copy);
    std::filesystem::copy_file(folder / ("seance-" + std::to_string(session) + ".atelier"),
                               copy / "atelier.db");
    const std::filesystem::path again = dir.path() / "again.csv";
    const ProcessResult exported = runProcess(std::filesystem::path(ATELIER_BINARY),
                                              {"--config", config.string(), "--data", copy.string(), "export",
                                               std::to_string(session), "--csv", again.string()},
                                              std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(exported.exitCode, 0) << exported.output;
    EXPECT_EQ(readAll(again), readAll(folder / "cartes.csv"));
}

TEST(PanelJourneyTest, AStickPulledMidExportGetsOneSentenceAndLeavesNoFileThatLooksComplete) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    const std::filesystem::path stick = dir.path() / "media" / "STICK";
    std::filesystem::create_directories(stick);
    const std::int64_t session = seedWorkshop(data);
    const std::filesystem::path config = writeConfig(dir.path(), "en");

    PanelScript script;
    script.pin("2468");
    script.tap("panel.sessions");
    script.tap("panel.session." + std::to_string(session) + ".export");
    script.tap("panel.export.kind.csv");
    script.tap("panel.export.start");
    script.save(dir.path() / "pull.jsonl");
    // Each chunk written waits 1.5 s before its file is renamed: the stick goes during the first file.
    Process table(std::filesystem::path(ATELIER_BINARY),
                  runArgs(config, data, dir.path() / "pull.jsonl", dir.path() / "pull.png"),
                  environment(dir.path() / "media", 1500));
    ASSERT_TRUE(table.waitForOutput("export: writing", std::chrono::seconds(60))) << table.outputSoFar();
    std::filesystem::remove_all(stick);
    const std::optional<ProcessResult> result = table.wait(std::chrono::seconds(60));
    ASSERT_TRUE(result) << table.outputSoFar();
    EXPECT_EQ(result->exitCode, 0) << result->output;
    EXPECT_NE(result->output.find("The USB stick or folder takes no more writing (full or removed)"),
              std::string::npos)
        << result->output;
    EXPECT_EQ(result->output.find("Export complete"), std::string::npos) << result->output;
    EXPECT_FALSE(std::filesystem::exists(stick)) << "nothing wrote the stick's folder again";
}

} // namespace
} // namespace atelier::testing

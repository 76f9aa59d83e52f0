// The facilitator's panel says and keeps what is true: its language across a crash, what the table already
// holds, one question card, the photos' places, its lists and the cards' categories (real binary).
#include <gtest/gtest.h>

#include <csignal>
#include <fstream>
#include <string>
#include <vector>

#include "Image.hpp"
#include "PanelScript.hpp"
#include "Process.hpp"
#include "SeededSession.hpp"
#include "WaitFor.hpp"
#include "store/Database.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace atelier::testing {
namespace {

/// The panel's left column: its language buttons, phases and session controls (1210 × 680 px, 1 px per mm).
constexpr int kWordsX0 = 260;
constexpr int kWordsY0 = 140;
constexpr int kWordsX1 = 600;
constexpr int kWordsY1 = 500;

/// Opens the panel on the seeded session with this config and takes a picture of it.
std::optional<Image> panelPicture(const std::filesystem::path& dir, const std::filesystem::path& config,
                                  const std::filesystem::path& data, const std::string& name) {
    PanelScript script;
    script.pin("2468");
    script.save(dir / (name + ".jsonl"));
    const std::filesystem::path shot = dir / (name + ".png");
    const ProcessResult result = run(config, data, dir / (name + ".jsonl"), shot);
    EXPECT_EQ(result.exitCode, 0) << result.output;
    return loadPng(shot);
}

TEST(PanelTruthTest, TheLanguageChosenInThePanelComesBackAfterAKill) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    seedDemoSession(data, {});
    const std::filesystem::path french = writeConfig(dir.path(), "fr");

    // A French table; the facilitator switches it to English, then the power goes.
    PanelScript script;
    script.pin("2468");
    script.tap("panel.language.en");
    script.save(dir.path() / "english.jsonl");
    {
        Process table(std::filesystem::path(ATELIER_BINARY),
                      {"--config", french.string(), "--data", data.string(), "--headless", "--size",
                       "1210x680", "--input-script", (dir.path() / "english.jsonl").string()},
                      atelierEnvironment());
        ASSERT_TRUE(table.waitForOutput("kept for the next start", std::chrono::seconds(60)))
            << table.outputSoFar();
        table.signal(SIGKILL);
        const std::optional<ProcessResult> killed = table.wait(std::chrono::seconds(10));
        ASSERT_TRUE(killed);
        EXPECT_EQ(killed->signal, SIGKILL);
    }

    // The restart, with the same French config, speaks English: its panel reads as an English table's.
    const std::optional<Image> restarted = panelPicture(dir.path(), french, data, "restarted");
    TempDir others;
    seedDemoSession(others.path() / "fr", {});
    seedDemoSession(others.path() / "en", {});
    const std::optional<Image> frenchTable = panelPicture(dir.path(), french, others.path() / "fr", "french");
    const std::optional<Image> englishTable =
        panelPicture(dir.path(), writeConfig(dir.path(), "en"), others.path() / "en", "english");
    ASSERT_TRUE(restarted && frenchTable && englishTable);
    EXPECT_GT(countDifferent(*restarted, *frenchTable, kWordsX0, kWordsY0, kWordsX1, kWordsY1), 300)
        << "not the French panel";
    EXPECT_LT(countDifferent(*restarted, *englishTable, kWordsX0, kWordsY0, kWordsX1, kWordsY1), 30)
        << "the English panel";
}

} // namespace
} // namespace atelier::testing

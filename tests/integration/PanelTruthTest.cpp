// The facilitator's panel says and keeps what is true: its language across a crash, what the table already
// holds, one question card, the photos' places, its lists and the cards' categories (real binary).
#include <gtest/gtest.h>

#include <algorithm>
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

/// The demo workshop's question.
constexpr const char* kQuestion = "Comment aimeriez-vous vivre cette place, au quotidien ?";

/// The question's prompt card, seat 0, somewhere off the middle of the table.
core::CardCreated questionAt(core::ItemId id, double xMm, double yMm) {
    core::CardCreated card;
    card.id = id;
    card.pose.centre = {xMm, yMm};
    card.size = {180, 80};
    card.text = kQuestion;
    card.seat = 0;
    return card;
}

TEST(PanelTruthTest, PlacingTheQuestionAgainBringsTheOneOnTheBoardToTheMiddleAndTheTop) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    // The question lies near the left edge under a participant's card; the facilitator places it (it comes
    // to the middle and the top), hides it, and places it again (it comes back).
    constexpr core::ItemId kPrompt = 40;
    const std::int64_t session = seedDemoSession(data, {questionAt(kPrompt, 260, 250), cardAt(41, 270, 250)});
    PanelScript script;
    script.pin("2468");
    script.tap("panel.prompt");
    script.tap("panel.hide." + std::to_string(kPrompt));
    script.tap("panel.prompt");
    script.save(dir.path() / "question.jsonl");
    const ProcessResult result =
        run(writeConfig(dir.path(), "en"), data, dir.path() / "question.jsonl", dir.path() / "question.png");
    ASSERT_EQ(result.exitCode, 0) << result.output;

    EXPECT_EQ(countEvents(data, session, "card.created"), 2) << "no second question\n" << result.output;
    EXPECT_EQ(countEvents(data, session, "card.restored"), 1) << result.output;
    EXPECT_EQ(countEvents(data, session, "item.raised"), 2) << result.output;
    const core::Board board = boardOf(data, session);
    int questions = 0;
    std::uint64_t topZ = 0;
    for (const auto& [id, card] : board.cards) {
        questions += card.text == kQuestion ? 1 : 0;
        topZ = std::max(topZ, card.z);
    }
    EXPECT_EQ(questions, 1);
    const core::Card* prompt = board.findCard(kPrompt);
    ASSERT_NE(prompt, nullptr);
    EXPECT_FALSE(prompt->deleted) << "placed again, the hidden question is back";
    EXPECT_DOUBLE_EQ(prompt->pose.centre.x, 605.0);
    EXPECT_DOUBLE_EQ(prompt->pose.centre.y, 340.0);
    EXPECT_EQ(prompt->z, topZ) << "on top of every card";
}

} // namespace
} // namespace atelier::testing

// Every text and touch target the real binary draws on the main screens, measured in millimetres of the
// config's table (the frame's legibility report, not pixels): capitals of 4 mm and more (6 mm for the
// question and the banner), targets of 15 mm and more, WCAG AA contrast. Run at 1280 × 720 on the 1210 × 680
// mm table: the smallest pixels per mm a table is shown with, where a size set in pixels would fall short
// first. The table's size is the config's ([display] width_mm, height_mm): the app turns it into pixels per
// mm.
#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <fstream>

#include "PanelScript.hpp"
#include "Process.hpp"
#include "SeededSession.hpp"
#include "TempDir.hpp"
#include "TextFiles.hpp"
#include "core/Limits.hpp"
#include "render/Legibility.hpp"
#include "render/Theme.hpp"

namespace atelier::testing {
namespace {

const std::filesystem::path kAtelier = ATELIER_BINARY;

/// The question as a fresh session places it: the facilitator's prompt card in the middle of the table.
core::CardCreated question() {
    core::CardCreated card;
    card.id = 100;
    card.pose.centre = {605, 340};
    card.size = {180, 80};
    card.text = "Comment aimeriez-vous vivre cette place, au quotidien ?";
    card.seat = 0;
    card.category = core::kNoCategory;
    return card;
}

/// The demo's first phase, as a fresh session starts it (its site photos left out: they take seconds to
/// decode under the sanitizers, and are no text).
const core::PhaseStarted kObservation{0, "Observation", {"photos", "sketch"}, 900, 0};

/// The 55-inch table the sizes are measured on, as its config says.
const std::string kTable = "[display]\nwidth_mm = 1210\nheight_mm = 680\n";

class LegibilityTest : public ::testing::Test {
protected:
    std::filesystem::path data() const { return m_dir.path() / "data"; }

    /// Runs the binary with these arguments (and `script` when not empty), then reads its legibility report.
    /// With ATELIER_SCREENSHOT_DIR set, each scene is also run at 1920 × 1080 and 3840 × 2160 and pictured
    /// there as <scene>-1080p.png and <scene>-4k.png (how docs/screenshots are made), its report checked too.
    render::Legibility measure(std::vector<std::string> args, const std::string& script = "",
                               const char* size = "1280x720") {
        if (const char* dir = std::getenv("ATELIER_SCREENSHOT_DIR"); dir != nullptr && !m_scene.empty()) {
            for (const auto& [docSize, suffix] :
                 {std::pair{"1920x1080", "-1080p.png"}, {"3840x2160", "-4k.png"}}) {
                std::vector<std::string> pictured = {
                    "--screenshot", (std::filesystem::path(dir) / (m_scene + suffix)).string()};
                pictured.insert(pictured.end(), args.begin(), args.end());
                // Each picture from the seeded data as it was (a run adds to what it resumes), or from the
                // demo's own start (its site photos, its question).
                const std::filesystem::path pictureData = m_dir.path() / "picture";
                std::filesystem::remove_all(pictureData);
                if (!m_fromDemoStart) {
                    std::filesystem::copy(data(), pictureData, std::filesystem::copy_options::recursive);
                }
                expectLegible(run(pictured, script, docSize, pictureData));
            }
        }
        return run(args, script, size, data());
    }

    /// Names the scene the next measure() pictures (with ATELIER_SCREENSHOT_DIR); `fromDemoStart` pictures it
    /// from the demo's own start (site photos decoded) instead of the seeded data.
    void scene(std::string name, bool fromDemoStart = false) {
        m_scene = std::move(name);
        m_fromDemoStart = fromDemoStart;
    }

    /// Runs the table as the exhibit does (kiosk, idle after 1 s) until it invites visitors, then stops it:
    /// the report of the last frame, drawn on SIGTERM (and its picture in `shot` when given).
    render::Legibility attractScreen(const char* size, const std::string& shot = "") {
        const std::filesystem::path report = m_dir.path() / "attract.tsv";
        std::filesystem::remove(report);
        const std::filesystem::path config =
            writeConfig(m_dir.path(), "fr", "[kiosk]\nenabled = true\nidle_timeout_s = 1\n" + kTable);
        // Many frames: the table runs until SIGTERM, which draws the last frame and writes its report.
        std::vector<std::string> line = {"--config",      config.string(), "--data", data().string(),
                                         "--headless",    "--size",        size,     "--legibility",
                                         report.string(), "--frames",      "1000000"};
        if (!shot.empty()) {
            line.insert(line.end(), {"--screenshot", shot});
        }
        Process table(kAtelier, line, atelierEnvironment());
        EXPECT_TRUE(table.waitForOutput("inviting visitors", std::chrono::seconds(60)))
            << table.outputSoFar();
        table.signal(SIGTERM);
        const std::optional<ProcessResult> result = table.wait(std::chrono::seconds(30));
        EXPECT_TRUE(result && result->exitCode == 0) << (result ? result->output : table.outputSoFar());
        return render::Legibility::readTsv(readAll(report));
    }

private:
    render::Legibility run(std::vector<std::string> args, const std::string& script, const char* size,
                           const std::filesystem::path& dataDir) {
        const std::filesystem::path report = m_dir.path() / "legibility.tsv";
        std::filesystem::remove(report);
        std::vector<std::string> line = {"--config",     writeConfig(m_dir.path(), "fr", kTable).string(),
                                         "--data",       dataDir.string(),
                                         "--headless",   "--size",
                                         size,           "--legibility",
                                         report.string()};
        if (!script.empty()) {
            std::ofstream(m_dir.path() / "script.jsonl") << script;
            line.insert(line.end(),
                        {"--input-script", (m_dir.path() / "script.jsonl").string(), "--quit-after-script"});
        } else {
            line.insert(line.end(), {"--frames", "2"});
        }
        line.insert(line.end(), args.begin(), args.end());
        const ProcessResult result =
            runProcess(kAtelier, line, std::chrono::seconds(180), atelierEnvironment());
        EXPECT_EQ(result.exitCode, 0) << result.output;
        return render::Legibility::readTsv(readAll(report));
    }

protected:
    /// The texts whose kind starts with `what`.
    static std::vector<render::DrawnText> textsOf(const render::Legibility& drawn, const std::string& what) {
        std::vector<render::DrawnText> found;
        std::copy_if(drawn.texts().begin(), drawn.texts().end(), std::back_inserter(found),
                     [&](const render::DrawnText& t) { return t.what.rfind(what, 0) == 0; });
        return found;
    }

    static std::size_t targetsOf(const render::Legibility& drawn, const std::string& prefix) {
        return static_cast<std::size_t>(
            std::count_if(drawn.targets().begin(), drawn.targets().end(),
                          [&](const render::DrawnTarget& t) { return t.what.rfind(prefix, 0) == 0; }));
    }

    /// No text or target under the default theme's floors.
    static void expectLegible(const render::Legibility& drawn) {
        const std::vector<std::string> problems = drawn.problems(render::Theme{});
        for (const std::string& problem : problems) {
            ADD_FAILURE() << problem;
        }
    }

    TempDir m_dir;
    std::string m_scene;
    bool m_fromDemoStart = false;
};

TEST_F(LegibilityTest, TheFreshTableItsBannerQuestionDocksAndADimmedToolsReasonAt720pAnd4K) {
    // The first phase (Observation) has no new cards: seat 2 touches "Idée" and is told when ideas come. At
    // 4K (3.2 px per mm) a size set in pixels is smallest on the table: the banner and timers were 3 mm
    // there.
    seedDemoSession(data(), kObservation, {question()});
    const std::string script =
        scriptOn(0, 1, "down", "seat.2.dock.new_card") + scriptOn(60, 1, "up", "seat.2.dock.new_card");
    const render::Legibility large = measure({}, script, "3840x2160");
    scene("table-fresh", true);
    expectLegible(large);
    EXPECT_GE(textsOf(large, "seat_timer").at(0).capMm, 4.0);
    const render::Legibility drawn = measure({}, script);
    expectLegible(drawn);
    ASSERT_EQ(textsOf(drawn, "question").size(), 1u);
    EXPECT_EQ(textsOf(drawn, "question")[0].role, render::TextRole::Large);
    EXPECT_GE(textsOf(drawn, "question")[0].capMm, 6.0);
    EXPECT_GE(textsOf(drawn, "banner.title").at(0).capMm, 6.0);
    EXPECT_EQ(textsOf(drawn, "dock.").size(), 6u * 6u); // six seats, six words each
    EXPECT_EQ(targetsOf(drawn, "seat."), 6u * 6u);
    const std::vector<render::DrawnText> notice = textsOf(drawn, "notice");
    ASSERT_EQ(notice.size(), 1u);
    EXPECT_EQ(notice[0].text, "Les idées arrivent à l’étape Atelier créatif");
}

TEST_F(LegibilityTest, TheCreativePhaseWithTwoKeyboardsOpen) {
    seedDemoSession(data(), core::PhaseStarted{1, "Atelier créatif", {"cards", "sketch"}, 1800, 0},
                    {cardAt(10, 420, 340), cardAt(11, 780, 340)});
    const std::string script =
        scriptOn(0, 1, "down", "seat.1.dock.new_card") + scriptOn(60, 1, "up", "seat.1.dock.new_card") +
        scriptOn(200, 2, "down", "seat.4.dock.new_card") + scriptOn(260, 2, "up", "seat.4.dock.new_card");
    scene("creative-two-keyboards");
    const render::Legibility drawn = measure({}, script);
    expectLegible(drawn);
    EXPECT_GE(textsOf(drawn, "key").size(), 2u * 26u); // two keyboards' letters
    EXPECT_GE(targetsOf(drawn, "seat.1.keyboard."), 26u);
    EXPECT_GE(targetsOf(drawn, "seat.4.keyboard."), 26u);
    EXPECT_GE(textsOf(drawn, "card").size(), 2u);
    // The four seats that have not written yet are told how to begin, facing them, legibly.
    const std::vector<render::DrawnText> hints = textsOf(drawn, "hint");
    ASSERT_EQ(hints.size(), 4u);
    EXPECT_EQ(hints[0].text, "Touchez + pour écrire une idée");
}

TEST_F(LegibilityTest, AnUnnamedClusterIsLabelledGroupeOne) {
    seedDemoSession(data(), core::PhaseStarted{2, "Scénarios", {"cards", "cluster"}, 1200, 0},
                    {cardAt(1, 250, 200), cardAt(2, 350, 200), cardAt(3, 300, 270),
                     core::ClusterFormed{4, "", {1, 2, 3}, 1}});
    scene("cluster");
    const render::Legibility drawn = measure({});
    expectLegible(drawn);
    const std::vector<render::DrawnText> labels = textsOf(drawn, "cluster.label");
    ASSERT_EQ(labels.size(), 1u);
    EXPECT_EQ(labels[0].text, "Groupe 1");
}

TEST_F(LegibilityTest, TheVoteWithDotsThenTheRankingThenTheReplay) {
    const std::int64_t session = seedDemoSession(
        data(), core::PhaseStarted{3, "Vote", {"vote"}, 600, 0},
        {cardAt(1, 300, 300), cardAt(2, 700, 300), core::VoteCast{5, 1, 1}, core::VoteCast{6, 2, 2}});
    scene("vote-dots");
    const render::Legibility vote = measure({});
    expectLegible(vote);
    EXPECT_GE(targetsOf(vote, "seat.1.dock.dot."), 1u);

    seedDemoSession(m_dir.path() / "ranked", core::PhaseStarted{4, "Restitution", {"locked"}, 600, 0},
                    {cardAt(1, 300, 300), core::VoteCast{5, 1, 1}});
    std::filesystem::rename(data(), m_dir.path() / "voted");
    std::filesystem::rename(m_dir.path() / "ranked", data());
    scene("ranking");
    const render::Legibility ranking = measure({});
    expectLegible(ranking);
    EXPECT_FALSE(textsOf(ranking, "ranking").empty());

    std::filesystem::remove_all(data());
    std::filesystem::rename(m_dir.path() / "voted", data());
    scene("replay");
    // Sought past its end (a seek is held to the session's length): the replay shows both voted cards.
    const render::Legibility replay = measure({"replay", std::to_string(session), "--at", "00:01:00"});
    expectLegible(replay);
    EXPECT_EQ(textsOf(replay, "card").size(), 2u);
    EXPECT_GE(targetsOf(replay, "timeline."), 5u);
    EXPECT_GE(textsOf(replay, "banner.title").at(0).capMm, 6.0);
}

TEST_F(LegibilityTest, TheFacilitatorsPanel) {
    seedDemoSession(data(), kObservation, {question()});
    PanelScript script;
    script.pin("2468");
    script.save(m_dir.path() / "panel.jsonl");
    scene("panel");
    const render::Legibility drawn = measure({}, readAll(m_dir.path() / "panel.jsonl"));
    expectLegible(drawn);
    EXPECT_GE(targetsOf(drawn, "panel.panel."), 5u);
    EXPECT_FALSE(textsOf(drawn, "panel.text").empty());
}

TEST_F(LegibilityTest, TheAttractScreenItsInvitationQuestionAndPrivacyFacingEverySide) {
    if (const char* dir = std::getenv("ATELIER_SCREENSHOT_DIR"); dir != nullptr) {
        for (const auto& [size, name] : {std::pair{"1920x1080", "attract-screen-1920x1080.png"},
                                         {"3840x2160", "attract-screen-3840x2160.png"}}) {
            expectLegible(attractScreen(size, (std::filesystem::path(dir) / name).string()));
            std::filesystem::remove_all(data()); // each picture from the same fresh start
        }
    }
    const render::Legibility drawn = attractScreen("1280x720");
    expectLegible(drawn);
    // One card per side, each with the invitation, its translation, the question and privacy in both
    // languages.
    ASSERT_EQ(textsOf(drawn, "invitation.title").size(), 4u);
    EXPECT_EQ(textsOf(drawn, "invitation.title")[0].text, "Touchez la table pour commencer");
    EXPECT_EQ(textsOf(drawn, "invitation.translation").size(), 4u);
    const std::vector<render::DrawnText> question = textsOf(drawn, "invitation.question");
    ASSERT_EQ(question.size(), 4u);
    EXPECT_EQ(question[0].role, render::TextRole::Large);
    EXPECT_GE(question[0].capMm, 6.0);
    const std::vector<render::DrawnText> privacy = textsOf(drawn, "invitation.privacy");
    ASSERT_EQ(privacy.size(), 8u);
    EXPECT_GE(privacy[0].capMm, 4.0);
    EXPECT_FALSE(textsOf(drawn, "banner.title").empty());
}

} // namespace
} // namespace atelier::testing

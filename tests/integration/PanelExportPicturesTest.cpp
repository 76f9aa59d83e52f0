// The panel's export of pictures through the real binary and touches only: a PNG per phase drawn by a child
// `atelier export` and written whole on the stick, and the MP4 button that says why it is off without ffmpeg.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "PanelScript.hpp"
#include "Process.hpp"
#include "SeededSession.hpp"
#include "TempDir.hpp"
#include "TextFiles.hpp"

namespace atelier::testing {
namespace {

/// The tests' table, in mm (the default config's display).
constexpr double kTableWidthMm = 1210;
constexpr double kTableHeightMm = 680;
/// The second phase's card, added after the first phase ended: only the second picture shows it.
constexpr core::Vec2 kLateCardMm{800, 400};

/// A card in each of two phases.
std::int64_t seedTwoPhases(const std::filesystem::path& data) {
    core::CardCreated early = cardAt(50, 300, 300);
    early.text = "un abri pour les vélos";
    core::CardCreated late = cardAt(51, kLateCardMm.x, kLateCardMm.y);
    late.text = "une fontaine";
    return seedDemoSession(data,
                           {early, core::PhaseStarted{2, "Scénarios d'usage", {"cards"}, 600, 0}, late});
}

/// The one export folder made on the stick.
std::filesystem::path exportFolder(const std::filesystem::path& stick) {
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(stick, error)) {
        return entry.path();
    }
    return {};
}

/// A session of two phases and a stick folder; the table run with them.
class PanelExportPicturesTest : public ::testing::Test {
protected:
    void SetUp() override {
        std::filesystem::create_directories(stick());
        m_session = seedTwoPhases(data());
    }
    std::filesystem::path data() const { return m_dir.path() / "data"; }
    std::filesystem::path stick() const { return m_dir.path() / "media" / "CLE"; }

    /// Runs the table with this PATH: the panel opened on the session's export screen, the stick picked, HTML
    /// (chosen by default) off, `kinds` pressed, Export pressed.
    /// With ATELIER_SCREENSHOT_DIR set, the same run is also pictured at 1920 × 1080 and 3840 × 2160 as
    /// panel-export-1080.png and panel-export-4k.png (how docs/facilitator.md's pictures are made).
    ProcessResult exportOnly(const std::vector<std::string>& kinds, const std::string& path,
                             const char* size = "1210x680", const std::filesystem::path& shot = {}) const {
        PanelScript script;
        script.pin("2468");
        if (m_panelInFrench) { // the config says English: the facilitator switches the panel to French
            script.tap("panel.language.fr");
        }
        script.tap("panel.sessions");
        script.tap("panel.session." + std::to_string(m_session) + ".export");
        script.tap("panel.export.dest.1");
        script.tap("panel.export.kind.html");
        for (const std::string& kind : kinds) {
            script.tap("panel.export.kind." + kind);
        }
        script.tap("panel.export.start");
        script.save(m_dir.path() / "export.jsonl");
        std::vector<std::string> environment = atelierEnvironment();
        environment.push_back("ATELIER_REMOVABLE_DRIVES=" + (m_dir.path() / "media").string());
        environment.push_back("PATH=" + path);
        environment.push_back("ATELIER_EXPORT_PICTURE_SIZE=480x270"); // the export's own size; small is quick
        return runProcess(std::filesystem::path(ATELIER_BINARY),
                          {"--config", writeConfig(m_dir.path(), "en").string(), "--data", data().string(),
                           "--headless", "--size", size, "--input-script",
                           (m_dir.path() / "export.jsonl").string(), "--quit-after-script", "--screenshot",
                           (shot.empty() ? m_dir.path() / "shot.png" : shot).string()},
                          std::chrono::seconds(120), environment);
    }

    TempDir m_dir;
    std::int64_t m_session = 0;
    bool m_panelInFrench = false;
};

TEST_F(PanelExportPicturesTest, APicturePerPhaseIsWrittenWholeAndWithoutFfmpegTheVideoButtonSaysWhy) {
    // No ffmpeg on the PATH: the video pressed stays off; the pictures need none (a child `atelier export`).
    const ProcessResult result = exportOnly({"video", "png"}, (m_dir.path() / "empty-path").string());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("Export complete"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("video unavailable: Unavailable: ffmpeg is not installed on this table."),
              std::string::npos)
        << result.output;
    EXPECT_NE(result.output.find("starts (1 kinds)"), std::string::npos)
        << "the pictures alone" << result.output;

    const std::filesystem::path folder = exportFolder(stick());
    ASSERT_FALSE(folder.empty()) << result.output;
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    EXPECT_EQ(names, (std::vector<std::string>{"phase-1.png", "phase-2.png"})) << "no temporary file is left";
    const std::optional<Image> first = loadPng(folder / "phase-1.png");
    const std::optional<Image> second = loadPng(folder / "phase-2.png");
    ASSERT_TRUE(first && second) << "both pictures decode";
    EXPECT_EQ(first->width, 480);
    EXPECT_EQ(first->height, 270) << "the export's size, not the table window's";
    ASSERT_EQ(second->width, first->width);
    ASSERT_EQ(second->height, first->height);
    const double pxPerMmX = first->width / kTableWidthMm;
    const double pxPerMmY = first->height / kTableHeightMm;
    const int x0 = static_cast<int>((kLateCardMm.x - 30) * pxPerMmX);
    const int y0 = static_cast<int>((kLateCardMm.y - 15) * pxPerMmY);
    const int x1 = static_cast<int>((kLateCardMm.x + 30) * pxPerMmX);
    const int y1 = static_cast<int>((kLateCardMm.y + 15) * pxPerMmY);
    EXPECT_GT(countDifferent(*first, *second, x0, y0, x1, y1), (x1 - x0) * (y1 - y0) / 2)
        << "the card of the second phase is in its picture only";
    if (const char* shots = std::getenv("ATELIER_SCREENSHOT_DIR")) {
        for (const auto& [size, name] :
             {std::pair{"1920x1080", "panel-export-1080.png"}, {"3840x2160", "panel-export-4k.png"}}) {
            EXPECT_EQ(
                exportOnly({"video", "png"}, std::getenv("PATH"), size, std::filesystem::path(shots) / name)
                    .exitCode,
                0);
        }
    }
}

TEST_F(PanelExportPicturesTest, TheReportFromThePanelShowsTheBoardOfEachPhaseInThePanelsLanguage) {
    m_panelInFrench = true;
    const ProcessResult result = exportOnly({"html"}, std::getenv("PATH"));
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("Export terminé"), std::string::npos) << result.output;
    const std::filesystem::path folder = exportFolder(stick());
    ASSERT_FALSE(folder.empty()) << result.output;
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        names.push_back(entry.path().filename().string());
    }
    EXPECT_EQ(names, std::vector<std::string>{"rapport.html"}) << "no temporary folder is left";
    const std::string page = readAll(folder / "rapport.html");
    EXPECT_EQ(page.rfind("<!DOCTYPE html>\n<html lang=\"fr\"", 0), 0u)
        << "the panel's language, not the config's English";
    std::size_t pictures = 0;
    for (std::size_t at = page.find("data:image/"); at != std::string::npos;
         at = page.find("data:image/", at + 1)) {
        ++pictures;
    }
    EXPECT_EQ(pictures, 2u) << "the board at the end of each of the two phases";
    EXPECT_NE(page.find("une fontaine"), std::string::npos);
}

TEST_F(PanelExportPicturesTest, TheMapAndTheDecidimProposalsGoToTheStickWithASentenceWhenNoPhotoIsOnAMap) {
    // What the city's GIS and its Decidim platform take, from the panel, with no terminal.
    const ProcessResult result = exportOnly({"geojson", "decidim"}, std::getenv("PATH"));
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_EQ(result.output.find("script-target-missing"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("starts (2 kinds)"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("No photo of this session lies on a map: the GeoJSON map is empty and the "
                                 "Decidim proposals have no coordinates."),
              std::string::npos)
        << "the demo's photos carry no georeference, and the facilitator is told what a map needs\n"
        << result.output;
    const std::filesystem::path folder = exportFolder(stick());
    ASSERT_FALSE(folder.empty()) << result.output;
    const nlohmann::json map = nlohmann::json::parse(readAll(folder / "seance.geojson"));
    EXPECT_EQ(map["type"], "FeatureCollection");
    EXPECT_TRUE(map["features"].empty()) << map.dump();
    const std::string decidim = readAll(folder / "decidim-propositions.csv");
    EXPECT_EQ(decidim.rfind("title/en;body/en;latitude;longitude\r\n", 0), 0u) << decidim;
    EXPECT_NE(decidim.find("un abri pour les vélos"), std::string::npos) << decidim;
    EXPECT_NE(decidim.find("une fontaine"), std::string::npos) << decidim;
}

TEST_F(PanelExportPicturesTest, WithFfmpegTheTimeLapseIsWrittenWholeOnTheStick) {
    if (std::system("command -v ffmpeg >/dev/null 2>&1") != 0) {
        GTEST_SKIP() << "ffmpeg is not installed here";
    }
    const ProcessResult result = exportOnly({"video"}, std::getenv("PATH"));
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("Export complete"), std::string::npos) << result.output;
    const std::filesystem::path video = exportFolder(stick()) / "seance-acceleree.mp4";
    const std::string bytes = readAll(video);
    ASSERT_GT(bytes.size(), 12u) << result.output;
    EXPECT_EQ(bytes.substr(4, 4), "ftyp") << "an MP4 file";
    EXPECT_FALSE(std::filesystem::exists(exportFolder(stick()) / ".seance-acceleree.mp4.part"));
}

} // namespace
} // namespace atelier::testing

// The real `atelier` binary, headless: what it draws, how it refuses bad input, and how it stops.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <csignal>
#include <fstream>
#include <optional>
#include <thread>

#include "Image.hpp"
#include "Process.hpp"

namespace atelier::testing {
namespace {

const std::filesystem::path kAtelier = ATELIER_BINARY;
/// The empty table's colour (render/TableColour.hpp's kTableColour).
constexpr Colour kTable{0xEE, 0xEA, 0xE2};
/// The frames a stopping table may draw to save and close (platform/RedrawPolicy.hpp's kFramesPerChange).
constexpr long kFramesPerStop = 3;

class HeadlessRunTest : public ::testing::Test {
protected:
    std::filesystem::path writeConfig(const std::string& text) {
        const std::filesystem::path file = m_dir.path() / "atelier.toml";
        std::ofstream(file) << text;
        return file;
    }

    std::vector<std::string> baseArgs(const std::filesystem::path& config) {
        return {"--config", config.string(), "--data", (m_dir.path() / "data").string()};
    }

    TempDir m_dir;
};

TEST_F(HeadlessRunTest, DrawsTheDemoTableItsPhotosQuestionAndBanner) {
    const auto config = writeConfig("[ui]\nlanguage = \"fr\"\n[input]\ntuio = false\n");
    const auto shot = m_dir.path() / "shot.png";
    auto args = baseArgs(config);
    args.insert(args.end(),
                {"--headless", "--size", "640x360", "--frames", "3", "--screenshot", shot.string()});
    const ProcessResult result = runProcess(kAtelier, args, std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(result.exitCode, 0) << result.output;

    const std::optional<Image> image = loadPng(shot);
    ASSERT_TRUE(image) << "no readable screenshot at " << shot;
    ASSERT_EQ(image->width, 640);
    ASSERT_EQ(image->height, 360);

    // Where nothing is drawn, a person sees the bare table (corners, and between the photos and the docks).
    for (auto [x, y] : {std::pair{5, 355}, std::pair{635, 355}, std::pair{5, 5}, std::pair{320, 300}}) {
        EXPECT_TRUE(near(image->at(x, y), kTable)) << "pixel " << x << "," << y << " is " << image->at(x, y).r
                                                   << "," << image->at(x, y).g << "," << image->at(x, y).b;
    }
    // The one-line banner at the top centre carries dark text (title and phase), between the top docks.
    EXPECT_GT(image->countDarker(200, 0, 440, 25, 100), 80);
    // The demo's two site photos lie loaded (not the grey loading pattern) left and right of the middle,
    // with the question's prompt card over them.
    auto colourful = [&](int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = y0; y < y1; ++y) {
            for (int x = x0; x < x1; ++x) {
                const Colour c = image->at(x, y);
                count += std::max({c.r, c.g, c.b}) - std::min({c.r, c.g, c.b}) > 30 ? 1 : 0;
            }
        }
        return count;
    };
    EXPECT_GT(colourful(125, 110, 260, 250), 2000) << "the plan photo is not shown";
    EXPECT_GT(colourful(380, 110, 520, 250), 2000) << "the lot photo is not shown";
    // The question is no idea card: paper white (render/Palette.hpp's kNoCategoryColour), dark text on it.
    EXPECT_TRUE(near(image->at(280, 196), Colour{0xFA, 0xF8, 0xF2}, 12));
    EXPECT_GT(image->countDarker(290, 170, 350, 195, 150), 10) << "the question is written on the card";
}

TEST_F(HeadlessRunTest, BadConfigGivesOneSentenceAndExitCode2) {
    const auto config = writeConfig("[display]\nwidth_mm = 1210\nseats = 6\n");
    auto args = baseArgs(config);
    args.insert(args.end(), {"--headless", "--frames", "1"});
    const ProcessResult result = runProcess(kAtelier, args, std::chrono::seconds(60), atelierEnvironment());
    EXPECT_EQ(result.exitCode, 2) << result.output;
    EXPECT_NE(result.output.find("atelier.toml:3"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("display.seats"), std::string::npos) << result.output;
}

TEST_F(HeadlessRunTest, MissingConfigFileIsNamed) {
    const ProcessResult result = runProcess(kAtelier, {"--config", "/nonexistent/a.toml", "--headless"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.output.find("/nonexistent/a.toml"), std::string::npos) << result.output;
}

TEST_F(HeadlessRunTest, HelpListsTheSubcommands) {
    const ProcessResult result = runProcess(kAtelier, {"--help"});
    EXPECT_EQ(result.exitCode, 0);
    for (const char* name : {"run", "sessions", "replay", "export", "import", "check", "bench"}) {
        EXPECT_NE(result.output.find(name), std::string::npos) << name;
    }
}

/// The number the table logs after `prefix` ("the table is drawn (12 frames)", "the table stops; 14 frames").
std::optional<long> framesAfter(const std::string& output, const std::string& prefix) {
    const std::size_t at = output.find(prefix);
    if (at == std::string::npos) {
        return std::nullopt;
    }
    std::size_t digits = at + prefix.size();
    std::size_t end = digits;
    while (end < output.size() && std::isdigit(static_cast<unsigned char>(output[end])) != 0) {
        ++end;
    }
    if (end == digits) {
        return std::nullopt;
    }
    return std::stol(output.substr(digits, end - digits));
}

TEST_F(HeadlessRunTest, AnIdleTableDrawsNothingAndSigtermEndsItCleanly) {
    const auto config = writeConfig("");
    auto args = baseArgs(config);
    args.insert(args.end(), {"--headless", "--size", "640x360"});
    Process table(kAtelier, args, atelierEnvironment());
    ASSERT_TRUE(table.waitForOutput("waiting for touches", std::chrono::seconds(30))) << table.outputSoFar();
    // Frames, not CPU seconds: a count does not depend on how loaded the machine running the test is.
    std::this_thread::sleep_for(std::chrono::milliseconds(2500));

    table.signal(SIGTERM);
    const std::optional<ProcessResult> result = table.wait(std::chrono::seconds(10));
    ASSERT_TRUE(result) << "SIGTERM did not stop the table";
    EXPECT_EQ(result->exitCode, 0) << result->output;
    const std::optional<long> drawn = framesAfter(result->output, "the table is drawn (");
    const std::optional<long> stopped = framesAfter(result->output, "the table stops; ");
    ASSERT_TRUE(drawn && stopped) << result->output;
    // Nothing changes on an idle table: at most the phase clock's once-a-second tick and the stop's frames,
    // where a table redrawing without need would have drawn dozens in 2.5 s.
    EXPECT_LE(*stopped - *drawn, 3 + kFramesPerStop) << result->output;
}

} // namespace
} // namespace atelier::testing

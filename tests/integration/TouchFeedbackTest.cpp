// The table shows it heard people: a ring under a finger while it is down, a hint facing each seat until
// the seat used its tool, and no frame drawn once the animations have ended.
#include <gtest/gtest.h>

#include <cmath>
#include <csignal>
#include <fstream>
#include <optional>
#include <thread>

#include "Image.hpp"
#include "Process.hpp"
#include "SeededSession.hpp"
#include "TempDir.hpp"
#include "workshop/SeatLayout.hpp"

namespace atelier::testing {
namespace {

const std::filesystem::path kAtelier = ATELIER_BINARY;
/// The empty table's colour (render/TableColour.hpp's kTableColour).
constexpr Colour kTable{0xEE, 0xEA, 0xE2};
/// The frames a stopping table may draw to save and close (platform/RedrawPolicy.hpp's kFramesPerChange).
constexpr long kFramesPerStop = 3;

/// Pixels in the ring between `inner` and `outer` pixels from (cx, cy) that differ from the bare table.
int tintedAround(const Image& image, int cx, int cy, double inner, double outer) {
    int count = 0;
    for (int y = cy - static_cast<int>(outer); y <= cy + static_cast<int>(outer); ++y) {
        for (int x = cx - static_cast<int>(outer); x <= cx + static_cast<int>(outer); ++x) {
            const double d = std::hypot(x - cx, y - cy);
            if (d >= inner && d <= outer && !near(image.at(x, y), kTable, 10)) {
                ++count;
            }
        }
    }
    return count;
}

/// The number the table logs after `prefix` ("the table stops; 14 frames").
std::optional<long> framesAfter(const std::string& output, const std::string& prefix) {
    const std::size_t at = output.find(prefix);
    if (at == std::string::npos) {
        return std::nullopt;
    }
    return std::stol(output.substr(at + prefix.size()));
}

class TouchFeedbackTest : public ::testing::Test {
protected:
    std::vector<std::string> args(const std::string& script) {
        const std::filesystem::path config = m_dir.path() / "atelier.toml";
        std::ofstream(config) << "[input]\ntuio = false\n";
        std::ofstream(m_dir.path() / "script.jsonl") << script;
        return {"--config",
                config.string(),
                "--data",
                (m_dir.path() / "data").string(),
                "--headless",
                "--size",
                "1210x680",
                "--input-script",
                (m_dir.path() / "script.jsonl").string()};
    }
    TempDir m_dir;
};

TEST_F(TouchFeedbackTest, AFingerDownDrawsARingUnderItAndNowhereElse) {
    // 1 px per mm. The finger lands on bare table above the photos (they start ~197 mm down) and stays down
    // (no "up").
    const core::Vec2 at{605, 160};
    auto command =
        args(scriptAt(100, 1, "down", at) + "\n" + scriptAt(160, 1, "move", {at.x + 1, at.y}) + "\n");
    const auto shot = m_dir.path() / "ring.png";
    command.insert(command.end(), {"--frames", "4", "--screenshot", shot.string()});
    const ProcessResult result =
        runProcess(kAtelier, command, std::chrono::seconds(90), atelierEnvironment());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const std::optional<Image> image = loadPng(shot);
    ASSERT_TRUE(image);
    const int cx = static_cast<int>(at.x + 1);
    const int cy = static_cast<int>(at.y);
    // The ring (render::kContactRingRadiusMm = 13 mm, its edge in the seat's colour) lies around the finger:
    // most of the pixels at 9 to 13 mm are tinted; the table 19 to 24 mm away (past its soft shadow) is bare.
    const int ringArea = static_cast<int>(std::numbers::pi * (13 * 13 - 9 * 9));
    EXPECT_GT(tintedAround(*image, cx, cy, 9, 13), ringArea * 2 / 3) << "no ring under the finger";
    EXPECT_EQ(tintedAround(*image, cx, cy, 19, 24), 0) << "the ring spills beyond its radius";
}

TEST_F(TouchFeedbackTest, AHintFacesEachSeatUntilThatSeatWritesAnIdea) {
    seedDemoSession(m_dir.path() / "data", {}); // the creative phase: cards and sketching
    // Seat 1 writes an idea (its "+"), then closes its keyboard; the others touch nothing.
    const std::string script = scriptOn(100, 1, "down", "seat.1.dock.new_card") + "\n" +
                               scriptOn(140, 1, "up", "seat.1.dock.new_card") + "\n" +
                               scriptOn(600, 2, "down", "seat.1.keyboard.enter") + "\n" +
                               scriptOn(640, 2, "up", "seat.1.keyboard.enter") + "\n";
    auto command = args(script);
    const auto shot = m_dir.path() / "hints.png";
    command.insert(command.end(), {"--quit-after-script", "--screenshot", shot.string()});
    const ProcessResult result =
        runProcess(kAtelier, command, std::chrono::seconds(90), atelierEnvironment());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const std::optional<Image> image = loadPng(shot);
    ASSERT_TRUE(image);
    // Each hint sits 48 mm inward of its seat's anchor (table/LiveTableScreen.cpp's kHintInsetMm), dark
    // text on a light band facing the seat. Seat 1 used "+": its hint is gone; seat 2's is still there.
    const workshop::SeatLayout seats(6, {1210, 680});
    auto textAt = [&](int number) {
        const workshop::Seat& seat = seats.seats()[static_cast<std::size_t>(number - 1)];
        const int x = static_cast<int>(seat.anchorMm.x + std::sin(seat.facing) * 48);
        const int y = static_cast<int>(seat.anchorMm.y - std::cos(seat.facing) * 48);
        return image->countDarker(x - 60, y - 4, x + 60, y + 4, 90);
    };
    EXPECT_GT(textAt(2), 40) << "seat 2 never wrote an idea: its hint shows";
    EXPECT_LT(textAt(1), 5) << "seat 1 wrote an idea: its hint is gone";
}

TEST_F(TouchFeedbackTest, OnceItsRingHasFadedAnIdleTableDrawsNoFrame) {
    const core::Vec2 at{605, 175};
    Process table(kAtelier, args(scriptAt(100, 1, "down", at) + "\n" + scriptAt(180, 1, "up", at) + "\n"),
                  atelierEnvironment());
    ASSERT_TRUE(table.waitForOutput("the table is still (", std::chrono::seconds(60))) << table.outputSoFar();
    std::this_thread::sleep_for(std::chrono::milliseconds(2000));
    table.signal(SIGTERM);
    const std::optional<ProcessResult> result = table.wait(std::chrono::seconds(20));
    ASSERT_TRUE(result);
    ASSERT_EQ(result->exitCode, 0) << result->output;
    const std::optional<long> still = framesAfter(result->output, "the table is still (");
    const std::optional<long> stopped = framesAfter(result->output, "the table stops; ");
    ASSERT_TRUE(still && stopped) << result->output;
    EXPECT_GT(*still, 2) << "the touch and its fading ring were drawn";
    // 2 s of stillness after the ring faded: only the stop's frames (a ring that never stopped fading, or
    // any animation left running, would have drawn dozens).
    EXPECT_LE(*stopped - *still, kFramesPerStop) << result->output;
}

} // namespace
} // namespace atelier::testing

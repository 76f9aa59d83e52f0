// Cards move into place on the live table (a new card grows in), then the table goes still: no frame is
// drawn once the motion is over (a motion that never ended would draw dozens).
#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <fstream>
#include <optional>
#include <thread>

#include "Process.hpp"
#include "SeededSession.hpp"
#include "TempDir.hpp"

namespace atelier::testing {
namespace {

const std::filesystem::path kAtelier = ATELIER_BINARY;
/// The frames a stopping table may draw to save and close (platform/RedrawPolicy.hpp's kFramesPerChange).
constexpr long kFramesPerStop = 3;

/// The number the table logs after `prefix` ("the table is still (42 frames)").
std::optional<long> framesAfter(const std::string& output, const std::string& prefix) {
    const std::size_t at = output.find(prefix);
    if (at == std::string::npos) {
        return std::nullopt;
    }
    return std::stol(output.substr(at + prefix.size()));
}

/// Runs the table on a seeded creative phase with `script`, waits until it says it is still, lets it idle
/// for a second, stops it; the frames drawn until it was still and while it idled.
struct Frames {
    long untilStill = 0;
    long whileIdle = 0;
};

std::optional<Frames> framesFor(const TempDir& dir, const std::string& script, std::string& output) {
    const std::filesystem::path config = dir.path() / "atelier.toml";
    std::ofstream(config) << "[input]\ntuio = false\n";
    std::ofstream(dir.path() / "script.jsonl") << script;
    Process table(kAtelier,
                  {"--config", config.string(), "--data", (dir.path() / "data").string(), "--headless",
                   "--size", "1210x680", "--input-script", (dir.path() / "script.jsonl").string()},
                  atelierEnvironment());
    if (!table.waitForOutput("the table is still (", std::chrono::seconds(60))) {
        output = table.outputSoFar();
        return std::nullopt;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1000));
    table.signal(SIGTERM);
    const std::optional<ProcessResult> result = table.wait(std::chrono::seconds(20));
    if (!result || result->exitCode != 0) {
        output = result ? result->output : table.outputSoFar();
        return std::nullopt;
    }
    output = result->output;
    const std::optional<long> still = framesAfter(output, "the table is still (");
    const std::optional<long> stopped = framesAfter(output, "the table stops; ");
    if (!still || !stopped) {
        return std::nullopt;
    }
    return Frames{*still, *stopped - *still};
}

TEST(CardMotionTest, OnceANewCardHasGrownInAnIdleTableDrawsNoFrame) {
    TempDir dir;
    seedDemoSession(dir.path() / "data", {}); // the creative phase: seat 1's "+" writes a card
    const std::string script = scriptOn(100, 1, "down", "seat.1.dock.new_card") + "\n" +
                               scriptOn(140, 1, "up", "seat.1.dock.new_card") + "\n";
    std::string output;
    const std::optional<Frames> frames = framesFor(dir, script, output);
    ASSERT_TRUE(frames) << output;
    EXPECT_GT(frames->untilStill, 2) << "the touch, the card and its growing in were drawn";
    std::cout << "frames until still " << frames->untilStill << ", while idle " << frames->whileIdle << "\n";
    EXPECT_LE(frames->whileIdle, kFramesPerStop) << "the motion stopped: an idle table draws nothing\n"
                                                 << output;
}

} // namespace
} // namespace atelier::testing

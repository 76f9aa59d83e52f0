// Two seats sketch on the same site photo at once through the real binary; the photo is then turned and
// moved (the sketch goes with it, on screen), one seat undoes its line, and the log rebuilds the same board.
#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <cmath>
#include <fstream>
#include <numbers>
#include <sstream>

#include "Image.hpp"
#include "Process.hpp"
#include "SeededSession.hpp"
#include "core/BoardHash.hpp"
#include "store/Database.hpp"

namespace atelier::testing {
namespace {

const std::filesystem::path kAtelier = ATELIER_BINARY;

// Script lines at a table point (mm) or on a named target.
constexpr auto at = scriptAt;
constexpr auto on = scriptOn;
std::string tap(int& t, int id, const std::string& target) {
    const std::string lines = on(t, id, "down", target) + on(t + 40, id, "up", target);
    t += 80;
    return lines;
}

/// The session the data dir holds (the only one).
std::int64_t onlySession(const std::filesystem::path& data) {
    SQLite::Database database((data / store::kDataFileName).string(), SQLite::OPEN_READONLY, kBusyTimeoutMs);
    return database.execAndGet("SELECT max(id) FROM sessions").getInt64();
}

int colourDistance(Colour a, Colour b) {
    return std::abs(a.r - b.r) + std::abs(a.g - b.g) + std::abs(a.b - b.b);
}

/// The pixel nearest a stroke colour within 2 px of a table point (1 px per mm here): lines are 4 mm wide.
int closestTo(const Image& shot, core::Vec2 mm, Colour colour) {
    int best = 1000;
    for (int dy = -2; dy <= 2; ++dy) {
        for (int dx = -2; dx <= 2; ++dx) {
            best = std::min(
                best,
                colourDistance(shot.at(static_cast<int>(mm.x) + dx, static_cast<int>(mm.y) + dy), colour));
        }
    }
    return best;
}

TEST(SketchTest, TwoSeatsDrawOnOnePhotoTheSketchFollowsItAndUndoIsPerSeat) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    const std::filesystem::path config = dir.path() / "atelier.toml";
    std::ofstream(config) << "[input]\ntuio = false\n";
    const std::vector<std::string> common = {"--config",    config.string(), "--data",
                                             data.string(), "--workshop",    "demo",
                                             "--headless",  "--size",        "1210x680"};
    // A fresh demo session: its two site photos lie in the middle, in the "Observation" phase (sketch).
    std::vector<std::string> list = common;
    list.push_back("--list-targets");
    const ProcessResult fresh = runProcess(kAtelier, list, std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(fresh.exitCode, 0) << fresh.output;
    const std::int64_t session = onlySession(data);
    const core::Board before = boardOf(data, session);
    const core::Photo* photo = before.findPhoto(1);
    ASSERT_NE(photo, nullptr);
    const core::Vec2 c = photo->pose.centre;
    ASSERT_LT(c.x + 120, 605) << "photo 1 lies left of the middle: seats 1 (bottom) and 5 (top) share it";

    // Seat 1 (bottom) draws in vermillion below the middle, seat 5 (top) in blue above it, at the same time.
    std::string script;
    int t = 0;
    script += tap(t, 1, "seat.1.dock.pen");
    script += tap(t, 2, "seat.5.dock.pen");
    script += tap(t, 2, "seat.5.dock.color.4");
    const core::Vec2 lower{c.x - 100, c.y + 80};
    const core::Vec2 upper{c.x - 100, c.y - 60};
    script += at(t, 11, "down", lower);
    script += at(t, 12, "down", upper);
    for (int i = 1; i <= 12; ++i) {
        t += 20;
        script += at(t, 11, "move", {lower.x + 10 * i, lower.y});
        script += at(t, 12, "move", {upper.x + 10 * i, upper.y});
    }
    t += 20;
    script += at(t, 11, "up", {lower.x + 120, lower.y});
    script += at(t, 12, "up", {upper.x + 120, upper.y});
    // Seat 5 puts its pen down (move mode); two fingers in its zone turn the photo by 0.5 rad and move it
    // 60 mm right, 30 mm down.
    t += 100;
    script += tap(t, 2, "seat.5.dock.pen");
    t += 100;
    const core::Vec2 pivot{c.x, c.y - 40};
    for (int i = 0; i <= 10; ++i) {
        const double a = 0.05 * i;
        const core::Vec2 centre{pivot.x + 6.0 * i, pivot.y + 3.0 * i};
        const core::Vec2 left{centre.x - 60 * std::cos(a), centre.y - 60 * std::sin(a)};
        const core::Vec2 right{centre.x + 60 * std::cos(a), centre.y + 60 * std::sin(a)};
        const char* phase = i == 0 ? "down" : "move";
        script += at(t, 21, phase, left);
        script += at(t, 22, phase, right);
        t += 30;
        if (i == 10) {
            script += at(t, 21, "up", left);
            script += at(t, 22, "up", right);
        }
    }
    // Seat 1 takes back its own last action: its line (seat 5 moved the photo, not seat 1).
    t += 200;
    script += tap(t, 3, "seat.1.dock.undo");
    std::ofstream(dir.path() / "sketch.jsonl") << script;

    const std::string shotFile = (dir.path() / "sketch.png").string();
    std::vector<std::string> args = common;
    for (const std::string& arg :
         {std::string("--input-script"), (dir.path() / "sketch.jsonl").string(),
          std::string("--quit-after-script"), std::string("--screenshot"), shotFile}) {
        args.push_back(arg);
    }
    const ProcessResult run = runProcess(kAtelier, args, std::chrono::seconds(120), atelierEnvironment());
    ASSERT_EQ(run.exitCode, 0) << run.output;

    // The log: two strokes, one per seat, never joined; seat 1's erased by its own undo; seat 5's stays.
    const core::Board board = boardOf(data, session);
    ASSERT_EQ(board.strokes.size(), 2U) << run.output;
    const core::Stroke* mine = nullptr;
    const core::Stroke* theirs = nullptr;
    for (const auto& [id, stroke] : board.strokes) {
        (stroke.seat == 1 ? mine : theirs) = &stroke;
    }
    ASSERT_NE(mine, nullptr);
    ASSERT_NE(theirs, nullptr);
    EXPECT_EQ(theirs->seat, 5);
    EXPECT_TRUE(mine->erased) << "seat 1's undo took back its line";
    EXPECT_FALSE(theirs->erased) << "and left seat 5's";
    EXPECT_EQ(theirs->colour, 0x0072B2FFu);
    EXPECT_EQ(countEvents(data, session, "stroke.erased"), 1);
    EXPECT_EQ(countEvents(data, session, "stroke.begun"), 2);
    EXPECT_EQ(countEvents(data, session, "stroke.ended"), 2);

    // The photo turned and moved; the strokes kept their points in its frame.
    const core::Pose pose = board.findPhoto(1)->pose;
    EXPECT_NEAR(pose.rotation, 0.5, 0.05);
    // Turned about the fingers' midpoint, 40 mm above its centre, then carried 60 mm right and 30 mm down.
    EXPECT_NEAR(pose.centre.x, c.x + 60 - 40 * std::sin(0.5), 3);
    EXPECT_NEAR(pose.centre.y, c.y - 40 + 30 + 40 * std::cos(0.5), 3);
    for (const core::Vec2 point : theirs->points) {
        EXPECT_NEAR(core::localToTable(before.findPhoto(1)->pose, point).y, upper.y, 1.0);
    }

    // On screen: the blue line lies where the turned photo carries it, not where it was drawn.
    const std::optional<Image> shot = loadPng(shotFile);
    ASSERT_TRUE(shot);
    const Colour blue{0x00, 0x72, 0xB2};
    const Colour vermillion{0xD5, 0x5E, 0x00};
    int onLine = 0;
    int total = 0;
    for (std::size_t i = 2; i + 2 < theirs->points.size(); i += 3) {
        ++total;
        onLine += closestTo(*shot, core::localToTable(pose, theirs->points[i]), blue) < 60 ? 1 : 0;
    }
    EXPECT_GE(onLine * 10, total * 8) << onLine << " of " << total << " points of the moved line are blue";
    int leftBehind = 0;
    for (int x = 20; x <= 100; x += 10) {
        leftBehind += closestTo(*shot, {upper.x + x, upper.y}, blue) < 60 ? 1 : 0;
        EXPECT_GT(closestTo(*shot,
                            core::localToTable(
                                pose, core::tableToLocal(before.findPhoto(1)->pose, {lower.x + x, lower.y})),
                            vermillion),
                  90)
            << "seat 1's undone line is gone";
    }
    EXPECT_LE(leftBehind, 1) << "nothing blue stays where the line was drawn before the photo turned";

    // Everything is rebuilt from the log alone: the same board as the binary had when it stopped.
    const std::string hash = loggedHash(run.output);
    ASSERT_EQ(hash.size(), 64U) << run.output;
    EXPECT_EQ(core::boardHash(board), hash);
}

} // namespace
} // namespace atelier::testing

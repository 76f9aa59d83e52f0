// The exhibition's attract loop through the real binary: an idle table archives its session and invites
// visitors from every side; a touch (a real TUIO packet) starts a fresh live session in SQLite.
#include <gtest/gtest.h>

#include <algorithm>

#include <arpa/inet.h>
#include <csignal>
#include <fstream>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include "Image.hpp"
#include "Process.hpp"
#include "SeededSession.hpp"
#include "WaitFor.hpp"
#include "store/Database.hpp"

namespace atelier::testing {
namespace {

const std::filesystem::path kAtelier = ATELIER_BINARY;
constexpr int kWidthPx = 960;
constexpr int kHeightPx = 540;
constexpr double kWidthMm = 1210;
constexpr double kHeightMm = 680;

/// Pixels of a box that look like the invitation's panel (near white) and like its text (dark).
struct PanelPixels {
    int light = 0;
    int dark = 0;
};

PanelPixels panelPixels(const Image& image, int cx, int cy, int halfW, int halfH) {
    PanelPixels pixels;
    for (int y = cy - halfH; y < cy + halfH; ++y) {
        for (int x = cx - halfW; x < cx + halfW; ++x) {
            const Colour c = image.at(x, y);
            if (c.r > 235 && c.g > 235 && c.b > 225) {
                ++pixels.light;
            } else if (c.r < 90 && c.g < 90 && c.b < 90) {
                ++pixels.dark;
            }
        }
    }
    return pixels;
}

/// The seeded session's card: 300 × 200 mm in the middle of the table, category 1 ("Jeux", #E69F00).
constexpr double kCardXMm = 605;
constexpr double kCardYMm = 300;

/// An archived session of the demo workshop whose last board holds one big orange card, made of enough
/// events (11) to be worth replaying. It ends now, or at `endedAt` (written over the store's times).
void seedArchivedSession(const std::filesystem::path& dataDir, const std::optional<std::string>& endedAt) {
    std::vector<core::Event> events;
    core::CardCreated card = cardAt(50, kCardXMm - 200, kCardYMm);
    card.size = {300, 200};
    card.category = 1;
    events.emplace_back(card);
    for (int step = 1; step <= 8; ++step) { // dragged to the middle, as someone would
        core::CardMoved moved{50, card.pose, 1};
        moved.pose.centre.x = kCardXMm - 200 + 25 * step;
        events.emplace_back(moved);
    }
    const std::int64_t id = seedDemoSession(dataDir, events);
    store::Database::open(dataDir).archiveSession(id);
    if (!endedAt) {
        return;
    }
    SQLite::Database file((dataDir / store::kDataFileName).string(), SQLite::OPEN_READWRITE);
    SQLite::Statement update(file, "UPDATE sessions SET started_at = ?, ended_at = ? WHERE id = ?");
    update.bind(1, *endedAt);
    update.bind(2, *endedAt);
    update.bind(3, id);
    update.exec();
}

/// True when the pixel is the orange card under the invitation's veil (not the table, not a photo).
bool looksOrange(const Colour& c) {
    return c.r > c.b + 60 && c.r > c.g + 15 && c.g > c.b + 30;
}

class AttractTest : public ::testing::Test {
protected:
    std::filesystem::path writeConfig(int tuioPort) {
        const std::filesystem::path file = m_dir.path() / "atelier.toml";
        std::ofstream(file) << "[display]\nwidth_mm = " << kWidthMm << "\nheight_mm = " << kHeightMm
                            << "\n[input]\ntuio_port = " << tuioPort
                            << "\n[kiosk]\nenabled = true\nidle_timeout_s = 1\n";
        return file;
    }
    std::vector<std::string> args(int port, const std::filesystem::path& shot) {
        return {"--config",
                writeConfig(port).string(),
                "--data",
                (m_dir.path() / "data").string(),
                "--headless",
                "--size",
                std::to_string(kWidthPx) + "x" + std::to_string(kHeightPx),
                "--screenshot",
                shot.string()};
    }
    /// Runs the table until its attract loop shows, then SIGTERM: the screenshot of what plays behind the
    /// invitation, and the log.
    std::pair<std::optional<Image>, std::string> attractScreen() {
        const std::filesystem::path shot = m_dir.path() / "replay.png";
        std::vector<std::string> arguments = args(freeUdpPort(), shot);
        // Many frames: the table runs until SIGTERM, which draws the last one and takes the screenshot,
        // however fast its photos decode (else it would stop once settled, before it is idle).
        arguments.insert(arguments.end(), {"--frames", "1000000"});
        Process table(kAtelier, arguments, atelierEnvironment());
        // Logged once the attract loop has its source: the frame drawn on SIGTERM (the screenshot) shows it.
        EXPECT_TRUE(table.waitForOutput("inviting visitors", std::chrono::seconds(40)))
            << table.outputSoFar();
        table.signal(SIGTERM);
        const std::optional<ProcessResult> result = table.wait(std::chrono::seconds(30));
        EXPECT_TRUE(result && result->exitCode == 0) << (result ? result->output : table.outputSoFar());
        return {loadPng(shot), result ? result->output : ""};
    }
    Colour cardCentre(const Image& image) const {
        return image.at(static_cast<int>(kCardXMm * kWidthPx / kWidthMm),
                        static_cast<int>(kCardYMm * kHeightPx / kHeightMm));
    }
    TempDir m_dir;
};

TEST_F(AttractTest, BehindTheInvitationPlaysASessionThatEndedMoreThanADayAgo) {
    seedArchivedSession(m_dir.path() / "data", "2026-01-10T16:00:00.000Z");
    const auto [shot, log] = attractScreen();
    ASSERT_TRUE(shot);
    const Colour centre = cardCentre(*shot);
    EXPECT_TRUE(looksOrange(centre)) << "the replayed session's orange card is missing: " << int(centre.r)
                                     << "," << int(centre.g) << "," << int(centre.b) << "\n"
                                     << log;
    EXPECT_NE(log.find("replaying session 1"), std::string::npos) << log;
}

TEST_F(AttractTest, ASessionThatJustEndedIsNeverShownTheFreshTableIs) {
    seedArchivedSession(m_dir.path() / "data", std::nullopt); // archived a moment ago
    const auto [shot, log] = attractScreen();
    ASSERT_TRUE(shot);
    const Colour centre = cardCentre(*shot);
    EXPECT_FALSE(looksOrange(centre)) << "privacy: an earlier group's card is shown: " << int(centre.r) << ","
                                      << int(centre.g) << "," << int(centre.b);
    EXPECT_NE(log.find("the fresh table is shown"), std::string::npos) << log;
}

TEST_F(AttractTest, IdleTableInvitesFromEverySideAndATouchStartsAFreshSession) {
    const std::filesystem::path attractShot = m_dir.path() / "attract.png";
    {
        // A first group touches the table once, then leaves. (The script's last touch, ten minutes later,
        // never comes: it keeps the run going until SIGTERM, which takes the screenshot.)
        std::ofstream(m_dir.path() / "touch.jsonl") << R"({"t":50,"id":1,"phase":"down","x":0.3,"y":0.5})"
                                                       "\n"
                                                       R"({"t":120,"id":1,"phase":"up","x":0.3,"y":0.5})"
                                                       "\n"
                                                       R"({"t":600000,"id":2,"phase":"down","x":0.5,"y":0.5})"
                                                       "\n"
                                                       R"({"t":600040,"id":2,"phase":"up","x":0.5,"y":0.5})"
                                                       "\n";
        std::vector<std::string> first = args(freeUdpPort(), attractShot);
        first.push_back("--input-script");
        first.push_back((m_dir.path() / "touch.jsonl").string());
        first.push_back("--quit-after-script");
        Process table(kAtelier, first, atelierEnvironment());
        ASSERT_TRUE(table.waitForOutput("attract loop", std::chrono::seconds(40))) << table.outputSoFar();
        table.signal(SIGTERM); // the last frame is drawn and captured, then the table quits cleanly
        const std::optional<ProcessResult> result = table.wait(std::chrono::seconds(30));
        ASSERT_TRUE(result);
        ASSERT_EQ(result->exitCode, 0) << result->output;
    }
    {
        store::Database database = store::Database::open(m_dir.path() / "data");
        const auto sessions = database.listSessions();
        ASSERT_EQ(sessions.size(), 1U);
        EXPECT_EQ(sessions[0].status, store::SessionStatus::Archived) << "kept for the facilitators";
        EXPECT_TRUE(sessions[0].endedAt.has_value());
        EXPECT_FALSE(database.findLiveSession("demo")) << "nothing live while the table waits";
    }

    // The invitation faces each side: a light panel with dark text near the middle of every edge.
    const std::optional<Image> shot = loadPng(attractShot);
    ASSERT_TRUE(shot);
    const double px = kWidthPx / kWidthMm;
    const int inset = static_cast<int>(95 * px); // ui/Invitation.cpp's kEdgeInsetMm
    const struct {
        const char* side;
        int x, y, halfW, halfH;
    } panels[] = {
        {"bottom", kWidthPx / 2, kHeightPx - inset, 140, 45},
        {"top", kWidthPx / 2, inset, 140, 45},
        {"left", inset, kHeightPx / 2, 45, 140},
        {"right", kWidthPx - inset, kHeightPx / 2, 45, 140},
    };
    for (const auto& panel : panels) {
        const PanelPixels pixels = panelPixels(*shot, panel.x, panel.y, panel.halfW, panel.halfH);
        const int area = 4 * panel.halfW * panel.halfH;
        EXPECT_GT(pixels.light, area / 3) << panel.side << ": the panel is missing";
        EXPECT_GT(pixels.dark, area / 100) << panel.side << ": the panel has no text";
    }
    // Each card carries the workshop's question in the accent blue (0072B2), under the two invitations.
    for (const auto& panel : panels) {
        int blue = 0;
        for (int y = panel.y - panel.halfH; y < panel.y + panel.halfH; ++y) {
            for (int x = panel.x - panel.halfW; x < panel.x + panel.halfW; ++x) {
                const Colour c = shot->at(std::clamp(x, 0, kWidthPx - 1), std::clamp(y, 0, kHeightPx - 1));
                blue += c.b > 140 && c.r < 90 && c.b > c.g + 30 ? 1 : 0;
            }
        }
        EXPECT_GT(blue, 40) << panel.side << ": no question (or touch point) on the card";
    }
    // No veil over the whole table (a ripple frame then redraws the four cards, not the screen): bare table
    // between the cards keeps the table's colour.
    const Colour bare = shot->at(kWidthPx / 2, static_cast<int>(172 * px));
    EXPECT_GT(bare.r + bare.g + bare.b, 3 * 200) << "the table is veiled";

    // The next morning the table starts (a fresh session), goes idle, and a visitor's touch wakes it.
    const int port = freeUdpPort();
    std::vector<std::string> second = args(port, m_dir.path() / "unused.png");
    second.resize(second.size() - 2); // no screenshot: SIGTERM then quits at once
    Process table(kAtelier, second, atelierEnvironment());
    ASSERT_TRUE(table.waitForOutput("inviting visitors", std::chrono::seconds(40))) << table.outputSoFar();
    auto send = [&](std::vector<std::string> message) {
        message.insert(message.begin(), {"127.0.0.1", std::to_string(port), "/tuio/2Dcur"});
        const ProcessResult sent = runProcess("/usr/bin/oscsend", message, std::chrono::seconds(10));
        ASSERT_EQ(sent.exitCode, 0) << sent.output;
    };
    send({"si", "alive", "9"});
    send({"sifffff", "set", "9", "0.5", "0.5", "0", "0", "0"});
    send({"si", "fseq", "1"});
    send({"s", "alive"});
    send({"si", "fseq", "2"});
    ASSERT_TRUE(table.waitForOutput("started session 3", std::chrono::seconds(20))) << table.outputSoFar();
    // The fresh table's first events (configuration, phase, question) are in SQLite before the stop.
    waitFor([&] { return countEvents(m_dir.path() / "data", 3) >= 3; }, std::chrono::seconds(10));
    table.signal(SIGTERM);
    const std::optional<ProcessResult> result = table.wait(std::chrono::seconds(30));
    ASSERT_TRUE(result);
    ASSERT_EQ(result->exitCode, 0) << result->output;

    store::Database database = store::Database::open(m_dir.path() / "data");
    const std::optional<std::int64_t> live = database.findLiveSession("demo");
    ASSERT_TRUE(live);
    EXPECT_EQ(*live, 3);
    const auto fresh = database.findSession(3);
    ASSERT_TRUE(fresh);
    EXPECT_EQ(fresh->status, store::SessionStatus::Live);
    EXPECT_GE(fresh->eventCount, 3) << "the fresh table (configuration, phase, question) is logged";
    EXPECT_EQ(fresh->lastPhase, "Observation");
    EXPECT_EQ(database.findSession(2)->status, store::SessionStatus::Archived);
}

} // namespace
} // namespace atelier::testing

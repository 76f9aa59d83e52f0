// Each seat's own area and ownership, through the real binary: who a turn belongs to, a full card, a phase
// change while typing, the ranking's ties, and overlays that leave the keyboard and the ranking readable.
#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <numbers>
#include <sstream>

#include "BoardBoxes.hpp"
#include "Image.hpp"
#include "Process.hpp"
#include "SeededSession.hpp"
#include "store/Database.hpp"
#include "workshop/Dimensions.hpp"
#include "workshop/DockLayout.hpp"
#include "workshop/SeatLayout.hpp"

namespace atelier::testing {
namespace {

const std::filesystem::path kAtelier = ATELIER_BINARY;

/// The hash of PIN 2468 (salt 00112233…eeff, 1000 rounds), as PanelTest uses it.
constexpr const char* kPinHash = "pbkdf2-sha256$1000$00112233445566778899aabbccddeeff$"
                                 "23ad2daa4e59be477bd7ef0eb0dc22c3e4f52a97976a7824b1a17a910ff6bc66";

/// A table run in a temp dir: its config, its data, scripts and screenshots.
class Table {
public:
    Table() {
        std::ofstream(m_dir.path() / "atelier.toml")
            << "[input]\ntuio = false\n[panel]\ngesture_hold_s = 1\npin_hash = \"" << kPinHash << "\"\n";
    }
    const std::filesystem::path& data() const { return m_data; }
    std::filesystem::path file(const std::string& name) const { return m_dir.path() / name; }

    /// Runs the binary on a script at a window size; the screenshot goes to `shot` when given.
    ProcessResult run(const std::string& script, const std::string& size = "1210x680",
                      const std::string& shot = "") const {
        const std::filesystem::path scriptFile = file("script.jsonl");
        std::ofstream(scriptFile) << script;
        std::vector<std::string> args = {"--config",
                                         file("atelier.toml").string(),
                                         "--data",
                                         m_data.string(),
                                         "--headless",
                                         "--size",
                                         size,
                                         "--input-script",
                                         scriptFile.string(),
                                         "--quit-after-script"};
        if (!shot.empty()) {
            args.push_back("--screenshot");
            args.push_back(file(shot).string());
        }
        ProcessResult result = runProcess(kAtelier, args, std::chrono::seconds(180), atelierEnvironment());
        // ATELIER_KEEP_SCREENSHOTS=DIR keeps each screenshot there, to look at what the test saw.
        if (const char* keep = std::getenv("ATELIER_KEEP_SCREENSHOTS"); keep != nullptr && !shot.empty()) {
            std::filesystem::copy_file(file(shot),
                                       std::filesystem::path(keep) / (std::to_string(++s_kept) + "-" + shot),
                                       std::filesystem::copy_options::overwrite_existing);
        }
        return result;
    }

private:
    static inline int s_kept = 0;
    TempDir m_dir;
    std::filesystem::path m_data = m_dir.path() / "data";
};

/// Script lines in time order: taps on targets, points of the default table in mm.
class Script {
public:
    void tap(int finger, const std::string& target) {
        m_out << scriptOn(m_t, finger, "down", target) << scriptOn(m_t + 40, finger, "up", target);
        m_t += 80;
    }
    void at(int finger, const char* phase, core::Vec2 mm) { m_out << scriptAt(m_t, finger, phase, mm); }
    void type(int seat, const std::string& keys) {
        for (char key : keys) {
            tap(seat,
                "seat." + std::to_string(seat) + ".keyboard." + (key == ' ' ? "space" : std::string(1, key)));
        }
    }
    /// Three fingers held in the bottom-left corner open the facilitator's PIN pad; the PIN opens the panel.
    /// `holdMs`: how long they stay (the config asks 1 s; 4K frames under the sanitizers need more).
    void openPanel(int holdMs = 1300) {
        const double fingers[3][2] = {{0.03, 0.93}, {0.06, 0.95}, {0.04, 0.90}};
        for (int i = 0; i < 3; ++i) {
            m_out << R"({"t":)" << m_t << R"(,"id":)" << 20 + i << R"(,"phase":"down","x":)" << fingers[i][0]
                  << R"(,"y":)" << fingers[i][1] << "}\n";
        }
        for (int i = 0; i < 3; ++i) {
            m_out << R"({"t":)" << m_t + holdMs << R"(,"id":)" << 20 + i << R"(,"phase":"up","x":)"
                  << fingers[i][0] << R"(,"y":)" << fingers[i][1] << "}\n";
        }
        m_t += holdMs + 300;
        for (char digit : std::string("2468")) {
            tap(1, std::string("pinpad.") + digit);
        }
        tap(1, "pinpad.ok");
        m_t += 200;
    }
    void wait(int ms) { m_t += ms; }
    std::string text() const { return m_out.str(); }

private:
    std::ostringstream m_out;
    int m_t = 0;
};

/// The seats that logged events of this type, in log order.
std::vector<int> seatsOf(const std::filesystem::path& data, std::int64_t session, const char* type) {
    SQLite::Database database((data / store::kDataFileName).string(), SQLite::OPEN_READONLY, kBusyTimeoutMs);
    SQLite::Statement query(database,
                            "SELECT seat FROM events WHERE session_id = ? AND type = ? ORDER BY seq");
    query.bind(1, session);
    query.bind(2, type);
    std::vector<int> seats;
    while (query.executeStep()) {
        seats.push_back(query.getColumn(0).getInt());
    }
    return seats;
}

/// The session's log as text (seat, type, payload per line), for failure messages.
std::string logText(const std::filesystem::path& data, std::int64_t session) {
    SQLite::Database database((data / store::kDataFileName).string(), SQLite::OPEN_READONLY, kBusyTimeoutMs);
    SQLite::Statement query(database,
                            "SELECT seat, type, payload FROM events WHERE session_id = ? ORDER BY seq");
    query.bind(1, session);
    std::string text;
    while (query.executeStep()) {
        text += std::to_string(query.getColumn(0).getInt()) + " " + query.getColumn(1).getString() + " " +
                query.getColumn(2).getString() + "\n";
    }
    return text;
}

/// Pixels of the rectangle brighter than the threshold (0..255, mean of the channels).
int countBrighter(const Image& image, int x0, int y0, int x1, int y1, int threshold) {
    int count = 0;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            const Colour c = image.at(x, y);
            count += (c.r + c.g + c.b) / 3 > threshold ? 1 : 0;
        }
    }
    return count;
}

/// Pixels of the rectangle that differ between two images of the same size.
int countDifferent(const Image& a, const Image& b, int x0, int y0, int x1, int y1) {
    int count = 0;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            count += near(a.at(x, y), b.at(x, y), 24) ? 0 : 1;
        }
    }
    return count;
}

TEST(SeatAreaTest, ATurnBelongsToTheSeatWhoseFingerStartedItAndOnlyItsUndoTakesItBack) {
    Table table;
    const std::int64_t session = seedDemoSession(table.data(), {cardAt(8, 302, 420)});
    // Seat 1 drags card 8 towards the middle; in the same frame as its last step a second finger lands on the
    // card where that step took it, in seat 5's zone, and the two turn it. Then seat 5, who did nothing,
    // presses its undo.
    Script script;
    script.at(1, "down", {302, 420});
    for (int step = 1; step <= 8; ++step) {
        script.wait(30);
        script.at(1, "move", {302, 420 - 10.0 * step});
    }
    script.wait(100);
    const core::Vec2 pivot{302, 330};
    const core::Vec2 second{335, 310};
    script.at(1, "move", pivot);
    script.at(2, "down", second);
    const double radius = std::hypot(second.x - pivot.x, second.y - pivot.y);
    const double start = std::atan2(second.y - pivot.y, second.x - pivot.x);
    for (int step = 1; step <= 8; ++step) {
        script.wait(30);
        const double angle = start + step * (std::numbers::pi / 4) / 8;
        script.at(2, "move", {pivot.x + radius * std::cos(angle), pivot.y + radius * std::sin(angle)});
    }
    script.wait(60);
    script.at(2, "up",
              {pivot.x + radius * std::cos(start + std::numbers::pi / 4),
               pivot.y + radius * std::sin(start + std::numbers::pi / 4)});
    script.wait(60);
    script.at(1, "up", pivot);
    script.wait(400);
    script.tap(3, "seat.5.dock.undo");
    script.wait(200);
    const ProcessResult result = table.run(script.text());
    ASSERT_EQ(result.exitCode, 0) << result.output;

    const std::vector<int> movers = seatsOf(table.data(), session, "card.moved");
    ASSERT_FALSE(movers.empty()) << result.output;
    for (int seat : movers) {
        EXPECT_EQ(seat, 1) << "every move of the turn is seat 1's, who started it on the card";
    }
    const core::Board board = boardOf(table.data(), session);
    EXPECT_NEAR(board.findCard(8)->pose.rotation, std::numbers::pi / 4, 0.1)
        << "seat 5's undo left it turned\n"
        << logText(table.data(), session);
    EXPECT_LT(board.findCard(8)->pose.centre.y, 360) << "and in the middle";
}

TEST(SeatAreaTest, AFullCardSaysSoInTheKeyboardsCounterBand) {
    Table table;
    core::CardCreated card = cardAt(8, 302, 420);
    card.text = std::string(136, 'x');
    const std::int64_t session = seedDemoSession(table.data(), {card});
    Script script;
    script.tap(1, "card.8");
    script.tap(1, "card.8");
    script.wait(300);
    script.type(1, "abcdef"); // four fit (140), two more would pass the limit
    script.wait(300);
    const ProcessResult result = table.run(script.text(), "1210x680", "full.png");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_EQ(boardOf(table.data(), session).findCard(8)->text, std::string(136, 'x') + "abcd");

    // Seat 1's keyboard lies at x 185–419, y 548–652 (1 px per mm); its counter band is its top 13 mm.
    const std::optional<Image> shot = loadPng(table.file("full.png"));
    ASSERT_TRUE(shot);
    EXPECT_GT(countBrighter(*shot, 190, 550, 414, 561, 150), 150) << "the band says the card is full";
}

TEST(SeatAreaTest, APhaseChangeLetsTheOpenCardBeFinished) {
    Table table;
    const std::int64_t session = seedDemoSession(table.data(), {});
    Script script;
    script.tap(1, "seat.1.dock.new_card");
    script.wait(200);
    script.type(1, "des toil");
    script.openPanel();
    script.tap(1, "panel.phase.4"); // Vote: no new cards
    script.tap(1, "panel.close");
    script.wait(300);
    script.type(1, "ettes");
    script.tap(1, "seat.1.keyboard.enter");
    script.wait(300);
    const ProcessResult result = table.run(script.text(), "1210x680", "finish.png");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const core::Board board = boardOf(table.data(), session);
    EXPECT_EQ(board.phase.name, "Vote");
    ASSERT_EQ(board.cards.size(), 1U);
    EXPECT_EQ(board.cards.begin()->second.text, "Des toilettes") << result.output;
}

/// Seven cards of seat 1 with one dot each, two of them in a cluster with two more dots on its label.
std::vector<core::Event> tiedVotes() {
    std::vector<core::Event> events;
    for (int i = 0; i < 7; ++i) {
        core::CardCreated card =
            cardAt(static_cast<core::ItemId>(10 + i), 250 + 110.0 * (i % 6), i < 6 ? 250 : 420);
        card.text = "idée " + std::to_string(10 + i);
        events.push_back(card);
    }
    events.push_back(core::ClusterFormed{30, "Nature et ombre", {15, 16}, 1});
    core::ItemId vote = 40;
    for (int i = 0; i < 6; ++i) {
        events.push_back(core::VoteCast{vote++, static_cast<core::ItemId>(10 + i), 1 + i % 5});
    }
    events.push_back(core::VoteCast{vote++, 16, 2});
    events.push_back(core::VoteCast{vote++, 30, 3});
    events.push_back(core::VoteCast{vote++, 30, 4});
    return events;
}

TEST(SeatAreaTest, TheRankingShowsHowManyMoreAreTiedAndNoTimerCoversIt) {
    // Restitution with a timer, then the same without: the ranking in front of seat 1 must read the same.
    const core::PhaseStarted timed{5, "Restitution", {"locked"}, 600, 0};
    core::PhaseStarted untimed = timed;
    untimed.durationS = 0;
    Table withTimer;
    Table withoutTimer;
    seedDemoSession(withTimer.data(), timed, tiedVotes());
    seedDemoSession(withoutTimer.data(), untimed, tiedVotes());
    Script script;
    script.wait(300);
    const ProcessResult a = withTimer.run(script.text(), "1210x680", "ranking.png");
    ASSERT_EQ(a.exitCode, 0) << a.output;
    const ProcessResult b = withoutTimer.run(script.text(), "1210x680", "ranking.png");
    ASSERT_EQ(b.exitCode, 0) << b.output;
    const std::optional<Image> timedShot = loadPng(withTimer.file("ranking.png"));
    const std::optional<Image> plainShot = loadPng(withoutTimer.file("ranking.png"));
    ASSERT_TRUE(timedShot && plainShot);
    // Seat 1's ranking panel, where its keyboard would be (1 px = 1 mm at this size).
    const workshop::SeatLayout seats(6, {1210, 680});
    const workshop::DockLayout layout(seats);
    const Box panel = boxOf(layout.keyboardPose(1), workshop::dims::kRankingSize);
    const int left = static_cast<int>(panel.min.x);
    const int top = static_cast<int>(panel.min.y);
    const int right = static_cast<int>(panel.max.x);
    EXPECT_EQ(countDifferent(*timedShot, *plainShot, left, top, right, static_cast<int>(panel.max.y)), 0)
        << "the timer lies beside it";
    // The cluster first, then seven cards tied with one dot each: four fit under it, a sixth line says three
    // more are tied (71–79 mm below the panel's top edge).
    EXPECT_GT(countBrighter(*plainShot, left + 8, top + 71, right - 7, top + 79, 150), 30)
        << "a line under the fifth";
}

/// Seat 1's keyboard open, timer or not; what differs inside its panel at this window size.
int keyboardDifference(const std::string& size, int width, int height) {
    core::PhaseStarted timed{1, "Atelier créatif", {"cards", "sketch"}, 1800, 0};
    core::PhaseStarted untimed = timed;
    untimed.durationS = 0;
    Table withTimer;
    Table withoutTimer;
    seedDemoSession(withTimer.data(), timed, {});
    seedDemoSession(withoutTimer.data(), untimed, {});
    Script script;
    script.tap(1, "seat.1.dock.new_card");
    script.wait(300);
    const std::string shot = "keyboard-" + size + ".png";
    const ProcessResult a = withTimer.run(script.text(), size, shot);
    const ProcessResult b = withoutTimer.run(script.text(), size, shot);
    EXPECT_EQ(a.exitCode, 0) << a.output;
    EXPECT_EQ(b.exitCode, 0) << b.output;
    const std::optional<Image> timedShot = loadPng(withTimer.file(shot));
    const std::optional<Image> plainShot = loadPng(withoutTimer.file(shot));
    if (!timedShot || !plainShot) {
        ADD_FAILURE() << "no screenshots";
        return -1;
    }
    // Seat 1's keyboard: x 185–419, y 548–652 of the 1210 × 680 mm table; the timer must show somewhere.
    const double sx = width / 1210.0;
    const double sy = height / 680.0;
    EXPECT_GT(countDifferent(*timedShot, *plainShot, 0, 0, width, height), 100) << "the timer is drawn";
    return countDifferent(*timedShot, *plainShot, static_cast<int>(185 * sx), static_cast<int>(548 * sy),
                          static_cast<int>(419 * sx), static_cast<int>(652 * sy));
}

/// The facilitator starts the restitution over cards lying where seats 1, 3, 4 and 6 see the ranking; at this
/// window size, returns how many cards a ranking panel still covers (on the board and on the screenshot).
void rankingLeavesCardsInSight(const std::string& size, int width, int height) {
    Table table;
    std::vector<core::Event> cards;
    const core::Vec2 spots[] = {{302, 600}, {1125, 330}, {905, 85}, {80, 360}, {700, 330}};
    for (std::size_t i = 0; i < std::size(spots); ++i) {
        core::CardCreated card = cardAt(static_cast<core::ItemId>(i + 1), spots[i].x, spots[i].y);
        card.size = {110, 72};
        cards.push_back(card);
    }
    const std::int64_t session =
        seedDemoSession(table.data(), core::PhaseStarted{3, "Vote", {"vote"}, 600, 0}, cards);
    Script script;
    script.openPanel(2500);
    script.tap(1, "panel.phase.7"); // Restitution: the ranking in front of every seat
    script.tap(1, "panel.close");
    script.wait(500);
    const std::string shot = "restitution-" + size + ".png";
    const ProcessResult result = table.run(script.text(), size, shot);
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const core::Board board = boardOf(table.data(), session);
    ASSERT_EQ(board.phase.name, "Restitution") << result.output;

    const workshop::SeatLayout seats(6, {1210, 680});
    const workshop::DockLayout layout(seats);
    std::vector<Box> rankings;
    for (const workshop::Seat& seat : seats.seats()) {
        rankings.push_back(boxOf(layout.keyboardPose(seat.number), workshop::dims::kRankingSize));
    }
    const std::optional<Image> image = loadPng(table.file(shot));
    ASSERT_TRUE(image);
    const double sx = width / 1210.0;
    const double sy = height / 680.0;
    for (const auto& [id, card] : board.cards) {
        const Box box = boxOf(card.pose, card.size);
        for (const Box& ranking : rankings) {
            EXPECT_FALSE(box.overlaps(ranking)) << "card " << id << " under a ranking\n"
                                                << logText(table.data(), session);
        }
        // The card's lower half (below its text) shows the card, not the ranking's dark panel.
        const int x0 = static_cast<int>((card.pose.centre.x - 40) * sx);
        const int x1 = static_cast<int>((card.pose.centre.x + 40) * sx);
        const int y0 = static_cast<int>((card.pose.centre.y + 5) * sy);
        const int y1 = static_cast<int>((card.pose.centre.y + 30) * sy);
        EXPECT_LT(image->countDarker(x0, y0, x1, y1, 90), (x1 - x0) * (y1 - y0) / 5)
            << "card " << id << " is hidden on the " << size << " screenshot";
    }
    EXPECT_EQ(seatsOf(table.data(), session, "card.moved"), std::vector<int>(4, 0))
        << "the four cards under a ranking are pushed off by the table (seat 0), the fifth stays";
}

TEST(SeatAreaTest, TheRankingLeavesEveryCardInSightAt1080p) {
    rankingLeavesCardsInSight("1920x1080", 1920, 1080);
}

TEST(SeatAreaTest, TheRankingLeavesEveryCardInSightAt4K) {
    rankingLeavesCardsInSight("3840x2160", 3840, 2160);
}

TEST(SeatAreaTest, ThePhaseTimerLeavesTheSeatsKeyboardUncoveredAt1080p) {
    EXPECT_EQ(keyboardDifference("1920x1080", 1920, 1080), 0);
}

TEST(SeatAreaTest, ThePhaseTimerLeavesTheSeatsKeyboardUncoveredAt4K) {
    EXPECT_EQ(keyboardDifference("3840x2160", 3840, 2160), 0);
}

} // namespace
} // namespace atelier::testing

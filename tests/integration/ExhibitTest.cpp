// The shipped exhibition config, unattended, through the real binary: the invitation, a touch, then the
// five phases of the exhibition workshop move on by themselves (every seat that took part pressed "Next")
// while scripted seats write cards, gather them and vote, and after the results the table invites again.
#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <cmath>
#include <fstream>
#include <numbers>
#include <regex>
#include <sstream>

#include "Process.hpp"
#include "SeededSession.hpp"
#include "store/Database.hpp"
#include "workshop/DockLayout.hpp"
#include "workshop/SeatLayout.hpp"

namespace atelier::testing {
namespace {

const std::filesystem::path kAtelier = ATELIER_BINARY;
const std::filesystem::path kSource = ATELIER_SOURCE_DIR;

/// The shipped exhibition config with a test's changes: a short idle time, no TUIO socket.
std::filesystem::path exhibitionConfig(const std::filesystem::path& dir) {
    std::ifstream shipped(kSource / "kiosk-config/exhibition.toml");
    std::stringstream text;
    text << shipped.rdbuf();
    std::string config =
        std::regex_replace(text.str(), std::regex("idle_timeout_s = 180"), "idle_timeout_s = 6");
    config += "\n[input]\ntuio = false\n";
    const std::filesystem::path file = dir / "exhibition.toml";
    std::ofstream(file) << config;
    return file;
}

/// The types and payloads of a session's events, in order, as "seat type payload" lines.
std::vector<std::string> eventLines(const std::filesystem::path& data, std::int64_t session) {
    SQLite::Database file((data / store::kDataFileName).string(), SQLite::OPEN_READONLY);
    SQLite::Statement query(file, "SELECT seat, type, payload FROM events WHERE session_id = ? ORDER BY seq");
    query.bind(1, session);
    std::vector<std::string> lines;
    while (query.executeStep()) {
        lines.push_back(std::to_string(query.getColumn(0).getInt()) + " " + query.getColumn(1).getString() +
                        " " + query.getColumn(2).getString());
    }
    return lines;
}

class Script {
public:
    void tap(int finger, const std::string& target) {
        m_out << scriptOn(m_t, finger, "down", target) << scriptOn(m_t + 40, finger, "up", target);
        m_t += 90;
    }
    /// Every seat that took part presses "Next", then the countdown runs out.
    void everyoneNext(std::initializer_list<int> seats) {
        for (const int seat : seats) {
            tap(seat, "seat." + std::to_string(seat) + ".dock.next");
        }
        m_t += 4500;
    }
    void lasso(core::Vec2 centre, double radius) {
        for (int i = 0; i <= 48; ++i) {
            const double a = 2 * std::numbers::pi * i / 48;
            m_out << scriptAt(m_t + 10 * i, 9, i == 0 ? "down" : "move",
                              {centre.x + radius * std::cos(a), centre.y + radius * std::sin(a)});
        }
        m_out << scriptAt(m_t + 500, 9, "up", {centre.x + radius, centre.y});
        m_t += 600;
    }
    void carry(int finger, const std::string& from, const std::string& to) {
        m_out << scriptOn(m_t, finger, "down", from);
        for (int i = 1; i <= 3; ++i) {
            m_out << scriptOn(m_t + 30 * i, finger, "move", to);
        }
        m_out << scriptOn(m_t + 120, finger, "up", to);
        m_t += 200;
    }
    void at(int t) { m_t = t; }
    void touch(core::Vec2 mm) {
        m_out << scriptAt(m_t, 8, "down", mm) << scriptAt(m_t + 50, 8, "up", mm);
        m_t += 100;
    }
    void wait(int ms) { m_t += ms; }
    std::string text() const { return m_out.str(); }

private:
    std::ostringstream m_out;
    int m_t = 0;
};

TEST(ExhibitTest, TheExhibitionRunsItsFivePhasesByItselfAndInvitesTheNextGroup) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    const workshop::SeatLayout seats(6, {1210, 680});
    const workshop::DockLayout docks(seats);
    const core::Vec2 seat1Cards = docks.newCardPose(1).centre;

    Script script;
    script.at(8000); // the idle table shows the invitation after 6 s; a visitor touches it
    script.touch({seat1Cards.x, seat1Cards.y - 40});
    script.wait(1000);
    script.everyoneNext({1, 4}); // Observer → Idées
    for (const char* letter : {"a", "b"}) {
        script.tap(1, "seat.1.dock.new_card");
        script.tap(1, std::string("seat.1.keyboard.") + letter);
        script.tap(1, "seat.1.keyboard.enter");
    }
    script.everyoneNext({1, 4}); // Idées → Regrouper
    script.lasso(seat1Cards, 150);
    script.everyoneNext({1, 4}); // Regrouper → Voter
    script.carry(1, "seat.1.dock.dot.1", "card.4");
    script.carry(4, "seat.4.dock.dot.1", "card.5");
    script.carry(4, "seat.4.dock.dot.1", "card.4");
    script.everyoneNext({1, 4}); // Voter → Résultats
    script.everyoneNext({1, 4}); // Résultats → the invitation
    script.wait(1500);
    script.touch({10, 10}); // the script's end: a last look at the invitation (wakes it: a third session)
    std::ofstream(dir.path() / "visit.jsonl") << script.text();

    const ProcessResult run = runProcess(kAtelier,
                                         {"--config", exhibitionConfig(dir.path()).string(), "--data",
                                          data.string(), "--headless", "--size", "1210x680", "--input-script",
                                          (dir.path() / "visit.jsonl").string(), "--quit-after-script"},
                                         std::chrono::seconds(180), atelierEnvironment());
    ASSERT_EQ(run.exitCode, 0) << run.output;

    // The first session waited for visitors and was archived; the visit is the second.
    store::Database database = store::Database::open(data);
    const auto sessions = database.listSessions();
    ASSERT_GE(sessions.size(), 2U) << run.output;
    const std::int64_t visit = 2;
    const std::vector<std::string> events = eventLines(data, visit);
    std::vector<std::string> phases;
    for (const std::string& line : events) {
        if (line.find(" phase.started ") != std::string::npos) {
            phases.push_back(line);
        }
        EXPECT_EQ(line.find("session.paused"), std::string::npos) << "no facilitator paused anything";
        EXPECT_EQ(line.find("card.hidden"), std::string::npos);
    }
    const char* names[] = {"Observer", "Idées", "Regrouper", "Voter", "Résultats"};
    ASSERT_EQ(phases.size(), 5U) << run.output;
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(
            phases[static_cast<std::size_t>(i)].rfind(
                "0 phase.started {\"index\":" + std::to_string(i) + ",\"name\":\"" + names[i] + "\"", 0),
            0U)
            << phases[static_cast<std::size_t>(i)];
    }
    EXPECT_EQ(countEvents(data, visit, "card.created"), 3) << "the question and two ideas\n" << run.output;
    EXPECT_EQ(countEvents(data, visit, "cluster.formed"), 1) << run.output;
    EXPECT_EQ(countEvents(data, visit, "vote.cast"), 3) << run.output;
    const auto archived = std::find_if(sessions.begin(), sessions.end(),
                                       [&](const store::SessionSummary& s) { return s.id == visit; });
    ASSERT_NE(archived, sessions.end());
    EXPECT_EQ(archived->status, store::SessionStatus::Archived) << "the visit ended with the results";

    // The table's own log: four moves and the invitation by the table itself, no facilitator.
    std::size_t moves = 0;
    for (std::size_t at = run.output.find("moves on by itself to phase"); at != std::string::npos;
         at = run.output.find("moves on by itself to phase", at + 1)) {
        ++moves;
    }
    EXPECT_EQ(moves, 4U) << run.output;
    EXPECT_NE(run.output.find("the workshop is over, the next group is invited"), std::string::npos)
        << run.output;
    EXPECT_EQ(run.output.find("facilitator"), std::string::npos) << run.output;
}

} // namespace
} // namespace atelier::testing

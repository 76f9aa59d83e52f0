// A lasso around three cards forms a cluster; in the Vote phase five dots are cast and one taken back,
// through the real binary; the ranking follows, and the log rebuilds the board the binary had.
#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <cmath>
#include <fstream>
#include <numbers>
#include <sstream>

#include "Image.hpp"
#include "Process.hpp"
#include "SeededSession.hpp"
#include "core/Apply.hpp"
#include "core/BoardHash.hpp"
#include "core/Ranking.hpp"
#include "store/Database.hpp"
#include "store/EventLog.hpp"
#include "store/SessionLoader.hpp"

namespace atelier::testing {
namespace {

const std::filesystem::path kAtelier = ATELIER_BINARY;

// Script lines at a table point (mm) or on a named target.
constexpr auto at = scriptAt;
constexpr auto on = scriptOn;
/// A finger carries what lies under `from` (a dot) onto `to`, in a few steps.
std::string carry(int& t, int id, const std::string& from, const std::string& to) {
    std::string lines = on(t, id, "down", from);
    for (int i = 1; i <= 3; ++i) {
        lines += on(t + 30 * i, id, "move", to);
    }
    lines += on(t + 120, id, "up", to);
    t += 200;
    return lines;
}

/// Appends events to the session's log, as the facilitator's panel would (here: starting the Vote phase).
void appendEvents(const std::filesystem::path& data, std::int64_t session,
                  const std::vector<core::Event>& events) {
    store::Database database = store::Database::open(data);
    store::LoadedSession loaded = store::loadSession(database, session);
    core::Board board = loaded.board;
    store::EventLog log(database, session, loaded.board, loaded.lastSeq);
    std::int64_t t = loaded.lastTMs + 1;
    for (const core::Event& event : events) {
        ASSERT_TRUE(core::apply(board, event).applied);
        log.append(t++, event);
    }
    log.flush();
}

TEST(ClusterVoteTest, ALassoFormsAClusterOfThreeAndFiveDotsLessOneGiveTheRanking) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    // Three cards close together at the top left, a fourth far to the right; the clustering phase.
    const std::int64_t session = seedDemoSession(
        data, {cardAt(1, 250, 200), cardAt(2, 350, 200), cardAt(3, 300, 270), cardAt(4, 800, 450),
               core::PhaseStarted{2, "Scénarios d’usage", {"cards", "cluster"}, 1200, 0}});
    const std::filesystem::path config = dir.path() / "atelier.toml";
    std::ofstream(config) << "[input]\ntuio = false\n";
    const auto runScript = [&](const std::string& name, const std::string& script) {
        std::ofstream(dir.path() / name) << script;
        return runProcess(kAtelier,
                          {"--config", config.string(), "--data", data.string(), "--headless", "--size",
                           "1210x680", "--input-script", (dir.path() / name).string(), "--quit-after-script"},
                          std::chrono::seconds(120), atelierEnvironment());
    };

    // A finger on the empty board traces a loop around the three cards.
    std::string lasso;
    const core::Vec2 centre{300, 235};
    for (int i = 0; i <= 48; ++i) {
        const double a = 2 * std::numbers::pi * i / 48;
        lasso += at(10 * i, 1, i == 0 ? "down" : "move",
                    {centre.x + 115 * std::cos(a), centre.y + 115 * std::sin(a)});
    }
    lasso += at(500, 1, "up", {centre.x + 115, centre.y});
    const ProcessResult clustered = runScript("lasso.jsonl", lasso);
    ASSERT_EQ(clustered.exitCode, 0) << clustered.output;
    core::Board board = boardOf(data, session);
    ASSERT_EQ(board.clusters.size(), 1U) << clustered.output;
    const core::Cluster cluster = board.clusters.begin()->second;
    EXPECT_EQ(cluster.cards, (std::vector<core::ItemId>{1, 2, 3})) << "exactly the three cards inside";
    EXPECT_EQ(countEvents(data, session, "cluster.formed"), 1);
    EXPECT_EQ(core::boardHash(board), loggedHash(clustered.output));

    // The Vote phase starts. Seat 1 puts two dots on card 4 and one on the cluster's label, seat 2 one on
    // card 1 and one on card 4; then seat 1 takes one of its dots on card 4 back to its dock.
    appendEvents(data, session, {core::PhaseStarted{3, "Vote", {"vote"}, 600, 0}});
    const std::string cl = "cluster." + std::to_string(cluster.id) + ".label";
    std::string votes;
    int t = 0;
    votes += carry(t, 1, "seat.1.dock.dot.1", "card.4");
    votes += carry(t, 1, "seat.1.dock.dot.1", "card.4");
    votes += carry(t, 1, "seat.1.dock.dot.1", cl);
    votes += carry(t, 2, "seat.2.dock.dot.1", "card.1");
    votes += carry(t, 2, "seat.2.dock.dot.1", "card.4");
    const core::ItemId firstVote = board.nextId;
    votes += carry(t, 3, "vote." + std::to_string(firstVote), "seat.1.dock.dot.1");
    const ProcessResult voted = runScript("votes.jsonl", votes);
    ASSERT_EQ(voted.exitCode, 0) << voted.output;

    board = boardOf(data, session);
    EXPECT_EQ(countEvents(data, session, "vote.cast"), 5) << voted.output;
    EXPECT_EQ(countEvents(data, session, "vote.withdrawn"), 1) << voted.output;
    ASSERT_NE(board.findVote(firstVote), nullptr);
    EXPECT_TRUE(board.findVote(firstVote)->withdrawn);
    EXPECT_EQ(board.dotsLeft(1), 3);
    EXPECT_EQ(board.dotsLeft(2), 3);
    EXPECT_EQ(board.findCard(4)->pose.centre.x, 800) << "carrying dots does not move the cards";

    using K = core::RankedItem::Kind;
    // The cluster scores its label's dot and card 1's: tied first with card 4, clusters before cards.
    const std::vector<core::RankedItem> expected = {{K::Cluster, cluster.id, 2, 1},
                                                    {K::Card, 4, 2, 1},
                                                    {K::Card, 1, 1, 3},
                                                    {K::Card, 2, 0, 4},
                                                    {K::Card, 3, 0, 4}};
    EXPECT_EQ(core::rankByVotes(board), expected);
    EXPECT_EQ(core::boardHash(board), loggedHash(voted.output)) << "the log rebuilds the board on the table";

    // Restitution ("locked"): the ranking stands in front of every seat, turned to it.
    appendEvents(data, session, {core::PhaseStarted{4, "Restitution", {"locked"}, 900, 0}});
    const std::string shotFile = (dir.path() / "ranking.png").string();
    const ProcessResult shown =
        runProcess(kAtelier,
                   {"--config", config.string(), "--data", data.string(), "--headless", "--size", "1210x680",
                    "--frames", "3", "--screenshot", shotFile},
                   std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(shown.exitCode, 0) << shown.output;
    const std::optional<Image> shot = loadPng(shotFile);
    ASSERT_TRUE(shot);
    // 1 px per mm: seat 1's panel lies 28–131 mm from the bottom edge, centred on x = 302.5; seat 4's the
    // same from the top edge at x = 907.5. Each is dark, with light text in it.
    const auto lightIn = [&](int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = y0; y < y1; ++y) {
            for (int x = x0; x < x1; ++x) {
                const Colour c = shot->at(x, y);
                count += c.r > 180 && c.g > 180 && c.b > 180 ? 1 : 0;
            }
        }
        return count;
    };
    EXPECT_GT(shot->countDarker(200, 560, 410, 640, 90), 12000) << "seat 1's ranking panel";
    EXPECT_GT(lightIn(195, 565, 330, 615), 50) << "its lines of text";
    EXPECT_GT(shot->countDarker(805, 40, 1010, 120, 90), 12000) << "seat 4's ranking panel";
    EXPECT_GT(lightIn(885, 65, 1020, 115), 50) << "its lines, upside down for us, upright for seat 4";
}

} // namespace
} // namespace atelier::testing

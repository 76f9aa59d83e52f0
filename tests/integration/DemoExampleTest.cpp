// The demo's finished example session: scripts/demo plays assets/demo/example-session.jsonl once on the real
// binary and ends the session. The same script here, the session read back from SQLite and its CSV export:
// every kind of content, and the decision (costs, coins, ratings) a newcomer finds in replay and exports.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <string>

#include "Process.hpp"
#include "SeededSession.hpp"
#include "TempDir.hpp"
#include "TextFiles.hpp"
#include "core/Criteria.hpp"
#include "core/Funding.hpp"
#include "store/Database.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace atelier::testing {
namespace {

/// The hash of PIN 2468, the PIN the example script types (1000 rounds: fast under the sanitizers).
constexpr const char* kPinHash = "pbkdf2-sha256$1000$00112233445566778899aabbccddeeff$"
                                 "23ad2daa4e59be477bd7ef0eb0dc22c3e4f52a97976a7824b1a17a910ff6bc66";

TEST(DemoExampleTest, TheExampleScriptLeavesAFinishedSessionWithEveryKindOfContent) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    const std::filesystem::path config = dir.path() / "example.toml";
    std::ofstream(config) << "[input]\ntuio = false\n[panel]\ngesture_hold_s = 1\npin_hash = \"" << kPinHash
                          << "\"\n";
    const std::filesystem::path script =
        std::filesystem::path(ATELIER_SOURCE_DIR) / "assets" / "demo" / "example-session.jsonl";
    const ProcessResult result =
        runProcess(std::filesystem::path(ATELIER_BINARY),
                   {"run", "--config", config.string(), "--workshop", "demo", "--session", "new", "--data",
                    data.string(), "--headless", "--size", "1210x680", "--input-script", script.string(),
                    "--quit-after-script"},
                   std::chrono::seconds(120), atelierEnvironment());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_EQ(result.output.find("script-target-missing"), std::string::npos) << result.output;

    SQLite::Database database((data / store::kDataFileName).string(), SQLite::OPEN_READONLY, kBusyTimeoutMs);
    SQLite::Statement first(database,
                            "SELECT id, status, ended_at IS NOT NULL FROM sessions ORDER BY id LIMIT 1");
    ASSERT_TRUE(first.executeStep());
    const std::int64_t session = first.getColumn(0).getInt64();
    EXPECT_EQ(first.getColumn(1).getString(), "archived") << "the example session was ended";
    EXPECT_EQ(first.getColumn(2).getInt(), 1);

    const core::Board board = boardOf(data, session);
    std::set<int> categories;
    for (const auto& [id, card] : board.cards) {
        if (card.seat > 0 && !card.deleted) {
            categories.insert(card.category);
        }
    }
    EXPECT_EQ(categories, (std::set<int>{0, 1, 2, 3, 4})) << "a card in each of the demo's five categories";
    EXPECT_EQ(board.clusters.size(), 2U);
    ASSERT_NE(board.findCluster(11), nullptr);
    ASSERT_NE(board.findCluster(12), nullptr);
    EXPECT_EQ(board.findCluster(11)->name, "Jardin") << "the seats facing the groups named them";
    EXPECT_EQ(board.findCluster(12)->name, "Promenade");
    for (const auto& [id, cluster] : board.clusters) {
        EXPECT_GE(cluster.cards.size(), 2U) << "cluster " << id;
    }
    EXPECT_GE(board.strokes.size(), 1U);
    EXPECT_GE(countEvents(data, session, "stroke.ended"), 1);
    EXPECT_GE(countEvents(data, session, "vote.cast"), 3);
    EXPECT_EQ(countEvents(data, session, "phase.started"), 7) << "the seven phases";

    // Deciding: the facilitator costed both clusters and the fifth card, six seats placed coins, three rated.
    constexpr std::int64_t kEuro = 100;
    constexpr core::ItemId kFirstCluster = 11;
    constexpr core::ItemId kSecondCluster = 12;
    constexpr core::ItemId kFifthCard = 10;
    EXPECT_EQ(countEvents(data, session, "cost.set"), 3);
    EXPECT_EQ(core::costOf(board, kFirstCluster), 30'000 * kEuro);
    EXPECT_EQ(core::costOf(board, kSecondCluster), 45'000 * kEuro);
    EXPECT_EQ(core::costOf(board, kFifthCard), 25'000 * kEuro);
    EXPECT_EQ(countEvents(data, session, "coin.placed"), 14);
    EXPECT_EQ(core::coinsOn(board, kFirstCluster), 6);
    EXPECT_EQ(core::coinsOn(board, kSecondCluster), 3);
    EXPECT_EQ(core::coinsOn(board, kFifthCard), 5);
    EXPECT_EQ(core::fundingOf(board).fundedSet, (std::vector<core::ItemId>{kFirstCluster, kFifthCard}))
        << "the funded pair";
    EXPECT_EQ(countEvents(data, session, "rating.given"), 27)
        << "three seats, three proposals, three criteria";
    const std::vector<core::CriteriaLine> ranking = core::rankByCriteria(board);
    ASSERT_EQ(ranking.size(), 3U);
    EXPECT_EQ(ranking[0].item, kFifthCard);
    EXPECT_EQ(ranking[0].scaledScore, 38 * core::kScoreScale / 9);

    // The CSV export carries them: the cost columns of cards and clusters, and the criteria ranking.
    const std::filesystem::path csv = dir.path() / "example.csv";
    const ProcessResult exported = runProcess(std::filesystem::path(ATELIER_BINARY),
                                              {"--config", config.string(), "--data", data.string(), "export",
                                               std::to_string(session), "--csv", csv.string()},
                                              std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(exported.exitCode, 0) << exported.output;
    const std::string cards = readAll(csv);
    EXPECT_NE(cards.find(",cost_eur,coins,funded\r\n"), std::string::npos) << cards;
    EXPECT_NE(cards.find(",25000.00,5,1\r\n"), std::string::npos) << cards;
    const std::string clusters = readAll(dir.path() / "example-clusters.csv");
    EXPECT_NE(clusters.find("\r\n11,1,Jardin,2,6 7,2,2,1,30000.00,6,1\r\n"), std::string::npos) << clusters;
    EXPECT_NE(clusters.find("\r\n12,2,Promenade,2,8 9,1,1,2,45000.00,3,0\r\n"), std::string::npos)
        << clusters;
    EXPECT_EQ(readAll(dir.path() / "example-criteria.csv"),
              "rank,kind,id,label,score,Utilité,Accessibilité,Durabilité\r\n"
              "1,card,10,Marché,4.2222,4.6667,4.3333,3.6667\r\n"
              "2,cluster,12,Promenade,3.5556,4.3333,3.6667,2.6667\r\n"
              "3,cluster,11,Jardin,3.4444,2.6667,3.3333,4.3333\r\n");
}

} // namespace
} // namespace atelier::testing

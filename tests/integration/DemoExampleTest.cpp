// The demo's finished example session: scripts/demo plays assets/demo/example-session.jsonl once on the real
// binary and ends the session. The same script here, the session read back from SQLite.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <string>

#include "Process.hpp"
#include "SeededSession.hpp"
#include "TempDir.hpp"
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
    for (const auto& [id, cluster] : board.clusters) {
        EXPECT_GE(cluster.cards.size(), 2U) << "cluster " << id;
    }
    EXPECT_GE(board.strokes.size(), 1U);
    EXPECT_GE(countEvents(data, session, "stroke.ended"), 1);
    EXPECT_GE(countEvents(data, session, "vote.cast"), 3);
    EXPECT_EQ(countEvents(data, session, "phase.started"), 5) << "the five phases";
}

} // namespace
} // namespace atelier::testing

// A deciding session (costs, coins, ratings) replays exactly at ×8 and by seeks, across compact snapshots,
// and its exports give the funded set within the envelope and the criteria ranking with exact numbers.
#include "TempDir.hpp"
#include "core/Apply.hpp"
#include "core/BoardHash.hpp"
#include "core/Funding.hpp"
#include "replay/Player.hpp"
#include "replay/ReportCsv.hpp"
#include "replay/ReportHtml.hpp"
#include "replay/ReportJson.hpp"
#include "replay/SessionReport.hpp"
#include "store/Database.hpp"
#include "store/EventLog.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <thread>

namespace atelier::replay {
namespace {

using core::ItemId;

constexpr std::int64_t kStepMs = 700;

/// The events of a budget workshop: three clusters of three cards costed 30,000, 50,000 and 40,000 €
/// (envelope 100,000 €, 10 coins of 10,000 € a seat), coins so that exactly the first two are funded,
/// three seats rating the three criteria, and coins going back and forth so that snapshots fall
/// between them.
std::vector<core::Event> decidingEvents() {
    std::vector<core::Event> events = {
        core::SessionConfigured{4, 3, "Budget participatif", 0},
        core::PhaseStarted{0, "Idées", {"cards"}, 600, 0},
        core::DecisionConfigured{
            10'000'000, 10, 1'000'000, {"Utilité", "Accessibilité", "Durabilité"}, false, 0},
    };
    const char* texts[] = {"Potager", "Arbres",  "Fontaine", "Bancs",  "Ombre",
                           "Tables",  "Arceaux", "Piste",    "Atelier"};
    for (ItemId id = 1; id <= 9; ++id) {
        events.push_back(core::CardCreated{id, core::Pose{{100.0 * static_cast<double>(id), 200}, 0, 1},
                                           core::Size{75, 75}, texts[id - 1], 0,
                                           static_cast<int>(id % 4) + 1});
    }
    events.push_back(core::ClusterFormed{10, "Jardin", {1, 2, 3}, 1});
    events.push_back(core::ClusterFormed{11, "Bancs", {4, 5, 6}, 2});
    events.push_back(core::ClusterFormed{12, "Vélos", {7, 8, 9}, 3});
    events.push_back(core::PhaseStarted{1, "Budget", {"budget"}, 600, 0});
    events.push_back(core::CostSet{10, 3'000'000, 0});
    events.push_back(core::CostSet{11, 5'000'000, 0});
    events.push_back(core::CostSet{12, 4'000'000, 0});
    ItemId coin = 13;
    for (const auto& [target, seat] : std::vector<std::pair<ItemId, int>>{
             {10, 1}, {10, 2}, {10, 3}, {11, 1}, {11, 2}, {11, 3}, {11, 4}, {11, 4}, {12, 1}, {12, 2}}) {
        events.push_back(core::CoinPlaced{coin++, target, seat});
    }
    for (int i = 0; i < 120; ++i) { // seat 1 and 2 hesitate over Vélos
        const ItemId hesitant = i % 2 == 0 ? 21 : 22;
        const int seat = i % 2 == 0 ? 1 : 2;
        events.push_back(core::CoinWithdrawn{hesitant, seat});
        events.push_back(core::CoinRestored{hesitant, seat});
    }
    events.push_back(core::PhaseStarted{2, "Critères", {"criteria"}, 600, 0});
    const int ratings[3][3][3] = {{{5, 4, 4}, {4, 4, 5}, {5, 5, 4}},  // Jardin: 14/3, 13/3, 13/3
                                  {{3, 3, 3}, {4, 4, 4}, {2, 2, 2}},  // Bancs: 3, 3, 3
                                  {{4, 5, 4}, {5, 4, 5}, {4, 4, 4}}}; // Vélos: 13/3, 13/3, 13/3
    for (int round = 0; round < 2; ++round) { // the first round is changed by the second: last wins
        for (int proposal = 0; proposal < 3; ++proposal) {
            for (int seat = 1; seat <= 3; ++seat) {
                for (int criterion = 0; criterion < 3; ++criterion) {
                    const int value = ratings[proposal][seat - 1][criterion];
                    events.push_back(core::RatingGiven{static_cast<ItemId>(10 + proposal), criterion,
                                                       round == 0 ? 6 - value : value, seat});
                }
            }
        }
    }
    return events;
}

class DecisionReplayTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new atelier::testing::TempDir();
        s_events = new std::vector<core::Event>(decidingEvents());
        store::Database db = store::Database::open(s_dir->path());
        db.ensureWorkshop(store::Workshop{"budget", "Budget participatif", "Saint-Étienne", "{}", ""});
        s_session = db.createSession("budget");
        store::EventLogOptions options;
        options.snapshotEveryEvents = 40;
        store::EventLog log(db, s_session, core::Board{}, 0, options);
        for (std::size_t i = 0; i < s_events->size(); ++i) {
            log.append(static_cast<std::int64_t>(i + 1) * kStepMs, (*s_events)[i]);
            if ((i + 1) % 40 == 0) { // let the snapshot thread catch up, as a live table's pace would
                ASSERT_TRUE(log.flush(std::chrono::minutes(1)));
                const std::int64_t before = log.status().snapshotSeq;
                for (int wait = 0; wait < 2000 && log.status().snapshotSeq == before; ++wait) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                }
            }
        }
        ASSERT_TRUE(log.flush(std::chrono::minutes(1)));
    }
    static void TearDownTestSuite() {
        delete s_events;
        delete s_dir;
    }

    /// The hash of the events applied directly up to session time t (each event at (i+1) × kStepMs).
    static std::string expectedAt(std::int64_t tMs) {
        core::Board board;
        for (std::size_t i = 0; i < s_events->size() && static_cast<std::int64_t>(i + 1) * kStepMs <= tMs;
             ++i) {
            EXPECT_TRUE(core::apply(board, (*s_events)[i]));
        }
        return core::boardHash(board);
    }

    static atelier::testing::TempDir* s_dir;
    static std::vector<core::Event>* s_events;
    static std::int64_t s_session;
};

atelier::testing::TempDir* DecisionReplayTest::s_dir = nullptr;
std::vector<core::Event>* DecisionReplayTest::s_events = nullptr;
std::int64_t DecisionReplayTest::s_session = 0;

TEST_F(DecisionReplayTest, PlayingAtEightTimesLandsWhereSeeksLand) {
    Player player(s_dir->dataFile(), s_session);
    ASSERT_GE(player.recording().snapshotSeqs().size(), 3U) << "seeks must start from deciding snapshots";
    Player seeker(s_dir->dataFile(), s_session);
    player.setSpeed(8);
    player.play();
    int checked = 0;
    while (player.playing()) {
        player.advance(50); // 400 ms of session a step
        if (++checked % 4 == 0) {
            seeker.seek(player.positionMs());
            ASSERT_EQ(core::boardHash(player.board()), core::boardHash(seeker.board()))
                << player.positionMs();
        }
        if (checked % 25 == 0) {
            EXPECT_EQ(core::boardHash(player.board()), expectedAt(player.positionMs()))
                << player.positionMs();
        }
    }
    EXPECT_GT(checked, 500);
    EXPECT_EQ(core::boardHash(player.board()), expectedAt(player.durationMs()));
    EXPECT_TRUE(core::isFunded(player.board(), 10));
}

TEST_F(DecisionReplayTest, TheExportsGiveTheFundedPairAndTheCriteriaRankingExactly) {
    Player player(s_dir->dataFile(), s_session);
    player.seek(player.durationMs());
    const SessionReport report = buildReport(player.recording(), player.board(), WorkshopLabels{});
    ASSERT_TRUE(report.decision);
    const ReportDecision& decision = *report.decision;
    EXPECT_EQ(decision.fundedSet, (std::vector<ItemId>{11, 10})) << "most pledged first";
    EXPECT_EQ(decision.fundedCostCents, 8'000'000);
    EXPECT_EQ(decision.placedCents, 10'000'000);
    ASSERT_EQ(decision.criteriaRanking.size(), 3U);
    EXPECT_EQ(decision.criteriaRanking[0].id, 10U);
    EXPECT_EQ(decision.criteriaRanking[1].id, 12U);
    EXPECT_EQ(decision.criteriaRanking[2].id, 11U);

    const std::string clusters = reportClustersToCsv(report);
    EXPECT_NE(clusters.find("10,1,Jardin,3,1 2 3,0,0,,30000.00,3,1\r\n"), std::string::npos) << clusters;
    EXPECT_NE(clusters.find("11,2,Bancs,3,4 5 6,0,0,,50000.00,5,1\r\n"), std::string::npos) << clusters;
    EXPECT_NE(clusters.find("12,3,Vélos,3,7 8 9,0,0,,40000.00,2,0\r\n"), std::string::npos) << clusters;
    EXPECT_EQ(
        reportToCsv(report).find("id,text,category,category_name,seat,cluster,cluster_name,votes,created,"
                                 "last_edited,cost_eur,coins,funded\r\n"),
        0U);
    const std::string criteria = reportCriteriaToCsv(report);
    EXPECT_EQ(criteria, "rank,kind,id,label,score,Utilité,Accessibilité,Durabilité\r\n"
                        "1,cluster,10,Jardin,4.4444,4.6667,4.3333,4.3333\r\n"
                        "2,cluster,12,Vélos,4.3333,4.3333,4.3333,4.3333\r\n"
                        "3,cluster,11,Bancs,3.0000,3.0000,3.0000,3.0000\r\n");

    const nlohmann::json json = nlohmann::json::parse(reportToJson(report, {}));
    EXPECT_EQ(json["decision"]["fundedSet"], nlohmann::json({11, 10}));
    EXPECT_EQ(json["decision"]["envelopeCents"], 10'000'000);
    EXPECT_EQ(json["decision"]["costs"][1]["costCents"], 5'000'000);
    EXPECT_EQ(json["decision"]["criteriaRanking"][0]["means"][0]["sum"], 14);

    const std::string html = reportToHtml(report, {}, core::Language::French);
    EXPECT_NE(
        html.find("Enveloppe 100\u202f000\u00a0€ · placé 100\u202f000\u00a0€ · financé 80\u202f000\u00a0€"),
        std::string::npos);
    EXPECT_NE(html.find("<tr class=\"funded\"><td>Bancs</td><td>50\u202f000\u00a0€</td><td>5</td>"),
              std::string::npos);
    EXPECT_NE(html.find("<tr class=\"unfunded\"><td>Vélos</td>"), std::string::npos);
    EXPECT_NE(html.find("<tr><td>1</td><td>Jardin</td><td>4,44</td><td>4,67</td>"), std::string::npos);
    EXPECT_NE(reportToHtml(report, {}, core::Language::English).find("Envelope €100,000 · placed €100,000"),
              std::string::npos);
}

TEST(DecisionReportTest, EurosAreWrittenExactlyFromCents) {
    EXPECT_EQ(decimalEuros(3'000'000), "30000.00");
    EXPECT_EQ(decimalEuros(5), "0.05");
    EXPECT_EQ(decimalEuros(-150), "-1.50");
    EXPECT_EQ(displayEuros(123'456'789, core::Language::French), "1\u202f234\u202f567,89\u00a0€");
    EXPECT_EQ(displayEuros(100'000, core::Language::English), "€1,000");
    EXPECT_FALSE(reportDecision(core::Board{})) << "a session that never decided has no decision part";
}

} // namespace
} // namespace atelier::replay

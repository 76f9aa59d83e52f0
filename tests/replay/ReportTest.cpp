// The pieces of the exports that need no GPU: session times, CSV fields, base64, HTML escaping, the vote
// ranking, and the standalone copy of one session.
#include "RecordedSession.hpp"
#include "TempDir.hpp"
#include "core/Apply.hpp"
#include "core/BoardHash.hpp"
#include "core/Ranking.hpp"
#include "replay/Player.hpp"
#include "replay/ReportCsv.hpp"
#include "replay/ReportHtml.hpp"
#include "replay/ReportJson.hpp"
#include "replay/SessionReport.hpp"
#include "replay/SessionTime.hpp"
#include "store/SessionCopy.hpp"
#include "store/StoreError.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

namespace atelier::replay {
namespace {

TEST(SessionTimeTest, ReadsWhatPeopleWriteAndRefusesTheRest) {
    EXPECT_EQ(parseSessionTime("1:02:03"), 3723000);
    EXPECT_EQ(parseSessionTime("01:02:03"), 3723000);
    EXPECT_EQ(parseSessionTime("02:03"), 123000);
    EXPECT_EQ(parseSessionTime("45"), 45000);
    EXPECT_EQ(parseSessionTime("0:00:01.5"), 1500);
    EXPECT_EQ(parseSessionTime("0:00:01.025"), 1025);
    for (const char* bad : {"", "1:75:00", "0:60", "-1", "abc", "1:2:3:4", "1::2", "1.", "1.2345", "1h"}) {
        EXPECT_FALSE(parseSessionTime(bad)) << bad;
    }
    EXPECT_EQ(formatSessionTime(3723999), "1:02:03");
    EXPECT_EQ(formatSessionTime(0), "0:00:00");
    EXPECT_EQ(formatSessionTime(10 * 3600 * 1000), "10:00:00");
}

TEST(ReportTextTest, CsvFieldsAreQuotedOnlyWhenRfc4180AsksAndKeepEveryByte) {
    EXPECT_EQ(csvField("Un banc à l’ombre"), "Un banc à l’ombre");
    EXPECT_EQ(csvField("a,b"), "\"a,b\"");
    EXPECT_EQ(csvField("dit \"oui\""), "\"dit \"\"oui\"\"\"");
    EXPECT_EQ(csvField("deux\nlignes"), "\"deux\nlignes\"");
    EXPECT_EQ(csvField("retour\r"), "\"retour\r\"");
    EXPECT_EQ(csvField(""), "");
}

TEST(ReportTextTest, CsvCellsASpreadsheetWouldRunAsFormulasAreNeutralisedWithALeadingQuote) {
    EXPECT_EQ(csvField("=1+1"), "\"'=1+1\"");
    EXPECT_EQ(csvField("+33 6 12 34 56 78"), "\"'+33 6 12 34 56 78\"");
    EXPECT_EQ(csvField("- plus de bancs"), "\"'- plus de bancs\"");
    EXPECT_EQ(csvField("@SUM(A1:A9)"), "\"'@SUM(A1:A9)\"");
    EXPECT_EQ(csvField("\t=cmd"), "\"'\t=cmd\"");
    EXPECT_EQ(csvField("\r=cmd"), "\"'\r=cmd\"");
    EXPECT_EQ(csvField("=HYPERLINK(\"http://x\",\"y\")"), "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    EXPECT_EQ(csvField("1+1="), "1+1=");
    EXPECT_EQ(csvField("Des bancs - et des arbres"), "Des bancs - et des arbres");
}

TEST(ReportTextTest, OnlyTheCsvNeutralisesFormulasTheJsonAndHtmlKeepTheTextExact) {
    SessionReport report;
    report.title = "Atelier";
    ReportCard card;
    card.id = 1;
    card.text = "=1+1";
    card.cluster = 2;
    card.clusterName = "@groupe";
    report.cards.push_back(card);
    ReportCluster cluster;
    cluster.id = 2;
    cluster.name = "@groupe";
    cluster.cards = {1};
    report.clusters.push_back(cluster);

    const std::string csv = reportToCsv(report);
    EXPECT_NE(csv.find(",\"'=1+1\","), std::string::npos) << csv;
    EXPECT_NE(csv.find(",\"'@groupe\","), std::string::npos) << csv;
    const std::string json = reportToJson(report, {});
    EXPECT_NE(json.find("\"=1+1\""), std::string::npos) << json;
    EXPECT_EQ(json.find("'=1+1"), std::string::npos) << json;
    const std::string html = reportToHtml(report, {}, core::Language::French);
    EXPECT_NE(html.find("=1+1"), std::string::npos);
    EXPECT_EQ(html.find("'=1+1"), std::string::npos);
    EXPECT_EQ(html.find("&#39;=1+1"), std::string::npos);
}

TEST(ReportTextTest, Base64FollowsRfc4648AndHtmlIsEscaped) {
    EXPECT_EQ(base64(""), "");
    EXPECT_EQ(base64("f"), "Zg==");
    EXPECT_EQ(base64("fo"), "Zm8=");
    EXPECT_EQ(base64("foo"), "Zm9v");
    EXPECT_EQ(base64("foobar"), "Zm9vYmFy");
    EXPECT_EQ(base64(std::string("\xff\xfe\x00", 3)), "//4A");
    EXPECT_EQ(escapeHtml("<b>\"l’été\" & 'toi'</b>"),
              "&lt;b&gt;&quot;l’été&quot; &amp; &#39;toi&#39;&lt;/b&gt;");
}

core::CardCreated card(core::ItemId id, std::string text) {
    core::CardCreated created;
    created.id = id;
    created.pose.centre = {100.0 * static_cast<double>(id), 100};
    created.size = {80, 50};
    created.text = std::move(text);
    created.seat = 1;
    return created;
}

TEST(RankingTest, TheExportsRankAsTheTableDoesLiveDotsMostFirstTiesShareARank) {
    core::Board board;
    const std::vector<core::Event> events = {
        core::SessionConfigured{4, 5, "Vote", 0},
        card(1, "Arbres"),
        card(2, "Bancs"),
        card(3, "Fontaine"),
        card(4, "Supprimée"),
        core::ClusterFormed{5, "Repos", {1, 2}, 1},
        core::VoteCast{6, 3, 1},
        core::VoteCast{7, 3, 2},
        core::VoteCast{8, 5, 1},
        core::VoteCast{9, 5, 3},
        core::VoteCast{10, 1, 2},
        core::VoteCast{11, 2, 3},
        core::VoteCast{12, 2, 4},
        core::VoteWithdrawn{12, 4},
        core::VoteCast{13, 4, 4},
        core::VoteCast{14, 4, 4},
        core::VoteCast{15, 4, 3},
        core::CardDeleted{4, 1},
    };
    for (const core::Event& event : events) {
        ASSERT_TRUE(core::apply(board, event)) << core::apply(board, event).reason;
    }
    ASSERT_TRUE(core::apply(board, card(16, "Sans vote")));
    const std::vector<RankedItem> ranking = reportRanking(board);
    ASSERT_EQ(ranking.size(), 4u) << "the deleted card's dots do not count, a card without dots is left out";
    EXPECT_EQ(ranking[0].votes, 4) << "the cluster's two dots and one on each of its cards";
    EXPECT_EQ(ranking[1].votes, 2);
    EXPECT_EQ(ranking[0].rank, 1);
    EXPECT_EQ(ranking[1].rank, 2);
    EXPECT_EQ(ranking[0].kind, "cluster");
    EXPECT_EQ(ranking[0].label, "Repos");
    EXPECT_EQ(ranking[1].id, 3u);
    EXPECT_EQ(ranking[1].label, "Fontaine");
    EXPECT_EQ(ranking[2].votes, 1);
    EXPECT_EQ(ranking[2].rank, 3);
    EXPECT_EQ(ranking[2].id, 1u) << "then by id";
    EXPECT_EQ(ranking[3].id, 2u) << "the withdrawn dot leaves Bancs one";
    EXPECT_EQ(ranking[3].rank, 3);

    // The same items, in the same order and ranks, as the table's own ranking.
    const std::vector<core::RankedItem> table = core::rankByVotes(board);
    for (std::size_t i = 0; i < ranking.size(); ++i) {
        EXPECT_EQ(ranking[i].id, table[i].id);
        EXPECT_EQ(ranking[i].rank, table[i].rank);
        EXPECT_EQ(ranking[i].votes, table[i].votes);
    }
}

TEST(SessionCopyTest, TheCopyHoldsOnlyThatSessionAndReplaysToTheSameBoard) {
    atelier::testing::TempDir dir;
    const testing::RecordedSession first = testing::recordSimulatedSession(dir.path(), 11, 1500, 400);
    const testing::RecordedSession second = testing::recordSimulatedSession(dir.path(), 12, 300, 400);
    const std::filesystem::path target = dir.path() / "elsewhere" / "atelier.db";
    store::copySession(dir.dataFile(), second.session, target);

    Player original(dir.dataFile(), second.session);
    Player copy(target, second.session);
    original.seek(original.durationMs());
    copy.seek(copy.durationMs());
    EXPECT_EQ(copy.recording().eventCount(), 300);
    EXPECT_EQ(core::boardHash(copy.board()), core::boardHash(original.board()));
    EXPECT_EQ(copy.recording().info().workshopTitle, "Place Carnot");
    {
        SQLite::Database db(target.string(), SQLite::OPEN_READONLY);
        EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sessions").getInt(), 1);
        EXPECT_EQ(db.execAndGet("SELECT count(DISTINCT session_id) FROM events").getInt(), 1);
    }
    EXPECT_THROW(store::copySession(dir.dataFile(), first.session, target), store::StoreError)
        << "an existing file is never overwritten";
    try {
        store::copySession(dir.dataFile(), 77, dir.path() / "none.db");
        FAIL() << "no session 77";
    } catch (const store::StoreError& error) {
        EXPECT_EQ(error.kind(), store::StoreErrorKind::NotFound);
    }
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "none.db")) << "a failed copy leaves no file behind";
}

} // namespace
} // namespace atelier::replay

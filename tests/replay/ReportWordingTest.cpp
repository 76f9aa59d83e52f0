// The HTML report reads as a city would publish it: counts in words, groups named, the question apart.
#include "replay/ReportHtml.hpp"
#include "replay/SessionReport.hpp"

#include <gtest/gtest.h>

namespace atelier::replay {
namespace {

ReportCard idea(core::ItemId id, std::string text, int votes, core::ItemId cluster = core::kNoItem) {
    ReportCard card;
    card.id = id;
    card.text = std::move(text);
    card.seat = 1;
    card.votes = votes;
    card.cluster = cluster;
    return card;
}

/// A finished session: the question on the table, an unnamed cluster of two ideas, one lone idea with a
/// single dot, a photo with one sketch.
SessionReport finishedSession() {
    SessionReport report;
    report.title = "Square des Ursules";
    report.question = "Que faire du square ?";
    ReportCard question = idea(1, "Que faire du square ?", 0);
    question.seat = 0;
    question.question = true;
    report.cards.push_back(question);
    ReportCard shade = idea(2, "De l’ombre", 0, 10);
    shade.categoryName = "Nature";
    shade.categoryColour = 0x009E73;
    report.cards.push_back(shade);
    report.cards.push_back(idea(3, "Des bancs", 0, 10));
    report.cards.push_back(idea(4, "Une fontaine", 1));
    report.clusters.push_back(ReportCluster{10, "", 2, {2, 3}, 3});
    report.photos.push_back(ReportPhoto{20, "55a25d9b27d6ffeeddccbbaa", 1});
    report.ranking.push_back(RankedItem{"cluster", 10, "", 3, 1});
    report.ranking.push_back(RankedItem{"card", 4, "Une fontaine", 1, 2});
    return report;
}

TEST(ReportWordingTest, OneDotIsOneVoteAndOneSketchIsOneSketch) {
    const std::string french = reportToHtml(finishedSession(), {}, core::Language::French);
    EXPECT_NE(french.find("1 vote<"), std::string::npos);
    EXPECT_EQ(french.find("1 votes"), std::string::npos);
    EXPECT_NE(french.find("3 votes"), std::string::npos);
    const std::string english = reportToHtml(finishedSession(), {}, core::Language::English);
    EXPECT_NE(english.find("1 sketch<"), std::string::npos);
    EXPECT_EQ(english.find("1 sketches"), std::string::npos);
}

TEST(ReportWordingTest, AnUnnamedGroupIsCalledByItsNumberAndStandsApartFromIdeasInTheRanking) {
    const std::string html = reportToHtml(finishedSession(), {}, core::Language::French);
    EXPECT_EQ(html.find("…"), std::string::npos);
    EXPECT_NE(html.find("<h3>Groupe 2"), std::string::npos) << html;
    const auto ranking = html.find("class=\"ranking\"");
    ASSERT_NE(ranking, std::string::npos);
    const auto clusterRow = html.find("<tr class=\"cluster\">", ranking);
    const auto cardRow = html.find("<tr class=\"card\">", ranking);
    ASSERT_NE(clusterRow, std::string::npos);
    ASSERT_NE(cardRow, std::string::npos);
    EXPECT_LT(clusterRow, cardRow);
    EXPECT_NE(html.find("Groupe</td><td>Groupe 2</td>", clusterRow), std::string::npos) << html;
    EXPECT_NE(html.find("Idée</td><td>Une fontaine</td>", cardRow), std::string::npos) << html;
}

TEST(ReportWordingTest, TheQuestionIsNotAnIdeaAndPhotosAreNotHashes) {
    const std::string html = reportToHtml(finishedSession(), {}, core::Language::French);
    const auto unclustered = html.find("Idées hors regroupement");
    ASSERT_NE(unclustered, std::string::npos);
    EXPECT_EQ(html.find("Que faire du square ?", unclustered), std::string::npos)
        << "the question is listed among the ideas";
    EXPECT_NE(html.find("Une fontaine", unclustered), std::string::npos);
    EXPECT_EQ(html.find("55a25d9b"), std::string::npos);
    EXPECT_NE(html.find("Photo 1 · 1 croquis"), std::string::npos) << html;
}

TEST(ReportWordingTest, ACardsBarTakesItsCategorysColour) {
    const std::string html = reportToHtml(finishedSession(), {}, core::Language::French);
    EXPECT_NE(html.find("id=\"card-2\" style=\"border-left-color:#009e73\""), std::string::npos) << html;
    EXPECT_NE(html.find("id=\"card-3\">"), std::string::npos) << "no category: the neutral bar";
}

} // namespace
} // namespace atelier::replay

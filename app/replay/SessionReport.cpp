// Gathers a session's results from its final board and its recording.
#include "replay/SessionReport.hpp"

#include "core/Ranking.hpp"

#include <algorithm>
#include <map>

namespace atelier::replay {
namespace {

std::map<core::ItemId, int> dotsByTarget(const core::Board& board) {
    std::map<core::ItemId, int> dots;
    for (const auto& [id, vote] : board.votes) {
        if (!vote.withdrawn && board.isLiveVoteTarget(vote.target)) {
            ++dots[vote.target];
        }
    }
    return dots;
}

int dotsOn(const std::map<core::ItemId, int>& dots, core::ItemId id) {
    const auto found = dots.find(id);
    return found == dots.end() ? 0 : found->second;
}

} // namespace

std::vector<RankedItem> reportRanking(const core::Board& board) {
    std::vector<RankedItem> ranking;
    for (const core::RankedItem& item : core::rankByVotes(board)) {
        if (item.votes == 0) {
            break; // most dots first: the rest hold none
        }
        if (item.kind == core::RankedItem::Kind::Cluster) {
            ranking.push_back(
                RankedItem{"cluster", item.id, board.findCluster(item.id)->name, item.votes, item.rank});
        } else {
            ranking.push_back(
                RankedItem{"card", item.id, board.findCard(item.id)->text, item.votes, item.rank});
        }
    }
    return ranking;
}

SessionReport buildReport(Recording& recording, const core::Board& endBoard, const WorkshopLabels& labels) {
    SessionReport report;
    report.session = recording.info();
    report.title = endBoard.title.empty() ? report.session.workshopTitle : endBoard.title;
    report.question = labels.question;
    report.durationMs = recording.durationMs();
    report.eventCount = recording.eventCount();

    const auto& markers = recording.phases();
    for (std::size_t i = 0; i < markers.size(); ++i) {
        const std::int64_t end = i + 1 < markers.size() ? markers[i + 1].tMs : report.durationMs;
        report.phases.push_back(ReportPhase{markers[i].index, markers[i].name, markers[i].seq, markers[i].tMs,
                                            end - markers[i].tMs, markers[i].pauses});
    }

    const std::map<core::ItemId, int> dots = dotsByTarget(endBoard);
    std::map<core::ItemId, CardTimes> times;
    for (const auto& [id, cardTimes] : recording.cardTimes()) {
        times.emplace(id, cardTimes);
    }
    for (const auto& [id, card] : endBoard.cards) {
        if (card.deleted) {
            continue;
        }
        ReportCard row;
        row.id = id;
        row.text = card.text;
        row.category = card.category;
        if (card.category >= 0 && static_cast<std::size_t>(card.category) < labels.categoryNames.size()) {
            row.categoryName = labels.categoryNames[static_cast<std::size_t>(card.category)];
        }
        if (card.category >= 0 && static_cast<std::size_t>(card.category) < labels.categoryColours.size()) {
            row.categoryColour = labels.categoryColours[static_cast<std::size_t>(card.category)];
        }
        row.question = card.seat == 0 && !labels.question.empty() && card.text == labels.question;
        row.seat = card.seat;
        row.cluster = endBoard.clusterOf(id);
        if (const core::Cluster* cluster = endBoard.findCluster(row.cluster)) {
            row.clusterName = cluster->name;
        }
        row.votes = dotsOn(dots, id);
        if (const auto found = times.find(id); found != times.end()) {
            row.createdMs = found->second.createdMs;
            row.editedMs = found->second.editedMs;
        }
        report.cards.push_back(std::move(row));
    }
    int clusterNumber = 0;
    for (const auto& [id, cluster] : endBoard.clusters) {
        ++clusterNumber; // counts dissolved clusters too, so a group keeps its number all session
        if (cluster.dissolved) {
            continue;
        }
        ReportCluster row{id, cluster.name, clusterNumber, {}, dotsOn(dots, id)};
        for (const core::ItemId card : cluster.cards) {
            if (const core::Card* member = endBoard.findCard(card); member && !member->deleted) {
                row.cards.push_back(card);
            }
        }
        report.clusters.push_back(std::move(row));
    }
    for (const auto& [id, photo] : endBoard.photos) {
        if (photo.deleted) {
            continue;
        }
        ReportPhoto row{id, photo.assetHash, 0};
        for (const auto& [strokeId, stroke] : endBoard.strokes) {
            row.strokes += stroke.parent == id && !stroke.erased ? 1 : 0;
        }
        report.photos.push_back(std::move(row));
    }
    report.ranking = reportRanking(endBoard);
    report.decision = reportDecision(endBoard);
    return report;
}

} // namespace atelier::replay

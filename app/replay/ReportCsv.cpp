// Writes the cards as RFC 4180 CSV.
#include "replay/ReportCsv.hpp"

#include <cstdio>
#include <initializer_list>
#include <map>

namespace atelier::replay {

namespace {

/// True when a spreadsheet would read the cell as a formula (or strip its first character to find one).
bool startsLikeFormula(std::string_view text) {
    return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

} // namespace

std::string csvField(std::string_view text) {
    const bool formula = startsLikeFormula(text);
    if (!formula && text.find_first_of(",\"\r\n") == std::string_view::npos) {
        return std::string(text);
    }
    std::string quoted = formula ? "\"'" : "\"";
    for (const char c : text) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    quoted += '"';
    return quoted;
}

namespace {

/// Appends one record of already encoded fields, CRLF at its end.
void appendRecord(std::string& csv, std::initializer_list<std::string> fields) {
    std::size_t i = 0;
    for (const std::string& field : fields) {
        csv += field;
        csv += ++i < fields.size() ? "," : "\r\n";
    }
}

/// The cost columns of a proposal: cost_eur (empty without a cost), coins, funded (1 when in the funded
/// set within the envelope, 0 when costed but not, empty without a cost).
std::string costFields(const SessionReport& report, core::ItemId id) {
    const ReportCost* cost = report.decision ? report.decision->costOf(id) : nullptr;
    if (cost == nullptr) {
        return ",0,";
    }
    return decimalEuros(cost->costCents) + "," + std::to_string(cost->coins) + "," +
           (cost->withinEnvelope ? "1" : "0");
}

} // namespace

std::string reportCriteriaToCsv(const SessionReport& report) {
    std::string csv = "rank,kind,id,label,score";
    if (!report.decision) {
        return csv + "\r\n";
    }
    for (const std::string& criterion : report.decision->criteria) {
        csv += "," + csvField(criterion);
    }
    csv += "\r\n";
    for (const ReportCriteriaLine& line : report.decision->criteriaRanking) {
        char score[32];
        std::snprintf(score, sizeof score, "%.4f", line.score);
        csv += std::to_string(line.rank) + "," + line.kind + "," + std::to_string(line.id) + "," +
               csvField(line.label) + "," + score;
        for (const core::CriterionScore& criterion : line.scores) {
            char mean[32] = "";
            if (criterion.count > 0) {
                std::snprintf(mean, sizeof mean, "%.4f", criterion.mean());
            }
            csv += std::string(",") + mean;
        }
        csv += "\r\n";
    }
    return csv;
}

std::string reportClustersToCsv(const SessionReport& report) {
    std::map<core::ItemId, const RankedItem*> ranked;
    for (const RankedItem& item : report.ranking) {
        if (item.kind == "cluster") {
            ranked.emplace(item.id, &item);
        }
    }
    std::string csv = "id,number,name,cards,card_ids,votes,score,rank,cost_eur,coins,funded\r\n";
    for (const ReportCluster& cluster : report.clusters) {
        std::string ids;
        for (const core::ItemId card : cluster.cards) {
            ids += (ids.empty() ? "" : " ") + std::to_string(card);
        }
        const auto found = ranked.find(cluster.id);
        appendRecord(csv, {std::to_string(cluster.id), std::to_string(cluster.number), csvField(cluster.name),
                           std::to_string(cluster.cards.size()), ids, std::to_string(cluster.votes),
                           std::to_string(found == ranked.end() ? 0 : found->second->votes),
                           found == ranked.end() ? std::string{} : std::to_string(found->second->rank),
                           costFields(report, cluster.id)});
    }
    return csv;
}

std::string reportRankingToCsv(const SessionReport& report) {
    std::string csv = "rank,kind,id,label,votes\r\n";
    for (const RankedItem& item : report.ranking) {
        appendRecord(csv, {std::to_string(item.rank), item.kind, std::to_string(item.id),
                           csvField(item.label), std::to_string(item.votes)});
    }
    return csv;
}

std::string reportToCsv(const SessionReport& report) {
    std::string csv = "id,text,category,category_name,seat,cluster,cluster_name,votes,created,last_edited,"
                      "cost_eur,coins,funded\r\n";
    for (const ReportCard& card : report.cards) {
        if (card.question) {
            continue; // the question is not an idea card
        }
        const std::string fields[] = {
            std::to_string(card.id),
            csvField(card.text),
            card.category < 0 ? std::string{} : std::to_string(card.category),
            csvField(card.categoryName),
            std::to_string(card.seat),
            card.cluster == core::kNoItem ? std::string{} : std::to_string(card.cluster),
            csvField(card.clusterName),
            std::to_string(card.votes),
            formatSessionTime(card.createdMs),
            formatSessionTime(card.editedMs),
            costFields(report, card.id),
        };
        for (std::size_t i = 0; i < std::size(fields); ++i) {
            csv += fields[i];
            csv += i + 1 < std::size(fields) ? "," : "\r\n";
        }
    }
    return csv;
}

} // namespace atelier::replay

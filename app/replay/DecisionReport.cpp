// Gathers the deciding results of a board and writes their HTML sections.
#include "replay/DecisionReport.hpp"

#include "core/Funding.hpp"
#include "replay/ReportHtml.hpp"

#include <algorithm>
#include <cstdio>

namespace atelier::replay {
namespace {

struct Proposal {
    std::string kind;
    std::string label;
    int number = 0;
};

Proposal proposalOf(const core::Board& board, core::ItemId id) {
    if (const core::Card* card = board.findCard(id)) {
        return Proposal{"card", card->text, 0};
    }
    int number = 0;
    for (const auto& [clusterId, cluster] : board.clusters) {
        ++number; // dissolved clusters count too, as in SessionReport
        if (clusterId == id) {
            return Proposal{"cluster", cluster.name, number};
        }
    }
    return Proposal{};
}

/// Groups of three digits joined by `separator`.
std::string grouped(std::int64_t whole, std::string_view separator) {
    std::string digits = std::to_string(whole);
    std::string out;
    const std::size_t first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    out = digits.substr(0, first);
    for (std::size_t i = first; i < digits.size(); i += 3) {
        out += separator;
        out += digits.substr(i, 3);
    }
    return out;
}

bool french(core::Language language) {
    return language == core::Language::French;
}

std::string say(core::Language language, std::string_view fr, std::string_view en) {
    return std::string(french(language) ? fr : en);
}

std::string proposalTitle(const std::string& kind, const std::string& label, int number,
                          core::Language language) {
    if (kind == "cluster" && label.empty()) {
        return say(language, "Groupe ", "Group ") + std::to_string(number);
    }
    return label;
}

/// A mean with two decimals, a decimal comma in French: "4,67" / "4.67".
std::string decimalText(double value, core::Language language) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    std::string shown = text;
    if (french(language)) {
        std::replace(shown.begin(), shown.end(), '.', ',');
    }
    return shown;
}

std::string meanText(const core::CriterionScore& score, core::Language language) {
    return score.count == 0 ? std::string("—") : decimalText(score.mean(), language);
}

void appendFunding(std::string& html, const ReportDecision& decision, core::Language language) {
    html += "<h2>" + say(language, "Budget", "Budget") + "</h2>\n<p class=\"budget\">";
    if (decision.envelopeCents > 0) {
        html +=
            say(language, "Enveloppe ", "Envelope ") + displayEuros(decision.envelopeCents, language) + " · ";
    }
    html += say(language, "placé ", "placed ") + displayEuros(decision.placedCents, language) + " · " +
            say(language, "financé ", "funded ") + displayEuros(decision.fundedCostCents, language) +
            "</p>\n";
    if (decision.costs.empty()) {
        html += "<p>" + say(language, "Aucune proposition chiffrée.", "No proposal was costed.") + "</p>\n";
        return;
    }
    html += "<table class=\"funding\">\n<tr><th>" + say(language, "Proposition", "Proposal") + "</th><th>" +
            say(language, "Coût", "Cost") + "</th><th>" + say(language, "Jetons", "Coins") + "</th><th>" +
            say(language, "Engagé", "Pledged") + "</th><th>" + say(language, "État", "Status") +
            "</th></tr>\n";
    for (const ReportCost& cost : decision.costs) {
        const std::string status =
            cost.withinEnvelope ? say(language, "Financée", "Funded")
            : cost.funded       ? say(language, "Financée, hors enveloppe", "Funded, over the envelope")
                                : say(language, "Non financée", "Not funded");
        html += std::string("<tr class=\"") + (cost.withinEnvelope ? "funded" : "unfunded") + "\"><td>" +
                escapeHtml(proposalTitle(cost.kind, cost.label, cost.number, language)) + "</td><td>" +
                displayEuros(cost.costCents, language) + "</td><td>" + std::to_string(cost.coins) +
                "</td><td>" + displayEuros(cost.pledgedCents, language) + "</td><td>" + status +
                "</td></tr>\n";
    }
    html += "</table>\n";
}

void appendCriteria(std::string& html, const ReportDecision& decision, core::Language language) {
    html += "<h2>" + say(language, "Classement par critères", "Ranking by criteria") + "</h2>\n";
    if (decision.criteriaRanking.empty()) {
        html += "<p>" + say(language, "Aucune évaluation.", "No rating.") + "</p>\n";
        return;
    }
    html += "<table class=\"criteria\">\n<tr><th>#</th><th>" + say(language, "Proposition", "Proposal") +
            "</th><th>" + say(language, "Moyenne", "Mean") + "</th>";
    for (const std::string& criterion : decision.criteria) {
        html += "<th>" + escapeHtml(criterion) + "</th>";
    }
    html += "</tr>\n";
    for (const ReportCriteriaLine& line : decision.criteriaRanking) {
        html += "<tr><td>" + std::to_string(line.rank) + "</td><td>" +
                escapeHtml(proposalTitle(line.kind, line.label, line.number, language)) + "</td><td>" +
                decimalText(line.score, language) + "</td>";
        for (const core::CriterionScore& criterion : line.scores) {
            html += "<td>" + meanText(criterion, language) + "</td>";
        }
        html += "</tr>\n";
    }
    html += "</table>\n";
}

} // namespace

const ReportCost* ReportDecision::costOf(core::ItemId id) const {
    for (const ReportCost& cost : costs) {
        if (cost.id == id) {
            return &cost;
        }
    }
    return nullptr;
}

std::optional<ReportDecision> reportDecision(const core::Board& board) {
    if (!board.hasDecision()) {
        return std::nullopt;
    }
    ReportDecision decision;
    decision.envelopeCents = board.decision.envelopeCents;
    decision.coinsPerSeat = board.decision.coinsPerSeat;
    decision.coinValueCents = board.decision.coinValueCents;
    decision.criteria = board.decision.criteria;
    const core::FundingSummary funding = core::fundingOf(board);
    decision.placedCents = funding.placedCents;
    decision.fundedCostCents = funding.fundedCostCents;
    decision.fundedSet = funding.fundedSet;
    for (const core::FundingLine& line : funding.lines) {
        const Proposal proposal = proposalOf(board, line.item);
        decision.costs.push_back(ReportCost{proposal.kind, line.item, proposal.label, proposal.number,
                                            line.costCents, line.coins, line.pledgedCents, line.funded,
                                            line.withinEnvelope});
    }
    for (const core::CriteriaLine& line : core::rankByCriteria(board)) {
        const Proposal proposal = proposalOf(board, line.item);
        decision.criteriaRanking.push_back(ReportCriteriaLine{
            proposal.kind, line.item, proposal.label, proposal.number, line.scores, line.score(), line.rank});
    }
    return decision;
}

std::string decimalEuros(std::int64_t cents) {
    const std::int64_t magnitude = cents < 0 ? -cents : cents;
    const std::int64_t part = magnitude % 100;
    return (cents < 0 ? "-" : "") + std::to_string(magnitude / 100) + (part < 10 ? ".0" : ".") +
           std::to_string(part);
}

std::string displayEuros(std::int64_t cents, core::Language language) {
    const std::int64_t magnitude = cents < 0 ? -cents : cents;
    const std::int64_t part = magnitude % 100;
    const std::string sign = cents < 0 ? "-" : "";
    const std::string fraction = part == 0 ? "" : (part < 10 ? "0" : "") + std::to_string(part);
    if (french(language)) {
        return sign + grouped(magnitude / 100, "\u202f") + (fraction.empty() ? "" : "," + fraction) +
               "\u00a0€";
    }
    return sign + "€" + grouped(magnitude / 100, ",") + (fraction.empty() ? "" : "." + fraction);
}

std::string decisionToHtml(const ReportDecision& decision, core::Language language) {
    std::string html =
        "<section class=\"decision\">\n<style>.funding .funded td{font-weight:bold;"
        "background:#e8f5e9}.funding td:nth-child(n+2),.criteria td:nth-child(n+3){text-align:right}"
        "</style>\n";
    appendFunding(html, decision, language);
    if (!decision.criteria.empty()) {
        appendCriteria(html, decision, language);
    }
    html += "</section>\n";
    return html;
}

} // namespace atelier::replay

// Writes the session report as JSON with nlohmann-json, keys in a fixed documented order.
#include "replay/ReportJson.hpp"

#include <nlohmann/json.hpp>

namespace atelier::replay {
namespace {

using Json = nlohmann::ordered_json;

Json idOrNull(core::ItemId id) {
    return id == core::kNoItem ? Json(nullptr) : Json(id);
}

/// The deciding part: set-up, envelope status, costs and the criteria ranking (money in whole cents).
Json decisionJson(const ReportDecision& decision) {
    Json costs = Json::array();
    for (const ReportCost& cost : decision.costs) {
        costs.push_back({{"kind", cost.kind},
                         {"id", cost.id},
                         {"label", cost.label},
                         {"costCents", cost.costCents},
                         {"coins", cost.coins},
                         {"pledgedCents", cost.pledgedCents},
                         {"funded", cost.funded},
                         {"withinEnvelope", cost.withinEnvelope}});
    }
    Json ranking = Json::array();
    for (const ReportCriteriaLine& line : decision.criteriaRanking) {
        Json means = Json::array();
        for (std::size_t i = 0; i < line.scores.size() && i < decision.criteria.size(); ++i) {
            const core::CriterionScore& score = line.scores[i];
            means.push_back({{"criterion", decision.criteria[i]},
                             {"count", score.count},
                             {"sum", score.sum},
                             {"mean", score.count == 0 ? Json(nullptr) : Json(score.mean())}});
        }
        ranking.push_back({{"rank", line.rank},
                           {"kind", line.kind},
                           {"id", line.id},
                           {"label", line.label},
                           {"score", line.score},
                           {"means", std::move(means)}});
    }
    return {{"envelopeCents", decision.envelopeCents},   {"coinsPerSeat", decision.coinsPerSeat},
            {"coinValueCents", decision.coinValueCents}, {"criteria", decision.criteria},
            {"placedCents", decision.placedCents},       {"fundedCostCents", decision.fundedCostCents},
            {"fundedSet", decision.fundedSet},           {"costs", std::move(costs)},
            {"criteriaRanking", std::move(ranking)}};
}

} // namespace

std::string reportToJson(const SessionReport& report, const std::map<std::string, std::string>& photoFiles) {
    Json root;
    root["format"] = kExportFormat;
    root["version"] = kExportVersion;
    root["workshop"] = {{"id", report.session.workshopId},
                        {"title", report.title},
                        {"site", report.session.site},
                        {"question", report.question}};
    root["session"] = {
        {"id", report.session.id},
        {"status", report.session.status},
        {"startedAt", report.session.startedAt},
        {"endedAt", report.session.endedAt.empty() ? Json(nullptr) : Json(report.session.endedAt)},
        {"durationMs", report.durationMs},
        {"eventCount", report.eventCount}};
    Json phases = Json::array();
    for (const ReportPhase& phase : report.phases) {
        Json pauses = Json::array();
        for (const PhasePause& pause : phase.pauses) {
            pauses.push_back({{"startMs", pause.startMs}, {"durationMs", pause.endMs - pause.startMs}});
        }
        phases.push_back({{"index", phase.index},
                          {"name", phase.name},
                          {"startMs", phase.startMs},
                          {"durationMs", phase.durationMs},
                          {"pauses", std::move(pauses)}});
    }
    root["phases"] = std::move(phases);
    Json cards = Json::array();
    for (const ReportCard& card : report.cards) {
        if (card.question) {
            continue; // the question is the top-level "question", not an idea card
        }
        cards.push_back(
            {{"id", card.id},
             {"text", card.text},
             {"seat", card.seat},
             {"category", card.category < 0 ? Json(nullptr) : Json(card.category)},
             {"categoryName", card.categoryName.empty() ? Json(nullptr) : Json(card.categoryName)},
             {"cluster", idOrNull(card.cluster)},
             {"votes", card.votes},
             {"createdMs", card.createdMs},
             {"editedMs", card.editedMs}});
    }
    root["cards"] = std::move(cards);
    Json clusters = Json::array();
    for (const ReportCluster& cluster : report.clusters) {
        clusters.push_back(
            {{"id", cluster.id}, {"name", cluster.name}, {"cards", cluster.cards}, {"votes", cluster.votes}});
    }
    root["clusters"] = std::move(clusters);
    Json photos = Json::array();
    for (const ReportPhoto& photo : report.photos) {
        const auto file = photoFiles.find(photo.assetHash);
        photos.push_back({{"id", photo.id},
                          {"sha256", photo.assetHash},
                          {"file", file == photoFiles.end() ? Json(nullptr) : Json(file->second)},
                          {"strokes", photo.strokes}});
    }
    root["photos"] = std::move(photos);
    Json ranking = Json::array();
    for (const RankedItem& item : report.ranking) {
        ranking.push_back({{"rank", item.rank},
                           {"kind", item.kind},
                           {"id", item.id},
                           {"label", item.label},
                           {"votes", item.votes}});
    }
    root["ranking"] = std::move(ranking);
    if (report.decision) { // only for a session that decided: older exports keep their keys
        root["decision"] = decisionJson(*report.decision);
    }
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace atelier::replay

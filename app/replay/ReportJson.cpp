// Writes the session report as JSON with nlohmann-json, keys in a fixed documented order.
#include "replay/ReportJson.hpp"

#include <nlohmann/json.hpp>

namespace atelier::replay {
namespace {

using Json = nlohmann::ordered_json;

Json idOrNull(core::ItemId id) {
    return id == core::kNoItem ? Json(nullptr) : Json(id);
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
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace atelier::replay

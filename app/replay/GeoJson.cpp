// Writes the GeoJSON FeatureCollection of a session's sketches and cards on the map.
#include "replay/GeoJson.hpp"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace atelier::replay {
namespace {

using nlohmann::json;

json position(core::Vec2 lonLat) {
    return json::array({roundedDegrees(lonLat.x), roundedDegrees(lonLat.y)});
}

std::string colourText(std::uint32_t rgba) {
    char text[8];
    std::snprintf(text, sizeof text, "#%06X", static_cast<unsigned>(rgba >> 8));
    return text;
}

json strokeFeature(const core::Stroke& stroke, const std::vector<core::Vec2>& points) {
    json geometry;
    if (points.size() == 1) {
        geometry = {{"type", "Point"}, {"coordinates", position(points.front())}};
    } else {
        json coordinates = json::array();
        for (const core::Vec2 point : points) {
            coordinates.push_back(position(point));
        }
        geometry = {{"type", "LineString"}, {"coordinates", std::move(coordinates)}};
    }
    return {{"type", "Feature"},
            {"geometry", std::move(geometry)},
            {"properties",
             {{"kind", "stroke"},
              {"id", stroke.id},
              {"seat", stroke.seat},
              {"photo", stroke.parent},
              {"colour", colourText(stroke.colour)},
              {"width_mm", stroke.width}}}};
}

json cardFeature(const ReportCard& card, const CardOnMap& place) {
    return {{"type", "Feature"},
            {"geometry", {{"type", "Point"}, {"coordinates", position(place.lonLat)}}},
            {"properties",
             {{"kind", "card"},
              {"id", card.id},
              {"text", card.text},
              {"category", card.categoryName.empty() ? json(nullptr) : json(card.categoryName)},
              {"votes", card.votes},
              {"cluster", card.cluster == core::kNoItem ? json(nullptr) : json(card.clusterName)},
              {"cluster_id", card.cluster == core::kNoItem ? json(nullptr) : json(card.cluster)},
              {"seat", card.seat},
              {"photo", place.photo}}}};
}

} // namespace

double roundedDegrees(double degrees) {
    return std::round(degrees * 1e7) / 1e7;
}

std::string reportToGeoJson(const SessionReport& report, const core::Board& endBoard,
                            const GeoPlacement& placement, GeoJsonCounts* counts) {
    json features = json::array();
    GeoJsonCounts written;
    for (const auto& [id, stroke] : endBoard.strokes) {
        if (stroke.erased) {
            continue;
        }
        if (const auto points = placement.strokeLonLat(stroke)) {
            features.push_back(strokeFeature(stroke, *points));
            ++written.strokes;
        }
    }
    for (const ReportCard& card : report.cards) {
        const core::Card* onBoard = endBoard.findCard(card.id);
        if (card.question || onBoard == nullptr) {
            continue;
        }
        if (const auto place = placement.cardOnMap(*onBoard)) {
            features.push_back(cardFeature(card, *place));
            ++written.cards;
        }
    }
    if (counts != nullptr) {
        *counts = written;
    }
    const json collection = {{"type", "FeatureCollection"}, {"features", std::move(features)}};
    return collection.dump(1) + "\n";
}

} // namespace atelier::replay

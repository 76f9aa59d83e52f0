// The GeoJSON export (RFC 7946): strokes drawn and cards laid on photos that lie on the map, in WGS 84.
#pragma once

#include "core/Board.hpp"
#include "replay/GeoPlacement.hpp"
#include "replay/SessionReport.hpp"

#include <string>

namespace atelier::replay {

/// What a GeoJSON export holds.
struct GeoJsonCounts {
    std::size_t strokes = 0;
    std::size_t cards = 0;
};

/// A FeatureCollection: each stroke (not erased) drawn on a photo that lies on the map as a LineString (a
/// one-point dot as a Point), each idea card whose centre lies on one as a Point; properties kind, id, seat,
/// photo, and for cards text, category, votes, cluster; for strokes colour and width_mm. Coordinates are
/// longitude, latitude in WGS 84 with 7 decimals (1 cm); no "crs" member. `endBoard` is the board the report
/// was built from.
std::string reportToGeoJson(const SessionReport& report, const core::Board& endBoard,
                            const GeoPlacement& placement, GeoJsonCounts* counts = nullptr);

/// A coordinate rounded to 7 decimals (about 1 cm), as the GeoJSON and Decidim exports write them.
double roundedDegrees(double degrees);

} // namespace atelier::replay

// The Decidim proposals export: one proposal per idea card and per cluster, in the columns Decidim's
// proposal import reads (title/<locale>, body/<locale>, latitude, longitude).
#pragma once

#include "core/Board.hpp"
#include "replay/GeoPlacement.hpp"
#include "replay/SessionReport.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace atelier::replay {

/// One proposal as Decidim imports it.
struct DecidimProposal {
    std::string title; ///< the card's text on one line, at most 150 characters; the cluster's name
    std::string body;  ///< the card's exact text, then its votes, cluster, category and seat
    std::optional<core::Vec2> lonLat; ///< when it lies on a photo on the map (a cluster: its cards' mean)
};

/// The report's idea cards (the question left out) then its clusters as proposals, with their texts in
/// `locale` ("fr" or "en": the words around the card's text).
std::vector<DecidimProposal> decidimProposals(const SessionReport& report, const core::Board& endBoard,
                                              const GeoPlacement& placement, std::string_view locale);

/// The proposals as Decidim's CSV import reads them: UTF-8, ';' between fields (Decidim's separator), every
/// text field quoted with inner quotes doubled, CRLF between records, a header record title/<locale>;
/// body/<locale>;latitude;longitude. Latitude and longitude are empty where unknown.
std::string decidimCsv(const std::vector<DecidimProposal>& proposals, std::string_view locale);

/// The proposals as Decidim's JSON import reads them: an array of objects that all have the same keys in the
/// same order (title/<locale>, body/<locale>, latitude, longitude; null where unknown).
std::string decidimJson(const std::vector<DecidimProposal>& proposals, std::string_view locale);

} // namespace atelier::replay

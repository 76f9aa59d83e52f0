// The HTML report of a session: one self-contained page (pictures inlined) that opens offline.
#pragma once

#include "core/Catalogue.hpp"
#include "replay/SessionReport.hpp"

#include <map>
#include <string>
#include <vector>

namespace atelier::replay {

/// One picture of the report: encoded file bytes and what they are (empty bytes: no picture).
struct ReportPicture {
    std::string bytes;
    std::string mime = "image/png"; ///< image/png or image/jpeg
    int width = 0;                  ///< pixels
    int height = 0;
};

/// The pictures the renderer made for the report.
struct ReportPictures {
    std::vector<ReportPicture> phaseEnds;         ///< the table at the end of each report phase
    ReportPicture end;                            ///< the table at the end of the session
    std::map<core::ItemId, ReportPicture> photos; ///< each photo with its sketches, by photo id
    /// Each sketched photo without its sketches (the "before" shown beside `photos`), by photo id.
    std::map<core::ItemId, ReportPicture> photosBare;
};

/// The report as one HTML5 page: title, question, phases with durations and the table at the end of
/// each, cards grouped by cluster, the vote ranking, photos with their sketches. Pictures are inlined as
/// data: URIs and there is no script or outside link, so the page opens in any browser offline.
std::string reportToHtml(const SessionReport& report, const ReportPictures& pictures,
                         core::Language language);
/// The same with the session's date as the table shows it (`when`: in words, in the table's time zone, e.g.
/// "lundi 7 décembre 2026 à 14 h 05"), the ranking before the phases, and a print style for A4.
std::string reportToHtml(const SessionReport& report, const ReportPictures& pictures, core::Language language,
                         const std::string& when);

/// Text made safe inside HTML elements and attributes (& < > " ' escaped).
std::string escapeHtml(std::string_view text);

/// Standard base64 (RFC 4648, with padding), for data: URIs.
std::string base64(std::string_view bytes);

} // namespace atelier::replay

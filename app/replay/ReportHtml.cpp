// Writes the session report as one self-contained HTML page.
#include "replay/ReportHtml.hpp"

#include <cstdio>
#include <map>

namespace atelier::replay {
namespace {

/// Printed, the report lays out on A4: margins of 15 mm, black on white, no picture or card cut across pages.
constexpr std::string_view kPrintStyle =
    R"(@page{size:A4;margin:15mm}
@media print{body{max-width:none;margin:0;padding:0;font-size:10.5pt;color:#000}
h2{page-break-after:avoid;break-after:avoid}figure,tr,.card{page-break-inside:avoid;break-inside:avoid}
img{max-height:120mm;border:none}})";

constexpr std::string_view kStyle =
    R"(body{font-family:"DejaVu Sans",sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
h1{margin-bottom:.2em}.question{font-size:1.3em;font-style:italic}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}
figure{margin:1em 0}img{max-width:100%;height:auto;border:1px solid #ccc}
.card{white-space:pre-wrap;border-left:6px solid #888;padding:.3em .6em;margin:.4em 0;background:#f6f6f6}
.meta{color:#666;font-size:.85em}
.pair{display:flex;flex-wrap:wrap;gap:1em;align-items:flex-start}.pair img{max-width:calc(50% - .5em)}
.pair figcaption{flex-basis:100%}
.ranking .cluster td{font-weight:bold;background:#eef3f8}.kind{font-variant:small-caps;color:#555})";

std::string picture(const ReportPicture& shown, const std::string& alt) {
    if (shown.bytes.empty()) {
        return {};
    }
    return "<img alt=\"" + escapeHtml(alt) + "\" width=\"" + std::to_string(shown.width) + "\" height=\"" +
           std::to_string(shown.height) + "\" src=\"data:" + shown.mime + ";base64," + base64(shown.bytes) +
           "\">";
}

std::string seatText(int seat, core::Language language) {
    return seat == 0
               ? std::string(core::text(language, core::TextId::ReportFacilitator))
               : std::string(core::text(language, core::TextId::ReportSeat)) + " " + std::to_string(seat);
}

/// "1 vote", "3 votes": the count with its noun in the right number.
std::string votesText(int votes, core::Language language) {
    return std::to_string(votes) + " " +
           std::string(
               core::text(language, votes == 1 ? core::TextId::ReportVote : core::TextId::ReportVotes));
}

/// "0 croquis", "1 sketch", "2 sketches".
std::string sketchesText(int sketches, core::Language language) {
    return std::to_string(sketches) + " " +
           std::string(core::text(language,
                                  sketches == 1 ? core::TextId::ReportSketch : core::TextId::ReportSketches));
}

/// "—" for a phase that ran straight through; "1 pause · 0:00:06", "2 pauses · 0:01:10" (the time they
/// held the table, together) for one the facilitator paused.
std::string pausesText(const std::vector<PhasePause>& pauses, core::Language language) {
    if (pauses.empty()) {
        return "—";
    }
    std::int64_t pausedMs = 0;
    for (const PhasePause& pause : pauses) {
        pausedMs += pause.endMs - pause.startMs;
    }
    return std::to_string(pauses.size()) + " " +
           std::string(core::text(language, pauses.size() == 1 ? core::TextId::ReportPause
                                                               : core::TextId::ReportPauses)) +
           " · " + formatSessionTime(pausedMs);
}

/// A cluster's name, or "Groupe N" while nobody has named it.
std::string clusterTitle(const std::string& name, int number, core::Language language) {
    if (!name.empty()) {
        return name;
    }
    return std::string(core::text(language, core::TextId::ReportKindCluster)) + " " + std::to_string(number);
}

/// The card's category colour as a CSS colour for its left bar, or "" to keep the neutral grey.
std::string categoryStyle(const ReportCard& card) {
    if (!card.categoryColour) {
        return {};
    }
    char colour[8];
    std::snprintf(colour, sizeof colour, "#%06x", static_cast<unsigned>(*card.categoryColour & 0xFFFFFF));
    return std::string(" style=\"border-left-color:") + colour + "\"";
}

void appendCard(std::string& html, const ReportCard& card, core::Language language) {
    html += "<div class=\"card\" id=\"card-" + std::to_string(card.id) + "\"" + categoryStyle(card) + ">" +
            escapeHtml(card.text);
    html += "<div class=\"meta\">";
    if (!card.categoryName.empty()) {
        html += escapeHtml(card.categoryName) + " · ";
    }
    html += escapeHtml(seatText(card.seat, language)) + " · " + formatSessionTime(card.createdMs);
    if (card.votes > 0) {
        html += " · " + votesText(card.votes, language);
    }
    html += "</div></div>\n";
}

/// The phases with start, duration and pauses, then the table at the end of each (or at the session's end
/// when no phase was logged).
void appendPhases(std::string& html, const SessionReport& report, const ReportPictures& pictures,
                  core::Language language) {
    const auto t = [language](core::TextId id) { return std::string(core::text(language, id)); };
    html += "<h2>" + t(core::TextId::ReportPhases) + "</h2>\n<table>\n<tr><th>" +
            t(core::TextId::PhaseLabel) + "</th><th>" + t(core::TextId::ReplayElapsed) + "</th><th>" +
            t(core::TextId::ReportDuration) + "</th><th>" + t(core::TextId::ReportPausesHeading) +
            "</th></tr>\n";
    for (const ReportPhase& phase : report.phases) {
        html += "<tr class=\"phase\"><td>" + escapeHtml(phase.name) + "</td><td>" +
                formatSessionTime(phase.startMs) + "</td><td>" + formatSessionTime(phase.durationMs) +
                "</td><td>" + pausesText(phase.pauses, language) + "</td></tr>\n";
    }
    html += "</table>\n";
    for (std::size_t i = 0; i < report.phases.size(); ++i) {
        if (i < pictures.phaseEnds.size() && !pictures.phaseEnds[i].bytes.empty()) {
            const std::string caption =
                t(core::TextId::ReportTableAtEndOf) + " « " + report.phases[i].name + " »";
            html += "<figure>" + picture(pictures.phaseEnds[i], caption) + "<figcaption>" +
                    escapeHtml(caption) + "</figcaption></figure>\n";
        }
    }
    if (!pictures.end.bytes.empty() && report.phases.empty()) {
        html += "<figure>" + picture(pictures.end, report.title) + "</figure>\n";
    }
}

} // namespace

std::string escapeHtml(std::string_view text) {
    std::string escaped;
    escaped.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            escaped += "&amp;";
            break;
        case '<':
            escaped += "&lt;";
            break;
        case '>':
            escaped += "&gt;";
            break;
        case '"':
            escaped += "&quot;";
            break;
        case '\'':
            escaped += "&#39;";
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

std::string base64(std::string_view bytes) {
    constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned v = static_cast<unsigned>(static_cast<unsigned char>(bytes[i])) << 16 |
                           static_cast<unsigned>(static_cast<unsigned char>(bytes[i + 1])) << 8 |
                           static_cast<unsigned char>(bytes[i + 2]);
        out += kAlphabet[v >> 18 & 63];
        out += kAlphabet[v >> 12 & 63];
        out += kAlphabet[v >> 6 & 63];
        out += kAlphabet[v & 63];
    }
    if (i < bytes.size()) {
        unsigned v = static_cast<unsigned>(static_cast<unsigned char>(bytes[i])) << 16;
        if (i + 1 < bytes.size()) {
            v |= static_cast<unsigned>(static_cast<unsigned char>(bytes[i + 1])) << 8;
        }
        out += kAlphabet[v >> 18 & 63];
        out += kAlphabet[v >> 12 & 63];
        out += i + 1 < bytes.size() ? kAlphabet[v >> 6 & 63] : '=';
        out += '=';
    }
    return out;
}

std::string reportToHtml(const SessionReport& report, const ReportPictures& pictures,
                         core::Language language) {
    return reportToHtml(report, pictures, language, report.session.startedAt);
}

std::string reportToHtml(const SessionReport& report, const ReportPictures& pictures, core::Language language,
                         const std::string& when) {
    const auto t = [language](core::TextId id) { return std::string(core::text(language, id)); };
    std::string html = "<!DOCTYPE html>\n<html lang=\"";
    html += language == core::Language::French ? "fr" : "en";
    html += "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escapeHtml(report.title) + "</title>\n<style>";
    html += kStyle;
    html += kPrintStyle;
    html += "</style>\n</head>\n<body>\n<h1>" + escapeHtml(report.title) + "</h1>\n";
    html += "<p class=\"meta\">" + escapeHtml(report.session.site) + " · " + t(core::TextId::ReportSession) +
            " " + std::to_string(report.session.id) + " · " + escapeHtml(when) + " · " +
            t(core::TextId::ReportDuration) + " " + formatSessionTime(report.durationMs) + "</p>\n";
    if (!report.question.empty()) {
        html += "<p class=\"question\">" + escapeHtml(report.question) + "</p>\n";
    }

    html += "<h2>" + t(core::TextId::ReportRanking) + "</h2>\n";
    if (report.ranking.empty()) {
        html += "<p>" + t(core::TextId::ReportNoVotes) + "</p>\n";
    } else {
        std::map<core::ItemId, int> clusterNumbers;
        for (const ReportCluster& cluster : report.clusters) {
            clusterNumbers.emplace(cluster.id, cluster.number);
        }
        html += "<table class=\"ranking\">\n";
        for (const RankedItem& item : report.ranking) {
            const bool cluster = item.kind == "cluster";
            const std::string label =
                cluster ? clusterTitle(item.label, clusterNumbers[item.id], language) : item.label;
            html += std::string("<tr class=\"") + (cluster ? "cluster" : "card") + "\"><td>" +
                    std::to_string(item.rank) + "</td><td class=\"kind\">" +
                    t(cluster ? core::TextId::ReportKindCluster : core::TextId::ReportKindCard) +
                    "</td><td>" + escapeHtml(label) + "</td><td>" + votesText(item.votes, language) +
                    "</td></tr>\n";
        }
        html += "</table>\n";
    }
    appendPhases(html, report, pictures, language); // after the ranking: what was decided comes first

    if (report.decision) {
        html += decisionToHtml(*report.decision, language); // budget and criteria (DecisionReport.cpp)
    }

    html += "<h2>" + t(core::TextId::ReportCardsByCluster) + "</h2>\n";
    std::map<core::ItemId, const ReportCard*> cardsById;
    for (const ReportCard& card : report.cards) {
        cardsById.emplace(card.id, &card);
    }
    for (const ReportCluster& cluster : report.clusters) {
        html += "<h3>" + escapeHtml(clusterTitle(cluster.name, cluster.number, language));
        if (cluster.votes > 0) {
            html += " <span class=\"meta\">" + votesText(cluster.votes, language) + "</span>";
        }
        html += "</h3>\n";
        for (const core::ItemId id : cluster.cards) {
            if (const auto found = cardsById.find(id); found != cardsById.end()) {
                appendCard(html, *found->second, language);
            }
        }
    }
    html += "<h3>" + t(core::TextId::ReportUnclustered) + "</h3>\n";
    for (const ReportCard& card : report.cards) {
        if (card.cluster == core::kNoItem && !card.question) {
            appendCard(html, card, language);
        }
    }

    if (!report.photos.empty()) {
        html += "<h2>" + t(core::TextId::ReportPhotos) + "</h2>\n";
        int number = 0;
        for (const ReportPhoto& photo : report.photos) {
            const std::string caption = t(core::TextId::ReportPhotoNumbered) + " " +
                                        std::to_string(++number) + " · " +
                                        sketchesText(photo.strokes, language);
            const auto found = pictures.photos.find(photo.id);
            const auto bare = pictures.photosBare.find(photo.id);
            if (found != pictures.photos.end() && bare != pictures.photosBare.end()) {
                // Before / after: the photo alone and the photo with its sketches, side by side.
                html += "<figure class=\"pair\">" +
                        picture(bare->second, caption + " — " + t(core::TextId::ReportPhotoBefore)) +
                        picture(found->second, caption + " — " + t(core::TextId::ReportPhotoAfter)) +
                        "<figcaption>" + escapeHtml(caption) + "</figcaption></figure>\n";
                continue;
            }
            html += "<figure>" +
                    (found == pictures.photos.end() ? std::string{} : picture(found->second, caption)) +
                    "<figcaption>" + escapeHtml(caption) + "</figcaption></figure>\n";
        }
    }
    html += "</body>\n</html>\n";
    return html;
}

} // namespace atelier::replay

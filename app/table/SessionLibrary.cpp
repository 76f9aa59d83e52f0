// Session summaries to the library's words: local date in words, duration, cards, status.
#include "table/SessionLibrary.hpp"

#include <algorithm>

namespace atelier::table {
namespace {

std::string statusText(store::SessionStatus status, core::Language language) {
    const bool french = language == core::Language::French;
    switch (status) {
    case store::SessionStatus::Live:
        return french ? "en cours" : "live";
    case store::SessionStatus::Ended:
        return french ? "terminée" : "ended";
    case store::SessionStatus::Archived:
        return french ? "archivée" : "archived";
    }
    return {};
}

} // namespace

std::string durationText(std::int64_t ms) {
    const std::int64_t seconds = std::max<std::int64_t>(0, ms / 1000);
    if (seconds < 60) {
        return std::to_string(seconds) + " s";
    }
    const std::int64_t minutes = seconds / 60;
    if (minutes < 60) {
        return std::to_string(minutes) + " min";
    }
    return std::to_string(minutes / 60) + " h " + std::to_string(minutes % 60) + " min";
}

std::vector<ui::PanelSessionRow> sessionRows(const std::vector<store::SessionSummary>& sessions,
                                             const std::map<std::int64_t, int>& cards,
                                             core::Language language, const core::TimeZone& zone,
                                             std::optional<std::int64_t> live) {
    std::vector<ui::PanelSessionRow> rows;
    for (const store::SessionSummary& session : sessions) {
        ui::PanelSessionRow row;
        row.id = session.id;
        row.workshop = session.workshopTitle.empty() ? session.workshopId : session.workshopTitle;
        const std::optional<std::int64_t> started = core::parseIsoUtc(session.startedAt);
        row.when =
            started ? core::dateTimeInWords(core::localTime(*started, zone), language) : session.startedAt;
        row.duration = durationText(session.durationMs);
        const auto counted = cards.find(session.id);
        row.cards = counted == cards.end() ? 0 : counted->second;
        row.status = statusText(session.status, language);
        row.live = live && *live == session.id;
        rows.push_back(std::move(row));
    }
    // Newest first: by id, the order sessions began in (a clock set back between two keeps their order).
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.id > b.id; });
    return rows;
}

} // namespace atelier::table

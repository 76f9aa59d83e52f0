// Writes the cards as RFC 4180 CSV.
#include "replay/ReportCsv.hpp"

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

std::string reportToCsv(const SessionReport& report) {
    std::string csv =
        "id,text,category,category_name,seat,cluster,cluster_name,votes,created,last_edited\r\n";
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
        };
        for (std::size_t i = 0; i < std::size(fields); ++i) {
            csv += fields[i];
            csv += i + 1 < std::size(fields) ? "," : "\r\n";
        }
    }
    return csv;
}

} // namespace atelier::replay

// Turns a session's cards and clusters into Decidim proposals (CSV or JSON).
#include "replay/Decidim.hpp"

#include "replay/GeoJson.hpp"

#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>

namespace atelier::replay {
namespace {

/// Decidim's proposal titles are at most 150 characters.
constexpr std::size_t kTitleCharacters = 150;

struct Words {
    const char* votes;
    const char* cluster;
    const char* category;
    const char* seat;
    const char* group;
    const char* cards;
};

const Words& wordsFor(std::string_view locale) {
    static const Words french{
        "Votes : ", "Groupe : ", "Catégorie : ", "Siège : ", "Groupe ", "Cartes du groupe :"};
    static const Words english{
        "Votes: ", "Cluster: ", "Category: ", "Seat: ", "Group ", "Cards in the group:"};
    return locale == "en" ? english : french;
}

bool startsCharacter(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
}

/// The text on one line (line breaks and tabs become spaces), cut to 150 characters with an ellipsis.
std::string titleOf(std::string_view text) {
    std::string line;
    std::size_t characters = 0;
    for (const char c : text) {
        line += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
        characters += startsCharacter(c) ? 1 : 0;
    }
    if (characters <= kTitleCharacters) {
        return line;
    }
    std::size_t kept = 0;
    std::size_t end = 0;
    for (; end < line.size(); ++end) {
        if (startsCharacter(line[end]) && kept++ == kTitleCharacters - 1) {
            break;
        }
    }
    return line.substr(0, end) + "…";
}

std::string clusterLabel(const ReportCluster& cluster, const Words& words) {
    return cluster.name.empty() ? words.group + std::to_string(cluster.number) : cluster.name;
}

std::string coordinate(double degrees) {
    char text[32];
    std::snprintf(text, sizeof text, "%.7f", roundedDegrees(degrees));
    return text;
}

std::string quotedField(std::string_view text) {
    std::string field = "\"";
    for (const char c : text) {
        field += c;
        if (c == '"') {
            field += '"';
        }
    }
    return field + "\"";
}

} // namespace

std::vector<DecidimProposal> decidimProposals(const SessionReport& report, const core::Board& endBoard,
                                              const GeoPlacement& placement, std::string_view locale) {
    const Words& words = wordsFor(locale);
    std::map<core::ItemId, const ReportCluster*> clusters;
    for (const ReportCluster& cluster : report.clusters) {
        clusters.emplace(cluster.id, &cluster);
    }
    std::vector<DecidimProposal> proposals;
    std::map<core::ItemId, core::Vec2> cardPlaces;
    for (const ReportCard& card : report.cards) {
        if (card.question) {
            continue;
        }
        DecidimProposal proposal;
        proposal.title = titleOf(card.text);
        proposal.body = card.text + "\n\n" + words.votes + std::to_string(card.votes);
        if (const auto found = clusters.find(card.cluster); found != clusters.end()) {
            proposal.body += "\n" + std::string(words.cluster) + clusterLabel(*found->second, words);
        }
        if (!card.categoryName.empty()) {
            proposal.body += "\n" + std::string(words.category) + card.categoryName;
        }
        proposal.body += "\n" + std::string(words.seat) + std::to_string(card.seat);
        if (const core::Card* onBoard = endBoard.findCard(card.id)) {
            if (const auto place = placement.cardOnMap(*onBoard)) {
                proposal.lonLat = place->lonLat;
                cardPlaces.emplace(card.id, place->lonLat);
            }
        }
        proposals.push_back(std::move(proposal));
    }
    for (const ReportCluster& cluster : report.clusters) {
        DecidimProposal proposal;
        proposal.title = titleOf(clusterLabel(cluster, words));
        proposal.body = words.cards;
        core::Vec2 sum;
        int placed = 0;
        for (const core::ItemId id : cluster.cards) {
            const core::Card* card = endBoard.findCard(id);
            if (card != nullptr) {
                proposal.body += "\n- " + card->text;
            }
            if (const auto place = cardPlaces.find(id); place != cardPlaces.end()) {
                sum = {sum.x + place->second.x, sum.y + place->second.y};
                ++placed;
            }
        }
        proposal.body += "\n\n" + std::string(words.votes) + std::to_string(cluster.votes);
        if (placed > 0) {
            proposal.lonLat = core::Vec2{sum.x / placed, sum.y / placed};
        }
        proposals.push_back(std::move(proposal));
    }
    return proposals;
}

std::string decidimCsv(const std::vector<DecidimProposal>& proposals, std::string_view locale) {
    const std::string language(locale);
    std::string csv = "title/" + language + ";body/" + language + ";latitude;longitude\r\n";
    for (const DecidimProposal& proposal : proposals) {
        csv += quotedField(proposal.title) + ";" + quotedField(proposal.body) + ";";
        if (proposal.lonLat) {
            csv += coordinate(proposal.lonLat->y) + ";" + coordinate(proposal.lonLat->x);
        } else {
            csv += ";";
        }
        csv += "\r\n";
    }
    return csv;
}

std::string decidimJson(const std::vector<DecidimProposal>& proposals, std::string_view locale) {
    const std::string language(locale);
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const DecidimProposal& proposal : proposals) {
        nlohmann::ordered_json row;
        row["title/" + language] = proposal.title;
        row["body/" + language] = proposal.body;
        row["latitude"] =
            proposal.lonLat ? nlohmann::ordered_json(roundedDegrees(proposal.lonLat->y)) : nullptr;
        row["longitude"] =
            proposal.lonLat ? nlohmann::ordered_json(roundedDegrees(proposal.lonLat->x)) : nullptr;
        rows.push_back(std::move(row));
    }
    return rows.dump(1) + "\n";
}

} // namespace atelier::replay

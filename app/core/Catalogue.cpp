// Holds the French and English wording of everything Atelier shows on screen.
#include "core/Catalogue.hpp"

#include <array>
#include <utility>

namespace atelier::core {
namespace {

struct Entry {
    TextId id;
    std::string_view french;
    std::string_view english;
};

constexpr std::array entries = {
    Entry{TextId::AppName, "Atelier", "Atelier"},
    Entry{TextId::PhaseLabel, "Phase", "Phase"},
    Entry{TextId::NoWorkshop, "Aucun atelier n’est ouvert.", "No workshop is open."},
    Entry{TextId::StorageTrouble,
          "Enregistrement en attente : le disque refuse d’écrire. Rien n’est perdu, la table continue.",
          "Saving is on hold: the disk refuses writes. Nothing is lost; the table keeps working."},
    Entry{TextId::StorageRecovered, "Enregistrement rétabli.", "Saving has resumed."},
    Entry{TextId::DataFileMovedAside, "Le fichier de données était illisible ; il a été mis de côté :",
          "The data file could not be read; it was moved aside to:"},
    // Sketching, clusters and dot voting (issue 7)
    Entry{TextId::RankingTitle, "Classement des votes", "Vote ranking"},
    Entry{TextId::RankingEmpty, "Aucun vote pour l’instant.", "No votes yet."},
};

} // namespace

std::string_view text(Language language, TextId id) {
    for (const Entry& entry : entries) {
        if (entry.id == id) {
            return language == Language::French ? entry.french : entry.english;
        }
    }
    return "?";
}

std::optional<Language> languageFromCode(std::string_view code) {
    if (code == "fr") {
        return Language::French;
    }
    if (code == "en") {
        return Language::English;
    }
    return std::nullopt;
}

} // namespace atelier::core

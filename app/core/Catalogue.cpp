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
    // Replay timeline and export report (issue 9)
    Entry{TextId::ReplayPlay, "Lecture", "Play"},
    Entry{TextId::ReplayPause, "Pause", "Pause"},
    Entry{TextId::ReplaySpeed, "Vitesse", "Speed"},
    Entry{TextId::ReplayPreviousPhase, "Phase précédente", "Previous phase"},
    Entry{TextId::ReplayNextPhase, "Phase suivante", "Next phase"},
    Entry{TextId::ReplayElapsed, "Écoulé", "Elapsed"},
    Entry{TextId::ReplaySessionTime, "Heure de la séance", "Session time"},
    Entry{TextId::ReplayTitle, "Relecture", "Replay"},
    Entry{TextId::ReportQuestion, "Question", "Question"},
    Entry{TextId::ReportPhases, "Déroulé", "Phases"},
    Entry{TextId::ReportDuration, "Durée", "Duration"},
    Entry{TextId::ReportTableAtEndOf, "La table à la fin de la phase", "The table at the end of the phase"},
    Entry{TextId::ReportCardsByCluster, "Idées par regroupement", "Ideas by cluster"},
    Entry{TextId::ReportUnclustered, "Idées hors regroupement", "Ideas in no cluster"},
    Entry{TextId::ReportRanking, "Classement des votes", "Vote ranking"},
    Entry{TextId::ReportNoVotes, "Aucun vote n’a été posé.", "No votes were cast."},
    Entry{TextId::ReportVotes, "votes", "votes"},
    Entry{TextId::ReportPhotos, "Photos et croquis", "Photos and sketches"},
    Entry{TextId::ReportSketches, "croquis", "sketches"},
    Entry{TextId::ReportSession, "Séance", "Session"},
    Entry{TextId::ReportSeat, "place", "seat"},
    Entry{TextId::ReportFacilitator, "animation", "facilitation"},
    Entry{TextId::ReplayTrails, "Traces", "Trails"},
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

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
    Entry{TextId::PhotoCannotBeShown,
          "Une photo ne peut pas être affichée : son fichier est abîmé ou illisible. Le reste de la table "
          "fonctionne.",
          "A photo cannot be shown: its file is damaged or unreadable. The rest of the table keeps working."},
    // Exhibition (attract loop)
    Entry{TextId::AttractInvitation, "Touchez la table pour commencer", "Touch to begin"},
    // --- Facilitator panel
    Entry{TextId::PanelTitle, "Animation", "Facilitator"},
    Entry{TextId::PinPrompt, "Code d’animation", "Facilitator PIN"},
    Entry{TextId::PinWrong, "Code erroné. Essais restants :", "Wrong PIN. Tries left:"},
    Entry{TextId::PinLocked, "Trop d’essais : pavé verrouillé encore",
          "Too many tries: the pad is locked for"},
    Entry{TextId::PinChecking, "Vérification du code…", "Checking the PIN…"},
    Entry{TextId::PinNoneSet, "Aucun code n’est défini : lancez « atelier pin --set ».",
          "No PIN is set: run “atelier pin --set”."},
    Entry{TextId::PinTooShort, "Le code a au moins 4 chiffres.", "The PIN has at least 4 digits."},
    Entry{TextId::PinErase, "Effacer", "Erase"},
    Entry{TextId::PanelClose, "Fermer", "Close"},
    Entry{TextId::PanelPhases, "Phases de l’atelier", "Workshop phases"},
    Entry{TextId::PanelCurrentPhase, "Phase en cours :", "Current phase:"},
    Entry{TextId::PanelNoPhase, "aucune", "none"},
    Entry{TextId::PanelLockBoard, "Verrouiller la table", "Lock the board"},
    Entry{TextId::PanelUnlockBoard, "Déverrouiller la table", "Unlock the board"},
    Entry{TextId::PanelCardsOnTable, "Cartes sur la table", "Cards on the table"},
    Entry{TextId::PanelHide, "Masquer", "Hide"},
    Entry{TextId::PanelCardsTakenAway, "Cartes supprimées ou masquées", "Deleted or hidden cards"},
    Entry{TextId::PanelRestore, "Rétablir", "Restore"},
    Entry{TextId::PanelNoCards, "Aucune carte.", "No cards."},
    Entry{TextId::PanelLanguage, "Langue", "Language"},
    Entry{TextId::PanelSeconds, "s", "s"},
    Entry{TextId::PanelMinutes, "min", "min"},
    Entry{TextId::TimerPaused, "En pause", "Paused"},
    Entry{TextId::TablePaused, "La table est en pause", "The table is paused"},
    Entry{TextId::CountdownNextPhase, "Étape suivante : ", "Next step: "},
    Entry{TextId::CountdownInvitation, "Merci ! Place au groupe suivant",
          "Thank you! Over to the next group"},
    Entry{TextId::PanelResumeBoard, "Reprendre (fin de la pause)", "Resume (end the pause)"},
    Entry{TextId::PanelPresenting, "Restitution des résultats", "Presenting the results"},
    Entry{TextId::TimerOver, "Temps écoulé", "Time is up"},
    Entry{TextId::PanelPlaceQuestion, "Poser la question sur la table", "Place the question on the table"},
    Entry{TextId::PanelEndSession, "Terminer la séance", "End the session"},
    Entry{TextId::PanelEndSessionSure,
          "Terminer la séance ? Elle est archivée (rien n’est perdu) et la table repart à neuf.",
          "End the session? It is archived (nothing is lost) and the table starts afresh."},
    Entry{TextId::PanelQuit, "Quitter Atelier", "Quit Atelier"},
    Entry{TextId::PanelQuitSure,
          "Quitter Atelier ? La séance reste ouverte et reprendra au prochain démarrage.",
          "Quit Atelier? The session stays open and resumes at the next start."},
    Entry{TextId::PanelCancel, "Annuler", "Cancel"},
    // Replay timeline and export report
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
    Entry{TextId::ReportVote, "vote", "vote"},
    Entry{TextId::ReportKindCard, "Idée", "Idea"},
    Entry{TextId::ReportKindCluster, "Groupe", "Group"},
    Entry{TextId::ReportPhotoNumbered, "Photo", "Photo"},
    Entry{TextId::ReportSketch, "croquis", "sketch"},
    Entry{TextId::ReportPhotos, "Photos et croquis", "Photos and sketches"},
    Entry{TextId::ReportSketches, "croquis", "sketches"},
    Entry{TextId::ReportPhotoBefore, "avant : la photo seule", "before: the photo alone"},
    Entry{TextId::ReportPhotoAfter, "après : avec ses croquis", "after: with its sketches"},
    Entry{TextId::ReportSession, "Séance", "Session"},
    Entry{TextId::ReportSeat, "place", "seat"},
    Entry{TextId::ReportFacilitator, "animation", "facilitation"},
    Entry{TextId::ReplayTrails, "Traces", "Trails"},
    Entry{TextId::ReportPausesHeading, "Pauses", "Pauses"},
    Entry{TextId::ReportPause, "pause", "pause"},
    Entry{TextId::ReportPauses, "pauses", "pauses"},
    Entry{TextId::ReplayCardHidden, "masquée", "hidden"},
    // Sketching, clusters and dot voting
    Entry{TextId::RankingTitle, "Classement des votes", "Vote ranking"},
    Entry{TextId::RankingMoreTied, "ex æquo", "more tied"},
    Entry{TextId::KeyboardCardFull, "Carte pleine", "Card full"},
    Entry{TextId::KeyboardFinishCard, "Nouvelle phase : finissez la carte, puis ↵",
          "New phase: finish the card, then ↵"},
    Entry{TextId::RankingEmpty, "Aucun vote pour l’instant.", "No votes yet."},
    // Facilitator panel: suggest clusters
    Entry{TextId::PanelSuggestClusters, "Proposer des regroupements", "Suggest clusters"},
    Entry{TextId::PanelSuggested,
          "regroupement(s) proposé(s) sur la table, à accepter ou écarter d’un toucher.",
          "cluster(s) proposed on the table, each accepted or dismissed with a tap."},
    Entry{TextId::PanelNoSuggestion, "Aucune carte libre assez proche d’une autre.",
          "No free card lies close enough to another."},
    Entry{TextId::PanelSuggestNeedsClusterPhase,
          "Les regroupements se proposent pendant une phase de regroupement.",
          "Clusters are suggested during a clustering phase."},
    // Facilitator panel: importing site photos
    Entry{TextId::PanelImportTitle, "Photos du site, dans", "Site photos, in"},
    Entry{TextId::PanelImportNoFiles, "Aucune photo JPEG ou PNG ici.", "No JPEG or PNG photo here."},
    Entry{TextId::PanelImportAll, "Tout importer", "Import all"},
    Entry{TextId::PanelImportOne, "Importer", "Import"},
    Entry{TextId::PanelImportRefresh, "Relire le dossier", "Read the folder again"},
    Entry{TextId::PanelImportCancel, "Arrêter l’import", "Stop the import"},
    Entry{TextId::PanelImportChecking, "vérification…", "checking…"},
    Entry{TextId::PanelImportPlaced, "posée sur la table", "placed on the table"},
    Entry{TextId::PanelImportOnTable, "déjà sur la table", "already on the table"},
    Entry{TextId::PanelBlankCard, "(carte vide)", "(blank card)"},
    Entry{TextId::PanelCardHidden, "masquée ·", "hidden ·"},
    Entry{TextId::PanelCardDeleted, "supprimée ·", "deleted ·"},
    Entry{TextId::PanelImportRefused, "refusée :", "refused: it"},
    Entry{TextId::PhotoRefusedMissing, "le fichier n’existe pas.", "does not exist."},
    Entry{TextId::PhotoRefusedUnreadable, "le fichier ne peut pas être lu.", "cannot be read."},
    Entry{TextId::PhotoRefusedFolder, "c’est un dossier, pas une photo.", "is a folder, not a photo file."},
    Entry{TextId::PhotoRefusedNotAFile, "ce n’est pas un fichier ordinaire.", "is not a regular file."},
    Entry{TextId::PhotoRefusedTooBig, "le fichier dépasse 256 Mo ; exportez-en un JPEG ou PNG plus petit.",
          "is larger than 256 MB; export a smaller JPEG or PNG of it first."},
    Entry{TextId::PhotoRefusedEmpty, "le fichier est vide.", "is empty."},
    Entry{TextId::PhotoRefusedNotAnImage, "ce n’est pas une image JPEG ou PNG.",
          "is not a JPEG or PNG image."},
    Entry{TextId::PhotoRefusedUnsupported,
          "ce format d’image n’est pas pris en charge ; exportez-la en JPEG ou PNG.",
          "is in an image format the table does not read; export it as JPEG or PNG."},
    Entry{TextId::PhotoRefusedDamaged, "l’image est abîmée ou incomplète.",
          "is a damaged or cut-short image."},
    Entry{TextId::PhotoRefusedTooLarge, "l’image a trop de pixels pour la table.",
          "has too many pixels for the table."},
    Entry{TextId::PhotoRefusedNotStored, "elle n’a pas pu être enregistrée.", "could not be stored."},
    Entry{TextId::PhotoRefusedNotPlaced, "elle n’a pas pu être posée sur la table.",
          "could not be placed on the table."},
    // Replay overlays: trails and heat map
    Entry{TextId::ReplayHeatMap, "Carte des gestes", "Heat map"},
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

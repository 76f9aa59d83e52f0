// The one catalogue of text shown to people at the table, French first, then English.
#pragma once

#include <optional>
#include <string_view>

namespace atelier::core {

/// Languages the table speaks; French is the default of the workshops Atelier serves.
enum class Language { French, English };

/// Every sentence or label a participant or facilitator can see on screen.
enum class TextId {
    AppName,
    PhaseLabel,
    NoWorkshop,
    StorageTrouble,
    StorageRecovered,
    DataFileMovedAside,
    PhotoCannotBeShown,
    // Exhibition (attract loop)
    AttractInvitation,
    // --- Facilitator panel
    PanelTitle,
    PinPrompt,
    PinWrong,
    PinLocked,
    PinChecking,
    PinNoneSet,
    PinTooShort,
    PinErase,
    PanelClose,
    PanelPhases,
    PanelCurrentPhase,
    PanelNoPhase,
    PanelLockBoard,
    PanelUnlockBoard,
    PanelCardsOnTable,
    PanelHide,
    PanelCardsTakenAway,
    PanelRestore,
    PanelNoCards,
    PanelLanguage,
    PanelSeconds,
    PanelMinutes,
    TimerPaused,
    TablePaused,
    CountdownNextPhase,
    CountdownInvitation,
    PanelResumeBoard,
    PanelPresenting,
    TimerOver,
    PanelPlaceQuestion,
    PanelEndSession,
    PanelEndSessionSure,
    PanelQuit,
    PanelQuitSure,
    PanelCancel,
    // Replay timeline and export report
    ReplayPlay,
    ReplayPause,
    ReplaySpeed,
    ReplayPreviousPhase,
    ReplayNextPhase,
    ReplayElapsed,
    ReplaySessionTime,
    ReplayTitle,
    ReportQuestion,
    ReportPhases,
    ReportDuration,
    ReportTableAtEndOf,
    ReportCardsByCluster,
    ReportUnclustered,
    ReportRanking,
    ReportNoVotes,
    ReportVotes,
    ReportVote,
    ReportKindCard,
    ReportKindCluster,
    ReportPhotoNumbered,
    ReportSketch,
    ReportPhotos,
    ReportSketches,
    ReportPhotoBefore,
    ReportPhotoAfter,
    ReportSession,
    ReportSeat,
    ReportFacilitator,
    ReplayTrails,
    ReportPausesHeading,
    ReportPause,
    ReportPauses,
    ReplayCardHidden,
    // Sketching, clusters and dot voting
    RankingTitle,
    RankingEmpty,
    RankingMoreTied,
    // A seat's keyboard: its counter band
    KeyboardCardFull,
    KeyboardFinishCard,
    // Facilitator panel: suggest clusters
    PanelSuggestClusters,
    PanelSuggested,
    PanelNoSuggestion,
    PanelSuggestNeedsClusterPhase,
    // Facilitator panel: importing site photos
    PanelImportTitle,
    PanelImportNoFiles,
    PanelImportAll,
    PanelImportOne,
    PanelImportRefresh,
    PanelImportCancel,
    PanelImportChecking,
    PanelImportPlaced,
    PanelImportOnTable,
    PanelBlankCard,
    PanelCardHidden,
    PanelCardDeleted,
    PanelImportRefused,
    PhotoRefusedMissing,
    PhotoRefusedUnreadable,
    PhotoRefusedFolder,
    PhotoRefusedNotAFile,
    PhotoRefusedTooBig,
    PhotoRefusedEmpty,
    PhotoRefusedNotAnImage,
    PhotoRefusedUnsupported,
    PhotoRefusedDamaged,
    PhotoRefusedTooLarge,
    PhotoRefusedNotStored,
    PhotoRefusedNotPlaced,
    // Replay overlays: trails and heat map
    ReplayHeatMap,
};

/// The text for this id in this language (never empty).
std::string_view text(Language language, TextId id);

/// The language for a config code ("fr", "en"), or nothing for an unknown code.
std::optional<Language> languageFromCode(std::string_view code);

} // namespace atelier::core

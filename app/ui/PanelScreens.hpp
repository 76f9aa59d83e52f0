// The facilitator panel drawn with Dear ImGui: the PIN pad, then the controls that run the session.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/Catalogue.hpp"
#include "ui/PanelCosts.hpp"
#include "ui/PanelExport.hpp"
#include "ui/PanelSessions.hpp"
#include "ui/PanelWorkshops.hpp"
#include "ui/PhotoThumbnail.hpp"
#include "ui/QuarterTurn.hpp"

namespace atelier::ui {

/// Which face of the panel is up.
enum class PanelMode { PinPad, Controls, Workshops, Sessions, Export };

/// What the PIN pad says under its dots.
enum class PadNotice { None, Checking, Wrong, Locked, NoPinSet, TooShort };

/// The control whose second press is awaited (ending the session, quitting the table).
enum class PanelConfirm { None, EndSession, Quit };

/// A card as the moderation lists show it.
struct PanelCard {
    std::int64_t id = 0;
    std::string text;
    bool takenAway = false; ///< deleted by a seat or hidden by the facilitator
    bool hidden = false;    ///< taken away by the facilitator (else by a seat)
};

/// A file of the panel's import list.
struct PanelImportFile {
    /// Placed: this panel put it on the table; OnTable: the same picture (by SHA-256) was there already.
    enum class State { Listed, Checking, Placed, OnTable, Refused };
    std::string name; ///< the file's name
    State state = State::Listed;
    std::string reason;     ///< why it was refused (the image checker's words)
    RowThumbnail thumbnail; ///< the photo, small, beside its name (nothing for a file that cannot be shown)
};

/// Everything the panel shows, filled by the platform from the access state, the workshop and the board.
struct PanelModel {
    PanelMode mode = PanelMode::PinPad;
    core::Language language = core::Language::French;
    float displayWidth = 0;  ///< pixels
    float displayHeight = 0; ///< pixels
    float pxPerMm = 1;       ///< for touch sizes (≥ 12 mm)
    // PIN pad
    std::size_t digitsTyped = 0;
    PadNotice notice = PadNotice::None;
    int triesLeft = 0;
    int lockedSeconds = 0;
    // Controls
    std::vector<std::string> phases; ///< names, in the workshop's order
    int currentPhase = -1;
    bool boardLocked = false;
    bool presenting = false; ///< the phase presents the results (tools "locked"): no pause to offer
    std::string timer;       ///< "mm:ss" left in the phase, or ""
    std::vector<PanelCard> cards;
    PanelConfirm confirm = PanelConfirm::None; ///< a control that asks "sure?" before it acts
    // "Suggest clusters" (the facilitator's button that proposes clusters)
    bool canSuggest = false; ///< the current phase allows clustering
    int suggested = -1;      ///< how many groups the last press proposed in this phase; -1 not pressed
    // Importing site photos
    std::string importFolder;
    std::vector<PanelImportFile> importFiles;
    bool importing = false; ///< a check runs: progress bar and cancel
    int importChecked = 0;
    int importTotal = 0;
    // Estimated costs (its own screen, ui/PanelCosts)
    PanelCosts costs;
    double importProgress = 0; ///< 0..1, the file being decoded counted in (a huge plan takes seconds)
    const WorkshopPanelModel* workshops = nullptr; ///< the workshop library's page, in PanelMode::Workshops
    // The session library (PanelMode::Sessions)
    std::vector<PanelSessionRow> sessions; ///< newest first
    std::string sessionsNotice;            ///< why a replay could not open, or ""
    PanelExportView exportView;            ///< PanelMode::Export
    // Where the facilitator stands (the corner gesture): the panel faces `facing` when it fits turned toward
    // it, else `fallback` (the top or bottom edge of the same corner); both Bottom for the keyboard shortcut.
    TableEdge facing = TableEdge::Bottom;
    TableEdge fallback = TableEdge::Bottom;
};

/// A press on the panel, for the platform to carry out.
struct PanelAction {
    enum class Kind {
        Digit,
        Erase,
        Ok,
        Close,
        StartPhase,
        ToggleLock,
        HideCard,
        RestoreCard,
        Language,
        PlaceQuestion,
        AskEndSession, ///< first press: the panel asks to confirm
        AskQuit,
        Confirm, ///< second press: carry out what model.confirm names
        Cancel,
        SuggestClusters,
        ImportFile, ///< value: the file's index in model.importFiles
        ImportAll,
        ImportCancel,
        ImportRefresh,
        Cost,              ///< value: a PanelCostPress or a digit; card: the proposal chosen
        OpenWorkshops,     ///< the workshop library
        OpenSessions,      ///< the session library
        CloseSessions,     ///< back to the controls
        ReplaySession,     ///< card: the session's id
        OpenExport,        ///< card: the session's id
        ExportDestination, ///< value: index into exportView.destinations
        ExportToggle,      ///< value: a PanelExportKind
        ExportStart,
        ExportCancel,
        ExportBack
    };
    Kind kind = Kind::Close;
    int value = 0;         ///< the digit, the phase index (0-based) or the language (0 fr, 1 en)
    std::int64_t card = 0; ///< HideCard, RestoreCard; ReplaySession: the session
};

/// A named control on screen, in pixels (the platform turns it into a target in millimetres).
struct PanelTarget {
    std::string name;
    float minX = 0, minY = 0, maxX = 0, maxY = 0;
};

/// What one frame of the panel gave.
struct PanelFrame {
    std::vector<PanelAction> actions;
    std::vector<PanelTarget> targets;
    bool scrolled = false; ///< a list was dragged or laid out anew: the next frame shows it (and its targets)
    std::vector<WorkshopAction> workshopActions; ///< presses on the workshop library's pages
    /// How the panel was turned on screen (facing the facilitator); the targets above are where its controls
    /// are seen, turned; a touch is turned back with turn.toLayout() before ImGui sees it.
    QuarterTurn turn;
};

/// Where the panel lies on screen this frame (pixels): contacts that land here belong to the panel.
struct PanelRect {
    float minX = 0, minY = 0, maxX = 0, maxY = 0;
    bool contains(float x, float y) const { return x >= minX && x <= maxX && y >= minY && y <= maxY; }
};

/// The panel's rectangle for this model (the same one drawPanel() uses).
PanelRect panelRect(const PanelModel& model);

/// Draws the panel (call between ImGui's NewFrame and Render); returns the presses and the named controls.
PanelFrame drawPanel(const PanelModel& model);

} // namespace atelier::ui

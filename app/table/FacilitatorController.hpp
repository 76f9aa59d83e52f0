// The facilitator panel at the table: access, its pointer, its controls, and the seats' phase timer.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/Board.hpp"
#include "core/Catalogue.hpp"
#include "core/TimeZone.hpp"
#include "input/Contact.hpp"
#include "input/TargetRegistry.hpp"
#include "render/View.hpp"
#include "table/CostsDesk.hpp"
#include "table/FacilitatorAccess.hpp"
#include "table/PanelExportState.hpp"
#include "table/PanelFacing.hpp"
#include "table/PanelPointer.hpp"
#include "table/PhotoImport.hpp"
#include "table/WorkshopLibraryPanel.hpp"
#include "ui/PanelScreens.hpp"
#include "workshop/SeatLayout.hpp"
#include "workshop/WorkshopDefinition.hpp"

namespace atelier::table {

class TableInteraction;
class SessionHost;

/// Where the panel's import looks for photos, and the session that stores them.
struct PanelImportSetup {
    std::filesystem::path folder;   ///< `panel.import_folder`
    SessionHost* session = nullptr; ///< stores the photos' bytes; nullptr: the import refuses them
    int maxMegapixels = 400;        ///< `[import] max_megapixels`: the ceiling past which a file is refused
};

/// Everything of the facilitator's panel the main loop calls, in frame order: route() the contacts,
/// update(), feedPointer() between the ImGui backend's frame and ImGui::NewFrame, then draw().
class FacilitatorController {
public:
    /// `definition`, `seats`, the session's `board` and `interaction` must outlive the panel.
    /// `clusterDistanceMm`: how near cards must lie for "Suggest clusters" (`cards.cluster_distance_mm`).
    FacilitatorController(AccessOptions options, const workshop::WorkshopDefinition& definition,
                          const workshop::SeatLayout& seats, const core::Board& board,
                          TableInteraction& interaction, core::Language language, double clusterDistanceMm,
                          PanelImportSetup import = {});

    /// Watches every contact for the corner gesture and takes the panel's own out of the list.
    bool route(std::vector<input::Contact>& contacts, std::int64_t nowMs);
    /// Gesture completion, idle close, the timer's seconds; true when something on screen changed.
    bool update(std::int64_t nowMs);
    /// The physical keyboard's shortcut (windowed mode): shows the PIN pad.
    void shortcut(std::int64_t nowMs);
    /// When the loop must wake without input (gesture due, idle close, the timer's next second), if ever.
    std::optional<std::int64_t> nextDeadlineMs(std::int64_t nowMs) const;
    /// True while the end-of-phase flash animates.
    bool animating(std::int64_t nowMs) const;
    /// Sets ImGui's mouse from the panel's pointer (call after the backend's NewFrame, before ImGui's).
    void feedPointer(const render::View& view);
    /// Draws the seats' timers and, when open, the panel; carries out its presses. True when anything did.
    /// `showTimers` false hides the seats' timers (the attract loop invites visitors: no phase runs).
    bool draw(std::int64_t nowMs, const render::View& view, bool showTimers = true);
    /// The panel's controls as named targets (pinpad.*, panel.*), as drawn last, while it is open.
    void addTargets(input::TargetRegistry& targets) const;
    /// The language the table speaks now (the panel can switch it).
    core::Language language() const { return m_language; }
    /// True while presses on the panel still wait to be shown to ImGui, or what they changed to be drawn:
    /// an input script waits (a person looks before the next tap), and does not quit before.
    /// A running import keeps it busy too: a script's next step waits for the photos.
    /// A PIN being checked too: the script's next tap waits for the verdict, as a person would.
    /// A running export too: the script's next tap waits for its files, as a person watches the bars.
    /// A corner gesture held long enough too: the script's next step (the PIN) waits for the pad to open, as
    /// a person holding the gesture waits, even when the script fell behind and its fingers' lifts are due.
    bool busy() const {
        return m_input.pending() || m_settling || m_job != nullptr || m_access.checking() ||
               m_export.running() || m_workshops.busy() || m_access.gestureHeld();
    }
    /// A file dropped on the window (SDL_DROPFILE): listed in the panel's import.
    void dropFile(const std::filesystem::path& file);
    /// True once after the facilitator confirmed "end the session": the loop archives it and starts afresh.
    bool takeEndRequest() { return std::exchange(m_endRequested, false); }
    /// The workshop whose session the facilitator confirmed starting from the library, once: the loop ends
    /// and archives the live session and starts that one; the panel closes, as after "end the session".
    std::optional<WorkshopStart> takeStartRequest();
    /// True once after the facilitator confirmed "quit Atelier": the loop stops as on SIGTERM.
    bool takeQuitRequest() { return std::exchange(m_quitRequested, false); }
    /// True once after the facilitator picked a language: the loop keeps it for the next start.
    bool takeLanguageChange() { return std::exchange(m_languageChanged, false); }
    /// True while a field of the workshop editor has the keyboard: a physical keyboard types there.
    bool wantsText() const { return isOpen() && m_workshops.wantsText(); }
    /// Text, Backspace and Enter of a physical keyboard, for the workshop editor's field.
    void typeText(std::string_view utf8);
    void eraseText();
    void finishText();
    /// The time zone the session library shows its dates in (`[table] time_zone`).
    void setTimeZone(core::TimeZone zone) { m_zone = std::move(zone); }
    /// Where the export screen may write (`[panel] export_folder`, the removable drives).
    void setExport(ExportSetup setup) { m_exportSetup = std::move(setup); }
    /// The session the facilitator opened in replay from the library, once.
    std::optional<std::int64_t> takeReplayRequest() { return std::exchange(m_replayRequest, std::nullopt); }
    /// A replay could not open: the library says why, open again.
    void replayFailed(std::int64_t nowMs, std::string sentence);
    /// The edge the panel faces (the corner gesture's), and the top or bottom edge of that corner: the
    /// replay's timeline faces the latter.
    PanelFacing facing() const { return facingFromGesture(m_access.gesturePointMm(), m_seats.surfaceMm()); }
    /// Whether the panel (pad or controls) is up.
    bool isOpen() const { return m_access.state() != AccessState::Closed; }

private:
    ui::PanelModel model(std::int64_t nowMs, const render::View& view) const;
    void carryOut(const ui::PanelAction& action, std::int64_t nowMs);
    void startPhase(int index, const std::vector<std::string>& tools, int durationS);
    std::int64_t remainingMs(std::int64_t nowMs) const;
    std::string timerText(std::int64_t nowMs) const;
    bool boardLocked() const;
    // Importing site photos
    struct ImportEntry {
        std::filesystem::path file;
        ui::PanelImportFile::State state =
            ui::PanelImportFile::State::Listed;                   ///< Listed, Checking or Refused
        std::string reason;                                       ///< the checker's words (English)
        core::TextId refusal = core::TextId::PhotoRefusedDamaged; ///< the panel's words for it
        std::string hash; ///< the file's SHA-256 once checked: whether it is on the table is the board's
        bool placedHere = false; ///< this panel placed it (else it was on the table already)
        std::string thumbnail;   ///< its key in m_thumbnails
    };
    /// What the entry's row says: on the table or not comes from the board, not from the panel's memory.
    ui::PanelImportFile::State shownState(const ImportEntry& entry) const;
    /// The entries whose photo is not on the table, in list order ("Import all").
    std::vector<std::size_t> notOnTable() const;
    void listImport();
    void startImport(const std::vector<std::size_t>& entries);
    bool takeVerdicts();
    void placePhoto(ImportEntry& entry, const CheckedPhoto& photo);

    FacilitatorAccess m_access;
    const workshop::WorkshopDefinition& m_definition;
    const workshop::SeatLayout& m_seats;
    const core::Board& m_board;
    TableInteraction& m_interaction;
    core::Language m_language;
    PanelPointer m_input;
    std::vector<PanelArea> m_controls; ///< the panel's controls as drawn last: the touches it takes
    std::vector<ui::PanelTarget> m_targetsPx;
    render::View m_view;
    ui::QuarterTurn m_turn; ///< how the panel was turned as drawn last: the touches are turned back
    ui::PadNotice m_notice = ui::PadNotice::None;
    core::Phase m_seenPhase;
    std::int64_t m_phaseStartMs = 0;
    std::optional<std::int64_t> m_pausedAtMs; ///< when the table was paused, while it is
    std::string m_lastShown;                  ///< the timer and lock countdown as last drawn
    ui::PanelConfirm m_confirm = ui::PanelConfirm::None;
    bool m_endRequested = false;
    bool m_quitRequested = false;
    bool m_languageChanged = false;
    bool m_settling = false; ///< the panel changed and has not been drawn as it is now
    double m_clusterDistanceMm;
    int m_suggested = -1; ///< what "Suggest clusters" found in this phase; -1 not pressed
    PanelImportSetup m_import;
    std::vector<std::filesystem::path> m_dropped;
    std::vector<ImportEntry> m_importEntries;
    std::vector<std::size_t> m_jobEntries; ///< the job's files → m_importEntries
    std::size_t m_jobSeen = 0;             ///< files checked as last drawn
    double m_jobProgressSeen = 0;          ///< the job's progress as last drawn
    std::unique_ptr<PhotoCheckJob> m_job;
    CostsDesk m_costs;                ///< the panel's costs screen
    WorkshopLibraryPanel m_workshops; ///< the workshop library's pages (after m_import: made from it)
    PhotoThumbnails m_thumbnails{
        std::nullopt}; ///< the import list's photos, decoded small on their own thread
    // The session library
    core::TimeZone m_zone;
    bool m_showSessions = false;
    std::vector<ui::PanelSessionRow> m_sessionRows;
    std::string m_sessionsNotice;
    std::optional<std::int64_t> m_replayRequest;
    void openLibrary();
    // The export screen
    ExportSetup m_exportSetup;
    PanelExportState m_export;
    bool m_showExport = false;
    bool carryOutAfterwards(const ui::PanelAction& action);
    void carryOutImport(const ui::PanelAction& action); ///< the import list's presses
};

} // namespace atelier::table

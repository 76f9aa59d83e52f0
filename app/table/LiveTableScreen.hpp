// The live table as a screen of the frame loop: the session, the people's interaction, the facilitator's
// panel and the exhibition's attract loop.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/Catalogue.hpp"
#include "input/GestureOptions.hpp"
#include "table/AttractLoop.hpp"
#include "table/AutoAdvance.hpp"
#include "table/CardMotion.hpp"
#include "table/FacilitatorAccess.hpp"
#include "table/FacilitatorController.hpp"
#include "table/Screen.hpp"
#include "table/SessionHost.hpp"
#include "table/TableInteraction.hpp"
#include "table/TableReplay.hpp"
#include "table/TouchMarks.hpp"
#include "ui/Banner.hpp"
#include "workshop/SeatLayout.hpp"
#include "workshop/WorkshopDefinition.hpp"
#include "workshop/WorkshopOptions.hpp"

namespace atelier::table {

/// What the live table needs from the command line and the config.
struct LiveTableSetup {
    std::filesystem::path dataDir;
    SessionChoice choice;
    std::filesystem::path workshopDir; ///< where the workshop's photo files are ("" when stored)
    int seats = 6;
    core::Vec2 surfaceMm{1210, 680};
    input::GestureOptions gestures;
    workshop::WorkshopOptions workshop;
    AccessOptions access;
    core::Language language = core::Language::French;
    double clusterDistanceMm = 120.0;
    std::filesystem::path importFolder;
    int importMaxMegapixels = 400; ///< `[import] max_megapixels`
    double idleTimeoutS = 0;       ///< seconds without a contact before the attract loop; 0: never
    bool attractShowRecent = false;
    std::int64_t attractSession = 0;
    double attractSpeed = 16.0;
    core::TimeZone timeZone; ///< `[table] time_zone`: the session library and the replay's clock
    ExportSetup exportSetup; ///< where the panel's exports may go
};

/// The session host, the interaction over it, the facilitator's controller and the attract loop, stepped
/// and drawn by the frame loop. An exhibit's fresh session gets a fresh interaction in the same place.
class LiveTableScreen final : public Screen {
public:
    /// Opens the session; throws std::invalid_argument as SessionHost does (a usage error). `definition`
    /// must outlive the screen.
    LiveTableScreen(const workshop::WorkshopDefinition& definition, const LiveTableSetup& setup);

    /// The session, for its board, data file and warnings.
    const SessionHost& session() const { return *m_session; }
    /// The targets of the table alone (`atelier run --list-targets`).
    input::TargetRegistry tableTargets() const { return m_interaction->targets(); }

    std::int64_t nowMs() const override { return m_session->nowMs(); }
    void start(std::int64_t nowMs) override;
    void typeText(std::string_view utf8) override {
        if (m_panel.wantsText()) {
            m_panel.typeText(utf8); // the workshop editor's field has the keyboard
            return;
        }
        if (!m_replay) {
            m_interaction->typeText(utf8);
        }
    }
    void pressKey(Key key, std::int64_t nowMs) override;
    void dropFile(const std::filesystem::path& file) override {
        if (!m_replay) {
            m_panel.dropFile(file);
        }
    }
    bool closeRequested() const override { return false; }
    bool takeQuitRequest() override { return m_panel.takeQuitRequest(); }
    Redraw handle(std::vector<input::Contact>& contacts, std::int64_t nowMs) override;
    bool readyForScript() const override {
        if (m_replay) { // "Back" pressed: the next line waits for the live table
            return m_replay->screen().readyForScript() && !m_replay->screen().closeRequested();
        }
        return !m_panel.busy() && !m_replayDue && !m_returned;
    }
    input::TargetRegistry targets() const override;
    Redraw update(std::int64_t nowMs) override;
    bool scriptSettled() const override {
        return m_replay ? m_replay->screen().scriptSettled()
                        : !m_interaction->animating() && !m_panel.busy() && !m_replayDue;
    }
    void beginFinishing() override { m_finishing = true; }
    bool animating(std::int64_t nowMs) const override;
    std::optional<std::int64_t> nextWakeMs(std::int64_t nowMs) const override;
    void feedPointer(const render::View& view) override {
        m_replay ? m_replay->screen().feedPointer(view) : m_panel.feedPointer(view);
    }
    Redraw draw(BoardCanvas& canvas, const render::View& view, std::int64_t nowMs) override;
    bool stillDrawing() const override { return m_warningUnseen || m_motion.active(); }
    bool readyForLastFrame() const override { return !m_replay || m_replay->screen().readyForLastFrame(); }

private:
    void newInteraction();
    bool wakeFromAttract(std::int64_t nowMs);
    bool endSession();
    bool startWorkshop(WorkshopStart start);
    bool openReplay(std::int64_t sessionId, std::int64_t nowMs);
    Redraw updateReplay(std::int64_t nowMs);
    bool beginAttract(std::int64_t nowMs);
    void notePhotoTroubles(BoardCanvas& canvas);
    bool moveOnByItself(std::int64_t nowMs);
    void drawCountdown(const render::View& view, std::int64_t nowMs) const;

    /// The workshop running now: the one given at start, or the one the facilitator started from the library
    /// (replaced in place, so that what holds it by reference sees the new one).
    workshop::WorkshopDefinition m_workshop;
    LiveTableSetup m_setup;
    std::unique_ptr<SessionHost> m_session;
    workshop::SeatLayout m_seats;
    std::optional<TableInteraction> m_interaction;
    FacilitatorController m_panel;
    AttractLoop m_attract;
    const workshop::WorkshopDefinition& m_definition;
    AutoAdvance m_auto;           ///< an exhibit's phases move on by themselves
    std::string m_countdownShown; ///< the countdown as last drawn
    CardMotion m_motion;          ///< cards growing in, settling, easing into a cluster (presentation only)
    TouchMarks m_touches;         ///< a ring under every contact, in every phase and over the attract loop
    ui::BannerContent m_banner;
    std::string m_photoWarning;   ///< set once a photo of the board could not be decoded
    bool m_warningUnseen = false; ///< the warning was set after this frame's banner: draw one more
    bool m_finishing = false;     ///< the loop draws its last frames: no attract loop starts
    /// A past session replayed on the table (from the panel's library); the live session waits untouched.
    std::unique_ptr<TableReplay> m_replay;
    bool m_replayDue = false; ///< the panel asked for a replay that the next update opens
    std::int64_t m_replaySession = 0;
    std::optional<std::vector<std::uint32_t>> m_coloursDue; ///< the started workshop's category colours
    bool m_returned = false; ///< back from a replay: the live table and its panel are not drawn yet
};

} // namespace atelier::table

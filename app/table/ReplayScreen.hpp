// A recorded session as a screen of the frame loop: the replayed board under its timeline, read-only.
#pragma once

#include <chrono>
#include <cstdint>

#include "core/Catalogue.hpp"
#include "core/TimeZone.hpp"
#include "replay/HeatMap.hpp"
#include "replay/Player.hpp"
#include "table/PanelPointer.hpp"
#include "table/Screen.hpp"
#include "table/TimelineTargets.hpp"
#include "ui/QuarterTurn.hpp"
#include "ui/ReplayControls.hpp"
#include "ui/Timeline.hpp"

namespace atelier::table {

/// How the replay starts.
struct ReplaySetup {
    core::Vec2 surfaceMm{1210, 680};
    core::Language language = core::Language::French;
    bool trails = false;      ///< the touch trails shown from the start
    bool heat = false;        ///< the heat map shown from the start
    bool listTargets = false; ///< close after the first frame (the timeline's targets are then known)
    bool onTable = false;     ///< opened from the panel: "Back to the live table" and the seat filter
    core::TimeZone zone;      ///< the session clock is shown in the table's local time
    /// The edge the timeline and its row face (the facilitator's, on the table): Bottom or Top, since the
    /// timeline spans the table's width.
    ui::TableEdge facing = ui::TableEdge::Bottom;
};

/// The Player driven by the timeline: touches (fingers, mouse, TUIO, scripts) reach the timeline through one
/// pointer, as on the facilitator panel; touches elsewhere on the board are ignored. Keys for a facilitator
/// at a keyboard: space plays or pauses, Page Up/Down change phase, Escape closes.
class ReplayScreen final : public Screen {
public:
    /// `player` must outlive the screen.
    ReplayScreen(replay::Player& player, const ReplaySetup& setup);

    /// The timeline's controls as drawn last (`atelier replay --list-targets`).
    const input::TargetRegistry& timelineTargets() const { return m_targets.registry(); }

    std::int64_t nowMs() const override;
    void start(std::int64_t nowMs) override { m_lastTickMs = nowMs; }
    void typeText(std::string_view) override {}
    void pressKey(Key key, std::int64_t nowMs) override;
    void dropFile(const std::filesystem::path&) override {}
    bool closeRequested() const override {
        return m_escaped || m_back || (m_setup.listTargets && m_drawnOnce);
    }
    bool takeQuitRequest() override { return false; }
    Redraw handle(std::vector<input::Contact>& contacts, std::int64_t nowMs) override;
    /// Twice drawn: ImGui hides an auto-sized window (the row of "Back" and the seats) in its first frame, so
    /// a tap on it then would be lost.
    bool readyForScript() const override { return m_framesDrawn >= 2 && !m_pointer.pending() && !m_settling; }
    input::TargetRegistry targets() const override { return m_targets.registry(); }
    Redraw update(std::int64_t nowMs) override;
    bool scriptSettled() const override { return !m_pointer.pending() && !m_settling; }
    void beginFinishing() override {}
    bool animating(std::int64_t nowMs) const override;
    std::optional<std::int64_t> nextWakeMs(std::int64_t) const override { return std::nullopt; }
    void feedPointer(const render::View& view) override { feedImGuiPointer(m_pointer, view, m_turn); }
    Redraw draw(BoardCanvas& canvas, const render::View& view, std::int64_t nowMs) override;
    bool stillDrawing() const override { return false; }
    bool readyForLastFrame() const override { return !m_settling && !m_wasSettling && !m_pointer.pending(); }

private:
    bool apply(const ui::TimelineRequest& request);
    void refreshTimeline();
    /// The row of "Back" and the seat filter, and the dimming; true when the filter changed.
    bool drawTableControls(const core::Board& board, const render::View& view, ui::TimelineFrame& drawn);
    /// Turns the timeline and its row to the facilitator's edge, their targets and areas with them.
    void turnToFacilitator(ui::TimelineFrame& drawn, const render::View& view);

    replay::Player& m_player;
    ReplaySetup m_setup;
    std::chrono::steady_clock::time_point m_started = std::chrono::steady_clock::now();
    std::int64_t m_lastTickMs = 0;
    ui::TimelineContent m_timeline;
    replay::HeatTracker m_heat;
    PanelPointer m_pointer;
    TimelineTargets m_targets;
    ui::TimelineRequest m_keys;              ///< pressed on the keyboard since the last update
    std::optional<PanelArea> m_controlsArea; ///< the row of "Back" and the seat filter (onTable)
    ui::QuarterTurn m_turn;                  ///< how the timeline and its row are turned (setup.facing)
    int m_seat = 0;                          ///< the seat filter: 0 all seats
    bool m_back = false;                     ///< "Back to the live table" was pressed
    bool m_drawnOnce = false;
    int m_framesDrawn = 0;
    bool m_escaped = false;
    bool m_settling = false;    ///< the timeline changed and has not been drawn as it is now
    bool m_wasSettling = false; ///< it had, the frame before
};

} // namespace atelier::table

// The replay's frame: the keyboard's and the timeline's requests to the Player, the board under the timeline.
#include "table/ReplayScreen.hpp"

#include <algorithm>

#include <cstdio>
#include <spdlog/spdlog.h>
#include <utility>

#include "replay/SessionTime.hpp"
#include "ui/Banner.hpp"
#include "ui/DecideOverlay.hpp"
#include "ui/ReplayOverlays.hpp"

namespace atelier::table {
namespace {

/// Heat map cells of 10 mm: about a fingertip, and 8,000 cells on a 1.2 m table.
constexpr double kHeatCellMm = 10;

/// The wall-clock time (HH:MM:SS) of the session at `positionMs`, in the table's time zone, from its ISO
/// start.
std::string sessionClock(const std::string& startedAt, std::int64_t positionMs, const core::TimeZone& zone) {
    const std::optional<std::int64_t> start = core::parseIsoUtc(startedAt);
    if (!start) {
        return {};
    }
    return core::clockText(core::localTime(*start + positionMs / 1000, zone));
}

} // namespace

ReplayScreen::ReplayScreen(replay::Player& player, const ReplaySetup& setup)
    : m_player(player), m_setup(setup), m_heat(setup.surfaceMm, kHeatCellMm) {
    m_timeline.durationMs = player.durationMs();
    for (const replay::PhaseMarker& marker : player.recording().phases()) {
        ui::TimelineMarker phase{marker.tMs, marker.name, {}};
        for (const replay::PhasePause& pause : marker.pauses) {
            phase.pauses.push_back(ui::TimelinePause{pause.startMs, pause.endMs});
        }
        m_timeline.markers.push_back(std::move(phase));
    }
    m_timeline.trails = setup.trails;
    m_timeline.heat = setup.heat;
}

std::int64_t ReplayScreen::nowMs() const {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - m_started)
        .count();
}

void ReplayScreen::pressKey(Key key, std::int64_t) {
    switch (key) {
    case Key::Space:
        m_keys.togglePlay = true;
        break;
    case Key::PageUp:
        m_keys.previousPhase = true;
        break;
    case Key::PageDown:
        m_keys.nextPhase = true;
        break;
    case Key::Escape:
        m_escaped = true;
        break;
    default:
        break;
    }
}

bool ReplayScreen::apply(const ui::TimelineRequest& request) {
    bool changed = false;
    if (request.toggleTrails) {
        m_timeline.trails = !m_timeline.trails;
        changed = true;
    }
    if (request.toggleHeat) {
        m_timeline.heat = !m_timeline.heat;
        changed = true;
    }
    if (request.speed) {
        m_player.setSpeed(*request.speed);
        changed = true;
    }
    if (request.seekMs) {
        m_player.seek(*request.seekMs);
        changed = true;
    }
    if (request.previousPhase) {
        changed = m_player.previousPhase() || changed;
    }
    if (request.nextPhase) {
        changed = m_player.nextPhase() || changed;
    }
    if (request.previousPhase || request.nextPhase) {
        const int phase = m_player.currentPhase();
        if (phase >= 0) {
            spdlog::info("replay: phase {} '{}' at {}", phase + 1,
                         m_player.recording().phases()[static_cast<std::size_t>(phase)].name,
                         replay::formatSessionTime(m_player.positionMs()));
        }
    }
    if (request.togglePlay) {
        m_player.playing() ? m_player.pause() : m_player.play();
        changed = true;
    }
    return changed;
}

Redraw ReplayScreen::handle(std::vector<input::Contact>& contacts, std::int64_t) {
    std::vector<PanelArea> areas;
    for (const std::optional<PanelArea>& area : {m_targets.area(), m_controlsArea}) {
        if (area) {
            areas.push_back(*area);
        }
    }
    const bool touched = m_pointer.route(contacts, areas);
    contacts.clear(); // the board under the timeline is read-only
    return touched ? Redraw::OneFrame : Redraw::None;
}

Redraw ReplayScreen::update(std::int64_t nowMs) {
    Redraw wanted = apply(std::exchange(m_keys, {})) ? Redraw::Settle : Redraw::None;
    if (m_pointer.pending()) {
        wanted = wanted | Redraw::OneFrame;
    }
    const std::int64_t wallMs = nowMs - m_lastTickMs;
    if (wallMs > 0) {
        m_lastTickMs = nowMs;
        if (m_player.playing()) {
            m_player.advance(wallMs);
            wanted = wanted | Redraw::OneFrame;
        }
    }
    return wanted;
}

bool ReplayScreen::animating(std::int64_t) const {
    return m_player.playing() || m_pointer.pending() || m_settling;
}

void ReplayScreen::refreshTimeline() {
    m_timeline.positionMs = m_player.positionMs();
    m_timeline.playing = m_player.playing();
    m_timeline.speed = m_player.speed();
    m_timeline.elapsed = replay::formatSessionTime(m_player.positionMs()) + " / " +
                         replay::formatSessionTime(m_player.durationMs());
    m_timeline.sessionTime =
        sessionClock(m_player.recording().info().startedAt, m_player.positionMs(), m_setup.zone);
}

Redraw ReplayScreen::draw(BoardCanvas& canvas, const render::View& view, std::int64_t) {
    refreshTimeline();
    const replay::HeatMap* heat =
        m_timeline.heat ? &m_heat.update(m_player.recording(), m_player.seq()) : nullptr;
    const std::vector<replay::Trail> trails =
        m_timeline.trails ? m_player.trails() : std::vector<replay::Trail>{};
    const core::Board& board = m_player.board();
    ui::BannerContent banner;
    banner.title = board.title;
    banner.phase = board.phase.name;
    ui::drawBanner(banner, m_setup.language, view);
    if (heat) {
        ui::drawHeat(*heat, board, view);
    }
    ui::drawTrails(trails, view);
    m_timeline.pxPerMm = view.pxPerMm(); // touch-sized controls on this surface
    ui::TimelineFrame drawn =
        ui::drawTimeline(m_timeline, m_setup.language, static_cast<float>(view.viewportWidth),
                         static_cast<float>(view.viewportHeight));
    ui::drawDecisions(board, view, m_setup.language); // costs, coins and charts, as the table showed them
    canvas.drawBoard(board, view);
    ui::drawHiddenMarks(board, m_player.markedHidden(), view, m_setup.language);
    const bool filtered = m_setup.onTable && drawTableControls(board, view, drawn);
    turnToFacilitator(drawn, view);
    m_targets.update(drawn, view);
    m_drawnOnce = true;
    m_framesDrawn = std::min(m_framesDrawn + 1, 2);
    m_wasSettling = m_settling;
    m_settling = apply(drawn.request) || filtered;
    return m_settling || m_framesDrawn < 2 ? Redraw::Settle : Redraw::None;
}

void ReplayScreen::turnToFacilitator(ui::TimelineFrame& drawn, const render::View& view) {
    m_turn = ui::turnFacing(m_setup.facing, static_cast<float>(view.viewportWidth),
                            static_cast<float>(view.viewportHeight));
    if (m_turn.upright()) {
        return;
    }
    ui::turnWindow("##timeline", m_turn);
    ui::turnWindow("##replay-controls", m_turn);
    const auto turnBox = [this](float& minX, float& minY, float& maxX, float& maxY) {
        const ui::PixelBox box = m_turn.toScreen(ui::PixelBox{minX, minY, maxX, maxY});
        minX = box.minX;
        minY = box.minY;
        maxX = box.maxX;
        maxY = box.maxY;
    };
    for (ui::TimelineTarget& target : drawn.targets) { // the row's controls are among them
        turnBox(target.minX, target.minY, target.maxX, target.maxY);
    }
    turnBox(drawn.minX, drawn.minY, drawn.maxX, drawn.maxY);
    if (m_controlsArea) {
        const double pxPerMmX = view.pxPerMmX();
        const double pxPerMmY = view.pxPerMmY();
        float minX = static_cast<float>(m_controlsArea->minMm.x * pxPerMmX);
        float minY = static_cast<float>(m_controlsArea->minMm.y * pxPerMmY);
        float maxX = static_cast<float>(m_controlsArea->maxMm.x * pxPerMmX);
        float maxY = static_cast<float>(m_controlsArea->maxMm.y * pxPerMmY);
        turnBox(minX, minY, maxX, maxY);
        m_controlsArea = PanelArea{{minX / pxPerMmX, minY / pxPerMmY}, {maxX / pxPerMmX, maxY / pxPerMmY}};
    }
}

bool ReplayScreen::drawTableControls(const core::Board& board, const render::View& view,
                                     ui::TimelineFrame& drawn) {
    ui::dimOtherSeats(board, m_seat, view);
    const ui::ReplayControlsFrame controls = ui::drawReplayControls(
        ui::ReplayControlsContent{board.seatCount, m_seat}, m_setup.language, view, drawn.minY);
    drawn.targets.insert(drawn.targets.end(), controls.targets.begin(), controls.targets.end());
    const double mmPerPxX = 1.0 / view.pxPerMmX();
    const double mmPerPxY = 1.0 / view.pxPerMmY();
    m_controlsArea = PanelArea{{controls.minX * mmPerPxX, controls.minY * mmPerPxY},
                               {controls.maxX * mmPerPxX, controls.maxY * mmPerPxY}};
    m_back = m_back || controls.back;
    if (controls.seat && *controls.seat != m_seat) {
        m_seat = *controls.seat;
        spdlog::info("replay: {}", m_seat == 0 ? std::string("every seat shown")
                                               : "only seat " + std::to_string(m_seat) + "'s items shown");
        return true;
    }
    return false;
}

} // namespace atelier::table

// The replay's frame: the keyboard's and the timeline's requests to the Player, the board under the timeline.
#include "table/ReplayScreen.hpp"

#include <cstdio>
#include <utility>

#include "replay/SessionTime.hpp"
#include "ui/Banner.hpp"
#include "ui/ReplayOverlays.hpp"

namespace atelier::table {
namespace {

/// Heat map cells of 10 mm: about a fingertip, and 8,000 cells on a 1.2 m table.
constexpr double kHeatCellMm = 10;

/// The wall-clock time (HH:MM:SS, UTC as stored) of the session at `positionMs`, from its ISO start.
std::string sessionClock(const std::string& startedAt, std::int64_t positionMs) {
    int hours = 0;
    int minutes = 0;
    double seconds = 0;
    if (startedAt.size() < 19 ||
        std::sscanf(startedAt.c_str() + 11, "%d:%d:%lf", &hours, &minutes, &seconds) != 3) {
        return {};
    }
    const auto start = static_cast<std::int64_t>((hours * 3600 + minutes * 60 + seconds) * 1000);
    return replay::formatSessionTime((start + positionMs) % (24 * 3600 * 1000)) + " UTC";
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
    if (request.togglePlay) {
        m_player.playing() ? m_player.pause() : m_player.play();
        changed = true;
    }
    return changed;
}

Redraw ReplayScreen::handle(std::vector<input::Contact>& contacts, std::int64_t) {
    const bool touched = m_pointer.route(contacts, m_targets.area());
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
    m_timeline.sessionTime = sessionClock(m_player.recording().info().startedAt, m_player.positionMs());
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
    const ui::TimelineFrame drawn =
        ui::drawTimeline(m_timeline, m_setup.language, static_cast<float>(view.viewportWidth),
                         static_cast<float>(view.viewportHeight));
    canvas.drawBoard(board, view);
    ui::drawHiddenMarks(board, m_player.markedHidden(), view, m_setup.language);
    m_targets.update(drawn, view);
    m_drawnOnce = true;
    m_wasSettling = m_settling;
    m_settling = apply(drawn.request);
    return m_settling ? Redraw::Settle : Redraw::None;
}

} // namespace atelier::table

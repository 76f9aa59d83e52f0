// The export's frames: each board drawn until its photos are loaded and cards painted, 10 s at most, then
// kept.
#include "table/ExportScreen.hpp"

#include <thread>
#include <utility>

#include "ui/Banner.hpp"
#include "ui/DecideOverlay.hpp"

namespace atelier::table {
namespace {

/// Between frames of a board still settling: the photo decoders run on other threads.
constexpr std::chrono::milliseconds kSettlePause{2};

} // namespace

ExportScreen::ExportScreen(ExportPlan plan) : m_plan(std::move(plan)) {}

std::int64_t ExportScreen::nowMs() const {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - m_started)
        .count();
}

Redraw ExportScreen::handle(std::vector<input::Contact>& contacts, std::int64_t) {
    contacts.clear(); // the pictured boards are read-only
    return Redraw::None;
}

Redraw ExportScreen::update(std::int64_t) {
    if (std::exchange(m_pauseBeforeNext, false)) {
        std::this_thread::sleep_for(kSettlePause);
    }
    return Redraw::OneFrame;
}

bool ExportScreen::settled(bool loading) {
    const int drawn = m_drawn++;
    if (m_shot->settle == Settle::IfLoading) {
        if (!loading) {
            return true;
        }
        m_shot->settle = Settle::Always; // a photo just placed: wait for it rather than film a gap
        m_drawn = 0;
        m_settleStartMs = nowMs();
        return false;
    }
    // Two frames at least: ImGui builds its font atlas at the first, and cards need its glyphs.
    if ((drawn >= 1 && !loading) || nowMs() - m_settleStartMs > m_plan.settleLimitMs) {
        return true;
    }
    m_pauseBeforeNext = drawn >= 1;
    return false;
}

Redraw ExportScreen::draw(BoardCanvas& canvas, const render::View& view, std::int64_t) {
    if (m_index >= m_plan.shots) {
        return Redraw::None;
    }
    if (!m_shot) {
        m_settleStartMs = nowMs();
        m_shot = m_plan.shotAt(m_index);
        m_drawn = 0;
    }
    ui::BannerContent banner;
    banner.title = m_shot->board.title;
    banner.phase = m_shot->board.phase.name;
    ui::drawBanner(banner, m_plan.language, view);
    ui::drawDecisions(m_shot->board, view, m_plan.language); // costs, coins and charts
    canvas.drawBoard(m_shot->board, view);
    if (!settled(canvas.needsAnotherFrame())) {
        return Redraw::OneFrame;
    }
    canvas.takePhotoTroubles(); // a photo that cannot load is pictured as the table shows it
    m_pictureReady = m_shot->kept;
    if (!m_pictureReady) {
        m_shot.reset();
        ++m_index;
    }
    return Redraw::OneFrame;
}

void ExportScreen::keepFrame(FrameImage frame) {
    m_pictureReady = false;
    if (!m_plan.keep(m_index, std::move(frame))) {
        m_stopped = true;
    }
    m_shot.reset();
    ++m_index;
}

} // namespace atelier::table

// The live table's frame: contacts to the panel and the workshop, the attract loop's turns, the drawing.
#include "table/LiveTableScreen.hpp"

#include <algorithm>
#include <chrono>
#include <spdlog/spdlog.h>

#include "ui/DockOverlay.hpp"
#include "ui/Invitation.hpp"

namespace atelier::table {
namespace {

std::int64_t idleTimeoutMs(const LiveTableSetup& setup) {
    return static_cast<std::int64_t>(setup.idleTimeoutS * 1000.0);
}

/// The sentence the banner shows while saving is in trouble.
std::string storageWarning(const SessionHost& session, core::Language language) {
    if (session.storageProblem().empty()) {
        return {};
    }
    return std::string(core::text(language, core::TextId::StorageTrouble));
}

/// The earliest of the deadlines that are set.
std::optional<std::int64_t> earliest(std::initializer_list<std::optional<std::int64_t>> deadlines) {
    std::optional<std::int64_t> first;
    for (const std::optional<std::int64_t>& deadline : deadlines) {
        if (deadline && (!first || *deadline < *first)) {
            first = deadline;
        }
    }
    return first;
}

} // namespace

LiveTableScreen::LiveTableScreen(const workshop::WorkshopDefinition& definition, const LiveTableSetup& setup)
    : m_setup(setup),
      m_session(std::make_unique<SessionHost>(setup.dataDir, definition, setup.choice, setup.seats,
                                              setup.workshopDir, setup.surfaceMm)),
      m_seats(setup.seats, setup.surfaceMm),
      m_interaction(std::in_place, *m_session, m_seats, setup.gestures, setup.workshop),
      m_panel(setup.access, definition, m_seats, m_session->board(), *m_interaction, setup.language,
              setup.clusterDistanceMm, PanelImportSetup{setup.importFolder, m_session.get()}),
      m_attract(idleTimeoutMs(setup), m_session->nowMs()) {
    m_banner.title = definition.title;
}

void LiveTableScreen::start(std::int64_t nowMs) {
    m_attract = AttractLoop(idleTimeoutMs(m_setup), nowMs);
}

void LiveTableScreen::newInteraction() {
    m_interaction.emplace(*m_session, m_seats, m_setup.gestures, m_setup.workshop);
}

void LiveTableScreen::pressKey(Key key, std::int64_t nowMs) {
    switch (key) {
    case Key::PanelShortcut:
        m_panel.shortcut(nowMs); // the facilitator's shortcut in a window
        break;
    case Key::Backspace:
        m_interaction->typeBackspace();
        break;
    case Key::Enter:
        m_interaction->typeEnter();
        break;
    default:
        break;
    }
}

bool LiveTableScreen::wakeFromAttract(std::int64_t nowMs) {
    m_attract.noteActivity(nowMs);
    if (!m_attract.active()) {
        return false;
    }
    m_session->startFresh();
    newInteraction();
    m_attract.end(nowMs);
    return true;
}

Redraw LiveTableScreen::handle(std::vector<input::Contact>& contacts, std::int64_t nowMs) {
    bool changed = !contacts.empty() && wakeFromAttract(nowMs);
    changed = m_panel.route(contacts, nowMs) || changed;
    changed = m_interaction->handle(contacts) || changed;
    return changed ? Redraw::Settle : Redraw::None;
}

input::TargetRegistry LiveTableScreen::targets() const {
    input::TargetRegistry targets = m_interaction->targets();
    m_panel.addTargets(targets);
    return targets;
}

bool LiveTableScreen::endSession() {
    const std::optional<std::int64_t> archived = m_session->archiveAndClear();
    if (m_session->startFresh()) {
        newInteraction();
        spdlog::info("session {} ended and archived; a fresh session starts", archived.value_or(0));
    } else {
        spdlog::error("session {} was archived but a fresh session could not start", archived.value_or(0));
    }
    return true;
}

bool LiveTableScreen::beginAttract(std::int64_t nowMs) {
    const std::optional<std::int64_t> archived = m_session->archiveAndClear();
    newInteraction();
    AttractPolicy policy;
    policy.workshopId = m_setup.choice.workshopId;
    policy.nowUnixS =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    policy.allowRecent = m_setup.attractShowRecent;
    policy.preferredId = m_setup.attractSession;
    AttractReplay replay;
    replay.dataFile = m_session->databaseFile();
    replay.speed = m_setup.attractSpeed;
    m_attract.begin(makeAttractSource(m_session->listSessions(), policy, m_session->board(), replay), nowMs);
    spdlog::info("attract loop: the table was idle {} s; session {} archived, inviting visitors",
                 m_setup.idleTimeoutS, archived.value_or(0));
    return true;
}

Redraw LiveTableScreen::update(std::int64_t nowMs) {
    bool changed = m_interaction->update(nowMs);
    changed = m_panel.update(nowMs) || changed;
    if (m_panel.takeEndRequest()) { // the facilitator ended the session: archive it, start afresh
        changed = endSession() || changed;
    }
    if (m_attract.idleExpired(nowMs) && !m_finishing) { // idle: archive, clear, invite
        changed = beginAttract(nowMs) || changed;
    }
    return changed ? Redraw::Settle : Redraw::None;
}

bool LiveTableScreen::animating(std::int64_t nowMs) const {
    return m_interaction->animating() || m_panel.animating(nowMs) || m_attract.frameDue(nowMs);
}

std::optional<std::int64_t> LiveTableScreen::nextWakeMs(std::int64_t nowMs) const {
    return earliest({m_interaction->nextDeadlineMs(), m_panel.nextDeadlineMs(nowMs), m_attract.nextWakeMs()});
}

Redraw LiveTableScreen::draw(BoardCanvas& canvas, const render::View& view, std::int64_t nowMs) {
    const core::Language language = m_panel.language();
    // The attract loop runs no phase: the banner keeps the title alone, the seats' timers are hidden.
    m_banner.phase = m_attract.active() ? std::string() : m_session->board().phase.name;
    m_banner.warning = storageWarning(*m_session, language);
    if (!m_photoWarning.empty()) {
        m_banner.warning += (m_banner.warning.empty() ? "" : "\n") + m_photoWarning;
    }
    ui::drawBanner(m_banner, language, static_cast<float>(view.viewportWidth));
    m_warningUnseen = false;
    if (m_attract.active()) { // the attract loop's board under the invitation
        ui::drawInvitation(language, view);
        canvas.drawBoard(m_attract.board(nowMs), view);
    } else {
        ui::drawWidgets(m_interaction->workshop().widgets(), view, language);
        canvas.drawBoard(m_session->board(), view);
    }
    // A press on the panel, or a tap still to show ImGui, asks for the settle frames.
    const Redraw pressed = m_panel.draw(nowMs, view, !m_attract.active()) ? Redraw::Settle : Redraw::None;
    notePhotoTroubles(canvas);
    return pressed;
}

void LiveTableScreen::notePhotoTroubles(BoardCanvas& canvas) {
    for (const PhotoTrouble& trouble : canvas.takePhotoTroubles()) {
        // The facilitator sees it on the banner from the next frame on; the log says which photo and why.
        for (const auto& [id, photo] : m_session->board().photos) {
            if (photo.assetHash == trouble.hash) {
                spdlog::error("photo {} (asset {}) cannot be shown: it {}", id, trouble.hash, trouble.reason);
            }
        }
        m_photoWarning = std::string(core::text(m_panel.language(), core::TextId::PhotoCannotBeShown));
        m_warningUnseen = true;
    }
}

} // namespace atelier::table

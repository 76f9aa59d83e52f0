// The live table's frame: contacts to the panel and the workshop, the attract loop's turns, the drawing.
#include "table/LiveTableScreen.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <spdlog/spdlog.h>
#include <utility>

#include "table/PanelLanguageFile.hpp"
#include "ui/DecideOverlay.hpp"
#include "ui/DockOverlay.hpp"
#include "ui/Invitation.hpp"
#include "ui/SeatHints.hpp"
#include "ui/SeatTimers.hpp"

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

/// The workshop's options with the seats' keyboards in the table's language (AZERTY or QWERTY).
workshop::WorkshopOptions keyboardsIn(workshop::WorkshopOptions options, core::Language language) {
    options.englishKeyboards = language == core::Language::English;
    return options;
}

/// How far inward of its seat's anchor a seat reads its first-steps hints (over the dock, under where its
/// keyboard opens).
constexpr double kHintInsetMm = 48;

/// The first-steps hints each seat still sees, facing it, in the table's language.
std::vector<ui::SeatHint> seatHints(const FirstSteps& steps, const workshop::SeatLayout& seats,
                                    core::Language language) {
    std::vector<ui::SeatHint> hints;
    for (const workshop::Seat& seat : seats.seats()) {
        ui::SeatHint hint;
        for (const Hint pending : steps.hintsFor(seat.number)) {
            hint.lines.emplace_back(core::text(language, hintText(pending)));
        }
        if (hint.lines.empty()) {
            continue;
        }
        hint.centreMm = {seat.anchorMm.x + std::sin(seat.facing) * kHintInsetMm,
                         seat.anchorMm.y - std::cos(seat.facing) * kHintInsetMm};
        hint.facing = seat.facing;
        hints.push_back(std::move(hint));
    }
    return hints;
}

} // namespace

LiveTableScreen::LiveTableScreen(const workshop::WorkshopDefinition& definition, const LiveTableSetup& setup)
    : m_workshop(definition), m_setup(setup),
      m_session(std::make_unique<SessionHost>(setup.dataDir, m_workshop, setup.choice, setup.seats,
                                              setup.workshopDir, setup.surfaceMm)),
      m_seats(setup.seats, setup.surfaceMm),
      m_interaction(std::in_place, *m_session, m_seats, setup.gestures,
                    keyboardsIn(setup.workshop, loadPanelLanguage(setup.dataDir).value_or(setup.language))),
      m_panel(setup.access, m_workshop, m_seats, m_session->board(), *m_interaction,
              loadPanelLanguage(setup.dataDir).value_or(setup.language), setup.clusterDistanceMm,
              PanelImportSetup{setup.importFolder, m_session.get(), setup.importMaxMegapixels}),
      m_attract(idleTimeoutMs(setup), m_session->nowMs()), m_definition(m_workshop), m_auto(m_workshop) {
    m_banner.title = m_workshop.title;
    m_interaction->setLanguage(m_panel.language());
    m_panel.setTimeZone(setup.timeZone);
    m_panel.setExport(setup.exportSetup);
}

void LiveTableScreen::start(std::int64_t nowMs) {
    m_attract = AttractLoop(idleTimeoutMs(m_setup), nowMs);
    m_auto.reset(nowMs);
}

void LiveTableScreen::newInteraction() {
    m_motion.clear(); // a fresh session's cards are simply there
    m_interaction.emplace(*m_session, m_seats, m_setup.gestures,
                          keyboardsIn(m_setup.workshop, m_panel.language()));
    m_interaction->setLanguage(m_panel.language());
}

void LiveTableScreen::pressKey(Key key, std::int64_t nowMs) {
    if (m_replay) { // the replay's keys (space, Page Up/Down, Escape back to the live table)
        m_replay->screen().pressKey(key, nowMs);
        return;
    }
    switch (key) {
    case Key::PanelShortcut:
        m_panel.shortcut(nowMs); // the facilitator's shortcut in a window
        break;
    case Key::Backspace:
        m_panel.wantsText() ? m_panel.eraseText() : m_interaction->typeBackspace();
        break;
    case Key::Enter:
        m_panel.wantsText() ? m_panel.finishText() : m_interaction->typeEnter();
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
    m_auto.reset(nowMs);
    return true;
}

Redraw LiveTableScreen::handle(std::vector<input::Contact>& contacts, std::int64_t nowMs) {
    if (m_replay) { // every touch goes to the replay; the live session logs nothing meanwhile
        return m_replay->screen().handle(contacts, nowMs);
    }
    bool changed = !contacts.empty() && wakeFromAttract(nowMs);
    for (const input::Contact& contact : contacts) {
        const int seat = m_seats.seatAt(contact.posMm).number;
        m_touches.observe(contact, seat, nowMs);   // every contact, the panel's included: the table heard it
        if (contact.phase == input::Phase::Down) { // the seat takes part; the table is not quiet
            m_auto.noteTouch(seat, nowMs);
        }
    }
    changed = m_panel.route(contacts, nowMs) || changed;
    changed = m_interaction->handle(contacts) || changed;
    m_motion.start(m_interaction->takeMotionNotes(), nowMs);
    return changed ? Redraw::Settle : Redraw::None;
}

input::TargetRegistry LiveTableScreen::targets() const {
    if (m_replay) {
        return m_replay->screen().targets();
    }
    input::TargetRegistry targets = m_interaction->targets();
    m_panel.addTargets(targets);
    return targets;
}

bool LiveTableScreen::endSession() {
    const std::optional<std::int64_t> archived = m_session->archiveAndClear("ended by the facilitator");
    if (m_session->startFresh()) {
        newInteraction();
        spdlog::info("session {} ended and archived; a fresh session starts", archived.value_or(0));
    } else {
        spdlog::error("session {} was archived but a fresh session could not start", archived.value_or(0));
    }
    return true;
}

bool LiveTableScreen::startWorkshop(WorkshopStart start) {
    if (start.workshopId != m_setup.choice.workshopId) {
        m_setup.workshopDir.clear(); // a workshop of the library: its photos are in the data file
    }
    m_setup.choice.workshopId = start.workshopId;
    m_workshop = std::move(start.definition);
    if (m_workshop.seats > 0) {
        m_setup.seats = m_workshop.seats;
    }
    m_setup.workshop.categories = m_workshop.categories;
    m_setup.workshop.phases = m_workshop.phases;
    m_setup.workshop.nextButton = m_workshop.autoAdvances();
    m_seats = workshop::SeatLayout(m_setup.seats, m_setup.surfaceMm);
    m_session->switchWorkshop(m_setup.choice.workshopId, m_workshop, m_setup.seats, m_setup.workshopDir);
    m_banner.title = m_workshop.title;
    std::vector<std::uint32_t> colours;
    for (const workshop::Category& category : m_workshop.categories) {
        colours.push_back(category.colour);
    }
    m_coloursDue = std::move(colours);
    spdlog::info("the facilitator starts workshop '{}' ({} phases, {} seats)", m_setup.choice.workshopId,
                 m_workshop.phases.size(), m_setup.seats);
    return endSession();
}

bool LiveTableScreen::beginAttract(std::int64_t nowMs) {
    const std::optional<std::int64_t> archived = m_session->archiveAndClear("the table was idle");
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
    if (m_replay || m_replayDue) {
        return updateReplay(nowMs);
    }
    bool changed = m_interaction->update(nowMs);
    changed = m_panel.update(nowMs) || changed;
    if (m_panel.takeLanguageChange()) {
        m_interaction->setLanguage(m_panel.language()); // the decision's words follow
        if (m_session->databaseFile() && savePanelLanguage(m_setup.dataDir, m_panel.language())) {
            spdlog::info("the panel's language is kept for the next start"); // a restart speaks it again
        }
    }
    if (const std::optional<std::int64_t> replay = m_panel.takeReplayRequest()) {
        m_replayDue = true; // opened by the next update, once the panel's last frame was shown
        m_replaySession = *replay;
        changed = true;
    }
    if (m_panel.takeEndRequest()) { // the facilitator ended the session: archive it, start afresh
        changed = endSession() || changed;
    }
    if (std::optional<WorkshopStart> start = m_panel.takeStartRequest()) { // the live one ends first
        changed = startWorkshop(std::move(*start)) || changed;
    }
    if (m_attract.idleExpired(nowMs) && !m_finishing) { // idle: archive, clear, invite
        changed = beginAttract(nowMs) || changed;
    }
    if (!m_attract.active() && !m_finishing) {
        changed = moveOnByItself(nowMs) || changed;
    }
    m_motion.start(m_interaction->takeMotionNotes(), nowMs); // the panel's clusters, glides that ended
    return changed ? Redraw::Settle : Redraw::None;
}

bool LiveTableScreen::animating(std::int64_t nowMs) const {
    if (m_replay) {
        return m_replay->screen().animating(nowMs);
    }
    if (m_replayDue) {
        return true;
    }
    return m_interaction->animating() || m_panel.animating(nowMs) || m_attract.frameDue(nowMs) ||
           m_touches.fading() || m_motion.active();
}

std::optional<std::int64_t> LiveTableScreen::nextWakeMs(std::int64_t nowMs) const {
    return earliest({m_interaction->nextDeadlineMs(), m_panel.nextDeadlineMs(nowMs), m_attract.nextWakeMs(),
                     m_attract.active() ? std::nullopt : m_auto.nextWakeMs()});
}

Redraw LiveTableScreen::draw(BoardCanvas& canvas, const render::View& view, std::int64_t nowMs) {
    if (m_replay) {
        return m_replay->screen().draw(canvas, view, nowMs);
    }
    if (m_coloursDue) { // a session of another workshop: its categories' colours on the cards from now on
        canvas.setCategoryColours(std::move(*std::exchange(m_coloursDue, std::nullopt)));
    }
    const core::Language language = m_panel.language();
    // The attract loop runs no phase: the banner keeps the title alone, the seats' timers are hidden.
    m_banner.phase = m_attract.active() ? std::string() : m_session->board().phase.name;
    m_banner.warning = storageWarning(*m_session, language);
    if (!m_photoWarning.empty()) {
        m_banner.warning += (m_banner.warning.empty() ? "" : "\n") + m_photoWarning;
    }
    ui::drawBanner(m_banner, language, view);
    m_warningUnseen = false;
    render::Overlays overlays = m_touches.overlays(nowMs);
    if (m_attract.active()) { // the attract loop's board under the invitation
        ui::drawInvitation({language, m_definition.question, m_attract.ripple(nowMs)}, view);
        canvas.drawBoard(m_attract.board(nowMs), view, overlays);
    } else {
        ui::drawDecisions(m_session->board(), view, language); // under the docks, pads and controls
        ui::drawWidgets(m_interaction->workshop().widgets(), view, language);
        ui::drawSeatHints(seatHints(m_interaction->firstSteps(), m_seats, language), view);
        m_motion.addTo(overlays, nowMs); // cards growing in, settling, easing into a cluster
        canvas.drawBoard(m_session->board(), view, overlays);
        drawCountdown(view, nowMs);
    }
    // A press on the panel, or a tap still to show ImGui, asks for the settle frames.
    const Redraw pressed = m_panel.draw(nowMs, view, !m_attract.active()) ? Redraw::Settle : Redraw::None;
    m_returned = false; // the panel's controls are drawn: a script may name them
    notePhotoTroubles(canvas);
    return pressed;
}

bool LiveTableScreen::moveOnByItself(std::int64_t nowMs) {
    const std::optional<AutoStep> step =
        m_auto.update(m_session->board(), m_interaction->workshop().nextPressed(), nowMs);
    const std::optional<AutoCountdown> countdown = m_auto.countdown(nowMs);
    std::string shown = countdown ? countdown->nextPhase + "|" + std::to_string(countdown->secondsLeft) : "";
    bool changed = std::exchange(m_countdownShown, shown) != shown;
    if (!step) {
        return changed;
    }
    if (step->kind == AutoStep::Kind::Finish) { // the last phase is over: invite the next group
        spdlog::info("the table moves on by itself: the workshop is over, the next group is invited");
        return beginAttract(nowMs);
    }
    const workshop::PhasePlan& plan = m_definition.phases[static_cast<std::size_t>(step->phase)];
    // Logged from seat 0, as the facilitator's phases are; the log says the table did it.
    if (m_interaction->submitFacilitator(
            core::PhaseStarted{step->phase, plan.name, plan.tools, plan.durationSeconds, 0})) {
        spdlog::info("the table moves on by itself to phase {} '{}'", step->phase + 1, plan.name);
    }
    return true;
}

void LiveTableScreen::drawCountdown(const render::View& view, std::int64_t nowMs) const {
    const std::optional<AutoCountdown> countdown = m_auto.countdown(nowMs);
    if (!countdown) {
        return;
    }
    const core::Language language = m_panel.language();
    const std::string text = countdown->nextPhase.empty()
                                 ? std::string(core::text(language, core::TextId::CountdownInvitation))
                                 : std::string(core::text(language, core::TextId::CountdownNextPhase)) +
                                       countdown->nextPhase + " · " + std::to_string(countdown->secondsLeft);
    constexpr double kCountdownInsetMm = 150; // inward of the timer and the keyboard, facing each seat
    std::vector<ui::TimerMark> marks;
    for (const workshop::Seat& seat : m_seats.seats()) {
        const core::Vec2 at{seat.anchorMm.x + std::sin(seat.facing) * kCountdownInsetMm,
                            seat.anchorMm.y - std::cos(seat.facing) * kCountdownInsetMm};
        const core::Vec2 px = view.toPixels(at);
        marks.push_back(ui::TimerMark{static_cast<float>(px.x), static_cast<float>(px.y), seat.facing});
    }
    ui::drawSeatTimers(marks, text, true, 0, view);
}

void LiveTableScreen::notePhotoTroubles(BoardCanvas& canvas) {
    for (const PhotoTrouble& trouble : canvas.takePhotoTroubles()) {
        // The facilitator sees it on the banner from the next frame on; the log says which photo and why.
        for (const auto& [id, photo] : m_session->board().photos) {
            if (photo.assetHash == trouble.hash) {
                spdlog::error("photo {} (asset {}) cannot be shown: it {}", id, trouble.hash, trouble.reason);
            }
        }
        if (trouble.undecodable) { // a bomb or a damaged blob: one decode, not one at every start
            m_session->markPhotoUndecodable(trouble.hash, trouble.reason);
        }
        m_photoWarning = std::string(core::text(m_panel.language(), core::TextId::PhotoCannotBeShown));
        m_warningUnseen = true;
    }
}

bool LiveTableScreen::openReplay(std::int64_t sessionId, std::int64_t nowMs) {
    const std::optional<std::filesystem::path> file = m_session->databaseFile();
    ReplaySetup setup;
    setup.surfaceMm = m_setup.surfaceMm;
    setup.language = m_panel.language();
    setup.onTable = true;
    setup.zone = m_setup.timeZone;
    setup.facing = m_panel.facing().fallback; // the timeline spans the table: the top or bottom edge
    std::string problem = setup.language == core::Language::French
                              ? "Cette table n'enregistre pas de séances : rien à revoir."
                              : "This table records no sessions: nothing to replay.";
    if (file) {
        m_replay = TableReplay::open(*file, sessionId, setup, problem);
    }
    if (!m_replay) {
        m_panel.replayFailed(nowMs, problem);
        return true;
    }
    m_replay->screen().start(m_replay->screen().nowMs());
    return true;
}

Redraw LiveTableScreen::updateReplay(std::int64_t nowMs) {
    if (std::exchange(m_replayDue, false)) {
        openReplay(m_replaySession, nowMs);
        return Redraw::Settle;
    }
    if (m_replay->screen().closeRequested()) { // back to the live table, exactly as it was left
        spdlog::info("back to the live table from the replay of session {}", m_replay->sessionId());
        m_replay.reset();
        m_returned = true;
        m_attract.noteActivity(nowMs);
        return Redraw::Settle;
    }
    return m_replay->screen().update(m_replay->screen().nowMs());
}

} // namespace atelier::table

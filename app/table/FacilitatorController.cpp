// Joins the facilitator's access, pointer, controls and timer to the live session.
#include "table/FacilitatorController.hpp"

#include "core/Limits.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numbers>
#include <spdlog/spdlog.h>

#include "store/SessionCards.hpp"
#include "table/SessionHost.hpp"
#include "table/SessionLibrary.hpp"
#include "table/TableInteraction.hpp"
#include "ui/SeatTimers.hpp"

namespace atelier::table {
namespace {

/// How long the table's border glows when a phase's time is up.
constexpr std::int64_t kFlashMs = 6000;
/// While an export or the thumbnails work, the panel looks at their progress this often (its bars move).
constexpr std::int64_t kWorkerPollMs = 100;
/// One soft pulse every this many milliseconds while it glows.
constexpr double kPulseMs = 2000;
/// The question's prompt card (as SessionHost places it in a fresh session).
constexpr core::Vec2 kPromptCardMm{180.0, 80.0};
/// The timer shows whole minutes until the last one, then seconds.
constexpr std::int64_t kSecondsShownMs = 60000;

bool hasTool(const core::Phase& phase, std::string_view tool) {
    return std::find(phase.tools.begin(), phase.tools.end(), tool) != phase.tools.end();
}

/// What the pad shows after a PIN was submitted.
ui::PadNotice noticeAfter(PinOutcome outcome) {
    switch (outcome) {
    case PinOutcome::Checking:
        return ui::PadNotice::Checking;
    case PinOutcome::Accepted:
        return ui::PadNotice::None;
    case PinOutcome::Wrong:
        return ui::PadNotice::Wrong;
    case PinOutcome::LockedNow:
    case PinOutcome::StillLocked:
        return ui::PadNotice::Locked;
    case PinOutcome::NoPinSet:
        return ui::PadNotice::NoPinSet;
    case PinOutcome::TooShort:
        return ui::PadNotice::TooShort;
    }
    return ui::PadNotice::None;
}

/// The wall clock in milliseconds since the epoch.
std::int64_t unixNowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

/// The access options with what the data file kept of the pad's tries and lock, and the means to keep them.
AccessOptions withPinMemory(AccessOptions options, SessionHost* session) {
    if (session == nullptr || !options.pin) {
        return options;
    }
    const std::int64_t now = unixNowMs();
    options.unixMsAtZero = now - session->nowMs();
    if (std::optional<store::PinGuard> kept = session->pinGuard(options.pin->text)) {
        options.memory = std::move(*kept);
        if (options.memory.lockedUntilUnixMs > now) {
            spdlog::warn(
                "the facilitator PIN pad is still locked for {} s (locked before the table restarted)",
                (options.memory.lockedUntilUnixMs - now + 999) / 1000);
        }
    }
    options.remember = [session](const store::PinGuard& guard) { session->keepPinGuard(guard); };
    return options;
}

/// Puts the panel away: the pad or the controls close and the panel lets go of its finger.
void closePanel(FacilitatorAccess& access, PanelPointer& input, std::vector<PanelArea>& controls) {
    access.close();
    input.reset();
    controls.clear();
}

/// The question as a prompt card of the facilitator's, in the middle of the table, like a fresh session's.
core::CardCreated questionCard(const core::Board& board, const workshop::SeatLayout& seats,
                               const std::string& question) {
    core::CardCreated prompt;
    prompt.id = board.nextId;
    prompt.pose.centre = {seats.surfaceMm().x / 2, seats.surfaceMm().y / 2};
    prompt.size = {kPromptCardMm.x, kPromptCardMm.y};
    prompt.text = question;
    prompt.seat = 0;
    prompt.category = core::kNoCategory; // a prompt, not an idea of any category
    return prompt;
}

/// The question's card already on the board (on the table first, else one taken away), if any.
const core::Card* findQuestion(const core::Board& board, const std::string& question) {
    const core::Card* found = nullptr;
    for (const auto& [id, card] : board.cards) {
        if (card.seat == 0 && card.text == question &&
            (found == nullptr || (found->deleted && !card.deleted))) {
            found = &card;
        }
    }
    return found;
}

/// "Place the question": a question already on the board comes back (if taken away), to the middle of the
/// table and to the top of the stack; only a board without it gets a new card.
void placeQuestion(TableInteraction& interaction, const core::Board& board, const workshop::SeatLayout& seats,
                   const std::string& question) {
    const core::Card* existing = findQuestion(board, question);
    if (existing == nullptr) {
        const core::CardCreated prompt = questionCard(board, seats, question);
        if (interaction.submitFacilitator(prompt)) {
            spdlog::info("the question is on the table (card {})", prompt.id);
        }
        return;
    }
    const core::ItemId id = existing->id;
    core::Pose pose = existing->pose;
    pose.centre = {seats.surfaceMm().x / 2, seats.surfaceMm().y / 2};
    if (existing->deleted && !interaction.submitFacilitator(core::CardRestored{id, 0})) {
        spdlog::error("the question's card {} could not come back", id);
        return;
    }
    const bool moved = interaction.submitFacilitator(core::CardMoved{id, pose, 0});
    const bool raised = interaction.submitFacilitator(core::ItemRaised{id, 0});
    spdlog::info("the question (card {}) is already on the board: {} to the middle and the top", id,
                 moved && raised ? "brought" : "could not be brought");
}

/// The facilitator's actions on the board's content: hide or restore a card, place the question.
void moderate(TableInteraction& interaction, const core::Board& board, const workshop::SeatLayout& seats,
              const workshop::WorkshopDefinition& definition, const ui::PanelAction& action) {
    using Kind = ui::PanelAction::Kind;
    if (action.kind == Kind::HideCard) {
        if (interaction.submitFacilitator(core::CardHidden{static_cast<core::ItemId>(action.card), 0})) {
            spdlog::info("card {} hidden by the facilitator", action.card);
        }
    } else if (action.kind == Kind::RestoreCard) {
        if (interaction.submitFacilitator(core::CardRestored{static_cast<core::ItemId>(action.card), 0})) {
            spdlog::info("card {} restored by the facilitator", action.card);
        }
    } else if (action.kind == Kind::PlaceQuestion) {
        placeQuestion(interaction, board, seats, definition.question);
    }
}

/// A phase the plan itself locks (Restitution): the board is presented, not paused by the facilitator.
bool presenting(const workshop::WorkshopDefinition& definition, const core::Phase& phase) {
    if (!hasTool(phase, "locked")) {
        return false;
    }
    if (phase.index < 0 || phase.index >= static_cast<int>(definition.phases.size())) {
        return true;
    }
    const std::vector<std::string>& planned = definition.phases[static_cast<std::size_t>(phase.index)].tools;
    return std::find(planned.begin(), planned.end(), "locked") != planned.end();
}

} // namespace

FacilitatorController::FacilitatorController(AccessOptions options,
                                             const workshop::WorkshopDefinition& definition,
                                             const workshop::SeatLayout& seats, const core::Board& board,
                                             TableInteraction& interaction, core::Language language,
                                             double clusterDistanceMm, PanelImportSetup import)
    : m_access(withPinMemory(std::move(options), import.session)), m_definition(definition), m_seats(seats),
      m_board(board), m_interaction(interaction), m_language(language),
      m_clusterDistanceMm(clusterDistanceMm), m_import(std::move(import)),
      m_costs(board, [this](const core::Event& event) { return m_interaction.submitFacilitator(event); }),
      m_workshops(m_import.session != nullptr ? m_import.session->databaseFile() : std::nullopt,
                  m_import.folder) {}

bool FacilitatorController::route(std::vector<input::Contact>& contacts, std::int64_t nowMs) {
    for (const input::Contact& contact : contacts) {
        m_access.observe(contact);
    }
    const bool took = m_input.route(contacts, isOpen() ? m_controls : std::vector<PanelArea>{});
    if (took) {
        m_access.touch(nowMs);
    }
    return took;
}

bool FacilitatorController::update(std::int64_t nowMs) {
    bool changed = m_export.poll();
    if (!isOpen()) { // closed (a press, idle): it opens again on its controls
        m_showSessions = m_showExport = false;
    }
    if (m_export.running()) {
        m_access.touch(nowMs); // the panel stays up while its bars move
    }
    if (const std::optional<PinOutcome> outcome = m_access.poll(nowMs)) { // the worker checked the PIN
        m_notice = m_access.state() == AccessState::AskingPin ? noticeAfter(*outcome) : ui::PadNotice::None;
        if (*outcome == PinOutcome::Accepted && m_job == nullptr) {
            listImport(); // the folder as it is when the controls open (a stick plugged in meanwhile)
        }
        m_settling = true;
        changed = true;
    }
    if (m_access.update(nowMs)) {
        m_notice = ui::PadNotice::None;
        m_settling = true;
        if (!isOpen()) {
            m_input.reset();
            m_controls.clear();
            m_costs.close();
        }
        changed = true;
    }
    changed = takeVerdicts() || changed;
    changed = m_workshops.update() || changed;
    changed = m_thumbnails.takeNews() || changed;
    const core::Phase& phase = m_board.phase;
    if (phase != m_seenPhase) {
        m_seenPhase = phase;
        m_phaseStartMs = nowMs; // a phase (re)started, here or before a resume: its time counts from now
        m_pausedAtMs.reset();
        m_suggested = -1; // a new phase takes the proposals away
        m_costs.close();
        changed = true;
    }
    if (m_board.paused != m_pausedAtMs.has_value()) { // a pause holds the phase's clock
        if (m_board.paused) {
            m_pausedAtMs = nowMs;
        } else {
            m_phaseStartMs += nowMs - *m_pausedAtMs;
            m_pausedAtMs.reset();
        }
        changed = true;
    }
    if (m_notice == ui::PadNotice::Locked && m_access.lockedForMs(nowMs) == 0) {
        m_notice = ui::PadNotice::None;
        changed = true;
    }
    // Redraw only when what a person reads changes: the timer's minutes (seconds in the last minute) and
    // the locked pad's countdown.
    std::string shown = timerText(nowMs);
    if (m_access.state() == AccessState::AskingPin) {
        // append(), not `"|" + to_string(...)`: GCC 12 at -O3 warns (-Wrestrict) on that temporary.
        shown.append(1, '|').append(std::to_string((m_access.lockedForMs(nowMs) + 999) / 1000));
    }
    if (shown != m_lastShown) {
        m_lastShown = std::move(shown);
        changed = true;
    }
    return changed || animating(nowMs);
}

void FacilitatorController::shortcut(std::int64_t nowMs) {
    if (!isOpen()) {
        spdlog::info("facilitator shortcut: the PIN pad opens");
        m_access.askPin(nowMs);
        m_settling = true;
        m_notice = ui::PadNotice::None;
    }
}

std::int64_t FacilitatorController::remainingMs(std::int64_t nowMs) const {
    const std::int64_t total = static_cast<std::int64_t>(m_seenPhase.durationS) * 1000;
    return total - (m_pausedAtMs.value_or(nowMs) - m_phaseStartMs); // a pause keeps what was left
}

bool FacilitatorController::boardLocked() const {
    return m_board.paused;
}

std::optional<std::int64_t> FacilitatorController::nextDeadlineMs(std::int64_t nowMs) const {
    std::optional<std::int64_t> next = m_access.nextDeadlineMs();
    if (m_export.running() || m_workshops.busy() || m_thumbnails.busy()) { // workers are polled, not drawn
        next = next ? std::min(*next, nowMs + kWorkerPollMs) : nowMs + kWorkerPollMs;
    }
    if (m_seenPhase.durationS > 0 && !boardLocked()) {
        const std::int64_t left = remainingMs(nowMs);
        if (left > -kFlashMs) {
            std::int64_t step = 1000; // the last minute, and the flash, by the second
            if (left > kSecondsShownMs) {
                const std::int64_t minutes = (left + 59999) / 60000;
                step = left - (minutes - 1) * 60000; // when the minutes shown drop by one
            } else if (left > 0) {
                const std::int64_t intoSecond = left % 1000;
                step = intoSecond == 0 ? 1000 : intoSecond;
            }
            const std::int64_t tick = nowMs + step;
            next = next ? std::min(*next, tick) : tick;
        }
    }
    if (m_access.state() == AccessState::AskingPin && m_access.lockedForMs(nowMs) > 0) {
        const std::int64_t tick = nowMs + 1000; // the pad counts the lock down
        next = next ? std::min(*next, tick) : tick;
    }
    if (m_access.checking()) {
        const std::int64_t tick = nowMs + 10; // the PIN's verdict
        next = next ? std::min(*next, tick) : tick;
    }
    if (m_job != nullptr || m_workshops.busy()) {
        const std::int64_t tick = nowMs + 30; // the worker's verdicts and the progress bar
        next = next ? std::min(*next, tick) : tick;
    }
    return next;
}

bool FacilitatorController::animating(std::int64_t nowMs) const {
    if (m_seenPhase.durationS <= 0 || boardLocked()) {
        return false;
    }
    const std::int64_t left = remainingMs(nowMs);
    return left <= 0 && left > -kFlashMs;
}

void FacilitatorController::feedPointer(const render::View& view) {
    feedImGuiPointer(m_input, view, m_turn);
}

std::string FacilitatorController::timerText(std::int64_t nowMs) const {
    if (m_seenPhase.durationS <= 0 || presenting(m_definition, m_seenPhase)) {
        return {}; // a presented board has no time to count down: the timer shows the phase's name alone
    }
    if (boardLocked()) {
        return std::string(core::text(m_language, core::TextId::TimerPaused));
    }
    const std::int64_t left = remainingMs(nowMs);
    if (left <= 0) {
        return std::string(core::text(m_language, core::TextId::TimerOver));
    }
    if (left > kSecondsShownMs) { // whole minutes: a table is not a stopwatch
        return std::to_string((left + 59999) / 60000) + " " +
               std::string(core::text(m_language, core::TextId::PanelMinutes));
    }
    const std::int64_t seconds = (left + 999) / 1000;
    char text[16];
    std::snprintf(text, sizeof text, "%02d:%02d", static_cast<int>(seconds / 60),
                  static_cast<int>(seconds % 60));
    return text;
}

ui::PanelModel FacilitatorController::model(std::int64_t nowMs, const render::View& view) const {
    ui::PanelModel model;
    model.mode = m_access.state() == AccessState::Open ? ui::PanelMode::Controls : ui::PanelMode::PinPad;
    if (model.mode == ui::PanelMode::Controls && m_showExport) {
        model.mode = ui::PanelMode::Export;
        model.exportView = m_export.view();
    } else if (model.mode == ui::PanelMode::Controls && m_showSessions) {
        model.mode = ui::PanelMode::Sessions;
        model.sessions = m_sessionRows;
        model.sessionsNotice = m_sessionsNotice;
    } else if (model.mode == ui::PanelMode::Controls && m_workshops.isOpen()) {
        model.mode = ui::PanelMode::Workshops;
    }
    model.language = m_language;
    const PanelFacing facing = this->facing();
    model.facing = facing.facing;
    model.fallback = facing.fallback;
    model.displayWidth = static_cast<float>(view.viewportWidth);
    model.displayHeight = static_cast<float>(view.viewportHeight);
    model.pxPerMm = static_cast<float>(view.pxPerMm());
    model.digitsTyped = m_access.digitsTyped();
    model.triesLeft = m_access.triesLeft();
    model.notice = m_notice;
    if (m_access.lockedForMs(nowMs) > 0) {
        model.notice = ui::PadNotice::Locked;
        model.lockedSeconds = static_cast<int>((m_access.lockedForMs(nowMs) + 999) / 1000);
    }
    for (const workshop::PhasePlan& plan : m_definition.phases) {
        model.phases.push_back(plan.name);
    }
    const core::Board& board = m_board;
    model.currentPhase = board.phase.index;
    model.boardLocked = boardLocked();
    model.presenting = !boardLocked() && hasTool(board.phase, "locked");
    model.timer = timerText(nowMs);
    for (const auto& [id, card] : board.cards) {
        model.cards.push_back(
            ui::PanelCard{static_cast<std::int64_t>(id), card.text, card.deleted, card.hidden});
    }
    model.confirm = m_confirm;
    model.canSuggest = hasTool(board.phase, "cluster");
    model.suggested = m_suggested;
    model.importFolder = m_import.folder.string();
    for (const ImportEntry& entry : m_importEntries) {
        model.importFiles.push_back(ui::PanelImportFile{
            entry.file.filename().string(), shownState(entry),
            m_language == core::Language::English ? entry.reason
                                                  : std::string(core::text(m_language, entry.refusal)),
            m_thumbnails.find(entry.thumbnail, m_language)});
    }
    m_costs.fill(model.costs, m_language);
    model.importing = m_job != nullptr;
    if (m_job != nullptr) {
        model.importChecked = static_cast<int>(m_job->checked());
        model.importTotal = static_cast<int>(m_job->total());
        model.importProgress = m_job->progress();
    }
    return model;
}

void FacilitatorController::startPhase(int index, const std::vector<std::string>& tools, int durationS) {
    const workshop::PhasePlan& plan = m_definition.phases[static_cast<std::size_t>(index)];
    if (!m_interaction.submitFacilitator(core::PhaseStarted{index, plan.name, tools, durationS, 0})) {
        spdlog::error("the phase '{}' could not start", plan.name);
    }
}

void FacilitatorController::carryOut(const ui::PanelAction& action, std::int64_t nowMs) {
    using Kind = ui::PanelAction::Kind;
    m_access.touch(nowMs);
    spdlog::debug("panel press: kind {} value {} card {}", static_cast<int>(action.kind), action.value,
                  action.card);
    switch (action.kind) {
    case Kind::Digit:
        m_access.typeDigit(static_cast<char>('0' + action.value), nowMs);
        return;
    case Kind::Erase:
        m_access.eraseDigit(nowMs);
        return;
    case Kind::Ok: {
        m_notice = noticeAfter(m_access.submit(nowMs)); // Checking: update() takes the worker's verdict
        return;
    }
    case Kind::Close:
        closePanel(m_access, m_input, m_controls);
        m_notice = ui::PadNotice::None;
        spdlog::info("facilitator panel closed");
        return;
    case Kind::StartPhase:
        if (action.value >= 0 && action.value < static_cast<int>(m_definition.phases.size())) {
            const workshop::PhasePlan& plan = m_definition.phases[static_cast<std::size_t>(action.value)];
            startPhase(action.value, plan.tools, plan.durationSeconds);
        }
        return;
    case Kind::ToggleLock: // a pause of the same phase, not a new start of it
        if (m_interaction.submitFacilitator(boardLocked() ? core::Event(core::SessionResumed{0})
                                                          : core::Event(core::SessionPaused{0}))) {
            spdlog::info("the facilitator {} the table", boardLocked() ? "paused" : "resumed");
        }
        return;
    case Kind::HideCard:
    case Kind::RestoreCard:
    case Kind::PlaceQuestion:
        moderate(m_interaction, m_board, m_seats, m_definition, action);
        return;
    case Kind::Language:
        m_language = action.value == 1 ? core::Language::English : core::Language::French;
        m_languageChanged = true;
        spdlog::info("the facilitator switched the table to {}",
                     m_language == core::Language::English ? "English" : "French");
        return;
    case Kind::AskEndSession:
        m_confirm = ui::PanelConfirm::EndSession;
        return;
    case Kind::AskQuit:
        m_confirm = ui::PanelConfirm::Quit;
        return;
    case Kind::Cancel:
        m_confirm = ui::PanelConfirm::None;
        return;
    case Kind::Confirm:
        if (m_confirm == ui::PanelConfirm::EndSession) {
            // The main loop archives the session, clears the table and starts a fresh one; the panel closes.
            m_endRequested = true;
            closePanel(m_access, m_input, m_controls);
            spdlog::info("the facilitator ended the session");
        } else if (m_confirm == ui::PanelConfirm::Quit) {
            spdlog::info("the facilitator quits Atelier");
            m_quitRequested = true;
        }
        m_confirm = ui::PanelConfirm::None;
        return;
    case Kind::ImportFile:
    case Kind::ImportAll:
    case Kind::ImportCancel:
    case Kind::ImportRefresh:
        carryOutImport(action);
        return;
    case Kind::Cost:
        m_costs.carryOut(action);
        return;
    case Kind::OpenWorkshops:
        m_workshops.open();
        spdlog::info("the facilitator opened the workshop library");
        return;
    case Kind::SuggestClusters:
        if (hasTool(m_board.phase, "cluster")) {
            m_suggested = static_cast<int>(m_interaction.suggestClusters(m_clusterDistanceMm));
            spdlog::info("the facilitator asked for cluster suggestions ({} mm): {} proposed",
                         m_clusterDistanceMm, m_suggested);
        }
        return;
    default: // the library's and the export's presses
        carryOutAfterwards(action);
        return;
    }
}

bool FacilitatorController::draw(std::int64_t nowMs, const render::View& view, bool showTimers) {
    m_view = view;
    // The timer faces every seat, in its dock's row beside the buttons (DockLayout::timerPose).
    std::vector<ui::TimerMark> marks;
    const std::string timer = showTimers ? timerText(nowMs) : std::string();
    const bool named = showTimers && m_seenPhase.durationS > 0 && presenting(m_definition, m_seenPhase);
    if (!timer.empty() || named) {
        const std::string text = named ? m_seenPhase.name : m_seenPhase.name + " · " + timer;
        const workshop::DockLayout& layout = m_interaction.workshop().layout();
        const core::Size box = workshop::DockLayout::timerSize();
        for (const workshop::Seat& seat : m_seats.seats()) {
            const core::Vec2 px = view.toPixels(layout.timerPose(seat.number).centre);
            marks.push_back(ui::TimerMark{static_cast<float>(px.x), static_cast<float>(px.y), seat.facing,
                                          static_cast<float>(box.width * view.pxPerMmX()),
                                          static_cast<float>(box.height * view.pxPerMmY())});
        }
        float flash = 0;
        if (animating(nowMs)) {
            const double t = static_cast<double>(-remainingMs(nowMs));
            flash = static_cast<float>(0.5 - 0.5 * std::cos(2 * std::numbers::pi * t / kPulseMs));
        }
        ui::drawSeatTimers(marks, text, remainingMs(nowMs) <= 0 && !boardLocked(), flash, view);
    }
    if (!isOpen()) {
        if (m_workshops.isOpen()) {
            m_workshops.close(); // the panel closed (idle, gesture): the library opens afresh next time
        }
        m_targetsPx.clear();
        const bool settled = m_settling;
        m_settling = false;
        return settled || m_input.pending();
    }
    ui::PanelModel shown = model(nowMs, view);
    const ui::WorkshopPanelModel pages = m_workshops.model(m_language, shown.pxPerMm);
    shown.workshops = &pages;
    ui::PanelFrame frame = ui::drawPanel(shown);
    const double mmPerPxX = 1.0 / view.pxPerMmX();
    const double mmPerPxY = 1.0 / view.pxPerMmY();
    m_turn = frame.turn; // the next frame's touches are turned back into ImGui's upright layout
    m_controls.clear();  // only a touch on a control is the panel's: the rest of its window reaches the table
    for (const ui::PanelTarget& target : frame.targets) {
        m_controls.push_back(PanelArea{{target.minX * mmPerPxX, target.minY * mmPerPxY},
                                       {target.maxX * mmPerPxX, target.maxY * mmPerPxY}});
    }
    m_targetsPx = std::move(frame.targets);
    for (const ui::PanelAction& action : frame.actions) {
        carryOut(action, nowMs);
    }
    for (const ui::WorkshopAction& action : frame.workshopActions) {
        m_access.touch(nowMs);
        m_workshops.carryOut(action, m_language);
    }
    m_settling = !frame.actions.empty() || !frame.workshopActions.empty() ||
                 frame.scrolled; // what changed shows in the next frame
    return m_settling || m_input.pending();
}

void FacilitatorController::addTargets(input::TargetRegistry& targets) const {
    if (!isOpen() || !m_view.drawable()) {
        return;
    }
    const double mmPerPxX = 1.0 / m_view.pxPerMmX();
    const double mmPerPxY = 1.0 / m_view.pxPerMmY();
    for (const ui::PanelTarget& target : m_targetsPx) {
        const core::Vec2 centre{(target.minX + target.maxX) * 0.5 * mmPerPxX,
                                (target.minY + target.maxY) * 0.5 * mmPerPxY};
        const core::Vec2 size{(target.maxX - target.minX) * mmPerPxX, (target.maxY - target.minY) * mmPerPxY};
        targets.add(target.name, centre, size);
    }
}

void FacilitatorController::typeText(std::string_view utf8) {
    m_workshops.typeText(utf8);
    m_settling = true;
}

void FacilitatorController::eraseText() {
    m_workshops.erase();
    m_settling = true;
}

void FacilitatorController::finishText() {
    m_workshops.finishField();
    m_settling = true;
}

// --- Importing site photos: list, check on a worker thread, store and place through the session.
void FacilitatorController::dropFile(const std::filesystem::path& file) {
    if (std::find(m_dropped.begin(), m_dropped.end(), file) == m_dropped.end()) {
        m_dropped.push_back(file);
        spdlog::info("{}: dropped on the table, listed in the panel's import", file.string());
    }
    if (m_job == nullptr) {
        listImport();
    }
    m_settling = true;
}

void FacilitatorController::listImport() {
    std::vector<ImportEntry> entries;
    std::vector<std::filesystem::path> files = m_dropped;
    for (std::filesystem::path& file : listPhotoFiles(m_import.folder)) {
        if (std::find(files.begin(), files.end(), file) == files.end()) {
            files.push_back(std::move(file));
        }
    }
    for (const std::filesystem::path& file : files) {
        ImportEntry entry{
            file, ui::PanelImportFile::State::Listed, {}, core::TextId::PhotoRefusedDamaged, {}, false, {}};
        for (const ImportEntry& old : m_importEntries) {
            if (old.file == file) {
                entry = old; // a file placed or refused keeps saying so
            }
        }
        entry.thumbnail = m_thumbnails.requestFile(file); // decoded once per version of the file
        entries.push_back(std::move(entry));
    }
    m_importEntries = std::move(entries);
}

ui::PanelImportFile::State FacilitatorController::shownState(const ImportEntry& entry) const {
    if (entry.state == ui::PanelImportFile::State::Listed && !entry.hash.empty() &&
        photoShowing(m_board, entry.hash)) {
        return entry.placedHere ? ui::PanelImportFile::State::Placed : ui::PanelImportFile::State::OnTable;
    }
    return entry.state;
}

std::vector<std::size_t> FacilitatorController::notOnTable() const {
    std::vector<std::size_t> indices;
    for (std::size_t i = 0; i < m_importEntries.size(); ++i) {
        const ui::PanelImportFile::State state = shownState(m_importEntries[i]);
        if (state != ui::PanelImportFile::State::Placed && state != ui::PanelImportFile::State::OnTable) {
            indices.push_back(i);
        }
    }
    return indices;
}

void FacilitatorController::startImport(const std::vector<std::size_t>& entries) {
    if (m_job != nullptr || entries.empty()) {
        return;
    }
    std::vector<std::filesystem::path> files;
    m_jobEntries.clear();
    for (std::size_t index : entries) {
        m_importEntries[index].state = ui::PanelImportFile::State::Checking;
        m_importEntries[index].reason.clear();
        files.push_back(m_importEntries[index].file);
        m_jobEntries.push_back(index);
    }
    spdlog::info("the facilitator imports {} photo file(s)", files.size());
    m_jobSeen = 0;
    m_jobProgressSeen = 0;
    m_job = std::make_unique<PhotoCheckJob>(std::move(files), ImportSettings{m_import.maxMegapixels, 1, {}});
}

bool FacilitatorController::takeVerdicts() {
    if (m_job == nullptr) {
        return false;
    }
    const bool finished = m_job->finished(); // read first: every verdict is in before it turns true
    bool changed = m_job->checked() != m_jobSeen || m_job->progress() >= m_jobProgressSeen + 0.01;
    m_jobSeen = m_job->checked();
    if (changed) {
        m_jobProgressSeen = m_job->progress();
    }
    for (PhotoVerdict& verdict : m_job->take()) {
        ImportEntry& entry = m_importEntries[m_jobEntries[verdict.index]];
        if (verdict.photo) {
            placePhoto(entry, *verdict.photo);
        } else if (verdict.refused) {
            entry.state = ui::PanelImportFile::State::Refused;
            entry.reason = verdict.refused->reason;
            entry.refusal = verdict.refused->words;
            spdlog::warn("{}: not imported: it {}", entry.file.string(), entry.reason);
        }
        changed = true;
    }
    if (finished) {
        for (std::size_t index : m_jobEntries) {
            if (m_importEntries[index].state == ui::PanelImportFile::State::Checking) {
                m_importEntries[index].state = ui::PanelImportFile::State::Listed; // stopped before its turn
            }
        }
        m_job.reset();
        m_jobEntries.clear();
        m_settling = true;
        changed = true;
    }
    return changed;
}

void FacilitatorController::placePhoto(ImportEntry& entry, const CheckedPhoto& photo) {
    const auto refuse = [&entry](core::TextId words, std::string reason) {
        spdlog::warn("{}: not imported: it {}", entry.file.string(), reason);
        entry.state = ui::PanelImportFile::State::Refused;
        entry.reason = std::move(reason);
        entry.refusal = words;
    };
    entry.state = ui::PanelImportFile::State::Listed; // on the table or not: the board says, once placed
    entry.hash = photo.hash;
    if (const std::optional<core::ItemId> shown = photoShowing(m_board, photo.hash)) {
        entry.placedHere = false;
        spdlog::info("{}: already on the table as photo {}; not placed again", entry.file.string(), *shown);
        return;
    }
    if (m_import.session == nullptr) {
        refuse(core::TextId::PhotoRefusedNotStored, "cannot be stored: the table runs without its session.");
        return;
    }
    std::string problem;
    core::PhotoPlaced event;
    event.assetHash = m_import.session->storeAsset(
        photo.bytes, photoMimeType(photo.info), photo.info.uprightWidth, photo.info.uprightHeight, problem);
    if (event.assetHash.empty()) {
        refuse(core::TextId::PhotoRefusedNotStored, problem);
        return;
    }
    m_import.session->storeGeoreference(event.assetHash, photo);
    const core::Vec2 surface = m_seats.surfaceMm();
    event.id = m_board.nextId;
    event.size = importedPhotoSize(photo.info, surface);
    event.pose.centre = placeAmong(surface, event.size, photoBoxes(m_board), cardBoxes(m_board));
    event.seat = 0;
    if (!m_interaction.submitFacilitator(event)) {
        refuse(core::TextId::PhotoRefusedNotPlaced, "could not be placed on the table.");
        return;
    }
    entry.placedHere = true;
    spdlog::info("{}: placed as photo {}", entry.file.string(), event.id);
}

void FacilitatorController::openLibrary() {
    m_showSessions = true;
    m_sessionsNotice.clear();
    if (m_import.session == nullptr) {
        m_sessionRows.clear();
        return;
    }
    const std::optional<std::filesystem::path> file = m_import.session->databaseFile();
    m_sessionRows = sessionRows(m_import.session->listSessions(),
                                file ? store::cardsPerSession(*file) : std::map<std::int64_t, int>{},
                                m_language, m_zone, m_import.session->sessionId());
}

void FacilitatorController::replayFailed(std::int64_t nowMs, std::string sentence) {
    shortcut(nowMs);
    openLibrary();
    m_sessionsNotice = std::move(sentence);
}

bool FacilitatorController::carryOutAfterwards(const ui::PanelAction& action) {
    using Kind = ui::PanelAction::Kind;
    switch (action.kind) {
    case Kind::OpenSessions:
        openLibrary();
        return true;
    case Kind::CloseSessions:
        m_showSessions = false;
        return true;
    case Kind::ReplaySession: // the table shows it; back from it, the panel is on the library again
        m_replayRequest = action.card;
        spdlog::info("the facilitator opens session {} in replay", action.card);
        return true;
    case Kind::OpenExport: {
        std::string label;
        for (const ui::PanelSessionRow& row : m_sessionRows) {
            label = row.id == action.card ? row.workshop + " · " + row.when : label;
        }
        m_export.open(m_exportSetup, action.card, label, m_language);
        m_showExport = true;
        return true;
    }
    case Kind::ExportDestination:
        m_export.pick(action.value);
        return true;
    case Kind::ExportToggle:
        m_export.toggle(action.value);
        return true;
    case Kind::ExportStart:
        if (m_import.session != nullptr && m_import.session->databaseFile()) {
            m_export.start(*m_import.session->databaseFile(), m_language, m_zone, m_exportSetup.pauseMs);
        }
        return true;
    case Kind::ExportCancel:
        m_export.cancel();
        return true;
    case Kind::ExportBack:
        m_showExport = m_export.running();
        return true;
    default:
        return false;
    }
}

} // namespace atelier::table

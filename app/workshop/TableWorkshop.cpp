// Contacts, gestures, dock actions, keyboards and the events they give, for every seat of the table.
#include "workshop/TableWorkshop.hpp"

#include "core/Limits.hpp"

#include "input/HitTest.hpp"
#include "workshop/CardPlacement.hpp"
#include "workshop/Clustering.hpp"
#include "workshop/Dimensions.hpp"
#include "workshop/SeatFrame.hpp"
#include "workshop/VotePlaces.hpp"

#include <algorithm>
#include <cmath>

namespace atelier::workshop {
namespace {

/// Held cards remembered for drop detection when nobody forwards their lifts (observeContact unused).
constexpr std::size_t kMaxHeld = 128;
/// Longest cluster name typed on a table keyboard, in characters (the board allows 200 bytes).
constexpr std::size_t kClusterNameLimit = 40;
/// A touch on a cluster's label that lifts this soon, this close to where it went down, is a tap.
constexpr std::int64_t kTapMs = 600;
/// The ranking shown in front of each seat: its best lines, cut to this many characters (dims::kRankingSize).
constexpr std::size_t kRankingLines = 5;
constexpr std::size_t kRankingCharacters = 36;
/// The "paused" notice in front of each seat: one line of large text.
constexpr core::Size kPausedSize{230, 30};

double distance(core::Vec2 a, core::Vec2 b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

} // namespace

TableWorkshop::TableWorkshop(const core::Board& board, const SeatLayout& seats, WorkshopOptions options)
    : m_board(board), m_seats(seats), m_options(std::move(options)), m_layout(seats, m_options.nextButton),
      m_keyboards(seats, m_layout, m_options.cardTextLimit, m_options.longPressMs,
                  m_options.englishKeyboards ? KeyboardLayout::english() : KeyboardLayout::french()),
      m_undo(board, m_options.historyLimit), m_rules(board, seats.surfaceMm()),
      m_sketch(SketchOptions{}, m_options.gestures), m_decide(board, m_layout, [this] { return issueId(); }) {
    for (const Seat& seat : seats.seats()) {
        m_docks.emplace_back(seat.number, m_layout);
    }
}

SeatDock* TableWorkshop::dock(int seat) {
    return seat >= 1 && static_cast<std::size_t>(seat) <= m_docks.size()
               ? &m_docks[static_cast<std::size_t>(seat - 1)]
               : nullptr;
}

const SeatKeyboard* TableWorkshop::keyboard(int seat) const {
    return m_keyboards.seat(seat);
}

SeatTool TableWorkshop::toolOf(int seat) const {
    const SeatDock* found = const_cast<TableWorkshop*>(this)->dock(seat);
    return found != nullptr ? found->tool() : SeatTool::Move;
}

PenStyle TableWorkshop::penStyleOf(int seat) const {
    const SeatDock* found = const_cast<TableWorkshop*>(this)->dock(seat);
    return found != nullptr ? found->penStyle() : PenStyle{};
}

const core::Card* TableWorkshop::liveCard(core::ItemId id) const {
    const core::Card* card = m_board.findCard(id);
    return card != nullptr && !card->deleted ? card : nullptr;
}

bool TableWorkshop::allowed(std::string_view tool) const {
    const std::vector<std::string>& tools = m_board.phase.tools;
    if (m_board.paused || std::find(tools.begin(), tools.end(), "locked") != tools.end()) {
        return false;
    }
    return m_board.phase.index < 0 || tool.empty() ||
           std::find(tools.begin(), tools.end(), tool) != tools.end();
}

bool TableWorkshop::voting() const {
    const std::vector<std::string>& tools = m_board.phase.tools;
    return m_board.phase.index >= 0 && std::find(tools.begin(), tools.end(), "vote") != tools.end();
}

bool TableWorkshop::showsRanking() const {
    const std::vector<std::string>& tools = m_board.phase.tools;
    return m_board.phase.index >= 0 && std::find(tools.begin(), tools.end(), "locked") != tools.end();
}

int TableWorkshop::dotsShown(int seat) const {
    if (const SeatKeyboard* open = m_keyboards.seat(seat); open != nullptr && open->editor() != nullptr) {
        return 0; // the dots lie where the keyboard is: they come once the card is finished
    }
    return voting() ? std::clamp(m_board.dotsLeft(seat), 0, dotsGiven()) : 0;
}

int TableWorkshop::dotsGiven() const {
    return std::clamp(m_board.votesPerSeat, 0, dims::kMaxDotsShown);
}

int TableWorkshop::binAt(core::Vec2 posMm) const {
    for (const SeatDock& candidate : m_docks) {
        if (candidate.onBin(posMm)) {
            return candidate.seat();
        }
    }
    return 0;
}

core::ItemId TableWorkshop::issueId() {
    m_lastIssued = std::max(m_board.nextId, m_lastIssued + 1);
    return m_lastIssued;
}

void TableWorkshop::emit(core::Event event, Origin origin, StepGroup group) {
    m_outputs.push_back(WorkshopOutput{std::move(event), origin, true, group});
    touched();
}

void TableWorkshop::emitEdit(int seat, const CardEditor& editor) {
    const StepGroup group{StepGroup::Kind::Typing, editor.card(), editor.session()};
    if (m_board.findCluster(editor.card()) != nullptr) { // a keyboard opened on a cluster's label names it
        emit(core::ClusterRenamed{editor.card(), editor.text(), seat}, Origin::Action, group);
        return;
    }
    emit(core::CardEdited{editor.card(), editor.text(), seat}, Origin::Action, group);
}

std::vector<WorkshopOutput> TableWorkshop::takeOutputs() {
    settleDrops();
    return std::exchange(m_outputs, {});
}

input::ClaimDecision TableWorkshop::onContactDown(const input::Contact& contact) {
    const int zone = m_seats.seatAt(contact.posMm).number;
    if (SeatKeyboard* keyboard = m_keyboards.at(contact.posMm)) {
        keyboard->press(contact);
        m_claims.insert_or_assign(contact.key(),
                                  Claim{ClaimKind::Keyboard, keyboard->seat(), core::kNoItem, {}, 0, {}, 0});
        touched();
        return input::ClaimDecision{true, zone};
    }
    for (SeatDock& candidate : m_docks) {
        if (candidate.press(contact, dotsShown(candidate.seat()), dotsGiven())) {
            m_claims.insert_or_assign(contact.key(),
                                      Claim{ClaimKind::Dock, candidate.seat(), core::kNoItem, {}, 0, {}, 0});
            touched();
            return input::ClaimDecision{true, zone};
        }
    }
    if (m_suggestions.press(contact)) {
        m_claims.insert_or_assign(contact.key(),
                                  Claim{ClaimKind::Suggestion, zone, core::kNoItem, {}, 0, {}, 0});
        touched();
        return input::ClaimDecision{true, zone};
    }
    if (m_decide.claim(contact, zone)) { // coins, cost pads, rating controls, cost tags, charts
        m_claims.insert_or_assign(contact.key(), Claim{ClaimKind::Decide, zone, core::kNoItem, {}, 0, {}, 0});
        touched();
        return input::ClaimDecision{true, zone};
    }
    if (const std::optional<input::ClaimDecision> claimed = claimOnBoard(contact, zone)) {
        touched();
        return *claimed;
    }
    const input::ItemRef item = input::hitTest(m_board, contact.posMm, dims::kMinTargetMm);
    if (item) {
        m_undo.noteTouched(item.id);
    }
    if (item.kind == input::ItemKind::Card) {
        rememberHeld(contact, item.id, zone);
    }
    return input::ClaimDecision{false, zone};
}

void TableWorkshop::onClaimedContact(const input::Contact& contact) {
    const auto found = m_claims.find(contact.key());
    if (found == m_claims.end()) {
        return;
    }
    const Claim claim = found->second;
    const bool lifted = contact.phase == input::Phase::Up || contact.phase == input::Phase::Cancel;
    if (lifted) {
        m_claims.erase(found);
    }
    switch (claim.kind) {
    case ClaimKind::Sketch: {
        std::vector<WorkshopOutput> events;
        m_sketch.follow(contact, m_board, events);
        emitSketch(events);
        return;
    }
    case ClaimKind::Palm:
        return;
    case ClaimKind::Label:
        if (!lifted) {
            dragLabel(found->second, contact); // still claimed: `found` is valid
        } else {
            Claim last = claim;
            dragLabel(last, contact);
            if (contact.phase == input::Phase::Up && contact.tMs - claim.downMs <= kTapMs &&
                distance(contact.posMm, claim.downMm) <= dims::kDragSlopMm) {
                openKeyboardOnCluster(claim.seat, claim.item); // a tap on the label: name the cluster
            }
        }
        return;
    case ClaimKind::PlacedDot:
        if (contact.phase == input::Phase::Up) {
            dropPlacedDot(claim, contact);
        }
        return;
    case ClaimKind::Suggestion:
        touched();
        if (const std::optional<SuggestionDecision> decision = m_suggestions.follow(contact)) {
            const std::optional<std::vector<core::ItemId>> cards = m_suggestions.take(decision->number);
            if (decision->accept && cards && allowed("cluster")) {
                formClusterOf(*cards, claim.seat);
            }
        }
        return;
    case ClaimKind::Decide:
        m_decide.follow(contact);
        emitDecided();
        if (m_decide.panelOpen(claim.seat)) {
            closeKeyboard(claim.seat); // a pad or a rating control opened where the keyboard lies
        }
        touched();
        return;
    case ClaimKind::Dock:
    case ClaimKind::Keyboard:
        break;
    }
    touched();
    if (claim.kind == ClaimKind::Keyboard) {
        SeatKeyboard* keyboard = m_keyboards.seat(claim.seat);
        const core::ItemId writing = writtenBy(claim.seat);
        const KeyOutcome outcome = keyboard != nullptr ? keyboard->follow(contact) : KeyOutcome::Nothing;
        if (outcome == KeyOutcome::Edited && keyboard->editor() != nullptr) {
            emitEdit(claim.seat, *keyboard->editor());
        } else if (outcome == KeyOutcome::Closed) {
            leaveBlank(claim.seat, writing);
        }
        return;
    }
    SeatDock* pressed = dock(claim.seat);
    if (pressed == nullptr) {
        return;
    }
    if (const std::optional<DockRelease> release = pressed->follow(contact)) {
        act(claim.seat, *release, contact.tMs);
    }
}

void TableWorkshop::explainDimmed(int seat, DockButton button, const std::string& tool, std::int64_t nowMs) {
    m_notices.show(seat, button,
                   tool.empty() ? std::string()
                                : ToolNotices::phaseBringing(m_options.phases, m_board.phase.index, tool),
                   nowMs);
    touched();
}

void TableWorkshop::act(int seat, const DockRelease& release, std::int64_t nowMs) {
    SeatDock* own = dock(seat);
    switch (release.button) {
    case DockButton::NewCard:
        if (allowed("cards")) {
            newCard(seat);
        } else {
            explainDimmed(seat, release.button, "cards", nowMs);
        }
        return;
    case DockButton::Pen:
    case DockButton::Eraser:
        if (own != nullptr && !allowed("sketch")) {
            explainDimmed(seat, release.button, "sketch", nowMs);
        } else if (own != nullptr) {
            const SeatTool tool = release.button == DockButton::Pen ? SeatTool::Pen : SeatTool::Eraser;
            own->setTool(own->tool() == tool ? SeatTool::Move : tool);
            if (own->tool() == SeatTool::Pen) {
                closeKeyboard(seat); // the pen's colours and widths lie where the keyboard does
            }
        }
        return;
    case DockButton::Colour:
    case DockButton::Width:
        if (own != nullptr) {
            own->choose(release.button, release.dot - 1);
        }
        return;
    case DockButton::Undo:
        if (!(m_undo.canUndo(seat) && allowed(""))) {
            explainDimmed(seat, release.button, "", nowMs);
        }
        undo(seat);
        return;
    case DockButton::Redo:
        if (!(m_undo.canRedo(seat) && allowed(""))) {
            explainDimmed(seat, release.button, "", nowMs);
        }
        redo(seat);
        return;
    case DockButton::Bin:
        return; // a bin takes cards dropped on it; a tap on it does nothing
    case DockButton::Next:
        if (m_nextPressed.insert(seat).second) {
            touched();
        }
        return;
    case DockButton::Dot:
        castVote(seat, release.posMm);
        return;
    }
}

void TableWorkshop::rememberHeld(const input::Contact& contact, core::ItemId card, int seat) {
    if (m_held.size() >= kMaxHeld) { // nobody forwards lifts: forget the oldest
        const auto oldest = std::min_element(m_held.begin(), m_held.end(), [](const auto& a, const auto& b) {
            return a.second.serial < b.second.serial;
        });
        m_held.erase(oldest);
    }
    const core::Cluster* cluster = m_board.findCluster(m_board.clusterOf(card));
    m_held.insert_or_assign(contact.key(),
                            Held{card, seat, contact.posMm, false, 0, ++m_heldSerial,
                                 cluster != nullptr ? clusterBox(m_board, *cluster) : std::nullopt});
}

void TableWorkshop::observeContact(const input::Contact& contact) {
    const auto found = m_held.find(contact.key());
    if (found == m_held.end() || contact.phase == input::Phase::Down) {
        return;
    }
    Held& held = found->second;
    held.moved = held.moved || distance(contact.posMm, held.downMm) > dims::kDragSlopMm;
    const int bin = held.moved && contact.phase != input::Phase::Cancel ? binAt(contact.posMm) : 0;
    if (bin != held.binSeat) {
        held.binSeat = bin;
        touched();
    }
    if (contact.phase == input::Phase::Move) {
        return;
    }
    const Held done = held;
    m_held.erase(found);
    if (contact.phase == input::Phase::Up && done.moved &&
        !onCardDropped(done.card, done.seat, contact.posMm)) {
        m_drops.push_back(Drop{done.card, done.seat, done.outline});
    }
}

void TableWorkshop::update(std::int64_t nowMs) {
    if (m_keyboards.tick(nowMs) || m_notices.expire(nowMs)) {
        touched();
    }
    std::vector<WorkshopOutput> events;
    m_sketch.flush(nowMs, m_board, events);
    emitSketch(events);
}

std::optional<std::int64_t> TableWorkshop::nextDeadlineMs() const {
    const std::optional<std::int64_t> key = m_keyboards.nextDeadlineMs();
    const std::optional<std::int64_t> pen = m_sketch.nextDeadlineMs();
    std::optional<std::int64_t> next;
    for (const std::optional<std::int64_t>& deadline : {key, pen, m_notices.nextDeadlineMs()}) {
        if (deadline) {
            next = next ? std::min(*next, *deadline) : *deadline;
        }
    }
    return next;
}

void TableWorkshop::onGesture(const input::GestureNotification& notification) {
    switch (notification.kind) {
    case input::GestureKind::Tap:
        onTap(notification.item, notification.seat, notification.posMm);
        return;
    case input::GestureKind::DoubleTap:
        onDoubleTap(notification.item, notification.seat);
        return;
    case input::GestureKind::LongPress:
        onLongPress(notification.item, notification.seat);
        return;
    case input::GestureKind::LassoEnded:
        formCluster(notification.path, notification.seat);
        return;
    case input::GestureKind::LassoCancelled:
    case input::GestureKind::Claimed:
        return;
    }
}

void TableWorkshop::onTap(core::ItemId item, int seat, core::Vec2 posMm) {
    if (liveCard(item) != nullptr && m_decide.tapCard(item, seat)) { // a phase with `criteria`: rate it
        closeKeyboard(seat);
        touched();
        return;
    }
    const core::Card* card = liveCard(item);
    if (card == nullptr || m_options.categories.empty() || !allowed("cards") || !inCornerZone(*card, posMm)) {
        return;
    }
    const int count = static_cast<int>(m_options.categories.size());
    const int next = card->category >= 0 && card->category < count - 1 ? card->category + 1 : 0;
    emit(core::CardRecoloured{item, next, seat});
}

void TableWorkshop::onDoubleTap(core::ItemId item, int seat) {
    if (liveCard(item) == nullptr || !allowed("cards")) {
        return;
    }
    if (seat == 0) {
        focusForFacilitator(item);
    } else {
        openKeyboard(seat, item);
    }
}

void TableWorkshop::onLongPress(core::ItemId item, int seat) {
    const core::Card* original = liveCard(item);
    if (original == nullptr || !allowed("cards")) {
        return;
    }
    const Seat* own = m_seats.seat(seat);
    if (own == nullptr) {
        return;
    }
    emit(core::CardCreated{issueId(), duplicateSpot(*original, *own), original->size, original->text,
                           original->category, seat});
}

bool TableWorkshop::onCardDropped(core::ItemId card, int seat, core::Vec2 posMm) {
    const core::Card* dropped = liveCard(card);
    if (dropped == nullptr || !allowed("cards") || (binAt(posMm) == 0 && binAt(dropped->pose.centre) == 0)) {
        return false;
    }
    emit(core::CardDeleted{card, seat});
    return true;
}

core::ItemId TableWorkshop::newCard(int seat) {
    if (m_keyboards.seat(seat) == nullptr) {
        return core::kNoItem;
    }
    if (const core::ItemId blank = blankBeingWritten(seat); blank != core::kNoItem) {
        return blank; // the seat's blank card still waits to be written: no second one on top
    }
    const core::ItemId id = issueId();
    const core::Pose pose = freeSpotFor(seat);
    putPenDown(seat);
    const std::uint64_t session = m_keyboards.open(seat, id, "");
    emit(core::CardCreated{id, pose, dims::kCardSize, "", core::kNoCategory, seat}, Origin::Action,
         StepGroup{StepGroup::Kind::Typing, id, session});
    pushCardsOff({keyboardArea(seat)}, seat);
    return id;
}

bool TableWorkshop::openKeyboard(int seat, core::ItemId card) {
    const core::Card* target = liveCard(card);
    if (m_keyboards.seat(seat) == nullptr || target == nullptr) {
        return false;
    }
    putPenDown(seat);
    const core::ItemId before = writtenBy(seat);
    m_keyboards.open(seat, card, target->text);
    if (before != card) {
        leaveBlank(seat, before);
    }
    pushCardsOff({keyboardArea(seat)}, seat);
    touched();
    return true;
}

void TableWorkshop::putPenDown(int seat) {
    if (SeatDock* own = dock(seat); own != nullptr && own->tool() == SeatTool::Pen) {
        own->setTool(SeatTool::Move); // a keyboard opens where the pen's colours and widths lie
    }
}

bool TableWorkshop::openKeyboardOnCluster(int seat, core::ItemId cluster) {
    const core::Cluster* target = m_board.findCluster(cluster);
    if (m_keyboards.seat(seat) == nullptr || target == nullptr || target->dissolved || !allowed("cluster")) {
        return false;
    }
    putPenDown(seat);
    const core::ItemId before = writtenBy(seat);
    m_keyboards.open(seat, cluster, target->name, kClusterNameLimit);
    leaveBlank(seat, before);
    pushCardsOff({keyboardArea(seat)}, seat);
    touched();
    return true;
}

void TableWorkshop::closeKeyboard(int seat) {
    const core::ItemId writing = writtenBy(seat);
    if (m_keyboards.close(seat)) {
        leaveBlank(seat, writing);
        touched();
    }
}

bool TableWorkshop::focusForFacilitator(core::ItemId card) {
    const core::Card* target = liveCard(card);
    if (target == nullptr) {
        return false;
    }
    m_keyboards.focusFacilitator(card, target->text);
    touched();
    return true;
}

bool TableWorkshop::undo(int seat) {
    if (!allowed("")) {
        return false;
    }
    std::optional<core::Event> event = m_undo.undo(seat, m_outputs);
    if (event) {
        emit(std::move(*event), Origin::Undo);
    }
    return event.has_value();
}

bool TableWorkshop::redo(int seat) {
    if (!allowed("")) {
        return false;
    }
    std::optional<core::Event> event = m_undo.redo(seat, m_outputs);
    if (event) {
        emit(std::move(*event), Origin::Redo);
    }
    return event.has_value();
}

bool TableWorkshop::restoreCard(core::ItemId card, int seat) {
    const core::Card* found = m_board.findCard(card);
    if (found == nullptr || !found->deleted) {
        return false;
    }
    emit(core::CardRestored{card, seat});
    return true;
}

void TableWorkshop::typeText(std::string_view utf8) {
    const auto [editor, seat] = m_keyboards.physicalTarget();
    if (editor != nullptr && editor->insertText(utf8)) {
        emitEdit(seat, *editor);
    }
}

void TableWorkshop::typeBackspace() {
    const auto [editor, seat] = m_keyboards.physicalTarget();
    if (editor != nullptr && editor->backspace()) {
        emitEdit(seat, *editor);
    }
}

void TableWorkshop::typeEnter() {
    const auto [editor, seat] = m_keyboards.physicalTarget();
    const core::ItemId writing = editor != nullptr ? editor->card() : core::kNoItem;
    m_keyboards.leavePhysical();
    leaveBlank(seat, writing);
    touched();
}

void TableWorkshop::settle(const core::Event& event, const PreparedEvent& prepared, bool applied) {
    if (!applied) {
        if (const auto* created = std::get_if<core::CardCreated>(&event)) {
            m_keyboards.closeCard(created->id); // the card a new keyboard waits for will never come
            touched();
        }
        return;
    }
    if (m_undo.settle(prepared, applied)) {
        touched();
    }
    m_decide.settle(event);
    const bool quiet = std::holds_alternative<core::CardMoved>(event) ||
                       std::holds_alternative<core::PhotoMoved>(event) ||
                       std::holds_alternative<core::ItemRaised>(event) ||
                       std::holds_alternative<core::StrokeExtended>(event);
    if (!quiet) {
        touched(); // dots, phases, deleted cards: the docks and keyboards may look different
    }
    if (std::holds_alternative<core::PhaseStarted>(event) && showsRanking()) {
        std::vector<std::pair<int, core::ItemId>> writing;
        for (const SeatKeyboard& keyboard : m_keyboards.all()) {
            writing.emplace_back(keyboard.seat(), writtenBy(keyboard.seat()));
        }
        m_keyboards.closeSeats(); // a presenting phase shows the ranking where the keyboards lie
        for (const auto& [seat, card] : writing) {
            leaveBlank(seat, card); // a card closed empty is removed
        }
        pushCardsOff(rankingAreas(), 0); // every card of the board stays in sight of the ranking
    }
    if (std::holds_alternative<core::PhaseStarted>(event)) {
        m_suggestions.clear(); // proposals belong to the moment they were asked for
        m_nextPressed.clear(); // "Next" is pressed anew in each phase
    }
    if (std::holds_alternative<core::PhaseStarted>(event) && !allowed("sketch")) {
        for (SeatDock& own : m_docks) {
            own.setTool(SeatTool::Move); // pens and erasers are put down with the phase that had them
        }
    }
    if (const auto* deleted = std::get_if<core::CardDeleted>(&event)) {
        m_keyboards.closeCard(deleted->id);
    }
    if (const auto* renamed = std::get_if<core::ClusterRenamed>(&event)) {
        const bool typed =
            prepared.origin == Origin::Action && prepared.group.kind == StepGroup::Kind::Typing;
        m_keyboards.follow(core::CardEdited{renamed->id, renamed->name, renamed->seat},
                           typed ? prepared.group.serial : 0, renamed->name);
    }
    if (const auto* dissolved = std::get_if<core::ClusterDissolved>(&event)) {
        m_keyboards.closeCard(dissolved->id);
    }
    const auto* edited = std::get_if<core::CardEdited>(&event);
    const core::Card* card = edited != nullptr ? liveCard(edited->id) : nullptr;
    if (card != nullptr) {
        const bool typed =
            prepared.origin == Origin::Action && prepared.group.kind == StepGroup::Kind::Typing;
        m_keyboards.follow(*edited, typed ? prepared.group.serial : 0, card->text);
    }
}

DockLook TableWorkshop::look(int seat) const {
    DockLook look;
    const Seat* own = m_seats.seat(seat);
    look.colour = own != nullptr ? own->colour : 0;
    look.dotsShown = dotsShown(seat);
    look.dotsGiven = dotsGiven();
    look.canUndo = m_undo.canUndo(seat) && allowed("");
    look.canRedo = m_undo.canRedo(seat) && allowed("");
    look.cardsAllowed = allowed("cards");
    look.sketchAllowed = allowed("sketch");
    look.nextPressed = m_nextPressed.contains(seat);
    look.binHot = std::any_of(m_held.begin(), m_held.end(),
                              [&](const auto& entry) { return entry.second.binSeat == seat; });
    return look;
}

const std::vector<Widget>& TableWorkshop::widgets() const {
    if (m_widgetsVersion == m_version) {
        return m_widgets;
    }
    m_widgets.clear();
    for (const SeatDock& own : m_docks) {
        own.appendWidgets(m_widgets, look(own.seat()));
    }
    for (const SeatKeyboard& keyboard : m_keyboards.all()) {
        const Seat* own = m_seats.seat(keyboard.seat());
        const std::size_t panel = m_widgets.size();
        keyboard.appendWidgets(m_widgets, own != nullptr ? own->colour : 0);
        if (panel < m_widgets.size() && keyboard.editor() != nullptr) {
            // Left open across a phase change: the seat finishes what it was writing, and is told so.
            const bool onCluster = m_board.findCluster(keyboard.editor()->card()) != nullptr;
            m_widgets[panel].finishing = !allowed(onCluster ? "cluster" : "cards");
        }
    }
    m_suggestions.appendWidgets(m_widgets);
    m_decide.appendWidgets(m_widgets);
    m_notices.appendWidgets(m_widgets, m_layout);
    if (showsRanking() &&
        !m_decide.replacesRanking()) { // the result, facing every seat, where its keyboard lies
        const std::vector<std::string> lines =
            rankingLines(m_board, kRankingLines, kRankingCharacters, m_language);
        const int moreTied = rankingTiedBeyond(m_board, kRankingLines);
        for (const Seat& seat : m_seats.seats()) {
            Widget ranking;
            ranking.kind = WidgetKind::Ranking;
            ranking.seat = seat.number;
            ranking.pose = m_layout.keyboardPose(seat.number);
            ranking.size = dims::kRankingSize;
            ranking.colour = seat.colour;
            ranking.lines = lines;
            ranking.moreTied = moreTied;
            m_widgets.push_back(std::move(ranking));
        }
    }
    if (m_board.paused) { // in front of every seat, where its keyboard would be
        for (const Seat& seat : m_seats.seats()) {
            Widget paused;
            paused.kind = WidgetKind::Paused;
            paused.seat = seat.number;
            paused.pose = m_layout.keyboardPose(seat.number);
            paused.size = kPausedSize;
            paused.colour = seat.colour;
            m_widgets.push_back(std::move(paused));
        }
    }
    m_widgetsVersion = m_version;
    return m_widgets;
}

void TableWorkshop::addTargets(input::TargetRegistry& targets) const {
    for (const SeatDock& own : m_docks) {
        own.addTargets(targets, dotsShown(own.seat()), dotsGiven());
    }
    for (const SeatKeyboard& keyboard : m_keyboards.all()) {
        keyboard.addTargets(targets);
    }
    for (const auto& [id, cluster] : m_board.clusters) {
        if (const std::optional<LabelPlace> label = clusterLabelPlace(m_board, cluster)) {
            std::string name = "cluster."; // appended: GCC 12 -O3 warns falsely on chains of operator+
            name += std::to_string(id);
            name += ".label";
            targets.addRotated(std::move(name), label->pose, label->size);
        }
    }
    m_suggestions.addTargets(targets);
    m_decide.addTargets(targets);
    for (const auto& [id, vote] : m_board.votes) {
        if (const std::optional<core::VoteDotPlace> place = core::votePlace(m_board, vote)) {
            std::string name = "vote.";
            name += std::to_string(id);
            targets.addRotated(std::move(name), core::Pose{place->centre, place->rotation, 1},
                               core::Size{kPlacedDotTargetMm, kPlacedDotTargetMm});
        }
    }
}

} // namespace atelier::workshop

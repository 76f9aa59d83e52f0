// The live workshop at the table: seats' docks and keyboards, new cards, bins, categories, per-seat undo.
#pragma once

#include "core/Apply.hpp"
#include "core/Board.hpp"
#include "input/ContactClaimer.hpp"
#include "input/GestureOutput.hpp"
#include "input/TargetRegistry.hpp"
#include "workshop/BoardRules.hpp"
#include "workshop/CardEditor.hpp"
#include "workshop/ClusterSuggestions.hpp"
#include "workshop/Clustering.hpp"
#include "workshop/DecideTable.hpp"
#include "workshop/DockLayout.hpp"
#include "workshop/FreeSpot.hpp"
#include "workshop/SeatDock.hpp"
#include "workshop/SeatKeyboard.hpp"
#include "workshop/SeatLayout.hpp"
#include "workshop/SketchTool.hpp"
#include "workshop/TableKeyboards.hpp"
#include "workshop/ToolNotices.hpp"
#include "workshop/UndoRecorder.hpp"
#include "workshop/Widget.hpp"
#include "workshop/WorkshopOptions.hpp"
#include "workshop/WorkshopOutput.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

namespace atelier::workshop {

/// The workshop layer of the live session (seats, not logins: docs/workshop.md). As the gesture engine's
/// ContactClaimer it answers every contact's seat and takes the contacts that land on a dock button or an
/// open keyboard; it turns presses, gestures and keys into core::Events carrying the acting seat, which the
/// lead drains with takeOutputs() and applies with submit(). It never changes the board itself.
///
/// Each frame: gestures.handle(contact) [→ onContactDown / onClaimedContact], then observeContact(contact);
/// update(now); forward the engine's notifications to onGesture(); submit() every engine output and every
/// takeOutputs() event, in order; when version() changed, redraw widgets() and re-add targets.
class TableWorkshop : public input::ContactClaimer {
public:
    /// The workshop over `board` and `seats` (both must outlive it; the board is read, never written).
    TableWorkshop(const core::Board& board, const SeatLayout& seats, WorkshopOptions options = {});
    /// Docks keep pointers into the layout held here.
    TableWorkshop(const TableWorkshop&) = delete;
    /// See above.
    TableWorkshop& operator=(const TableWorkshop&) = delete;

    /// ContactClaimer: claims a contact landing on an open keyboard or a dock element; answers its seat zone.
    input::ClaimDecision onContactDown(const input::Contact& contact) override;
    /// ContactClaimer: presses, slides and releases of the claimed contacts (keys and buttons act here).
    void onClaimedContact(const input::Contact& contact) override;
    /// ContactClaimer: a thrown card stops at the edge of every dock button, vote dot and open keyboard.
    std::vector<input::Bounds> glideStops() const override;
    /// Every contact, after the engine handled it: how the workshop sees a card dragged onto a bin (and
    /// lights the bin while it hovers). Claimed contacts are ignored here.
    void observeContact(const input::Contact& contact);
    /// Advances held letters to `nowMs` (their accent choices open after the long-press time).
    void update(std::int64_t nowMs);
    /// When update() must run again without input (a letter held), if ever.
    std::optional<std::int64_t> nextDeadlineMs() const;

    /// Dispatches a gesture notification to onTap, onDoubleTap or onLongPress.
    void onGesture(const input::GestureNotification& notification);
    /// A tap on a card's top-right corner zone (15 mm) cycles its category.
    void onTap(core::ItemId item, int seat, core::Vec2 posMm);
    /// A double tap on a card opens the seat's keyboard on it (seat 0: the facilitator's physical keyboard).
    void onDoubleTap(core::ItemId item, int seat);
    /// A long press on a card duplicates it in front of the seat.
    void onLongPress(core::ItemId item, int seat);
    /// A card let go by `seat` at `posMm`: deleted when the point or the card's centre lies on a dock's bin.
    /// True when it was. Otherwise, in a phase with `cluster`, it joins the cluster whose outline its centre
    /// lies in, or leaves its own when it lies outside (decided at the next takeOutputs(), once the card's
    /// final pose is applied).
    bool onCardDropped(core::ItemId card, int seat, core::Vec2 posMm);
    /// A lasso traced by `seat` closed around cards: they form a new cluster (cluster.formed, free cards
    /// only, two at least) in a phase with `cluster`. Its id, or kNoItem.
    core::ItemId formCluster(const std::vector<core::Vec2>& path, int seat);
    /// "Suggest clusters" (the facilitator's button): shows the groups of free cards whose centres lie within
    /// `distanceMm` of each other (single linkage), each with ✔ and ✖ buttons
    /// (suggestion.<k>.accept|dismiss); accepting one forms the cluster as the seat that tapped. In a phase
    /// with `cluster`; how many.
    std::size_t suggestClusters(double distanceMm);
    /// The seats that pressed "Next" in their dock since the phase started (a workshop that moves on by
    /// itself ends the phase when every active seat has).
    const std::set<int>& nextPressed() const { return m_nextPressed; }
    /// The proposals shown now.
    const std::vector<Suggestion>& suggestions() const { return m_suggestions.all(); }

    /// Drops a blank card in front of the seat, facing it, and opens the seat's keyboard on it; its id.
    core::ItemId newCard(int seat);
    /// Opens the seat's keyboard on a card (taking it from any other keyboard); false if it cannot be.
    bool openKeyboard(int seat, core::ItemId card);
    /// Opens the seat's keyboard on a cluster's name (a tap on its label); false if it cannot be.
    bool openKeyboardOnCluster(int seat, core::ItemId cluster);
    /// Closes the seat's keyboard (the card stays as written).
    void closeKeyboard(int seat);
    /// Takes back the seat's last own action that still applies; false when there is none.
    bool undo(int seat);
    /// Puts back the seat's last undone action; false when there is none.
    bool redo(int seat);
    /// Brings a deleted card back (the facilitator's restore; `seat` 0).
    bool restoreCard(core::ItemId card, int seat = 0);
    /// Points the facilitator's physical keyboard at a card (seat 0 writes it).
    bool focusForFacilitator(core::ItemId card);

    /// Physical keyboard: UTF-8 text (SDL_TEXTINPUT) into the facilitator's card, else the last keyboard
    /// opened.
    void typeText(std::string_view utf8);
    /// Physical keyboard: backspace, likewise.
    void typeBackspace();
    /// Physical keyboard: enter leaves the card, likewise.
    void typeEnter();

    /// The events produced since the last call, in order; the caller submits each.
    std::vector<WorkshopOutput> takeOutputs();
    /// True when events wait in takeOutputs().
    bool hasOutputs() const { return !m_outputs.empty() || !m_drops.empty(); }

    /// Applies one live event with `apply(event, persist)` → core::ApplyResult (the session's submit, which
    /// applies and logs; tests pass core::apply) and keeps the seat's undo history and open keyboards in
    /// step. Every live event goes through here: the gesture engine's and the workshop's.
    template <class ApplyFn>
    core::ApplyResult submit(const WorkshopOutput& output, ApplyFn&& apply) {
        return submitEvent(output.event, output.origin, output.group, output.persist, apply);
    }
    /// The same for one of the gesture engine's outputs (an action of its seat).
    template <class ApplyFn>
    core::ApplyResult submit(const input::GestureOutput& output, ApplyFn&& apply) {
        return submitEvent(output.event, Origin::Action, {}, output.persist, apply);
    }
    /// First half of submit() for callers that cannot pass a function: call just before applying.
    PreparedEvent prepare(const core::Event& event, Origin origin = Origin::Action,
                          StepGroup group = {}) const {
        return m_undo.prepare(event, origin, group);
    }
    /// Second half of submit(): call just after applying, with whether it applied.
    void settle(const core::Event& event, const PreparedEvent& prepared, bool applied);

    /// Changes whenever widgets() or the targets would differ: redraw and re-add targets then.
    std::uint64_t version() const { return m_version; }
    /// The table's language (the panel's), for the words the widgets write themselves.
    void setLanguage(core::Language language) {
        if (std::exchange(m_language, language) != language) {
            m_decide.setLanguage(language);
            touched();
        }
    }
    /// Everything to draw for docks and keyboards, rebuilt only when version() changed.
    const std::vector<Widget>& widgets() const;
    /// Adds every dock button, vote dot and open keyboard's key as a named target.
    void addTargets(input::TargetRegistry& targets) const;

    /// The seat's keyboard, or nullptr for a seat that does not exist.
    const SeatKeyboard* keyboard(int seat) const;
    /// The seat's tool (pen and eraser in its dock), for the pen tool of the gesture layer.
    SeatTool toolOf(int seat) const;
    /// The colour and width the seat's pen draws with.
    PenStyle penStyleOf(int seat) const;
    /// True when the seat's undo has something to take back.
    bool canUndo(int seat) const { return m_undo.canUndo(seat); }
    /// True when the seat's redo has something to put back.
    bool canRedo(int seat) const { return m_undo.canRedo(seat); }
    /// Where docks, keyboards and new cards lie.
    const DockLayout& layout() const { return m_layout; }
    /// Coins, cost pads and rating controls (a phase with `budget` or `criteria`).
    const DecideTable& decide() const { return m_decide; }
    /// Opens the seat's cost pad on a card or cluster (as a tap on its cost tag does); false if it may not.
    bool openCostPad(int seat, core::ItemId item);
    /// Opens the seat's rating control on a card or cluster (as a tap on its chart does); false if it may
    /// not.
    bool openRating(int seat, core::ItemId item);

    /// The card the facilitator's physical keyboard writes, or nullptr.
    const CardEditor* facilitatorEditor() const { return m_keyboards.facilitator(); }

private:
    /// submit() for both kinds of output: the board's rules first (BoardRules: refused, bounded), and before
    /// a phase starts, the poses shown but not logged yet are logged.
    template <class ApplyFn>
    core::ApplyResult submitEvent(const core::Event& original, Origin origin, StepGroup group, bool persist,
                                  ApplyFn& apply) {
        const std::optional<core::Event> event = m_rules.admit(original);
        if (!event) {
            return core::ApplyResult{false, "the table's rules leave the board as it is"};
        }
        if (std::holds_alternative<core::PhaseStarted>(*event)) {
            for (const core::Event& motion : m_rules.unloggedMotion()) {
                const PreparedEvent prepared = prepare(motion, Origin::Action, {});
                const bool applied = apply(motion, true).applied;
                m_rules.noteApplied(motion, true);
                settle(motion, prepared, applied);
            }
        }
        const PreparedEvent prepared = prepare(*event, origin, group);
        core::ApplyResult result = apply(*event, persist);
        if (result.applied) {
            m_rules.noteApplied(*event, persist);
        }
        settle(*event, prepared, result.applied);
        return result;
    }

    enum class ClaimKind { Dock, Keyboard, Sketch, Palm, Label, PlacedDot, Suggestion, Decide };
    struct Claim {
        ClaimKind kind = ClaimKind::Dock;
        int seat = 0;
        core::ItemId item = core::kNoItem; ///< Label: the cluster; PlacedDot: the vote
        core::Vec2 lastMm;                 ///< Label: where the finger was
        std::int64_t persistedMs = 0;      ///< Label: when the cards' poses were last logged
        core::Vec2 downMm;                 ///< Label: where the finger went down (a tap opens the keyboard)
        std::int64_t downMs = 0;           ///< Label: when
    };
    struct Drop {
        core::ItemId card = core::kNoItem;
        int seat = 0;
        std::optional<TableBox> outline; ///< its cluster's outline when it was grabbed, if it was in one
        bool bounced = false;            ///< already moved off a dock or keyboard it was let go on
    };
    struct Held {
        core::ItemId card = core::kNoItem;
        int seat = 0;
        core::Vec2 downMm;
        bool moved = false;
        int binSeat = 0; ///< whose bin it hovers over now, 0 none
        std::uint64_t serial = 0;
        std::optional<TableBox> outline; ///< its cluster's outline at the down, if it was in one
    };

    SeatDock* dock(int seat);
    const core::Card* liveCard(core::ItemId id) const;
    bool allowed(std::string_view tool) const;
    bool voting() const;
    bool showsRanking() const;
    int dotsShown(int seat) const;
    int dotsGiven() const;
    DockLook look(int seat) const;
    int binAt(core::Vec2 posMm) const;
    core::ItemId issueId();
    core::Pose freeSpotFor(int seat) const;
    bool locked() const;
    std::vector<Area> panelAreas(int openingSeat) const;
    std::vector<Area> takenAreas(core::ItemId except, int openingSeat) const;
    core::Pose duplicateSpot(const core::Card& original, const Seat& seat) const;
    std::optional<core::Pose> bounceSpot(const core::Card& card) const;
    Area keyboardArea(int seat) const;
    std::vector<Area> rankingAreas() const;
    void pushCardsOff(const std::vector<Area>& covers, int seat);
    core::ItemId blankBeingWritten(int seat) const;
    core::ItemId writtenBy(int seat) const;
    void leaveBlank(int seat, core::ItemId card);
    void act(int seat, const DockRelease& release, std::int64_t nowMs);
    void explainDimmed(int seat, DockButton button, const std::string& tool, std::int64_t nowMs);
    void castVote(int seat, core::Vec2 posMm);
    std::optional<input::ClaimDecision> claimOnBoard(const input::Contact& contact, int zone);
    void dragLabel(Claim& claim, const input::Contact& contact);
    void dropPlacedDot(const Claim& claim, const input::Contact& contact);
    void settleDrops();
    void emitSketch(std::vector<WorkshopOutput>& events);
    void emitDecided();
    void putPenDown(int seat);
    core::ItemId formClusterOf(const std::vector<core::ItemId>& candidates, int seat);
    void emit(core::Event event, Origin origin = Origin::Action, StepGroup group = {});
    void emitEdit(int seat, const CardEditor& editor);
    void rememberHeld(const input::Contact& contact, core::ItemId card, int seat);
    void touched() { ++m_version; }

    const core::Board& m_board;
    const SeatLayout& m_seats;
    WorkshopOptions m_options;
    DockLayout m_layout;
    std::set<int> m_nextPressed;
    std::vector<SeatDock> m_docks; ///< by seat number - 1
    TableKeyboards m_keyboards;
    UndoRecorder m_undo;
    BoardRules m_rules;
    std::map<input::ContactKey, Claim> m_claims;
    std::map<input::ContactKey, Held> m_held;
    std::vector<Drop> m_drops; ///< cards let go, for joining or leaving clusters
    SketchTool m_sketch;
    ClusterSuggestions m_suggestions;
    DecideTable m_decide;
    ToolNotices m_notices;
    std::vector<WorkshopOutput> m_outputs;
    core::ItemId m_lastIssued = core::kNoItem;
    std::uint64_t m_heldSerial = 0;
    std::uint64_t m_version = 1;
    core::Language m_language = core::Language::French; ///< the ranking's and the decision's own words
    mutable std::vector<Widget> m_widgets;
    mutable std::uint64_t m_widgetsVersion = 0;
};

} // namespace atelier::workshop

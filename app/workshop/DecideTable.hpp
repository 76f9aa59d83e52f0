// Deciding at the table: each seat's coins, its cost pad and its rating control, and the events they give.
#pragma once

#include "core/Board.hpp"
#include "core/Catalogue.hpp"
#include "core/Event.hpp"
#include "input/Contact.hpp"
#include "input/TargetRegistry.hpp"
#include "workshop/DockLayout.hpp"
#include "workshop/NumberPad.hpp"
#include "workshop/RatingPanel.hpp"
#include "workshop/Widget.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace atelier::workshop {

/// Most coins a dock lays out (the dots' row: dims::kMaxDotsShown); a seat given more sees them as it uses
/// the first ones.
int coinsShownAtMost();

/// The part of the table's workshop that weighs proposals (docs/workshop.md, "Deciding"). In a phase with
/// `budget`, each seat's coins lie in its dock's dots row: a coin dragged onto a costed proposal is placed
/// there (coin.placed), a placed coin dragged back to its dock is withdrawn (coin.withdrawn); a tap on a
/// proposal's cost tag opens the seat's numeric pad on it when the set-up lets seats set costs (cost.set on
/// ✔). In a phase with `criteria`, a tap on a proposal's chart or a cluster's label (in the seat's zone), or
/// on the ★ in the seat's dock, opens the seat's rating control (rating.given per step; ◀ ▶ go through the
/// proposals). Facing every seat, how much of the envelope is placed and what is
/// funded. TableWorkshop owns it, hands it the contacts it does not take first, and logs what it emits.
class DecideTable {
public:
    /// Over `board` (read only), the seats of `layout`; `issueId` gives the id of each new coin.
    DecideTable(const core::Board& board, const DockLayout& layout, std::function<core::ItemId()> issueId);

    /// A contact going down in `zone` (its seat): true when it belongs here (a pad, a rating control, a coin
    /// in a dock or on a proposal, a cost tag, a chart).
    bool claim(const input::Contact& contact, int zone);
    /// A later sample of a claimed contact.
    void follow(const input::Contact& contact);
    /// A tap on a card (the gesture engine's): in a phase with `criteria`, opens the seat's rating control on
    /// the proposal it belongs to. True when it did.
    bool tapCard(core::ItemId card, int seat);
    /// Opens the seat's pad on a proposal (as a tap on its cost tag does); false when it may not.
    bool openPad(int seat, core::ItemId item);
    /// Opens the seat's rating control on a proposal; false when it may not.
    bool openRating(int seat, core::ItemId item);
    /// After each applied event: a phase change closes pads and rating controls, a proposal gone closes them.
    void settle(const core::Event& event);

    /// True while the seat's pad or rating control is open (its dock hides its keyboard's row then).
    bool panelOpen(int seat) const;
    /// The events produced since the last call, in order.
    std::vector<core::Event> takeEvents() { return std::exchange(m_events, {}); }
    /// Changes whenever widgets() would differ.
    std::uint64_t version() const { return m_version; }
    /// The table's language, for the words the decision writes itself (an unnamed group's "[Groupe 2]").
    void setLanguage(core::Language language) {
        if (std::exchange(m_language, language) != language) {
            ++m_version;
        }
    }

    /// True in a presenting phase (`locked`) of a session that decided but cast no dot: the decision stands
    /// where the vote ranking would (else it stands just inward of it).
    bool replacesRanking() const;
    /// Appends coins, pads, rating controls and the envelope's status facing each seat, and in a presenting
    /// phase the decision (the funded set within the envelope, the criteria ranking).
    void appendWidgets(std::vector<Widget>& out) const;
    /// Adds seat.<n>.dock.rate (the ★ while the control is closed, a phase with `criteria`),
    /// seat.<n>.dock.coin.<k>, coin.<id>, cost.<id> (cost tags), chart.<id>, the pads' keys and the rating
    /// steps (docs/targets.md).
    void addTargets(input::TargetRegistry& targets) const;
    /// Where each seat's envelope status lies: the dock's row, to the person's left of its buttons.
    core::Pose envelopePose(int seat) const;
    /// See above.
    static core::Size envelopeSize();

private:
    enum class Kind { Pad, Rating, DockCoin, PlacedCoin, CostTag, Chart, RateButton };
    struct Claim {
        Kind kind = Kind::Pad;
        int seat = 0;
        core::ItemId item = core::kNoItem;
        int coin = 0; ///< DockCoin: which one (1-based)
        core::Vec2 downMm;
        core::Vec2 lastMm;
    };

    bool budget() const;
    bool criteria() const;
    int coinsGiven() const;
    int coinsShown(int seat) const;
    NumberPad* pad(int seat);
    RatingPanel* rating(int seat);
    std::optional<Claim> claimOf(const input::Contact& contact, int zone);
    void place(const Claim& claim, core::Vec2 posMm);
    void takeBack(const Claim& claim, core::Vec2 posMm);
    void followPad(const Claim& claim, const input::Contact& contact);
    void followRating(const Claim& claim, const input::Contact& contact);
    std::vector<int> ratingsBy(int seat, core::ItemId item) const;
    void appendCoins(std::vector<Widget>& out, int seat, std::uint32_t colour) const;
    void appendEnvelope(std::vector<Widget>& out, int seat, std::uint32_t colour) const;
    void appendDecision(std::vector<Widget>& out, const Seat& seat) const;
    bool presenting() const;
    void emit(core::Event event);

    const core::Board& m_board;
    const DockLayout& m_layout;
    std::function<core::ItemId()> m_issueId;
    std::vector<NumberPad> m_pads;      ///< by seat number - 1
    std::vector<RatingPanel> m_ratings; ///< by seat number - 1
    std::map<input::ContactKey, Claim> m_claims;
    std::vector<core::Event> m_events;
    std::uint64_t m_version = 1;
    core::Language m_language = core::Language::French;
};

/// A proposal's name as the table shows it: a cluster's name in brackets ("[Groupe 2]" while unnamed, as its
/// label on the table reads), a card's text ("…" blank), cut to `maxCharacters` with "…".
std::string proposalTitle(const core::Board& board, core::ItemId item, std::size_t maxCharacters,
                          core::Language language);

} // namespace atelier::workshop

// The workshop's tools on the board itself: pens and erasers on photos, clusters (lasso, drops, labels,
// suggestions) and dots cast and taken back. Part of TableWorkshop, split from TableWorkshop.cpp for size.
#include "workshop/TableWorkshop.hpp"

#include "input/HitTest.hpp"
#include "workshop/Clustering.hpp"
#include "workshop/Dimensions.hpp"
#include "workshop/SeatFrame.hpp"
#include "workshop/VotePlaces.hpp"

#include <algorithm>
#include <utility>

namespace atelier::workshop {
namespace {

/// Cards moved by a cluster's label are logged at most this often while it is dragged (like the engine's).
constexpr std::int64_t kPersistEveryMs = 50;
/// A dot taken from a card goes back to its seat when let go this close to the seat's dock.
constexpr double kDockReachMm = 12;

} // namespace

void TableWorkshop::castVote(int seat, core::Vec2 posMm) {
    if (!voting() || m_board.dotsLeft(seat) <= 0 || binAt(posMm) != 0) {
        return;
    }
    const input::ItemRef item = input::hitTest(m_board, posMm, dims::kMinTargetMm);
    if (item.kind == input::ItemKind::Card) {
        emit(core::VoteCast{issueId(), item.id, seat});
        return;
    }
    // Off the cards: the cluster whose label or outline the dot lies on.
    core::ItemId cluster = clusterLabelAt(m_board, posMm);
    if (cluster == core::kNoItem) {
        cluster = clusterAt(m_board, posMm);
    }
    if (cluster != core::kNoItem) {
        emit(core::VoteCast{issueId(), cluster, seat});
    }
}

std::optional<input::ClaimDecision> TableWorkshop::claimOnBoard(const input::Contact& contact, int zone) {
    if (voting()) {
        // Anyone may pick a dot up (people reach across the table); it goes home only to its own seat's dock.
        if (const core::ItemId vote = seatDotAt(m_board, 0, contact.posMm); vote != core::kNoItem) {
            const int owner = m_board.findVote(vote)->seat;
            m_claims.insert_or_assign(contact.key(),
                                      Claim{ClaimKind::PlacedDot, owner, vote, contact.posMm, 0, {}, 0});
            return input::ClaimDecision{true, zone};
        }
    }
    if (allowed("cluster")) {
        if (const core::ItemId cluster = clusterLabelAt(m_board, contact.posMm); cluster != core::kNoItem) {
            for (const core::ItemId card : m_board.findCluster(cluster)->cards) {
                m_undo.noteTouched(card); // each card's motion is one step of the seat's undo
            }
            m_claims.insert_or_assign(contact.key(), Claim{ClaimKind::Label, zone, cluster, contact.posMm,
                                                           contact.tMs, contact.posMm, contact.tMs});
            return input::ClaimDecision{true, zone};
        }
    }
    const SeatTool tool = toolOf(zone);
    if (tool == SeatTool::Move || !allowed("sketch")) {
        return std::nullopt;
    }
    const input::ItemRef item = input::hitTest(m_board, contact.posMm, dims::kMinTargetMm);
    if (tool == SeatTool::Pen) {
        const core::Photo* photo = item.kind == input::ItemKind::Photo ? m_board.findPhoto(item.id) : nullptr;
        if (photo == nullptr || photo->deleted) {
            return std::nullopt; // cards still move under a pen; the empty board still takes lassos
        }
        if (!m_sketch.drawsWith(contact)) {
            m_claims.insert_or_assign(contact.key(),
                                      Claim{ClaimKind::Palm, zone, core::kNoItem, {}, 0, {}, 0});
            return input::ClaimDecision{true, zone};
        }
        std::vector<WorkshopOutput> events;
        m_undo.noteTouched(photo->id); // a grip of two pen fingers moves it: one undo step from here
        m_sketch.penDown(contact, zone, *photo, issueId(), penStyleOf(zone), events);
        emitSketch(events);
    } else {
        if (item.kind == input::ItemKind::Card) {
            return std::nullopt;
        }
        std::vector<WorkshopOutput> events;
        m_sketch.eraserDown(contact, zone, m_board, events);
        emitSketch(events);
    }
    m_claims.insert_or_assign(contact.key(), Claim{ClaimKind::Sketch, zone, core::kNoItem, {}, 0, {}, 0});
    return input::ClaimDecision{true, zone};
}

void TableWorkshop::emitDecided() {
    for (core::Event& event : m_decide.takeEvents()) {
        emit(std::move(event));
    }
}

bool TableWorkshop::openCostPad(int seat, core::ItemId item) {
    closeKeyboard(seat); // the pad opens where the keyboard lies
    const bool opened = m_decide.openPad(seat, item);
    touched();
    return opened;
}

bool TableWorkshop::openRating(int seat, core::ItemId item) {
    closeKeyboard(seat); // the rating control opens where the keyboard lies
    const bool opened = m_decide.openRating(seat, item);
    touched();
    return opened;
}

void TableWorkshop::emitSketch(std::vector<WorkshopOutput>& events) {
    for (WorkshopOutput& event : events) {
        m_outputs.push_back(std::move(event));
    }
}

void TableWorkshop::dragLabel(Claim& claim, const input::Contact& contact) {
    const core::Cluster* cluster = m_board.findCluster(claim.item);
    if (cluster == nullptr || cluster->dissolved) {
        return;
    }
    const core::Vec2 delta{contact.posMm.x - claim.lastMm.x, contact.posMm.y - claim.lastMm.y};
    claim.lastMm = contact.posMm;
    const bool lifted = contact.phase == input::Phase::Up || contact.phase == input::Phase::Cancel;
    const bool persist = lifted || contact.tMs - claim.persistedMs >= kPersistEveryMs;
    if (persist) {
        claim.persistedMs = contact.tMs;
    }
    if (delta.x == 0 && delta.y == 0 && !lifted) {
        return;
    }
    const core::Vec2 surface = m_seats.surfaceMm();
    for (const core::ItemId id : cluster->cards) {
        const core::Card* card = liveCard(id);
        if (card == nullptr) {
            continue;
        }
        core::Pose pose = card->pose;
        pose.centre = core::Vec2{std::clamp(pose.centre.x + delta.x, 0.0, surface.x),
                                 std::clamp(pose.centre.y + delta.y, 0.0, surface.y)};
        m_outputs.push_back(
            WorkshopOutput{core::CardMoved{id, pose, claim.seat}, Origin::Action, persist, {}});
    }
}

void TableWorkshop::dropPlacedDot(const Claim& claim, const input::Contact& contact) {
    const SeatDock* own = dock(claim.seat);
    if (own == nullptr || !voting()) {
        return;
    }
    bool home = false;
    for (int k = 1; k <= dotsGiven() && !home; ++k) {
        const DockPlace place = m_layout.dot(claim.seat, k, dotsGiven());
        home = rectContains(place.pose, place.size, contact.posMm, kDockReachMm);
    }
    for (const DockPlace& place : m_layout.buttons(claim.seat)) {
        home = home || rectContains(place.pose, place.size, contact.posMm, kDockReachMm);
    }
    if (home) {
        emit(core::VoteWithdrawn{claim.item, claim.seat});
    }
}

core::ItemId TableWorkshop::formCluster(const std::vector<core::Vec2>& path, int seat) {
    if (!allowed("cluster") || seat == 0) {
        return core::kNoItem;
    }
    return formClusterOf(cardsInLasso(m_board, path), seat);
}

core::ItemId TableWorkshop::formClusterOf(const std::vector<core::ItemId>& candidates, int seat) {
    std::vector<core::ItemId> cards;
    for (const core::ItemId card : candidates) {
        if (liveCard(card) != nullptr && m_board.clusterOf(card) == core::kNoItem) {
            cards.push_back(card); // free cards only: a card is in one cluster at most
        }
    }
    if (cards.size() < 2) {
        return core::kNoItem;
    }
    const core::ItemId id = issueId();
    emit(core::ClusterFormed{id, "", std::move(cards), seat});
    return id;
}

std::size_t TableWorkshop::suggestClusters(double distanceMm) {
    if (!allowed("cluster")) {
        return 0;
    }
    touched();
    return m_suggestions.propose(m_board, distanceMm, m_seats.surfaceMm());
}

void TableWorkshop::settleDrops() {
    std::vector<Drop> bounced;
    for (const Drop& drop : std::exchange(m_drops, {})) {
        const core::Card* card = liveCard(drop.card);
        if (card == nullptr || locked()) {
            continue; // in a locked phase nothing moved
        }
        if (!drop.bounced) {
            if (const std::optional<core::Pose> away = bounceSpot(*card)) {
                emit(core::CardMoved{drop.card, *away, drop.seat}); // never hidden under a dock or a keyboard
                Drop next = drop;
                next.bounced = true;
                bounced.push_back(next); // its cluster is decided where it lands
                continue;
            }
        }
        // Clusters keep what their outline holds in every phase where cards move.
        const core::ItemId own = m_board.clusterOf(drop.card);
        if (own != core::kNoItem && drop.outline &&
            drop.outline->contains(card->pose.centre, kClusterMarginMm)) {
            continue; // moved within the outline it was grabbed in: still a member
        }
        const core::ItemId target = clusterTouching(m_board, drop.card);
        if (target == own) {
            continue;
        }
        if (own != core::kNoItem) {
            emit(core::ClusterLeft{own, drop.card, drop.seat});
        }
        if (target != core::kNoItem) {
            emit(core::ClusterJoined{target, drop.card, drop.seat});
        }
    }
    m_drops = std::move(bounced);
}

} // namespace atelier::workshop

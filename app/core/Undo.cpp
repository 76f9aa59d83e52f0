// inverseOf(): one rule per event type.
#include "core/Undo.hpp"

namespace atelier::core {
namespace {

using MaybeEvent = std::optional<Event>;

struct Inverter {
    const Board& before;

    MaybeEvent operator()(const SessionConfigured& e) const {
        if (!before.configured()) {
            return std::nullopt;
        }
        return SessionConfigured{before.seatCount, before.votesPerSeat, before.title, e.seat};
    }

    MaybeEvent operator()(const PhaseStarted& e) const {
        if (before.phase.index < 0) {
            return std::nullopt;
        }
        const Phase& old = before.phase;
        return PhaseStarted{old.index, old.name, old.tools, old.durationS, e.seat};
    }

    MaybeEvent operator()(const SessionPaused& e) const { return SessionResumed{e.seat}; }

    MaybeEvent operator()(const SessionResumed& e) const { return SessionPaused{e.seat}; }

    MaybeEvent operator()(const CardCreated& e) const { return CardDeleted{e.id, e.seat}; }

    MaybeEvent operator()(const CardMoved& e) const {
        const Card* card = before.findCard(e.id);
        return card ? MaybeEvent(CardMoved{e.id, card->pose, e.seat}) : std::nullopt;
    }

    MaybeEvent operator()(const CardEdited& e) const {
        const Card* card = before.findCard(e.id);
        return card ? MaybeEvent(CardEdited{e.id, card->text, e.seat}) : std::nullopt;
    }

    MaybeEvent operator()(const CardRecoloured& e) const {
        const Card* card = before.findCard(e.id);
        return card ? MaybeEvent(CardRecoloured{e.id, card->category, e.seat}) : std::nullopt;
    }

    MaybeEvent operator()(const CardDeleted& e) const {
        return before.findCard(e.id) ? MaybeEvent(CardRestored{e.id, e.seat}) : std::nullopt;
    }

    MaybeEvent operator()(const CardRestored& e) const {
        const Card* card = before.findCard(e.id);
        if (card == nullptr) {
            return std::nullopt;
        }
        // A card the facilitator had hidden goes back to hidden (only the facilitator hides), else deleted.
        return card->hidden && e.seat == 0 ? MaybeEvent(CardHidden{e.id, 0})
                                           : MaybeEvent(CardDeleted{e.id, e.seat});
    }

    MaybeEvent operator()(const CardHidden& e) const {
        return before.findCard(e.id) ? MaybeEvent(CardRestored{e.id, e.seat}) : std::nullopt;
    }

    MaybeEvent operator()(const ItemRaised& /*e*/) const { return std::nullopt; }

    MaybeEvent operator()(const PhotoPlaced& e) const { return PhotoRemoved{e.id, e.seat}; }

    MaybeEvent operator()(const PhotoMoved& e) const {
        const Photo* photo = before.findPhoto(e.id);
        return photo ? MaybeEvent(PhotoMoved{e.id, photo->pose, e.seat}) : std::nullopt;
    }

    MaybeEvent operator()(const PhotoRemoved& e) const {
        return before.findPhoto(e.id) ? MaybeEvent(PhotoRestored{e.id, e.seat}) : std::nullopt;
    }

    MaybeEvent operator()(const PhotoRestored& e) const {
        return before.findPhoto(e.id) ? MaybeEvent(PhotoRemoved{e.id, e.seat}) : std::nullopt;
    }

    MaybeEvent operator()(const StrokeBegun& e) const { return StrokeErased{e.id, e.seat}; }

    MaybeEvent operator()(const StrokeExtended& e) const {
        return before.findStroke(e.id) ? MaybeEvent(StrokeErased{e.id, e.seat}) : std::nullopt;
    }

    MaybeEvent operator()(const StrokeEnded& e) const {
        return before.findStroke(e.id) ? MaybeEvent(StrokeErased{e.id, e.seat}) : std::nullopt;
    }

    MaybeEvent operator()(const StrokeErased& e) const {
        return before.findStroke(e.id) ? MaybeEvent(StrokeRestored{e.id, e.seat}) : std::nullopt;
    }

    MaybeEvent operator()(const StrokeRestored& e) const {
        return before.findStroke(e.id) ? MaybeEvent(StrokeErased{e.id, e.seat}) : std::nullopt;
    }

    MaybeEvent operator()(const ClusterFormed& e) const { return ClusterDissolved{e.id, e.seat}; }

    MaybeEvent operator()(const ClusterRenamed& e) const {
        const Cluster* cluster = before.findCluster(e.id);
        return cluster ? MaybeEvent(ClusterRenamed{e.id, cluster->name, e.seat}) : std::nullopt;
    }

    MaybeEvent operator()(const ClusterJoined& e) const {
        return before.findCluster(e.cluster) ? MaybeEvent(ClusterLeft{e.cluster, e.card, e.seat})
                                             : std::nullopt;
    }

    MaybeEvent operator()(const ClusterLeft& e) const {
        return before.findCluster(e.cluster) ? MaybeEvent(ClusterJoined{e.cluster, e.card, e.seat})
                                             : std::nullopt;
    }

    MaybeEvent operator()(const ClusterDissolved& e) const {
        return before.findCluster(e.id) ? MaybeEvent(ClusterRestored{e.id, e.seat}) : std::nullopt;
    }

    MaybeEvent operator()(const ClusterRestored& e) const {
        return before.findCluster(e.id) ? MaybeEvent(ClusterDissolved{e.id, e.seat}) : std::nullopt;
    }

    MaybeEvent operator()(const VoteCast& e) const { return VoteWithdrawn{e.id, e.seat}; }

    MaybeEvent operator()(const VoteWithdrawn& e) const {
        return before.findVote(e.id) ? MaybeEvent(VoteRestored{e.id, e.seat}) : std::nullopt;
    }

    MaybeEvent operator()(const VoteRestored& e) const {
        return before.findVote(e.id) ? MaybeEvent(VoteWithdrawn{e.id, e.seat}) : std::nullopt;
    }

    MaybeEvent operator()(const DecisionConfigured& e) const {
        const DecisionSetup& old = before.decision;
        return DecisionConfigured{old.envelopeCents, old.coinsPerSeat,  old.coinValueCents,
                                  old.criteria,      old.seatsSetCosts, e.seat};
    }

    MaybeEvent operator()(const CostSet& e) const {
        const auto found = before.costs.find(e.item);
        return CostSet{e.item, found == before.costs.end() ? 0 : found->second, e.seat};
    }

    MaybeEvent operator()(const CoinPlaced& e) const { return CoinWithdrawn{e.id, e.seat}; }

    MaybeEvent operator()(const CoinWithdrawn& e) const {
        return before.findCoin(e.id) ? MaybeEvent(CoinRestored{e.id, e.seat}) : std::nullopt;
    }

    MaybeEvent operator()(const CoinRestored& e) const {
        return before.findCoin(e.id) ? MaybeEvent(CoinWithdrawn{e.id, e.seat}) : std::nullopt;
    }

    MaybeEvent operator()(const RatingGiven& e) const {
        const auto found = before.ratings.find(RatingKey{e.item, e.seat, e.criterion});
        return RatingGiven{e.item, e.criterion, found == before.ratings.end() ? 0 : found->second, e.seat};
    }

    MaybeEvent operator()(const UnknownEvent& /*e*/) const { return std::nullopt; }
};

} // namespace

std::optional<Event> inverseOf(const Board& before, const Event& event) {
    return std::visit(Inverter{before}, event);
}

} // namespace atelier::core

// The funding rule: sums of whole cents, never floating point.
#include "core/Funding.hpp"

#include <algorithm>

namespace atelier::core {

std::int64_t costOf(const Board& board, ItemId item) {
    if (!board.isLiveVoteTarget(item)) {
        return 0;
    }
    const auto found = board.costs.find(item);
    return found == board.costs.end() ? 0 : found->second;
}

int coinsInUse(const Board& board, int seat) {
    int inUse = 0;
    for (const auto& [id, coin] : board.coins) {
        if (coin.seat == seat && !coin.withdrawn && board.isLiveVoteTarget(coin.target)) {
            ++inUse;
        }
    }
    return inUse;
}

int coinsLeft(const Board& board, int seat) {
    return board.decision.coinsPerSeat - coinsInUse(board, seat);
}

int coinsOn(const Board& board, ItemId item) {
    if (!board.isLiveVoteTarget(item)) {
        return 0;
    }
    int count = 0;
    for (const auto& [id, coin] : board.coins) {
        if (coin.target == item && !coin.withdrawn) {
            ++count;
        }
    }
    return count;
}

std::int64_t pledgedCents(const Board& board, ItemId item) {
    return coinsOn(board, item) * board.decision.coinValueCents;
}

bool isFunded(const Board& board, ItemId item) {
    const std::int64_t cost = costOf(board, item);
    return cost > 0 && pledgedCents(board, item) >= cost;
}

std::int64_t placedCents(const Board& board) {
    std::int64_t coins = 0;
    for (const auto& [id, coin] : board.coins) {
        if (!coin.withdrawn && board.isLiveVoteTarget(coin.target)) {
            ++coins;
        }
    }
    return coins * board.decision.coinValueCents;
}

FundingSummary fundingOf(const Board& board) {
    FundingSummary summary;
    summary.envelopeCents = board.decision.envelopeCents;
    summary.placedCents = placedCents(board);
    for (const auto& [item, cents] : board.costs) {
        if (!board.isLiveVoteTarget(item)) {
            continue;
        }
        FundingLine line;
        line.item = item;
        line.cluster = board.findCluster(item) != nullptr;
        line.costCents = cents;
        line.coins = coinsOn(board, item);
        line.pledgedCents = line.coins * board.decision.coinValueCents;
        line.funded = line.pledgedCents >= cents;
        summary.lines.push_back(line);
    }
    std::vector<FundingLine*> funded;
    for (FundingLine& line : summary.lines) {
        if (line.funded) {
            funded.push_back(&line);
        }
    }
    std::stable_sort(funded.begin(), funded.end(), [](const FundingLine* a, const FundingLine* b) {
        if (a->pledgedCents != b->pledgedCents) {
            return a->pledgedCents > b->pledgedCents;
        }
        return a->costCents < b->costCents; // stable: ascending ids among equals
    });
    const bool limited = summary.envelopeCents > 0;
    for (FundingLine* line : funded) {
        if (limited && line->costCents > summary.envelopeCents - summary.fundedCostCents) {
            continue;
        }
        line->withinEnvelope = true;
        summary.fundedCostCents += line->costCents;
        summary.fundedSet.push_back(line->item);
    }
    return summary;
}

} // namespace atelier::core

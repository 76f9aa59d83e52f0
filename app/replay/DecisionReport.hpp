// What the exports say about deciding (issue 20): costs, coins, the funded set within the envelope, and
// the proposals ranked by criteria with their means per criterion.
#pragma once

#include "core/Board.hpp"
#include "core/Catalogue.hpp"
#include "core/Criteria.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace atelier::replay {

/// A live card or cluster with a cost, and the coins on it at the end.
struct ReportCost {
    std::string kind; ///< "card" or "cluster"
    core::ItemId id = core::kNoItem;
    std::string label; ///< the card's text or the cluster's name
    int number = 0;    ///< a cluster's number ("Groupe N" while unnamed); 0 for a card
    std::int64_t costCents = 0;
    int coins = 0;
    std::int64_t pledgedCents = 0; ///< coins × coin value
    bool funded = false;           ///< its coins reach its cost
    bool withinEnvelope = false;   ///< in the funded set within the envelope
};

/// A proposal rated at least once, in the criteria ranking.
struct ReportCriteriaLine {
    std::string kind; ///< "card" or "cluster"
    core::ItemId id = core::kNoItem;
    std::string label;
    int number = 0;                           ///< as in ReportCost
    std::vector<core::CriterionScore> scores; ///< one per criterion, in the set-up's order
    double score = 0;                         ///< mean of the criterion means (see core::rankByCriteria)
    int rank = 0;                             ///< equal scores share a rank
};

/// The deciding part of a session's results.
struct ReportDecision {
    std::int64_t envelopeCents = 0; ///< 0: no envelope
    int coinsPerSeat = 0;
    std::int64_t coinValueCents = 0;
    std::vector<std::string> criteria;
    std::int64_t placedCents = 0;        ///< coins in use × coin value
    std::int64_t fundedCostCents = 0;    ///< summed cost of the funded set within the envelope
    std::vector<ReportCost> costs;       ///< every live costed proposal, by id
    std::vector<core::ItemId> fundedSet; ///< the funded set within the envelope, in the order it was filled
    std::vector<ReportCriteriaLine> criteriaRanking; ///< best first

    /// The cost line of this proposal, or nullptr when it has no cost.
    const ReportCost* costOf(core::ItemId id) const;
};

/// The deciding part of the board at the end (core::fundingOf and core::rankByCriteria with labels), or
/// nothing when the session never decided (no set-up, cost, coin or rating).
std::optional<ReportDecision> reportDecision(const core::Board& board);

/// Cents as a plain decimal of euros for CSV and reading machines: "30000.00", "0.05", "-1.50".
std::string decimalEuros(std::int64_t cents);

/// Cents as people read euros: "30 000 €" (French, narrow no-break space) or "€30,000" (English), with
/// the cents only when there are some.
std::string displayEuros(std::int64_t cents, core::Language language);

/// The HTML sections of deciding: the envelope and the funded set, every costed proposal, and the
/// criteria ranking with the means per criterion. Separate from reportToHtml's own sections so that both
/// can change apart. An unnamed cluster is "Groupe N" / "Group N", as in the rest of the report.
std::string decisionToHtml(const ReportDecision& decision, core::Language language);

} // namespace atelier::replay

// How a workshop decides (issue 20): its criteria and its budget envelope shared out as coins.
#pragma once

#include "core/DecisionEvents.hpp"

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

namespace atelier::workshop {

/// The deciding part of a workshop definition. Money in whole euros here (what a facilitator types);
/// the events carry cents. All empty and zero: the workshop does not decide.
struct DecisionPlan {
    std::vector<std::string> criteria; ///< 2..7 names rated 1..5; the seven enjeux when a phase rates
    std::int64_t envelopeEuros = 0;    ///< the budget envelope; 0 = none
    int coinsPerSeat = 0;              ///< coins each seat receives
    std::int64_t coinValueEuros = 0;   ///< what one coin is worth
    bool seatsSetCosts = false;        ///< seats may set costs (the facilitator always may)
    friend bool operator==(const DecisionPlan&, const DecisionPlan&) = default;
};

/// The seven stakes ("enjeux") of Saint-Étienne's design-management method, the default criteria.
const std::vector<std::string>& defaultCriteria();

/// Reads "criteria" and "budget" of a workshop file's root object into `plan`. `budgetPhase` and
/// `criteriaPhase` say whether some phase has the "budget" or "criteria" tool: a budget phase needs a
/// "budget"; a criteria phase without "criteria" gets the seven enjeux. Nothing, or one sentence naming
/// `source` and the field.
std::optional<std::string> readDecisionPlan(const nlohmann::json& root, bool budgetPhase, bool criteriaPhase,
                                            DecisionPlan& plan, const std::string& source);

/// Adds "criteria" and "budget" to a workshop file's root object when the plan has them.
void writeDecisionPlan(const DecisionPlan& plan, nlohmann::json& root);

/// The decision.configured event a session of this workshop starts with (after session.configured), or
/// nothing when the workshop does not decide.
std::optional<core::DecisionConfigured> decisionConfigured(const DecisionPlan& plan);

} // namespace atelier::workshop

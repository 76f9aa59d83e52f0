// Reading and writing the deciding part of workshop definitions: each mistake gets a sentence.
#include "workshop/DecisionPlan.hpp"

#include "core/Limits.hpp"
#include "core/Utf8.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace atelier::workshop {
namespace {

using nlohmann::json;

/// Largest amount in whole euros (the events' limit of 10^13 cents).
constexpr std::int64_t kMaxEuros = core::kMaxCents / 100;

struct Problem {
    std::string message;
};

std::int64_t wholeEuros(const json& object, const char* key, std::int64_t low, std::int64_t high,
                        const std::string& where) {
    const auto found = object.find(key);
    if (found == object.end() || !found->is_number_integer() || found->get<std::int64_t>() < low ||
        found->get<std::int64_t>() > high) {
        throw Problem{where + ": '" + key + "' must be a whole number of euros from " + std::to_string(low) +
                      " to " + std::to_string(high) + " (no cents, no quotes)."};
    }
    return found->get<std::int64_t>();
}

std::vector<std::string> readCriteria(const json& root, bool criteriaPhase, const std::string& source) {
    const auto found = root.find("criteria");
    if (found == root.end()) {
        return criteriaPhase ? defaultCriteria() : std::vector<std::string>{};
    }
    const std::string sentence = source + ": 'criteria' must list " + std::to_string(core::kMinCriteria) +
                                 " to " + std::to_string(core::kMaxCriteria) +
                                 " different names (leave it out for the seven enjeux).";
    if (!found->is_array() || found->size() < static_cast<std::size_t>(core::kMinCriteria) ||
        found->size() > static_cast<std::size_t>(core::kMaxCriteria)) {
        throw Problem{sentence};
    }
    std::vector<std::string> names;
    for (const json& name : *found) {
        if (!name.is_string() || name.get_ref<const std::string&>().empty() ||
            core::textProblem(name.get_ref<const std::string&>(), core::kMaxNameBytes, "a criterion") ||
            std::find(names.begin(), names.end(), name.get<std::string>()) != names.end()) {
            throw Problem{sentence};
        }
        names.push_back(name.get<std::string>());
    }
    return names;
}

void readBudget(const json& root, bool budgetPhase, DecisionPlan& plan, const std::string& source) {
    const auto found = root.find("budget");
    if (found == root.end()) {
        if (budgetPhase) {
            throw Problem{
                source +
                ": a phase uses the 'budget' tool, so the workshop needs a 'budget' like "
                "{\"envelope_euros\": 100000, \"coins_per_seat\": 10, \"coin_value_euros\": 10000}."};
        }
        return;
    }
    const std::string where = source + ": budget";
    if (!found->is_object()) {
        throw Problem{where +
                      " must be an object like {\"envelope_euros\": 100000, \"coin_value_euros\": 10000}."};
    }
    plan.envelopeEuros = wholeEuros(*found, "envelope_euros", 1, kMaxEuros, where);
    plan.coinsPerSeat = 10;
    if (const auto coins = found->find("coins_per_seat"); coins != found->end()) {
        if (!coins->is_number_integer() || coins->get<std::int64_t>() < 1 ||
            coins->get<std::int64_t>() > core::kMaxCoinsPerSeat) {
            throw Problem{where + ": 'coins_per_seat' must be a whole number from 1 to " +
                          std::to_string(core::kMaxCoinsPerSeat) + "."};
        }
        plan.coinsPerSeat = coins->get<int>();
    }
    plan.coinValueEuros = wholeEuros(*found, "coin_value_euros", 1, plan.envelopeEuros, where);
    const json& seats = found->value("seats_set_costs", json(false));
    if (!seats.is_boolean()) {
        throw Problem{where + ": 'seats_set_costs' must be true or false."};
    }
    plan.seatsSetCosts = seats.get<bool>();
}

} // namespace

const std::vector<std::string>& defaultCriteria() {
    static const std::vector<std::string> enjeux = {"Utilité",
                                                    "Accessibilité",
                                                    "Innovation",
                                                    "Fonctionnalité",
                                                    "Durabilité",
                                                    "Esthétique / identité",
                                                    "Optimisation des moyens"};
    return enjeux;
}

std::optional<std::string> readDecisionPlan(const json& root, bool budgetPhase, bool criteriaPhase,
                                            DecisionPlan& plan, const std::string& source) {
    try {
        plan = DecisionPlan{};
        plan.criteria = readCriteria(root, criteriaPhase, source);
        readBudget(root, budgetPhase, plan, source);
    } catch (const Problem& problem) {
        return problem.message;
    }
    return std::nullopt;
}

void writeDecisionPlan(const DecisionPlan& plan, json& root) {
    if (!plan.criteria.empty()) {
        root["criteria"] = plan.criteria;
    }
    if (plan.envelopeEuros > 0) {
        root["budget"] = json{{"envelope_euros", plan.envelopeEuros},
                              {"coins_per_seat", plan.coinsPerSeat},
                              {"coin_value_euros", plan.coinValueEuros},
                              {"seats_set_costs", plan.seatsSetCosts}};
    }
}

std::optional<core::DecisionConfigured> decisionConfigured(const DecisionPlan& plan) {
    if (plan == DecisionPlan{}) {
        return std::nullopt;
    }
    return core::DecisionConfigured{plan.envelopeEuros * 100,  plan.coinsPerSeat,
                                    plan.coinValueEuros * 100, plan.criteria,
                                    plan.seatsSetCosts,        0};
}

} // namespace atelier::workshop

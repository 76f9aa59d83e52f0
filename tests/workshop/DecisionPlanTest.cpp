// The deciding part of workshop definitions: criteria, budget, the new tools, and their mistakes.
#include <gtest/gtest.h>

#include "workshop/WorkshopDefinition.hpp"

namespace atelier::workshop {
namespace {

std::string workshop(std::string_view tools, std::string_view extra) {
    return R"({"title":"t","site":"s","question":"q","categories":[{"name":"a","colour":"#00FF00"}],)"
           R"("phases":[{"name":"p","minutes":5,"tools":[)" +
           std::string(tools) + "]}]" + std::string(extra) + "}";
}

WorkshopDefinition parsed(const std::string& json) {
    auto result = parseWorkshopDefinition(json, "w.json");
    if (!std::holds_alternative<WorkshopDefinition>(result)) {
        ADD_FAILURE() << std::get<DefinitionError>(result).message;
        return {};
    }
    return std::get<WorkshopDefinition>(result);
}

std::string errorOf(const std::string& json) {
    auto result = parseWorkshopDefinition(json, "w.json");
    if (std::holds_alternative<WorkshopDefinition>(result)) {
        ADD_FAILURE() << "expected an error for " << json;
        return {};
    }
    return std::get<DefinitionError>(result).message;
}

TEST(DecisionPlanTest, AWorkshopThatDoesNotDecideHasNoPlanAndLogsNoSetUp) {
    const WorkshopDefinition definition = parsed(workshop(R"("cards")", ""));
    EXPECT_EQ(definition.decision, DecisionPlan{});
    EXPECT_FALSE(decisionConfigured(definition.decision));
}

TEST(DecisionPlanTest, ACriteriaPhaseGetsTheSevenEnjeuxUnlessNamed) {
    const WorkshopDefinition seven = parsed(workshop(R"("criteria")", ""));
    ASSERT_EQ(seven.decision.criteria.size(), 7U);
    EXPECT_EQ(seven.decision.criteria.front(), "Utilité");
    EXPECT_EQ(seven.decision.criteria.back(), "Optimisation des moyens");
    const WorkshopDefinition three =
        parsed(workshop(R"("criteria")", R"(,"criteria":["Utilité","Accès","Coût"])"));
    EXPECT_EQ(three.decision.criteria, (std::vector<std::string>{"Utilité", "Accès", "Coût"}));
}

TEST(DecisionPlanTest, TheBudgetBecomesTheSetUpInCents) {
    const WorkshopDefinition definition = parsed(workshop(
        R"("budget","criteria")",
        R"(,"criteria":["A","B","C"],"budget":{"envelope_euros":100000,"coins_per_seat":10,"coin_value_euros":10000})"));
    const std::optional<core::DecisionConfigured> setup = decisionConfigured(definition.decision);
    ASSERT_TRUE(setup);
    EXPECT_EQ(setup->envelopeCents, 10'000'000);
    EXPECT_EQ(setup->coinsPerSeat, 10);
    EXPECT_EQ(setup->coinValueCents, 1'000'000);
    EXPECT_EQ(setup->criteria.size(), 3U);
    EXPECT_FALSE(setup->seatsSetCosts);
    // Written back and read again, the plan is the same.
    EXPECT_EQ(parsed(workshopDefinitionJson(definition)).decision, definition.decision);
}

TEST(DecisionPlanTest, MistakesGetASentenceNamingTheField) {
    EXPECT_NE(errorOf(workshop(R"("budget")", "")).find("needs a 'budget'"), std::string::npos);
    EXPECT_NE(errorOf(workshop(R"("cards")", R"(,"criteria":["Seul"])")).find("2 to 7"), std::string::npos);
    EXPECT_NE(errorOf(workshop(R"("cards")", R"(,"criteria":["A","A"])")).find("different names"),
              std::string::npos);
    EXPECT_NE(
        errorOf(workshop(R"("cards")", R"(,"criteria":["A","B","C","D","E","F","G","H"])")).find("2 to 7"),
        std::string::npos);
    EXPECT_NE(
        errorOf(workshop(R"("budget")", R"(,"budget":{"envelope_euros":100000.5,"coin_value_euros":1})"))
            .find("'envelope_euros' must be a whole number of euros"),
        std::string::npos);
    EXPECT_NE(errorOf(workshop(R"("budget")", R"(,"budget":{"envelope_euros":1000,"coin_value_euros":2000})"))
                  .find("'coin_value_euros' must be a whole number of euros from 1 to 1000"),
              std::string::npos);
    EXPECT_NE(
        errorOf(workshop(R"("budget")",
                         R"(,"budget":{"envelope_euros":1000,"coin_value_euros":10,"coins_per_seat":0})"))
            .find("'coins_per_seat' must be a whole number from 1 to 99"),
        std::string::npos);
    EXPECT_NE(
        errorOf(
            workshop(R"("budget")",
                     R"(,"budget":{"envelope_euros":1000,"coin_value_euros":10,"seats_set_costs":"yes"})"))
            .find("'seats_set_costs' must be true or false"),
        std::string::npos);
    EXPECT_NE(errorOf(workshop(R"("budget")", R"(,"budget":[1000])")).find("budget must be an object"),
              std::string::npos);
}

} // namespace
} // namespace atelier::workshop

// The workshop editor's draft: what the editor has no field for yet (criteria, budget) survives an edit.
#include <gtest/gtest.h>

#include <filesystem>
#include <variant>

#include "table/WorkshopDraft.hpp"
#include "workshop/WorkshopDefinition.hpp"

namespace atelier::table {
namespace {

TEST(WorkshopDraftTest, TheDemoKeepsItsBudgetAndCriteriaThroughTheEditor) {
    auto loaded = workshop::loadWorkshopDefinition(std::filesystem::path(ATELIER_SOURCE_DIR) /
                                                   "assets/demo/workshop.json");
    ASSERT_TRUE(std::holds_alternative<workshop::WorkshopDefinition>(loaded));
    const workshop::WorkshopDefinition& demo = std::get<workshop::WorkshopDefinition>(loaded);
    ASSERT_GT(demo.decision.envelopeEuros, 0);

    WorkshopDraft draft = draftOf(demo);
    draft.title = "Place Jean-Jaurès, deuxième séance"; // an edit of another field
    const std::optional<DraftProblem> problem = checkDraft(draft);
    EXPECT_FALSE(problem) << "refused: " << problem->field;
    auto saved = workshop::parseWorkshopDefinition(draftJson(draft), "editor");
    ASSERT_TRUE(std::holds_alternative<workshop::WorkshopDefinition>(saved));
    EXPECT_EQ(std::get<workshop::WorkshopDefinition>(saved).decision, demo.decision)
        << "the envelope, the coins and the three criteria are saved as they were";
}

} // namespace
} // namespace atelier::table

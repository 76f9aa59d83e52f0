// Workshop definitions: the bundled demo, and the mistakes a facilitator could make in one.
#include <gtest/gtest.h>

#include "workshop/WorkshopDefinition.hpp"

namespace atelier::workshop {
namespace {

TEST(WorkshopDefinitionTest, BundledDemoLoads) {
    auto result =
        loadWorkshopDefinition(std::filesystem::path(ATELIER_SOURCE_DIR) / "assets/demo/workshop.json");
    ASSERT_TRUE(std::holds_alternative<WorkshopDefinition>(result))
        << std::get<DefinitionError>(result).message;
    const WorkshopDefinition& demo = std::get<WorkshopDefinition>(result);
    EXPECT_FALSE(demo.title.empty());
    EXPECT_FALSE(demo.question.empty());
    EXPECT_EQ(demo.phases.size(), 7u);
    EXPECT_EQ(demo.phases[4].tools, std::vector<std::string>{"budget"});
    EXPECT_EQ(demo.phases[5].tools, std::vector<std::string>{"criteria"});
    EXPECT_EQ(demo.decision.envelopeEuros, 120000);
    EXPECT_EQ(demo.decision.criteria.size(), 3u);
    EXPECT_EQ(demo.phases.front().name, "Observation");
    EXPECT_GE(demo.categories.size(), 3u);
}

std::string errorOf(std::string_view json) {
    auto result = parseWorkshopDefinition(json, "w.json");
    if (std::holds_alternative<WorkshopDefinition>(result)) {
        ADD_FAILURE() << "expected an error for " << json;
        return {};
    }
    return std::get<DefinitionError>(result).message;
}

TEST(WorkshopDefinitionTest, MistakesNameTheField) {
    EXPECT_NE(errorOf("{").find("not valid JSON"), std::string::npos);
    EXPECT_NE(errorOf("[]").find("one JSON object"), std::string::npos);
    EXPECT_NE(errorOf(R"({"site":"s","question":"q"})").find("'title'"), std::string::npos);
    const std::string base = R"("title":"t","site":"s","question":"q")";
    EXPECT_NE(
        errorOf("{" + base + R"(,"categories":[{"name":"a","colour":"green"}],"phases":[]})").find("colour"),
        std::string::npos);
    EXPECT_NE(errorOf("{" + base + R"(,"categories":[{"name":"a","colour":"#00FF00"}],"phases":[]})")
                  .find("phases"),
              std::string::npos);
    EXPECT_NE(
        errorOf(
            "{" + base +
            R"(,"categories":[{"name":"a","colour":"#00FF00"}],"phases":[{"name":"p","minutes":5,"tools":["laser"]}]})")
            .find("laser"),
        std::string::npos);
}

} // namespace
} // namespace atelier::workshop

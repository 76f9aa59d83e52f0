// A workshop definition's "georeference": corners and CRS for its site photos, read, checked and written
// back.
#include <gtest/gtest.h>

#include "workshop/WorkshopDefinition.hpp"

namespace atelier::workshop {
namespace {

const std::string kBase =
    R"("title":"t","site":"s","question":"q","categories":[{"name":"a","colour":"#00FF00"}],)"
    R"("phases":[{"name":"p","minutes":5,"tools":["sketch"]}],"photos":["ortho.png"])";

std::variant<WorkshopDefinition, DefinitionError> parsed(const std::string& georeference) {
    return parseWorkshopDefinition("{" + kBase + R"(,"georeference":)" + georeference + "}", "w.json");
}

TEST(WorkshopGeoreferenceTest, CornersAndCrsOfASitePhotoAreReadAndWrittenBack) {
    auto result = parsed(R"({"ortho.png":{"crs":"EPSG:2154","top_left":[808000,6480050],)"
                         R"("bottom_right":[808150,6479975]}})");
    ASSERT_TRUE(std::holds_alternative<WorkshopDefinition>(result))
        << std::get<DefinitionError>(result).message;
    const WorkshopDefinition& definition = std::get<WorkshopDefinition>(result);
    ASSERT_EQ(definition.photoCorners.size(), 1U);
    const PhotoCorners& corners = definition.photoCorners.at("ortho.png");
    EXPECT_EQ(corners.crs, "EPSG:2154");
    ASSERT_TRUE(corners.corners.bottomRight.has_value());
    EXPECT_EQ(corners.corners.bottomRight->y, 6479975);
    EXPECT_FALSE(corners.corners.topRight.has_value());

    auto again = parseWorkshopDefinition(workshopDefinitionJson(definition), "stored");
    ASSERT_TRUE(std::holds_alternative<WorkshopDefinition>(again));
    EXPECT_EQ(std::get<WorkshopDefinition>(again).photoCorners.at("ortho.png").corners.topLeft->x, 808000);
}

TEST(WorkshopGeoreferenceTest, MistakesInTheGeoreferenceNameTheField) {
    const auto errorOf = [](const std::string& georeference) {
        auto result = parsed(georeference);
        return std::holds_alternative<DefinitionError>(result) ? std::get<DefinitionError>(result).message
                                                               : std::string("(accepted)");
    };
    EXPECT_NE(errorOf(R"({"other.png":{"crs":"EPSG:2154","top_left":[0,1],"bottom_right":[1,0]}})")
                  .find("names no photo of 'photos'"),
              std::string::npos);
    EXPECT_NE(errorOf(R"({"ortho.png":{"top_left":[0,1],"bottom_right":[1,0]}})").find("'crs'"),
              std::string::npos);
    EXPECT_NE(errorOf(R"({"ortho.png":{"crs":"EPSG:2154","top_left":[0],"bottom_right":[1,0]}})")
                  .find("'top_left' must be [x, y]"),
              std::string::npos);
    EXPECT_NE(
        errorOf(R"({"ortho.png":{"crs":"EPSG:2154","top_left":[0,1]}})").find("top_left and bottom_right"),
        std::string::npos);
    EXPECT_NE(
        errorOf(R"({"ortho.png":{"crs":"EPSG:2154","top_left":[0,1],"bottom_right":[0,1]}})").find("no area"),
        std::string::npos);
    EXPECT_NE(errorOf(R"(["ortho.png"])").find("'georeference' must map"), std::string::npos);
}

} // namespace
} // namespace atelier::workshop

// "Start a session" in the panel's workshop library: asked twice, it hands over the chosen workshop's
// definition; a definition that cannot be read leaves a sentence and starts nothing.
#include <gtest/gtest.h>

#include "TempDir.hpp"
#include "store/Database.hpp"
#include "store/WorkshopLibrary.hpp"
#include "table/WorkshopLibraryPanel.hpp"

namespace atelier::table {
namespace {

using Kind = ui::WorkshopAction::Kind;

/// A data file holding one workshop with this definition; its path.
std::filesystem::path libraryWith(const std::filesystem::path& dir, const std::string& configJson) {
    store::Database database = store::Database::open(dir);
    store::saveWorkshop(database, store::Workshop{"ursules", "Square des Ursules", "Tours", configJson, {}},
                        {});
    return database.path();
}

void press(WorkshopLibraryPanel& library, Kind kind, int index = 0) {
    library.carryOut(ui::WorkshopAction{kind, index, 0, {}}, core::Language::English);
}

TEST(WorkshopStartTest, TheSecondPressHandsOverTheChosenWorkshopAndTheFirstOnlyAsks) {
    testing::TempDir dir;
    WorkshopLibraryPanel library(
        libraryWith(dir.path(), R"({"title":"Square des Ursules","site":"Tours","question":"Q ?",)"
                                R"("categories":[{"name":"a","colour":"#0072B2"}],)"
                                R"("phases":[{"name":"idées","minutes":5,"tools":["cards"]},)"
                                R"({"name":"vote","minutes":5,"tools":["vote"]}]})"),
        dir.path());
    library.open();
    press(library, Kind::Select, 0);
    press(library, Kind::StartSession);
    EXPECT_TRUE(library.model(core::Language::English, 1).confirmStart) << "the panel asks first";
    EXPECT_FALSE(library.takeStartRequest());
    press(library, Kind::CancelStart);
    EXPECT_FALSE(library.model(core::Language::English, 1).confirmStart);
    press(library, Kind::StartSession);
    press(library, Kind::ConfirmStart);
    const std::optional<WorkshopStart> start = library.takeStartRequest();
    ASSERT_TRUE(start);
    EXPECT_EQ(start->workshopId, "ursules");
    ASSERT_EQ(start->definition.phases.size(), 2u);
    EXPECT_EQ(start->definition.phases.front().name, "idées");
    EXPECT_FALSE(library.takeStartRequest()) << "once";
}

TEST(WorkshopStartTest, AWorkshopWhoseDefinitionCannotBeReadSaysSoAndStartsNothing) {
    testing::TempDir dir;
    WorkshopLibraryPanel library(libraryWith(dir.path(), R"({"title":"Square des Ursules"})"), dir.path());
    library.open();
    press(library, Kind::Select, 0);
    press(library, Kind::StartSession);
    press(library, Kind::ConfirmStart);
    EXPECT_FALSE(library.takeStartRequest());
    const ui::WorkshopPanelModel model = library.model(core::Language::English, 1);
    EXPECT_EQ(model.notice.rfind("This workshop cannot start:", 0), 0u) << model.notice;
    EXPECT_FALSE(model.confirmStart);
}

} // namespace
} // namespace atelier::table

// The workshop library in the data file: ids from titles, photos kept in order, archive instead of delete.
#include "store/WorkshopLibrary.hpp"
#include "TempDir.hpp"
#include "store/Database.hpp"

#include <gtest/gtest.h>
#include <thread>

namespace atelier::store {
namespace {

using atelier::testing::TempDir;

class WorkshopLibraryTest : public ::testing::Test {
protected:
    TempDir m_dir;
    Database m_db = Database::open(m_dir.path());
};

TEST_F(WorkshopLibraryTest, ANewWorkshopGetsAnIdFromItsTitleThatNoOtherHas) {
    EXPECT_EQ(freeWorkshopId(m_db, "Square des Ursules"), "square-des-ursules");
    EXPECT_EQ(freeWorkshopId(m_db, "Éveil à la forêt, été 2026"), "eveil-a-la-foret-ete-2026");
    EXPECT_EQ(freeWorkshopId(m_db, "!!!"), "atelier");
    EXPECT_EQ(freeWorkshopId(m_db, "Demo"), "demo-2") << "the shipped workshops keep their ids";
    saveWorkshop(m_db, Workshop{"square-des-ursules", "Square des Ursules", "Saint-Étienne", "{}", {}}, {});
    EXPECT_EQ(freeWorkshopId(m_db, "Square des Ursules"), "square-des-ursules-2");
}

TEST_F(WorkshopLibraryTest, SavingReplacesThePhotoListInItsOrder) {
    const std::vector<std::uint8_t> one{1, 2, 3};
    const std::vector<std::uint8_t> two{4, 5, 6};
    const std::string a = m_db.putAsset(one, "image/png", 1, 1);
    const std::string b = m_db.putAsset(two, "image/png", 1, 1);
    saveWorkshop(m_db, Workshop{"w", "W", "S", "{}", {}}, {{"b.png", b}, {"a.png", a}});
    std::optional<WorkshopEntry> entry = findWorkshopEntry(m_db, "w");
    ASSERT_TRUE(entry);
    ASSERT_EQ(entry->photos.size(), 2u);
    EXPECT_EQ(entry->photos[0].name, "b.png");
    EXPECT_EQ(entry->photos[1].hash, a);
    saveWorkshop(m_db, Workshop{"w", "W2", "S", "{}", {}}, {{"a.png", a}});
    entry = findWorkshopEntry(m_db, "w");
    EXPECT_EQ(entry->workshop.title, "W2");
    ASSERT_EQ(entry->photos.size(), 1u);
    EXPECT_EQ(entry->photos[0].name, "a.png");
}

TEST_F(WorkshopLibraryTest, AWorkshopThatRanIsArchivedWithItsSessionsAndOneThatNeverRanIsDeleted) {
    saveWorkshop(m_db, Workshop{"ran", "Ran", "S", "{}", {}}, {});
    saveWorkshop(m_db, Workshop{"never", "Never", "S", "{}", {}}, {});
    std::this_thread::sleep_for(std::chrono::milliseconds(3)); // times are stored to the millisecond
    const std::int64_t session = m_db.createSession("ran");
    ASSERT_EQ(listWorkshops(m_db).size(), 2u);
    EXPECT_EQ(listWorkshops(m_db)[0].workshop.id, "ran") << "the most recently used first";
    EXPECT_EQ(listWorkshops(m_db)[0].sessions, 1);
    EXPECT_FALSE(listWorkshops(m_db)[0].lastUsed.empty());

    EXPECT_EQ(removeWorkshop(m_db, "ran"), WorkshopRemoval::Archived);
    EXPECT_EQ(removeWorkshop(m_db, "never"), WorkshopRemoval::Deleted);
    EXPECT_EQ(removeWorkshop(m_db, "never"), WorkshopRemoval::NotFound);
    EXPECT_TRUE(listWorkshops(m_db).empty());
    const std::vector<WorkshopEntry> all = listWorkshops(m_db, true);
    ASSERT_EQ(all.size(), 1u);
    EXPECT_TRUE(all[0].archived);
    EXPECT_TRUE(m_db.findSession(session)) << "the session keeps its workshop";

    saveWorkshop(m_db, Workshop{"ran", "Ran again", "S", "{}", {}}, {});
    EXPECT_EQ(listWorkshops(m_db).size(), 1u) << "saving it again brings it back from the archive";
}

} // namespace
} // namespace atelier::store

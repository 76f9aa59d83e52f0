// The data file's schema, pragmas and migrations, and the refusal of a file from a newer Atelier.
#include "store/Schema.hpp"
#include "StoreTestHelpers.hpp"
#include "TempDir.hpp"
#include "store/Database.hpp"
#include "store/StoreError.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <array>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>

namespace atelier::store {
namespace {

using atelier::testing::TempDir;

std::string fileBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> columnsOf(SQLite::Database& db, const std::string& table) {
    SQLite::Statement query(db, "SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid");
    std::vector<std::string> names;
    while (query.executeStep()) {
        names.push_back(query.getColumn(0).getString());
    }
    return names;
}

TEST(SchemaTest, NewFileHasTheTablesOfTheDesign) {
    TempDir dir;
    Database db = Database::open(dir.path());
    EXPECT_EQ(db.path(), dir.dataFile());
    EXPECT_FALSE(db.notice());
    SQLite::Database& sql = db.connection();
    using Names = std::vector<std::string>;
    EXPECT_EQ(columnsOf(sql, "workshops"),
              (Names{"id", "title", "site", "created_at", "config", "archived_at"}));
    EXPECT_EQ(columnsOf(sql, "workshop_photos"), (Names{"workshop_id", "position", "name", "hash"}));
    EXPECT_EQ(columnsOf(sql, "sessions"), (Names{"id", "workshop_id", "started_at", "ended_at", "status"}));
    EXPECT_EQ(columnsOf(sql, "events"), (Names{"session_id", "seq", "t_ms", "seat", "type", "payload"}));
    EXPECT_EQ(columnsOf(sql, "snapshots"), (Names{"session_id", "seq", "board", "format", "base_seq"}));
    EXPECT_EQ(columnsOf(sql, "assets"), (Names{"hash", "mime", "width", "height", "bytes"}));
}

TEST(SchemaTest, PragmasMarkTheFileAsAtelierAndMakeItSafe) {
    TempDir dir;
    Database db = Database::open(dir.path());
    SQLite::Database& sql = db.connection();
    EXPECT_EQ(sql.execAndGet("PRAGMA application_id").getInt(), kApplicationId);
    EXPECT_EQ(sql.execAndGet("PRAGMA user_version").getInt(), currentSchemaVersion());
    EXPECT_EQ(sql.execAndGet("PRAGMA journal_mode").getString(), "wal");
    EXPECT_EQ(sql.execAndGet("PRAGMA foreign_keys").getInt(), 1);
    EXPECT_EQ(sql.execAndGet("PRAGMA synchronous").getInt(), 2) << "2 is FULL";
    EXPECT_GT(sql.execAndGet("PRAGMA busy_timeout").getInt(), 0);
}

TEST(SchemaTest, ForeignKeysRefuseAnEventOfAMissingSession) {
    TempDir dir;
    Database db = Database::open(dir.path());
    EXPECT_THROW(db.connection().exec("INSERT INTO events VALUES (42, 1, 0, 0, 'card.moved', '{}')"),
                 SQLite::Exception);
}

TEST(SchemaTest, ReopeningKeepsDataAndDoesNotMigrateAgain) {
    TempDir dir;
    {
        Database db = Database::open(dir.path());
        testing::startSession(db);
    }
    Database again = Database::open(dir.path());
    EXPECT_FALSE(again.notice());
    EXPECT_EQ(again.listSessions().size(), 1u);
}

TEST(SchemaTest, MigrationsRunInOrderOnlyOnceEach) {
    TempDir dir;
    SQLite::Database db(dir.dataFile(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    constexpr std::array<Migration, 2> first = {Migration{1, "CREATE TABLE a(x)"},
                                                Migration{2, "INSERT INTO a VALUES (2)"}};
    migrate(db, first);
    EXPECT_EQ(schemaVersionOf(db), 2);
    constexpr std::array<Migration, 3> later = {Migration{1, "CREATE TABLE a(x)"},
                                                Migration{2, "INSERT INTO a VALUES (2)"},
                                                Migration{3, "INSERT INTO a VALUES (3)"}};
    migrate(db, later);
    EXPECT_EQ(schemaVersionOf(db), 3);
    EXPECT_EQ(db.execAndGet("SELECT group_concat(x) FROM a").getString(), "2,3");
    EXPECT_EQ(db.execAndGet("PRAGMA application_id").getInt(), kApplicationId);
}

TEST(SchemaTest, AFailingMigrationLeavesTheFileAsItWas) {
    TempDir dir;
    SQLite::Database db(dir.dataFile(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    constexpr std::array<Migration, 2> broken = {Migration{1, "CREATE TABLE a(x)"},
                                                 Migration{2, "INSERT INTO nowhere VALUES (1)"}};
    try {
        migrate(db, broken);
        FAIL() << "a broken migration must throw";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreErrorKind::WriteFailed);
        EXPECT_NE(std::string(error.what()).find("schema 2"), std::string::npos) << error.what();
    }
    EXPECT_EQ(schemaVersionOf(db), 0);
    EXPECT_FALSE(db.tableExists("a"));
}

TEST(SchemaTest, AFileFromANewerAtelierIsRefusedAndLeftUntouched) {
    TempDir dir;
    {
        Database db = Database::open(dir.path());
        testing::startSession(db);
        db.connection().exec("PRAGMA user_version = " + std::to_string(currentSchemaVersion() + 1));
    }
    const std::string before = fileBytes(dir.dataFile());
    try {
        Database::open(dir.path());
        FAIL() << "a newer file must be refused";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreErrorKind::NewerVersion);
        const std::string sentence = error.what();
        EXPECT_NE(sentence.find("newer version of Atelier"), std::string::npos) << sentence;
        EXPECT_NE(sentence.find("left untouched"), std::string::npos) << sentence;
    }
    EXPECT_EQ(fileBytes(dir.dataFile()), before);
    EXPECT_EQ(
        std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()),
        1)
        << "nothing moved aside, nothing created";
}

} // namespace
} // namespace atelier::store

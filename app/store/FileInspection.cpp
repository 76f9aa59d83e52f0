// Classifies the file at the data path: usable, damaged or foreign, reading it only.
#include "store/FileInspection.hpp"

#include "store/Schema.hpp"
#include "store/StoreError.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <array>
#include <cerrno>
#include <cstdint>
#include <fstream>
#include <sqlite3.h>
#include <string_view>
#include <system_error>

namespace atelier::store {
namespace {

constexpr std::string_view kSqliteHeader{"SQLite format 3\0", 16};

// The first 100 bytes of an SQLite file: magic string, then big-endian fields at fixed offsets.
struct Header {
    bool sqlite = false;
    std::int64_t userVersion = 0;   // offset 60
    std::int64_t applicationId = 0; // offset 68
};

std::int64_t bigEndian32(const std::array<unsigned char, 100>& bytes, std::size_t offset) {
    return static_cast<std::int32_t>(
        (std::uint32_t{bytes[offset]} << 24) | (std::uint32_t{bytes[offset + 1]} << 16) |
        (std::uint32_t{bytes[offset + 2]} << 8) | std::uint32_t{bytes[offset + 3]});
}

/// The error for a file that could not be read: not a verdict on the file, so it stays where it is.
StoreError unreadable(const std::filesystem::path& file, const std::string& why) {
    return StoreError(StoreErrorKind::CannotOpen,
                      "The data file " + file.string() + " cannot be read (" + why +
                          "). It was left where it is: check its permissions, the disk, and that no "
                          "other program holds it, then start again.");
}

Header readHeader(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw unreadable(file, std::generic_category().message(errno));
    }
    std::array<unsigned char, 100> bytes{};
    in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (in.bad()) {
        throw unreadable(file, "a read error");
    }
    Header header;
    header.sqlite =
        in.gcount() == static_cast<std::streamsize>(bytes.size()) &&
        std::string_view(reinterpret_cast<const char*>(bytes.data()), kSqliteHeader.size()) == kSqliteHeader;
    if (header.sqlite) {
        header.userVersion = bigEndian32(bytes, 60);
        header.applicationId = bigEndian32(bytes, 68);
    }
    return header;
}

StoreError newerVersion(const std::filesystem::path& file, std::int64_t version) {
    return StoreError(StoreErrorKind::NewerVersion,
                      "The data file " + file.string() +
                          " was written by a newer version of Atelier (schema " + std::to_string(version) +
                          "; this version reads up to schema " + std::to_string(currentSchemaVersion()) +
                          "). It was left untouched: update Atelier, or start with another data directory.");
}

std::string tableNames(SQLite::Database& db) {
    SQLite::Statement query(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name LIMIT 6");
    std::string names;
    while (query.executeStep()) {
        names += names.empty() ? "" : ", ";
        names += query.getColumn(0).getString();
    }
    return names;
}

} // namespace

FileInspection inspectDataFile(const std::filesystem::path& file) {
    std::error_code error;
    if (!std::filesystem::exists(file, error) || std::filesystem::file_size(file, error) == 0) {
        return {};
    }
    const Header header = readHeader(file);
    if (!header.sqlite) {
        return {FileVerdict::Foreign, "it is not an SQLite database (damaged, or another program's file)"};
    }
    // Decided from the header alone, before SQLite opens the file (which would add -wal/-shm beside it).
    if (header.applicationId == kApplicationId && header.userVersion > currentSchemaVersion()) {
        throw newerVersion(file, header.userVersion);
    }
    int applicationId = 0;
    int userVersion = 0;
    int tableCount = 0;
    std::string tables;
    try {
        SQLite::Database db(file, SQLite::OPEN_READONLY, 5000);
        applicationId = db.execAndGet("PRAGMA application_id").getInt();
        userVersion = db.execAndGet("PRAGMA user_version").getInt();
        tableCount = db.execAndGet("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").getInt();
        tables = tableNames(db);
        if (applicationId == kApplicationId) {
            if (userVersion > currentSchemaVersion()) {
                throw newerVersion(file, userVersion);
            }
            // The tables that hold what cannot be rebuilt. Snapshots (most of a big file) are a cache of
            // the events: loadSession falls back past an unreadable one, and `atelier check` checks them.
            for (const char* table : {"workshops", "sessions", "events", "assets"}) {
                const std::string check =
                    db.execAndGet(std::string("PRAGMA quick_check(") + table + ")").getString();
                if (check != "ok") {
                    return {FileVerdict::Damaged, "it is damaged (quick_check: " + check + ")"};
                }
            }
            return {};
        }
    } catch (const SQLite::Exception& failure) {
        // Only SQLite's own verdict on the content condemns the file; a busy lock, a permission or an I/O
        // error says nothing about it.
        const int code = failure.getErrorCode() & 0xff;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
            return {FileVerdict::Damaged, std::string("it is damaged (") + failure.what() + ")"};
        }
        throw unreadable(file, code == SQLITE_BUSY ? std::string("it stayed busy, locked by another "
                                                                 "connection: ") +
                                                         failure.what()
                                                   : std::string(failure.what()));
    }
    if (applicationId == 0 && tableCount == 0) {
        return {};
    }
    return {FileVerdict::Foreign, "it is another program's SQLite database (application_id " +
                                      std::to_string(applicationId) + ", tables: " + tables + ")"};
}

} // namespace atelier::store

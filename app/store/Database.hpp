// The data file atelier.db: opening (moving an unusable file aside), workshops, sessions and assets.
#pragma once

#include "store/Asset.hpp"
#include "store/OpenNotice.hpp"
#include "store/SessionSummary.hpp"
#include "store/Workshop.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace SQLite {
class Database;
}

namespace atelier::store {

/// The file name of the one data file in the data directory.
inline constexpr std::string_view kDataFileName = "atelier.db";

/// The main thread's connection to atelier.db. Methods throw StoreError with a readable sentence.
/// Movable, not copyable; the EventLog writer opens its own connection to the same file.
class Database {
public:
    /// Opens or creates <dataDir>/atelier.db (creating dataDir), migrating it to this build's schema.
    static Database open(const std::filesystem::path& dataDir);

    /// Same as open() for an explicit file path (tests, `atelier check` on a moved-aside file).
    static Database openFile(const std::filesystem::path& file);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    /// The file this connection is on; EventLog and tools open it too.
    const std::filesystem::path& path() const noexcept { return m_file; }

    /// Set when open() found an unusable file and moved it aside; the person must be told where.
    const std::optional<OpenNotice>& notice() const noexcept { return m_notice; }

    /// Inserts the workshop or updates its title, site and config (created_at is kept).
    void ensureWorkshop(const Workshop& workshop);

    /// The stored workshop with this id, if any.
    std::optional<Workshop> findWorkshop(std::string_view workshopId) const;

    /// Starts a new live session of an existing workshop; returns its id.
    std::int64_t createSession(std::string_view workshopId);

    /// The newest live session of the workshop, which a start resumes.
    std::optional<std::int64_t> findLiveSession(std::string_view workshopId) const;

    /// Marks a session ended (only a facilitator's decision or the exhibit's idle reset does this).
    void endSession(std::int64_t sessionId);

    /// Ends the session if it is live and marks it archived: the exhibit's idle reset (kept for the
    /// facilitators; the attract loop may show it once it is old enough).
    void archiveSession(std::int64_t sessionId);

    /// Every session, newest first, with what `atelier sessions` shows.
    std::vector<SessionSummary> listSessions() const;

    /// The summary of one session, if it exists.
    std::optional<SessionSummary> findSession(std::int64_t sessionId) const;

    /// Stores a blob once under its SHA-256 (a second put of the same bytes is free); returns the hash.
    std::string putAsset(std::span<const std::uint8_t> bytes, std::string_view mime, int width, int height);

    /// The blob stored under this hash, if any.
    std::optional<Asset> getAsset(std::string_view hash) const;

    /// Whether a blob with this hash is stored (cheap: does not read the bytes).
    bool hasAsset(std::string_view hash) const;

    /// The underlying connection, for the store's own queries (loadSession, tests).
    SQLite::Database& connection() const noexcept { return *m_connection; }

private:
    Database(std::filesystem::path file, std::unique_ptr<SQLite::Database> connection,
             std::optional<OpenNotice> notice);

    std::filesystem::path m_file;
    std::unique_ptr<SQLite::Database> m_connection;
    std::optional<OpenNotice> m_notice;
};

} // namespace atelier::store

// The live session as the main loop sees it: the board, its clock, and the event log behind it.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/Apply.hpp"
#include "core/Board.hpp"
#include "core/Event.hpp"
#include "store/Database.hpp"
#include "store/EventLog.hpp"
#include "store/PinGuard.hpp"
#include "workshop/WorkshopDefinition.hpp"

namespace atelier::table {

struct CheckedPhoto;

/// Which session `atelier run` opens: "new", "resume" (the live one, else a new one), or an id.
struct SessionChoice {
    std::string workshopId = "demo";
    std::string session = "resume";
};

/// Owns the data file, the board and the EventLog; every change goes through submit().
/// When the data file cannot be opened at all, the table still runs on an in-memory board.
class SessionHost {
public:
    /// Opens (or creates) the session; the reasons for any trouble are in warnings(). Throws
    /// std::invalid_argument when the chosen session does not exist or has ended (a usage error).
    SessionHost(const std::filesystem::path& dataDir, const workshop::WorkshopDefinition& definition,
                const SessionChoice& choice, int seats, const std::filesystem::path& workshopDir,
                core::Vec2 surfaceMm);
    SessionHost(const SessionHost&) = delete;
    SessionHost& operator=(const SessionHost&) = delete;
    /// Flushes the log: a clean quit loses nothing (a live session stays live for the next start).
    ~SessionHost();

    /// The board as it is now, for renderers and gestures.
    const core::Board& board() const { return m_board; }
    /// Applies an event and, when it applies and `persist` is set, logs it; a refusal changes nothing.
    core::ApplyResult submit(const core::Event& event, bool persist = true);
    /// The table's clock in milliseconds: since the session started (continuing across resumes), and
    /// still running on through an exhibit's fresh sessions (whose events count from their own start).
    std::int64_t nowMs() const;
    /// The session's id in the data file, or nothing when running in memory only.
    std::optional<std::int64_t> sessionId() const;
    /// The data file, for readers on other threads (photo decoding); nothing when running in memory only.
    std::optional<std::filesystem::path> databaseFile() const {
        return m_database ? std::optional<std::filesystem::path>(m_database->path()) : std::nullopt;
    }
    /// Whether this start resumed a session that was already live.
    bool resumed() const { return m_resumed; }
    /// A sentence for the facilitator when saving is in trouble, else "".
    std::string storageProblem() const;
    /// Things the person should know about this start (file moved aside, in-memory fallback).
    const std::vector<std::string>& warnings() const { return m_warnings; }
    /// Waits until everything logged so far is on disk (tests, export).
    bool flush();

    // Exhibition (attract loop)
    /// Ends and archives the session (flushed first) and clears the table to the workshop's fresh board,
    /// in memory only: nothing is logged until startFresh(). `reason` says why in the log ("the table was
    /// idle", "ended by the facilitator"). Returns the archived session's id.
    std::optional<std::int64_t> archiveAndClear(std::string_view reason);
    /// Starts a new live session of the same workshop, as `--session new` would; false when it cannot.
    bool startFresh();
    /// The workshop the next cleared board and fresh session are of (the facilitator chose another in the
    /// panel's library): `workshopDir` holds its photo files, "" when they are stored in the data file.
    void switchWorkshop(std::string workshopId, const workshop::WorkshopDefinition& definition, int seats,
                        std::filesystem::path workshopDir);
    /// Every session in the data file (newest first), for the attract loop's choice; empty without one.
    std::vector<store::SessionSummary> listSessions() const;

    // Facilitator panel's import
    /// Stores a photo's bytes once in the data file's assets; its hash, or "" with `problem` saying why (no
    /// data file, a write that failed). The caller then submits the photo.placed naming it.
    std::string storeAsset(std::span<const std::uint8_t> bytes, std::string_view mime, int width, int height,
                           std::string& problem);

    /// Stores where the stored photo `hash` lies on the map when the checked file has a georeference (GeoTIFF
    /// tags, a world file and .prj beside it: PhotoGeoreference); logs what it found or why not; never
    /// throws.
    void storeGeoreference(const std::string& hash, const CheckedPhoto& photo);

    /// Marks a stored photo that failed to decode, so that later starts do not decode it again (logged when
    /// the file refuses).
    void markPhotoUndecodable(const std::string& hash, const std::string& reason);

    // Facilitator's PIN pad
    /// What the data file kept of the pad's tries and lock for this config hash; nothing without one (or
    /// when it cannot be read: logged).
    std::optional<store::PinGuard> pinGuard(std::string_view configHash) const;
    /// Keeps the pad's tries and lock in the data file (a failure is logged: the pad goes on in memory).
    void keepPinGuard(const store::PinGuard& guard);

private:
    void startNewSession(const workshop::WorkshopDefinition& definition, int seats,
                         const std::filesystem::path& workshopDir, core::Vec2 surfaceMm);
    void placeSitePhotos(const workshop::WorkshopDefinition& definition,
                         const std::filesystem::path& workshopDir, core::Vec2 surfaceMm);

    std::optional<store::Database> m_database;
    std::unique_ptr<store::EventLog> m_log;
    core::Board m_board;
    std::optional<std::int64_t> m_sessionId;
    bool m_resumed = false;
    std::chrono::steady_clock::time_point m_clockStart;
    std::vector<std::string> m_warnings;
    std::int64_t m_rejections = 0;
    // Exhibition (attract loop): what a fresh session needs, and where its clock starts.
    struct FreshStart {
        std::string workshopId;
        workshop::WorkshopDefinition definition;
        int seats = 0;
        std::filesystem::path workshopDir;
        core::Vec2 surfaceMm;
    };
    FreshStart m_fresh;
    std::int64_t m_sessionOriginMs = 0;
};

} // namespace atelier::table

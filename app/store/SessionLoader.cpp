// Loads a session: the newest readable snapshot at or before the wanted seq, then the events after it.
#include "store/SessionLoader.hpp"

#include "core/Apply.hpp"
#include "core/Event.hpp"
#include "core/EventCodec.hpp"
#include "store/Database.hpp"
#include "store/SnapshotBoards.hpp"
#include "store/StoreError.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <limits>
#include <set>
#include <spdlog/spdlog.h>
#include <variant>

namespace atelier::store {
namespace {

constexpr std::int64_t kMaxReasonWarnings = 5;

// Starts `loaded` from the newest snapshot at or before `upto` that can be read and decoded. The seqs
// come from the primary key alone, so a damaged snapshot row costs only that snapshot.
void startFromSnapshot(SQLite::Database& db, std::int64_t sessionId, std::int64_t upto,
                       LoadedSession& loaded) {
    std::vector<std::int64_t> seqs;
    {
        SQLite::Statement query(
            db, "SELECT seq FROM snapshots WHERE session_id = ? AND seq <= ? ORDER BY seq DESC");
        query.bind(1, sessionId);
        query.bind(2, upto);
        while (query.executeStep()) {
            seqs.push_back(query.getColumn(0).getInt64());
        }
    }
    SnapshotBoards boards(db);
    for (const std::int64_t seq : seqs) {
        std::string error;
        try {
            if (auto board = boards.board(sessionId, seq, error)) {
                loaded.board = std::move(*board);
                loaded.snapshotSeq = seq;
                loaded.lastSeq = seq;
                return;
            }
        } catch (const SQLite::Exception& failure) {
            error = failure.what();
        }
        loaded.warnings.push_back("The snapshot of session " + std::to_string(sessionId) + " at seq " +
                                  std::to_string(seq) + " cannot be read (" + error +
                                  "); an older one and more events are used instead.");
    }
}

void noteRejected(LoadedSession& loaded, std::int64_t sessionId, std::int64_t seq,
                  const std::string& reason) {
    ++loaded.rejected;
    if (loaded.rejected <= kMaxReasonWarnings) {
        loaded.warnings.push_back("Event " + std::to_string(seq) + " of session " +
                                  std::to_string(sessionId) + " was not applied: " + reason);
    }
}

} // namespace

LoadedSession loadSession(const Database& db, std::int64_t sessionId, std::optional<std::int64_t> uptoSeq) {
    SQLite::Database& connection = db.connection();
    LoadedSession loaded;
    const std::int64_t upto = uptoSeq.value_or(std::numeric_limits<std::int64_t>::max());
    try {
        SQLite::Statement exists(connection, "SELECT 1 FROM sessions WHERE id = ?");
        exists.bind(1, sessionId);
        if (!exists.executeStep()) {
            throw StoreError(StoreErrorKind::NotFound, "There is no session " + std::to_string(sessionId) +
                                                           " in " + db.path().string() + ".");
        }
        // No enclosing read transaction is needed: events are only ever appended and a snapshot at seq S
        // is committed with or after the events up to S, so later reads only see more of the same history.
        startFromSnapshot(connection, sessionId, upto, loaded);
        if (loaded.snapshotSeq > 0) {
            SQLite::Statement at(connection, "SELECT t_ms FROM events WHERE session_id = ? AND seq = ?");
            at.bind(1, sessionId);
            at.bind(2, loaded.snapshotSeq);
            if (at.executeStep()) {
                loaded.lastTMs = at.getColumn(0).getInt64();
            }
        }
        SQLite::Statement events(connection, "SELECT seq, t_ms, seat, type, payload FROM events "
                                             "WHERE session_id = ? AND seq > ? AND seq <= ? ORDER BY seq");
        events.bind(1, sessionId);
        events.bind(2, loaded.snapshotSeq);
        events.bind(3, upto);
        std::set<std::string, std::less<>> unknownTypes;
        while (events.executeStep()) {
            const std::int64_t seq = events.getColumn(0).getInt64();
            const SQLite::Column type = events.getColumn(3);
            const SQLite::Column payload = events.getColumn(4);
            loaded.lastSeq = seq;
            loaded.lastTMs = events.getColumn(1).getInt64();
            core::DecodeResult decoded = core::decodeEvent(
                std::string_view(type.getText(), static_cast<std::size_t>(type.getBytes())),
                std::string_view(payload.getText(), static_cast<std::size_t>(payload.getBytes())),
                events.getColumn(2).getInt());
            if (!decoded.event) {
                noteRejected(loaded, sessionId, seq, decoded.error);
                continue;
            }
            if (const auto* unknown = std::get_if<core::UnknownEvent>(&*decoded.event)) {
                ++loaded.skippedUnknown;
                if (unknownTypes.insert(unknown->type).second) {
                    loaded.warnings.push_back(
                        "Session " + std::to_string(sessionId) + " holds events of type '" + unknown->type +
                        "', written by a newer version of Atelier: they are kept and skipped.");
                }
                continue;
            }
            if (const core::ApplyResult result = core::apply(loaded.board, *decoded.event); !result) {
                noteRejected(loaded, sessionId, seq, result.reason);
            }
        }
    } catch (const SQLite::Exception& error) {
        throw StoreError(StoreErrorKind::ReadFailed, "Session " + std::to_string(sessionId) +
                                                         " could not be read from " + db.path().string() +
                                                         ": " + error.what() + ".");
    }
    if (loaded.rejected > kMaxReasonWarnings) {
        loaded.warnings.push_back(std::to_string(loaded.rejected) + " events of session " +
                                  std::to_string(sessionId) + " were not applied in all.");
    }
    for (const std::string& warning : loaded.warnings) {
        spdlog::warn("{}", warning);
    }
    return loaded;
}

} // namespace atelier::store

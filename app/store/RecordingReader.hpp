// Reads one recorded session of atelier.db through a read-only connection, for replay and exports.
#pragma once

#include "core/Board.hpp"
#include "core/Geometry.hpp"
#include "store/Asset.hpp"
#include "store/AssetGeoreferences.hpp"
#include "store/Workshop.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace SQLite {
class Database;
class Statement;
} // namespace SQLite

namespace atelier::store {

class SnapshotBoards;

/// The session row and its workshop, as stored.
struct RecordedSession {
    std::int64_t id = 0;
    Workshop workshop;
    std::string startedAt; ///< ISO 8601 UTC
    std::string endedAt;   ///< ISO 8601 UTC, empty while live
    std::string status;    ///< live, ended or archived
};

/// One event row; the views are valid only during the callback that receives it.
struct StoredEventView {
    std::int64_t seq = 0;
    std::int64_t tMs = 0;
    int seat = 0;
    std::string_view type;
    std::string_view payload;
};

/// One logged position of a card or photo being moved (drags are logged at up to 20 Hz).
struct ItemMove {
    core::ItemId item = core::kNoItem;
    int seat = 0;
    std::int64_t tMs = 0;
    core::Vec2 centreMm;
};

/// When a card event happened: its creation or an edit of its text.
struct CardEventTime {
    core::ItemId card = core::kNoItem;
    bool created = false; ///< card.created; otherwise card.edited
    std::int64_t tMs = 0;
};

/// The facilitator hid a card (card.hidden) or someone brought one back (card.restored).
struct CardHideEvent {
    std::int64_t seq = 0;
    core::ItemId card = core::kNoItem;
    bool hidden = false; ///< card.hidden; otherwise card.restored
};

/// One session of atelier.db opened with SQLITE_OPEN_READONLY: a live table writing the same file is
/// never disturbed, and nothing this class offers can write. Movable, not copyable. Throws StoreError
/// with a sentence a person can read.
class RecordingReader {
public:
    /// Opens `dataFile` read-only and checks that it is an Atelier file this build can read and that it
    /// holds `sessionId`.
    RecordingReader(const std::filesystem::path& dataFile, std::int64_t sessionId);
    RecordingReader(RecordingReader&&) noexcept;
    RecordingReader& operator=(RecordingReader&&) noexcept;
    RecordingReader(const RecordingReader&) = delete;
    RecordingReader& operator=(const RecordingReader&) = delete;
    ~RecordingReader();

    /// The session row and its workshop.
    const RecordedSession& session() const noexcept { return m_session; }

    /// Calls `visit(seq, tMs)` for every event of the session, in seq order (8 bytes a row: the index).
    void forEachEventTime(const std::function<void(std::int64_t seq, std::int64_t tMs)>& visit);

    /// Calls `visit` for the events (fromSeq, toSeq], in seq order.
    void forEachEvent(std::int64_t fromSeq, std::int64_t toSeq,
                      const std::function<void(const StoredEventView&)>& visit);

    /// Calls `visit` for every phase.started, session.paused and session.resumed event, in seq order: the
    /// phases and the pauses inside them.
    void forEachPhaseEvent(const std::function<void(const StoredEventView&)>& visit);

    /// Seqs of the stored snapshots, ascending.
    std::vector<std::int64_t> snapshotSeqs();

    /// The board of the snapshot at `seq` (JSON or compact, a delta followed back to its whole board);
    /// nothing and a sentence in `error` when there is none or it does not decode; throws StoreError when
    /// the file cannot be read.
    std::optional<core::Board> snapshotBoard(std::int64_t seq, std::string& error);

    /// The stored photo with this SHA-256, if any (a read failure is logged and reads as none).
    std::optional<Asset> asset(const std::string& hash);

    /// Every georeferenced photo of the file, by hash (a read failure is logged and reads as none).
    std::map<std::string, AssetGeoreference> georeferences();

    /// The card.moved and photo.moved positions of the events (fromSeq, toSeq], in order (a read failure
    /// is logged and ends the list).
    std::vector<ItemMove> moves(std::int64_t fromSeq, std::int64_t toSeq);

    /// The card.created and card.edited events, in seq order.
    std::vector<CardEventTime> cardEventTimes();

    /// Every card.hidden (the facilitator hid a card) and card.restored, in seq order: which cards were
    /// hidden when, and the moderated ones (hidden and never brought back).
    std::vector<CardHideEvent> cardHideEvents();

private:
    std::filesystem::path m_file;
    std::unique_ptr<SQLite::Database> m_db;
    std::unique_ptr<SQLite::Statement> m_events;
    std::unique_ptr<SnapshotBoards> m_snapshots;
    RecordedSession m_session;
};

} // namespace atelier::store

// A recorded session opened read-only: its workshop, event times, phase markers, snapshots, and boards.
#pragma once

#include "core/Board.hpp"
#include "core/Geometry.hpp"
#include "replay/PhaseRuns.hpp"
#include "store/Asset.hpp"
#include "store/RecordingReader.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace atelier::replay {

/// What the session list knows about the recorded session and its workshop.
struct SessionInfo {
    std::int64_t id = 0;
    std::string workshopId;
    std::string workshopTitle;
    std::string site;
    std::string workshopConfigJson = "{}"; ///< the workshop definition as stored
    std::string startedAt;                 ///< ISO 8601 UTC
    std::string endedAt;                   ///< ISO 8601 UTC, empty while live
    std::string status;                    ///< live, ended or archived
};

/// One logged position of a card or photo being moved (drags are logged at up to 20 Hz).
using MotionPoint = store::ItemMove;

/// When a card first appeared and when its text last changed, in session ms.
struct CardTimes {
    std::int64_t createdMs = 0;
    std::int64_t editedMs = 0; ///< the creation time when never edited
};

/// A board reached by folding events, and what could not be folded.
struct FoldCount {
    std::int64_t rejected = 0; ///< undecodable events or events apply() refused (logged once each kind)
    std::int64_t unknown = 0;  ///< events of types a newer Atelier wrote: kept in the file, skipped here
};

/// One session of atelier.db, opened read-only through store::RecordingReader: a live table writing the
/// same file is never disturbed. Reads the event times (8 bytes per event) once; boards are rebuilt on demand
/// from the nearest snapshot and the events after it, through core::apply as in live use. Movable, not
/// copyable. Throws store::StoreError with a sentence a person can read.
class Recording {
public:
    /// Opens `dataFile` read-only and reads the index of `sessionId`.
    Recording(const std::filesystem::path& dataFile, std::int64_t sessionId);
    Recording(Recording&&) noexcept;
    Recording& operator=(Recording&&) noexcept;
    Recording(const Recording&) = delete;
    Recording& operator=(const Recording&) = delete;
    ~Recording();

    /// The file the session is read from.
    const std::filesystem::path& file() const noexcept { return m_file; }
    /// The session and its workshop.
    const SessionInfo& info() const noexcept { return m_info; }
    /// The number of events (the last seq).
    std::int64_t eventCount() const noexcept { return m_seqs.empty() ? 0 : m_seqs.back(); }
    /// The session time of the last event: how long a replay lasts.
    std::int64_t durationMs() const noexcept { return m_times.empty() ? 0 : m_times.back(); }
    /// The session time of event `seq` (1..eventCount()); 0 for seq 0.
    std::int64_t timeOfSeq(std::int64_t seq) const;
    /// The last seq whose time is at or before `tMs` (0 when the session had not begun).
    std::int64_t seqAt(std::int64_t tMs) const;
    /// The phases the session ran through, in order, each once with its pauses (foldPhaseRuns).
    const std::vector<PhaseMarker>& phases() const noexcept { return m_phases; }
    /// Seqs of the stored snapshots, ascending.
    const std::vector<std::int64_t>& snapshotSeqs() const noexcept { return m_snapshots; }

    /// The newest readable snapshot at or before `seq` (seq 0 and the empty board when none); returns the
    /// snapshot's seq and fills `board`.
    std::int64_t loadSnapshot(std::int64_t seq, core::Board& board);
    /// Applies the events (fromSeq, toSeq] to `board` in order, through core::apply.
    FoldCount fold(core::Board& board, std::int64_t fromSeq, std::int64_t toSeq);
    /// The board after event `seq`: nearest snapshot, then the events after it.
    core::Board boardAt(std::int64_t seq);
    /// The cards the facilitator hid and never restored by the end of the recording, ascending: they never
    /// reach a public surface (the attract loop, the pictures, the video).
    const std::vector<core::ItemId>& moderatedCards() const noexcept { return m_moderated; }
    /// True when `card` is one of moderatedCards().
    bool moderated(core::ItemId card) const;
    /// Takes the moderated cards off `board` as card.hidden does (from the first moment, not only after the
    /// hide); the rest of the board is untouched.
    void hideModerated(core::Board& board) const;
    /// The cards hidden by the facilitator (card.hidden, not restored since) after event `seq`, ascending.
    std::vector<core::ItemId> hiddenAt(std::int64_t seq) const;
    /// True when the facilitator hid or restored a card during the session.
    bool hasHiddenCards() const noexcept { return !m_hideEvents.empty(); }
    /// boardAt(seq) as the public sees it: without the moderated cards.
    core::Board publicBoardAt(std::int64_t seq);

    /// The stored photo with this SHA-256 (for exports that write photo files), if any.
    std::optional<store::Asset> asset(const std::string& hash);

    /// Where the file's photos lie on the map, by hash (the GeoJSON and Decidim exports).
    std::map<std::string, store::AssetGeoreference> georeferences() { return m_reader.georeferences(); }

    /// The card.moved and photo.moved positions of the events (fromSeq, toSeq], in order: touch trails.
    std::vector<MotionPoint> motion(std::int64_t fromSeq, std::int64_t toSeq);

    /// When each card was created and last edited (one query over the card events).
    std::vector<std::pair<core::ItemId, CardTimes>> cardTimes();

private:
    void readInfo();
    void readIndex();

    std::filesystem::path m_file;
    std::int64_t m_session = 0;
    store::RecordingReader m_reader;
    SessionInfo m_info;
    std::vector<std::int64_t> m_seqs;  ///< every seq, ascending (contiguous from 1 unless repaired)
    std::vector<std::int64_t> m_times; ///< t_ms of m_seqs[i] at index i
    std::vector<PhaseMarker> m_phases;
    std::vector<std::int64_t> m_snapshots;
    std::vector<store::CardHideEvent> m_hideEvents; ///< card.hidden and card.restored, in seq order
    std::vector<core::ItemId> m_moderated;          ///< ascending
    bool m_warnedUnknown = false;
    std::int64_t m_warnedRejected = 0;
};

} // namespace atelier::replay

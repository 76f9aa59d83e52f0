// The exhibition's attract loop: after the idle time the session is archived, the table clears and
// invites the next visitors from every side; a touch starts a fresh session.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/Board.hpp"
#include "core/Catalogue.hpp"
#include "render/View.hpp"
#include "replay/Player.hpp"
#include "store/SessionSummary.hpp"

namespace atelier::platform {

/// What plays behind the invitation: the workshop's fresh table (EmptyTableSource) or a fast replay of a
/// past session (ReplayAttractSource).
class AttractSource {
public:
    virtual ~AttractSource() = default;
    /// The board to draw `tMs` milliseconds after the attract loop began (loops as it likes).
    virtual const core::Board& boardAt(std::int64_t tMs) = 0;
    /// True when boardAt() changes with time, so the loop keeps drawing frames.
    virtual bool animates() const = 0;
};

/// The exhibition workshop's table as a fresh session starts it (site photos, the question), still.
class EmptyTableSource final : public AttractSource {
public:
    explicit EmptyTableSource(core::Board board) : m_board(std::move(board)) {}
    const core::Board& boardAt(std::int64_t /*tMs*/) override { return m_board; }
    bool animates() const override { return false; }

private:
    core::Board m_board;
};

/// A past session replayed fast, over and over: from its start to its last event at `speed` times real
/// time, then its final board held for `holdMs`, then from the start again. Rebuilds boards through the
/// replay Player (read-only on the data file, so the live table's writes are never disturbed).
class ReplayAttractSource final : public AttractSource {
public:
    /// Opens `sessionId` of `dataFile`; throws (store::StoreError) with a sentence when it cannot.
    ReplayAttractSource(const std::filesystem::path& dataFile, std::int64_t sessionId, double speed,
                        std::int64_t holdMs);
    const core::Board& boardAt(std::int64_t tMs) override;
    /// A session whose events all share one instant shows a still board.
    bool animates() const override { return m_player.durationMs() > 0; }
    /// The session's length in table time.
    std::int64_t durationMs() const noexcept { return m_player.durationMs(); }
    /// Wall-clock length of one pass: the replay at speed, then the hold on the final board.
    std::int64_t periodMs() const noexcept { return m_playMs + m_holdMs; }
    /// The session time shown `tMs` after the loop began.
    std::int64_t sessionTimeAt(std::int64_t tMs) const;

private:
    replay::Player m_player;
    double m_speed;
    std::int64_t m_playMs;
    std::int64_t m_holdMs;
};

/// Which past sessions the attract loop may show, and when "now" is.
struct AttractPolicy {
    std::string_view workshopId;
    /// Seconds since the Unix epoch, UTC.
    std::int64_t nowUnixS = 0;
    /// A session is shown only once it ended this long ago (privacy: one day), unless allowRecent.
    std::int64_t minAgeS = 24 * 3600;
    bool allowRecent = false;
    /// A session with fewer events than this shows nobody's work: not worth replaying.
    std::int64_t minEvents = 10;
    /// A session id chosen in the config (0: the newest eligible one); it must still pass the rules.
    std::int64_t preferredId = 0;
};

/// The past session to replay behind the invitation, or nothing: an ended or archived session of the
/// workshop, old enough (its end, or its start when it has no end, at least minAgeS before now), with
/// enough events; the preferred one if it qualifies, else the newest that does. Never a live session.
std::optional<std::int64_t> selectAttractSession(const std::vector<store::SessionSummary>& sessions,
                                                 const AttractPolicy& policy);

/// Seconds since the epoch for an ISO 8601 UTC time as the store writes it ("2026-11-26T03:40:29.123Z"),
/// or nothing when the text is not one.
std::optional<std::int64_t> parseUtcSeconds(std::string_view iso8601);

/// How the attract loop replays the session it picked.
struct AttractReplay {
    /// The data file (atelier.db) the sessions are read from; nothing: the fresh table is shown.
    std::optional<std::filesystem::path> dataFile;
    /// Times real time (kiosk.attract_speed), clamped to replay::kMinSpeed..kMaxSpeed.
    double speed = 16.0;
    /// How long the final board stays before the replay starts again.
    std::int64_t holdMs = 4000;
};

/// The source for this attract loop: a fast replay of the session selectAttractSession picks, or the
/// workshop's fresh table when none qualifies or its recording cannot be read (one log line says why).
std::unique_ptr<AttractSource> makeAttractSource(const std::vector<store::SessionSummary>& sessions,
                                                 const AttractPolicy& policy, core::Board freshTable,
                                                 const AttractReplay& replay = {});

/// Counts the time without contact and says when the table should go to its attract loop.
class AttractLoop {
public:
    /// `idleTimeoutMs` 0 turns the attract loop off; `nowMs` is the loop's clock.
    AttractLoop(std::int64_t idleTimeoutMs, std::int64_t nowMs);

    bool enabled() const { return m_idleTimeoutMs > 0; }
    /// True while the invitation is shown.
    bool active() const { return m_source != nullptr; }
    /// A contact was seen now: the idle time starts again.
    void noteActivity(std::int64_t nowMs) { m_lastActivityMs = nowMs; }
    /// True when the table has been idle for the timeout and the loop is not yet showing.
    bool idleExpired(std::int64_t nowMs) const;
    /// Shows the invitation over this source from now on.
    void begin(std::unique_ptr<AttractSource> source, std::int64_t nowMs);
    /// Back to the live table (a touch started a session).
    void end(std::int64_t nowMs);
    /// The board to draw now; only while active().
    const core::Board& board(std::int64_t nowMs);
    /// True while the source animates (the loop keeps drawing).
    bool animating() const { return m_source && m_source->animates(); }
    /// True when an animating source is due its next frame (the loop draws at most kFrameMs apart:
    /// the table runs all day, a replay needs no more than 25 frames a second).
    bool frameDue(std::int64_t nowMs) const { return animating() && nowMs >= m_lastFrameMs + kFrameMs; }
    /// When the loop must wake without input: to start the attract loop, or for an animating source's next
    /// frame; nothing when off, or showing a still board.
    std::optional<std::int64_t> nextWakeMs() const;

    /// The attract loop's frame interval while its source animates (25 frames a second).
    static constexpr std::int64_t kFrameMs = 40;

private:
    std::int64_t m_idleTimeoutMs;
    std::int64_t m_lastActivityMs;
    std::int64_t m_beganMs = 0;
    std::int64_t m_lastFrameMs = 0;
    std::unique_ptr<AttractSource> m_source;
};

/// Makes glibc hand large freed blocks (decoded photo tiles) back to the system at once instead of keeping
/// them in the heap: fixes the mmap threshold at 256 KiB (glibc otherwise raises it after each large free,
/// and a table that runs all day then holds tens of MiB it no longer uses). No effect elsewhere.
void keepLargeBlocksOutOfTheHeap();

/// Draws the invitation toward every side of the table: a veil over the board and, on each edge, the
/// sentence in the table's language with the other language under it, facing the people on that side.
void drawInvitation(core::Language language, const render::View& view);

} // namespace atelier::platform

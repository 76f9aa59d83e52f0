// What plays behind the attract loop's invitation: the fresh table, or a past session replayed fast.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include "core/Board.hpp"
#include "replay/Player.hpp"
#include "store/SessionSummary.hpp"
#include "table/AttractSelection.hpp"

namespace atelier::table {

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

} // namespace atelier::table

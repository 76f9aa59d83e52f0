// A past session replayed on the live table, opened from the panel's session library: the Player and its
// screen, held beside the live session, which stays as it was until "Back to the live table".
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "replay/Player.hpp"
#include "table/ReplayScreen.hpp"

namespace atelier::table {

class TableReplay {
public:
    /// Opens `sessionId` of `dataFile` read-only for the facilitator, paused at its start; nothing and
    /// `problem` set to a sentence when it cannot be read.
    static std::unique_ptr<TableReplay> open(const std::filesystem::path& dataFile, std::int64_t sessionId,
                                             const ReplaySetup& setup, std::string& problem);

    ReplayScreen& screen() { return *m_screen; }
    const ReplayScreen& screen() const { return *m_screen; }
    std::int64_t sessionId() const { return m_sessionId; }

private:
    TableReplay(const std::filesystem::path& dataFile, std::int64_t sessionId, const ReplaySetup& setup);

    std::int64_t m_sessionId;
    replay::Player m_player;
    std::unique_ptr<ReplayScreen> m_screen;
};

} // namespace atelier::table

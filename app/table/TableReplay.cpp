// Opening a recorded session for the table's replay; a damaged or missing session is a sentence, not a crash.
#include "table/TableReplay.hpp"

#include <spdlog/spdlog.h>

namespace atelier::table {

TableReplay::TableReplay(const std::filesystem::path& dataFile, std::int64_t sessionId,
                         const ReplaySetup& setup)
    : m_sessionId(sessionId), m_player(dataFile, sessionId, replay::Audience::Facilitator),
      m_screen(std::make_unique<ReplayScreen>(m_player, setup)) {}

std::unique_ptr<TableReplay> TableReplay::open(const std::filesystem::path& dataFile, std::int64_t sessionId,
                                               const ReplaySetup& setup, std::string& problem) {
    try {
        std::unique_ptr<TableReplay> replay(new TableReplay(dataFile, sessionId, setup));
        if (!replay->m_player.recording().phases().empty()) { // from the first phase: the board is set up
            replay->m_player.seek(replay->m_player.recording().phases().front().tMs);
        }
        spdlog::info("replaying session {} on the table ({} events); the live session waits", sessionId,
                     replay->m_player.recording().eventCount());
        return replay;
    } catch (const std::exception& error) {
        spdlog::error("cannot replay session {}: {}", sessionId, error.what());
        problem = setup.language == core::Language::French
                      ? "Cette séance ne peut pas être revue : ses données sont illisibles."
                      : "This session cannot be replayed: its data cannot be read.";
        return nullptr;
    }
}

} // namespace atelier::table

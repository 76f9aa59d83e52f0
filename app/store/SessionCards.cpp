// One GROUP BY over the events, on a read-only connection beside the live writer (WAL).
#include "store/SessionCards.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <spdlog/spdlog.h>

namespace atelier::store {

std::map<std::int64_t, int> cardsPerSession(const std::filesystem::path& dataFile) {
    std::map<std::int64_t, int> cards;
    try {
        SQLite::Database database(dataFile.string(), SQLite::OPEN_READONLY, 2000);
        SQLite::Statement query(database,
                                "SELECT session_id, COUNT(*) FROM events WHERE type = 'card.created' "
                                "GROUP BY session_id");
        while (query.executeStep()) {
            cards[query.getColumn(0).getInt64()] = query.getColumn(1).getInt();
        }
    } catch (const std::exception& error) {
        spdlog::warn("cannot count the sessions' cards in {}: {}", dataFile.string(), error.what());
        cards.clear();
    }
    return cards;
}

} // namespace atelier::store

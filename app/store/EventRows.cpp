// Binds and writes one row of the events table.
#include "store/EventRows.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace atelier::store {

void insertEventRow(SQLite::Statement& insert, std::int64_t sessionId, std::int64_t seq, std::int64_t tMs,
                    int seat, const std::string& type, const std::string& payload) {
    insert.bind(1, sessionId);
    insert.bind(2, seq);
    insert.bind(3, tMs);
    insert.bind(4, seat);
    insert.bindNoCopy(5, type);
    insert.bindNoCopy(6, payload);
    insert.exec();
    insert.reset();
}

} // namespace atelier::store

// Writes a simulated session through the store's own API and keeps the reference hashes.
#include "RecordedSession.hpp"

#include "WorkshopSimulator.hpp"
#include "core/Apply.hpp"
#include "core/BoardHash.hpp"
#include "store/Database.hpp"
#include "store/EventLog.hpp"

#include <algorithm>
#include <chrono>
#include <thread>

namespace atelier::replay::testing {

RecordedSession recordSimulatedSession(const std::filesystem::path& dataDir, std::uint64_t seed, int count,
                                       int snapshotEvery) {
    RecordedSession recorded;
    store::Database db = store::Database::open(dataDir);
    db.ensureWorkshop(store::Workshop{"demo", "Place Carnot", "Saint-Étienne", "{}", ""});
    recorded.session = db.createSession("demo");
    store::EventLogOptions options;
    options.snapshotEveryEvents = snapshotEvery;
    store::testing::WorkshopSimulator simulator(seed);
    {
        store::EventLog log(db, recorded.session, core::Board{}, 0, options);
        for (int i = 1; i <= count; ++i) {
            const core::Event event = simulator.next();
            log.append(simulator.tMs(), event);
            recorded.times.push_back(simulator.tMs());
            recorded.events.push_back(event);
            if (i % 250 == 0) {
                log.flush(std::chrono::minutes(1));
                while (log.status().durableSeq - log.status().snapshotSeq > snapshotEvery + 500) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                }
            }
        }
        log.flush(std::chrono::minutes(1));
    }
    return recorded;
}

std::string ReferenceBoards::hashAtTime(std::int64_t tMs) {
    const auto& times = m_recorded.times;
    return hashAtSeq(std::upper_bound(times.begin(), times.end(), tMs) - times.begin());
}

std::string ReferenceBoards::hashAtSeq(std::int64_t seq) {
    if (seq < m_seq) {
        m_board = core::Board{};
        m_seq = 0;
    }
    for (; m_seq < seq; ++m_seq) {
        core::apply(m_board, m_recorded.events[static_cast<std::size_t>(m_seq)]);
    }
    return core::boardHash(m_board);
}

} // namespace atelier::replay::testing

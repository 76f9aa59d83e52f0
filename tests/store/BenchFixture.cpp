// Builds the benchmarks' million-event session once per process and parses the flags that size it.
#include "BenchFixture.hpp"

#include "WorkshopSimulator.hpp"
#include "store/Database.hpp"
#include "store/EventLog.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string_view>
#include <thread>

namespace atelier::store::testing {
namespace {

std::int64_t g_fixtureEvents = 1'000'000;

void writeEvents(Database& db, BenchFixture& made) {
    WorkshopSimulator simulator(2024);
    EventLog log(db, made.session, core::Board{}, 0);
    for (std::int64_t i = 0; i < made.events; ++i) {
        const core::Event event = simulator.next();
        log.append(simulator.tMs(), event);
        // A live table commits every 50 ms (a handful of events); flushing often keeps the
        // snapshot cadence that a real three-hour session would have.
        if (i % 250 == 249) {
            log.flush(std::chrono::minutes(1));
            // Nor does a live table outrun the snapshot thread: let it catch up if it fell behind.
            while (log.status().durableSeq - log.status().snapshotSeq > 4500) {
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        }
    }
}

} // namespace

bool takeBenchFlags(int& argc, char** argv) {
    constexpr std::string_view kFixtureFlag = "--atelier_fixture_events=";
    bool quick = false;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument = argv[i];
        if (argument.substr(0, kFixtureFlag.size()) == kFixtureFlag) {
            g_fixtureEvents = std::max<std::int64_t>(1000, std::atoll(argv[i] + kFixtureFlag.size()));
        } else if (argument == "--atelier_quick") {
            quick = true;
        } else {
            argv[kept++] = argv[i];
        }
    }
    argc = kept;
    return quick;
}

const BenchFixture& benchFixture() {
    static const std::unique_ptr<BenchFixture> built = [] {
        auto made = std::make_unique<BenchFixture>();
        Database db = Database::open(made->dir.path());
        db.ensureWorkshop(Workshop{"demo", "Place Carnot", "Saint-Étienne", "{}", ""});
        made->session = db.createSession("demo");
        made->events = g_fixtureEvents;
        const auto start = std::chrono::steady_clock::now();
        writeEvents(db, *made);
        made->writeSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        db.connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        made->fileBytes = static_cast<std::int64_t>(std::filesystem::file_size(made->dir.dataFile()));
        made->lastSnapshotBytes =
            db.connection()
                .execAndGet("SELECT length(board) FROM snapshots ORDER BY seq DESC LIMIT 1")
                .getInt64();
        made->snapshots = db.connection().execAndGet("SELECT count(*) FROM snapshots").getInt64();
        made->snapshotBytes =
            db.connection().execAndGet("SELECT sum(length(board)) FROM snapshots").getInt64();
        made->largestSnapshotBytes =
            db.connection().execAndGet("SELECT max(length(board)) FROM snapshots").getInt64();
        made->deltaSnapshots = db.connection()
                                   .execAndGet("SELECT count(*) FROM snapshots WHERE base_seq IS NOT NULL")
                                   .getInt64();
        std::fprintf(stderr,
                     "fixture: %lld events written in %.1f s (%.0f events/s), file %.1f MB, %lld snapshots "
                     "(%lld deltas, %.1f MB), last snapshot %.0f kB, largest %.0f kB\n",
                     static_cast<long long>(made->events), made->writeSeconds,
                     static_cast<double>(made->events) / made->writeSeconds,
                     static_cast<double>(made->fileBytes) / 1e6, static_cast<long long>(made->snapshots),
                     static_cast<long long>(made->deltaSnapshots),
                     static_cast<double>(made->snapshotBytes) / 1e6,
                     static_cast<double>(made->lastSnapshotBytes) / 1e3,
                     static_cast<double>(made->largestSnapshotBytes) / 1e3);
        return made;
    }();
    return *built;
}

} // namespace atelier::store::testing

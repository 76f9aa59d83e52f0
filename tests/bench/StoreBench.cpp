// Store benchmarks (Google Benchmark): append throughput until durable, durability latency, opening and
// resuming a 1,000,000-event session, and the board at a random seq. Figures go to docs/performance.md.
// Extra flags (BenchFixture.hpp): --atelier_fixture_events=N sizes the session the open/seek benchmarks
// use (default 1,000,000); --atelier_quick shrinks every benchmark to a smoke test whose figures mean
// nothing.
#include "BenchFixture.hpp"
#include "TempDir.hpp"
#include "WorkshopSimulator.hpp"
#include "store/Database.hpp"
#include "store/EventLog.hpp"
#include "store/SessionLoader.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <map>
#include <random>
#include <spdlog/spdlog.h>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace atelier;
using Clock = std::chrono::steady_clock;
using store::testing::BenchFixture;
using store::testing::benchFixture;

struct TimedEvent {
    std::int64_t tMs = 0;
    core::Event event;
};

std::vector<TimedEvent> simulate(std::uint64_t seed, std::size_t count) {
    store::testing::WorkshopSimulator simulator(seed);
    std::vector<TimedEvent> events;
    events.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        core::Event event = simulator.next();
        events.push_back({simulator.tMs(), std::move(event)});
    }
    return events;
}

std::int64_t startSession(store::Database& db) {
    db.ensureWorkshop(store::Workshop{"demo", "Place Carnot", "Saint-Étienne", "{}", ""});
    return db.createSession("demo");
}

void fixtureCounters(benchmark::State& state) {
    const BenchFixture& f = benchFixture();
    state.counters["session_events"] = static_cast<double>(f.events);
    state.counters["file_MB"] = static_cast<double>(f.fileBytes) / 1e6;
    state.counters["snapshot_kB"] = static_cast<double>(f.lastSnapshotBytes) / 1e3;
    state.counters["snapshots"] = static_cast<double>(f.snapshots);
    state.counters["snapshots_MB"] = static_cast<double>(f.snapshotBytes) / 1e6;
}

// Appends a burst of a realistic event mix and waits until all of it is committed (synchronous=FULL).
void BM_AppendUntilDurable(benchmark::State& state) {
    const auto burst = static_cast<std::size_t>(state.range(0));
    const std::vector<TimedEvent> events = simulate(7, burst * 4);
    atelier::testing::TempDir dir;
    store::Database db = store::Database::open(dir.path());
    const std::int64_t session = startSession(db);
    store::EventLog log(db, session, core::Board{}, 0);
    std::size_t next = 0;
    std::int64_t appended = 0;
    for (auto _ : state) {
        if (next + burst > events.size()) {
            state.SkipWithError("ran out of pre-generated events");
            break;
        }
        for (std::size_t i = 0; i < burst; ++i) {
            log.append(events[next].tMs, events[next].event);
            ++next;
        }
        if (!log.flush(std::chrono::minutes(1))) {
            state.SkipWithError("flush timed out");
            break;
        }
        appended += static_cast<std::int64_t>(burst);
    }
    state.SetItemsProcessed(appended);
    state.counters["snapshots"] =
        static_cast<double>(db.connection().execAndGet("SELECT count(*) FROM snapshots").getInt64());
}

// Appends `events` at a busy table's pace (one per ms) and records how long each waited to be durable.
void measureLatency(benchmark::State& state, store::EventLog& log, const std::vector<TimedEvent>& events) {
    std::vector<double> latencies;
    std::vector<Clock::time_point> appendedAt;
    appendedAt.reserve(events.size());
    const std::int64_t firstSeq = log.status().appendedSeq + 1;
    std::size_t durable = 0;
    const auto record = [&](std::int64_t durableSeq) {
        const auto now = Clock::now();
        for (; durable < appendedAt.size() && firstSeq + static_cast<std::int64_t>(durable) <= durableSeq;
             ++durable) {
            latencies.push_back(std::chrono::duration<double, std::milli>(now - appendedAt[durable]).count());
        }
    };
    const auto start = Clock::now();
    for (std::size_t i = 0; i < events.size(); ++i) {
        std::this_thread::sleep_until(start + std::chrono::milliseconds(i));
        appendedAt.push_back(Clock::now());
        log.append(events[i].tMs, events[i].event);
        record(log.status().durableSeq);
    }
    while (durable < events.size()) {
        std::this_thread::sleep_for(std::chrono::microseconds(200));
        record(log.status().durableSeq);
    }
    std::sort(latencies.begin(), latencies.end());
    state.counters["p50_ms"] = latencies[latencies.size() / 2];
    state.counters["p99_ms"] = latencies[latencies.size() * 99 / 100];
    state.counters["max_ms"] = latencies.back();
}

// How long an event waits to be durable at the start of a session (small board, small snapshots).
void BM_DurableLatency(benchmark::State& state) {
    const std::vector<TimedEvent> events = simulate(8, static_cast<std::size_t>(state.range(0)));
    atelier::testing::TempDir dir;
    store::Database db = store::Database::open(dir.path());
    const std::int64_t session = startSession(db);
    for (auto _ : state) {
        store::EventLog log(db, session, core::Board{}, 0);
        measureLatency(state, log, events);
    }
}

// The same at the end of the million-event session, where every snapshot is a board of megabytes;
// snapshots every 1,000 events here so that the short run writes several.
void BM_DurableLatencyLateInSession(benchmark::State& state) {
    const BenchFixture& f = benchFixture();
    store::Database db = store::Database::open(f.dir.path());
    const store::LoadedSession loaded = store::loadSession(db, f.session);
    store::testing::WorkshopSimulator simulator(77, loaded.board, loaded.lastTMs);
    std::vector<TimedEvent> events;
    for (std::int64_t i = 0; i < state.range(0); ++i) {
        core::Event event = simulator.next();
        events.push_back({simulator.tMs(), std::move(event)});
    }
    store::EventLogOptions options;
    options.snapshotEveryEvents = 1000;
    for (auto _ : state) {
        store::EventLog log(db, f.session, loaded.board, loaded.lastSeq, options);
        measureLatency(state, log, events);
    }
    fixtureCounters(state);
}

// What a start does to resume: open the file (quick_check included), find the live session, load it.
void BM_OpenAndResume(benchmark::State& state) {
    const BenchFixture& f = benchFixture();
    std::int64_t lastSeq = 0;
    for (auto _ : state) {
        store::Database db = store::Database::open(f.dir.path());
        const std::optional<std::int64_t> session = db.findLiveSession("demo");
        const store::LoadedSession loaded = store::loadSession(db, session.value());
        lastSeq = loaded.lastSeq;
        benchmark::DoNotOptimize(loaded.board.cards.size());
    }
    if (lastSeq < f.events) {
        state.SkipWithError("the resumed session is not the whole fixture");
    }
    fixtureCounters(state);
}

// Replay seeking: the board at a random seq of the session, from an open file.
void BM_BoardAtRandomSeq(benchmark::State& state) {
    const BenchFixture& f = benchFixture();
    store::Database db = store::Database::open(f.dir.path());
    std::mt19937_64 random(99);
    std::uniform_int_distribution<std::int64_t> seqs(1, f.events);
    for (auto _ : state) {
        const store::LoadedSession loaded = store::loadSession(db, f.session, seqs(random));
        benchmark::DoNotOptimize(loaded.board.strokes.size());
    }
    fixtureCounters(state);
}

// The seq just before the snapshot after the one that costs most to read (the longest chain of deltas on
// its whole board, by bytes): the slowest seek there is, where the most board bytes are decoded and the
// most events follow them.
std::int64_t worstSeq(SQLite::Database& db, std::int64_t session, std::int64_t events) {
    SQLite::Statement rows(
        db, "SELECT seq, base_seq, length(board) FROM snapshots WHERE session_id = ? ORDER BY seq");
    rows.bind(1, session);
    std::map<std::int64_t, std::int64_t> chainBytes; // seq -> bytes of its row and every row it builds on
    std::vector<std::int64_t> seqs;
    while (rows.executeStep()) {
        const std::int64_t seq = rows.getColumn(0).getInt64();
        const auto base = chainBytes.find(rows.getColumn(1).isNull() ? -1 : rows.getColumn(1).getInt64());
        chainBytes[seq] = rows.getColumn(2).getInt64() + (base == chainBytes.end() ? 0 : base->second);
        seqs.push_back(seq);
    }
    std::int64_t worst = events;
    std::int64_t most = -1;
    for (std::size_t i = 0; i + 1 < seqs.size(); ++i) {
        // Ties go to the later one: more events follow a snapshot late in the session.
        if (chainBytes[seqs[i]] >= most) {
            most = chainBytes[seqs[i]];
            worst = seqs[i + 1] - 1;
        }
    }
    return worst;
}

void BM_BoardAtWorstSeq(benchmark::State& state) {
    const BenchFixture& f = benchFixture();
    store::Database db = store::Database::open(f.dir.path());
    const std::int64_t target = worstSeq(db.connection(), f.session, f.events);
    std::int64_t replayed = 0;
    for (auto _ : state) {
        const store::LoadedSession loaded = store::loadSession(db, f.session, target);
        replayed = loaded.lastSeq - loaded.snapshotSeq;
    }
    state.counters["events_replayed"] = static_cast<double>(replayed);
    state.counters["target_seq"] = static_cast<double>(target);
    fixtureCounters(state);
}

// `atelier sessions`: the list with counts, last phase and duration, on the million-event file.
void BM_ListSessions(benchmark::State& state) {
    const BenchFixture& f = benchFixture();
    store::Database db = store::Database::open(f.dir.path());
    for (auto _ : state) {
        benchmark::DoNotOptimize(db.listSessions());
    }
    fixtureCounters(state);
}

// Opening the file alone (WAL setup, quick_check, schema check), the fixed part of every start.
void BM_OpenOnly(benchmark::State& state) {
    const BenchFixture& f = benchFixture();
    for (auto _ : state) {
        store::Database db = store::Database::open(f.dir.path());
        benchmark::DoNotOptimize(db.path());
    }
    fixtureCounters(state);
}

} // namespace

int main(int argc, char** argv) {
    const bool quick = store::testing::takeBenchFlags(argc, argv);
    const std::int64_t burst = quick ? 2'000 : 100'000;
    const std::int64_t paced = quick ? 200 : 3'000;
    benchmark::RegisterBenchmark("BM_AppendUntilDurable", BM_AppendUntilDurable)
        ->Arg(burst)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Iterations(3);
    benchmark::RegisterBenchmark("BM_DurableLatency", BM_DurableLatency)
        ->Arg(paced)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Iterations(1);
    for (auto* registered : {benchmark::RegisterBenchmark("BM_OpenOnly", BM_OpenOnly),
                             benchmark::RegisterBenchmark("BM_OpenAndResume", BM_OpenAndResume),
                             benchmark::RegisterBenchmark("BM_BoardAtRandomSeq", BM_BoardAtRandomSeq),
                             benchmark::RegisterBenchmark("BM_BoardAtWorstSeq", BM_BoardAtWorstSeq),
                             benchmark::RegisterBenchmark("BM_ListSessions", BM_ListSessions)}) {
        registered->Unit(benchmark::kMillisecond)->UseRealTime();
        if (quick) {
            registered->Iterations(3);
        }
    }
    // Last: it appends to the fixture session.
    benchmark::RegisterBenchmark("BM_DurableLatencyLateInSession", BM_DurableLatencyLateInSession)
        ->Arg(paced)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Iterations(1);
    spdlog::set_level(spdlog::level::err);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

// Replay benchmarks (Google Benchmark): the Player's seek anywhere in a 1,000,000-event session (the
// issue's budget: 50 ms), and opening a session for replay. Figures go to docs/performance.md.
// Extra flags: --atelier_fixture_events=N sizes the session (default 1,000,000); --atelier_quick shrinks
// every benchmark to a smoke test whose figures mean nothing.
#include "TempDir.hpp"
#include "WorkshopSimulator.hpp"
#include "replay/Player.hpp"
#include "store/Database.hpp"
#include "store/EventLog.hpp"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>
#include <spdlog/spdlog.h>
#include <string_view>
#include <thread>

namespace {

using namespace atelier;

std::int64_t g_fixtureEvents = 1'000'000;

// The store benchmarks' session: WorkshopSimulator(2024) through the real EventLog, with the snapshot
// cadence a live table has (flushes every 250 events, the snapshot thread never left far behind).
struct Fixture {
    store::testing::TempDir dir;
    std::int64_t session = 0;
};

const Fixture& fixture() {
    static const std::unique_ptr<Fixture> built = [] {
        auto made = std::make_unique<Fixture>();
        store::Database db = store::Database::open(made->dir.path());
        db.ensureWorkshop(store::Workshop{"demo", "Place Carnot", "Saint-Étienne", "{}", ""});
        made->session = db.createSession("demo");
        store::testing::WorkshopSimulator simulator(2024);
        const auto start = std::chrono::steady_clock::now();
        {
            store::EventLog log(db, made->session, core::Board{}, 0);
            for (std::int64_t i = 0; i < g_fixtureEvents; ++i) {
                const core::Event event = simulator.next();
                log.append(simulator.tMs(), event);
                if (i % 250 == 249) {
                    log.flush(std::chrono::minutes(1));
                    while (log.status().durableSeq - log.status().snapshotSeq > 4500) {
                        std::this_thread::sleep_for(std::chrono::milliseconds(1));
                    }
                }
            }
        }
        std::fprintf(stderr, "fixture: %lld events written in %.1f s\n",
                     static_cast<long long>(g_fixtureEvents),
                     std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        return made;
    }();
    return *built;
}

// Opening a session for replay: the read-only connection and the index of event times and phases.
void BM_PlayerOpen(benchmark::State& state) {
    const Fixture& f = fixture();
    for (auto _ : state) {
        replay::Player player(f.dir.dataFile(), f.session);
        benchmark::DoNotOptimize(player.durationMs());
    }
}

// Scrubbing: a seek to a random time of the session, from wherever the last seek left the board.
void BM_PlayerSeekRandom(benchmark::State& state) {
    const Fixture& f = fixture();
    replay::Player player(f.dir.dataFile(), f.session);
    std::mt19937_64 random(99);
    std::uniform_int_distribution<std::int64_t> times(0, player.durationMs());
    for (auto _ : state) {
        player.seek(times(random));
        benchmark::DoNotOptimize(player.board().cards.size());
    }
    state.counters["session_events"] = static_cast<double>(player.recording().eventCount());
    state.counters["session_minutes"] = static_cast<double>(player.durationMs()) / 60000.0;
}

// The slowest seek: just before the last snapshot, where the largest board before it is decoded and the
// most events follow it; alternated with the start so that every seek rebuilds from a snapshot.
void BM_PlayerSeekWorst(benchmark::State& state) {
    const Fixture& f = fixture();
    replay::Player player(f.dir.dataFile(), f.session);
    const auto& snapshots = player.recording().snapshotSeqs();
    const std::int64_t seq = snapshots.size() >= 2 ? snapshots[snapshots.size() - 1] - 1 : 1;
    const std::int64_t target = player.recording().timeOfSeq(seq);
    for (auto _ : state) {
        state.PauseTiming();
        player.seek(0);
        state.ResumeTiming();
        player.seek(target);
        benchmark::DoNotOptimize(player.board().strokes.size());
    }
    state.counters["events_replayed"] =
        static_cast<double>(player.seq() - (snapshots.size() >= 2 ? snapshots[snapshots.size() - 2] : 0));
}

// Playback at ×32: one frame's advance (16 ms of wall time), folding the events of that half second.
void BM_PlayerAdvanceFrameAt32x(benchmark::State& state) {
    const Fixture& f = fixture();
    replay::Player player(f.dir.dataFile(), f.session);
    player.setSpeed(replay::kMaxSpeed);
    player.seek(player.durationMs() / 2);
    player.play();
    for (auto _ : state) {
        if (!player.playing()) {
            player.seek(player.durationMs() / 2);
            player.play();
        }
        player.advance(16);
        benchmark::DoNotOptimize(player.board().cards.size());
    }
}

} // namespace

int main(int argc, char** argv) {
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
    for (auto* registered :
         {benchmark::RegisterBenchmark("BM_PlayerOpen", BM_PlayerOpen),
          benchmark::RegisterBenchmark("BM_PlayerSeekRandom", BM_PlayerSeekRandom),
          benchmark::RegisterBenchmark("BM_PlayerSeekWorst", BM_PlayerSeekWorst),
          benchmark::RegisterBenchmark("BM_PlayerAdvanceFrameAt32x", BM_PlayerAdvanceFrameAt32x)}) {
        registered->Unit(benchmark::kMillisecond)->UseRealTime();
        if (quick) {
            registered->Iterations(3);
        }
    }
    spdlog::set_level(spdlog::level::err);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

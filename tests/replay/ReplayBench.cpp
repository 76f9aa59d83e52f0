// Replay benchmarks (Google Benchmark): the Player's seek anywhere in a 1,000,000-event session (its
// budget: 50 ms), and opening a session for replay. Figures go to docs/performance.md.
// The session is the store benchmarks' (BenchFixture.hpp), sized by the same flags:
// --atelier_fixture_events=N (default 1,000,000) and --atelier_quick, a smoke run whose figures mean nothing.
#include "BenchFixture.hpp"
#include "replay/Player.hpp"

#include <benchmark/benchmark.h>
#include <random>
#include <spdlog/spdlog.h>

namespace {

using namespace atelier;

using store::testing::BenchFixture;
using store::testing::benchFixture;

// Opening a session for replay: the read-only connection and the index of event times and phases.
void BM_PlayerOpen(benchmark::State& state) {
    const BenchFixture& f = benchFixture();
    for (auto _ : state) {
        replay::Player player(f.dir.dataFile(), f.session);
        benchmark::DoNotOptimize(player.durationMs());
    }
}

// Scrubbing: a seek to a random time of the session, from wherever the last seek left the board.
void BM_PlayerSeekRandom(benchmark::State& state) {
    const BenchFixture& f = benchFixture();
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
    const BenchFixture& f = benchFixture();
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
    const BenchFixture& f = benchFixture();
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
    const bool quick = store::testing::takeBenchFlags(argc, argv);
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

// Gesture processing per frame: 40 simultaneous contacts at 240 Hz over a board of 500 items (the
// budget in docs/performance.md).
#include "GestureHarness.hpp"

#include "core/Apply.hpp"

#include <benchmark/benchmark.h>

#include <cmath>
#include <numbers>
#include <vector>

namespace atelier::input::testing {
namespace {

constexpr int kItems = 500;
constexpr int kContacts = 40;
constexpr std::int64_t kFrameMs = 4; // 240 Hz: one sample of every contact per frame

/// 450 cards and 50 photos spread over the table, in a grid with a little rotation.
core::Board crowdedBoard() {
    core::Board board = tableBoard(8);
    for (int i = 0; i < kItems; ++i) {
        const core::Vec2 centre{30.0 + (i % 25) * 46.0, 30.0 + (i / 25) * 31.0};
        if (i % 10 == 9) {
            addPhoto(board, centre, {80, 50}, 0.1 * (i % 7));
        } else {
            addCard(board, centre, {40, 25}, 0.05 * (i % 5), 1 + i % 8);
        }
    }
    return board;
}

/// Where contact `i` is at frame `n`: each circles around the item it grabbed.
core::Vec2 fingerAt(const core::Vec2& start, int i, std::int64_t n) {
    const double angle = 0.02 * static_cast<double>(n) + i;
    return core::Vec2{start.x + 20.0 * std::cos(angle) - 20.0 * std::cos(static_cast<double>(i)),
                      start.y + 20.0 * std::sin(angle) - 20.0 * std::sin(static_cast<double>(i))};
}

/// One frame as the main loop runs it: samples through the tracker and the engine, then update; with `apply`,
/// every output is applied to the board as well.
void runFrames(benchmark::State& state, bool apply) {
    core::Board board = crowdedBoard();
    GestureOptions options;
    ContactTracker tracker(TrackerOptions{options.surfaceMm, 50, 64});
    GestureEngine engine(options);
    GestureResult result;
    std::vector<Contact> clean;
    std::vector<core::Vec2> starts;
    std::int64_t t = 0;
    for (int i = 0; i < kContacts; ++i) {
        // Every 12th item: forty different cards and photos spread over the whole table.
        const int item = i * 12 + 3;
        const core::Vec2 start{30.0 + (item % 25) * 46.0, 30.0 + (item / 25) * 31.0};
        starts.push_back(start);
        tracker.accept(contact(static_cast<ContactId>(i), Phase::Down, start, t), clean);
    }
    for (const Contact& c : clean) {
        engine.handle(c, board, result);
    }
    engine.update(t, board, result);
    for (const GestureOutput& output : result.outputs) {
        core::apply(board, output.event);
    }
    result.clear();

    std::int64_t n = 0;
    std::size_t outputs = 0;
    for (auto _ : state) {
        ++n;
        t += kFrameMs;
        clean.clear();
        for (int i = 0; i < kContacts; ++i) {
            tracker.accept(contact(static_cast<ContactId>(i), Phase::Move, fingerAt(starts[i], i, n), t),
                           clean);
        }
        for (const Contact& c : clean) {
            engine.handle(c, board, result);
        }
        engine.update(t, board, result);
        if (apply) {
            for (const GestureOutput& output : result.outputs) {
                core::apply(board, output.event);
            }
        }
        outputs += result.outputs.size();
        benchmark::DoNotOptimize(result.outputs.data());
        result.clear();
    }
    state.counters["contacts"] = kContacts;
    state.counters["items"] = kItems;
    state.counters["events/frame"] =
        static_cast<double>(outputs) / static_cast<double>(std::max<std::int64_t>(n, 1));
}

void BM_GestureFrame(benchmark::State& state) {
    runFrames(state, false);
}

void BM_GestureFrameWithApply(benchmark::State& state) {
    runFrames(state, true);
}

/// The worst case for hit-testing: forty fingers land at once on a board of 500 items, then lift.
void BM_FortyTouchesLandAndLift(benchmark::State& state) {
    const core::Board board = crowdedBoard();
    GestureOptions options;
    ContactTracker tracker(TrackerOptions{options.surfaceMm, 50, 64});
    GestureEngine engine(options);
    GestureResult result;
    std::vector<Contact> clean;
    std::int64_t t = 0;
    for (auto _ : state) {
        clean.clear();
        t += kFrameMs;
        for (int i = 0; i < kContacts; ++i) {
            const core::Vec2 at{15.0 + i * 29.0, 20.0 + i * 15.0};
            tracker.accept(contact(static_cast<ContactId>(i), Phase::Down, at, t), clean);
            tracker.accept(contact(static_cast<ContactId>(i), Phase::Up, at, t + 1), clean);
        }
        for (const Contact& c : clean) {
            engine.handle(c, board, result);
        }
        engine.update(t + 1, board, result);
        benchmark::DoNotOptimize(result.outputs.data());
        result.clear();
    }
}

BENCHMARK(BM_GestureFrame)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_GestureFrameWithApply)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_FortyTouchesLandAndLift)->Unit(benchmark::kMicrosecond);

} // namespace
} // namespace atelier::input::testing

BENCHMARK_MAIN();

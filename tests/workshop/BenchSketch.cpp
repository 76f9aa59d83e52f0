// Costs of the board tools per touch sample: a pen, an eraser crossing a board full of sketches, a lasso.
#include <benchmark/benchmark.h>

#include "core/Apply.hpp"
#include "workshop/Clustering.hpp"
#include "workshop/SketchTool.hpp"

#include <cmath>
#include <string>

namespace atelier::workshop {
namespace {

/// 50 photos of 200 × 150 mm, each with 10 strokes of 200 points (500 strokes, 100,000 points), and 450
/// cards.
core::Board busyBoard() {
    core::Board board;
    core::apply(board, core::SessionConfigured{6, 5, "bench", 0});
    core::ItemId id = 1;
    for (int p = 0; p < 50; ++p) {
        const core::ItemId photo = id++;
        const core::Vec2 centre{120.0 + (p % 10) * 110, 100.0 + (p / 10) * 120};
        core::apply(board, core::PhotoPlaced{
                               photo, std::string(64, 'a'), core::Pose{centre, 0.1 * p, 1}, {200, 150}, 0});
        for (int s = 0; s < 10; ++s) {
            std::vector<core::Vec2> points;
            for (int i = 0; i < 200; ++i) {
                points.push_back({-90.0 + 0.9 * i, -60.0 + 12 * s + 4 * std::sin(i * 0.2)});
            }
            core::apply(board, core::StrokeBegun{id++, photo, 0xD55E00FFu, 4, points, 1});
        }
    }
    for (int c = 0; c < 450; ++c) {
        core::apply(board, core::CardCreated{id++,
                                             core::Pose{{40.0 + (c % 30) * 38, 40.0 + (c / 30) * 40}, 0, 1},
                                             {80, 50},
                                             "idée",
                                             0,
                                             1});
    }
    return board;
}

input::Contact sample(input::Phase phase, core::Vec2 pos, std::int64_t t) {
    input::Contact contact;
    contact.id = 1;
    contact.source = input::Source::Touch;
    contact.phase = phase;
    contact.posMm = pos;
    contact.tMs = t;
    return contact;
}

/// One eraser move (2 mm) over the busy board: every live stroke is tested against the path.
void BM_EraserSample(benchmark::State& state) {
    const core::Board board = busyBoard();
    SketchTool tool;
    std::vector<WorkshopOutput> out;
    tool.eraserDown(sample(input::Phase::Down, {5, 5}, 0), 1, board, out);
    std::int64_t t = 0;
    for (auto _ : state) {
        out.clear();
        t += 4;
        tool.follow(sample(input::Phase::Move, {5.0 + static_cast<double>(t % 400) * 0.5, 5}, t), board, out);
        benchmark::DoNotOptimize(out.data());
    }
}
BENCHMARK(BM_EraserSample);

/// One pen sample on a photo (smoothing, frame change, batching).
void BM_PenSample(benchmark::State& state) {
    const core::Board board = busyBoard();
    SketchTool tool;
    std::vector<WorkshopOutput> out;
    tool.penDown(sample(input::Phase::Down, {120, 100}, 0), 1, *board.findPhoto(1), 100000, PenStyle{}, out);
    std::int64_t t = 0;
    for (auto _ : state) {
        out.clear();
        t += 4;
        const double a = static_cast<double>(t) * 0.01;
        tool.follow(sample(input::Phase::Move, {120 + 40 * std::cos(a), 100 + 40 * std::sin(a)}, t), board,
                    out);
        benchmark::DoNotOptimize(out.data());
    }
}
BENCHMARK(BM_PenSample);

/// A lasso of 600 points (a loop of 1.2 m) closed around a quarter of the 450 cards.
void BM_LassoCards(benchmark::State& state) {
    const core::Board board = busyBoard();
    std::vector<core::Vec2> path;
    for (int i = 0; i < 600; ++i) {
        const double a = 2 * 3.14159265358979 * i / 600;
        path.push_back({300 + 190 * std::cos(a), 200 + 190 * std::sin(a)});
    }
    for (auto _ : state) {
        benchmark::DoNotOptimize(cardsInLasso(board, path));
    }
}
BENCHMARK(BM_LassoCards);

/// "Suggest clusters" over the 450 cards (single linkage, all pairs).
void BM_SuggestClusters(benchmark::State& state) {
    const core::Board board = busyBoard();
    for (auto _ : state) {
        benchmark::DoNotOptimize(suggestClusters(board, 45));
    }
}
BENCHMARK(BM_SuggestClusters);

} // namespace
} // namespace atelier::workshop

BENCHMARK_MAIN();

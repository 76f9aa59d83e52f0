// libFuzzer target: any bytes through the input-script reader, then played through tracker and gesture
// engine.
#include "core/Apply.hpp"
#include "input/ContactTracker.hpp"
#include "input/GestureEngine.hpp"
#include "input/ScriptPlayer.hpp"
#include "input/ScriptReader.hpp"
#include "input/TargetRegistry.hpp"

#include <spdlog/spdlog.h>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace {

using namespace atelier;

/// A small table with two cards and a photo, so that scripts can grab, pinch and throw things.
core::Board fuzzBoard() {
    core::Board board;
    core::apply(board, core::SessionConfigured{4, 3, "fuzz", 0});
    core::apply(board, core::CardCreated{1, core::Pose{{300, 300}, 0, 1}, {60, 40}, "a", 0, 1});
    core::apply(board, core::CardCreated{2, core::Pose{{600, 300}, 0.5, 1}, {60, 40}, "b", 0, 2});
    core::apply(board,
                core::PhotoPlaced{3, std::string(64, 'a'), core::Pose{{800, 400}, 0, 1}, {300, 200}, 0});
    return board;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
    spdlog::set_level(spdlog::level::off);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const input::Script script = input::ScriptReader::parse(text);
    for (const input::ScriptError& error : script.errors) {
        if (error.text().empty()) {
            __builtin_trap();
        }
    }
    if (script.lines.size() > 2000) {
        return 0; // parsing was the point; playing this many lines would only slow the fuzzer
    }
    core::Board board = fuzzBoard();
    const input::SurfaceMapping mapping({1210, 680});
    input::ScriptPlayer player(script.lines, mapping, 0);
    input::ContactTracker tracker(input::TrackerOptions{mapping.sizeMm(), 50, 64});
    input::GestureEngine engine;
    input::GestureResult result;
    std::vector<input::Contact> raw;
    std::vector<input::Contact> clean;
    const auto frame = [&](std::int64_t now) {
        const input::TargetRegistry targets = input::TargetRegistry::fromBoard(board);
        raw.clear();
        clean.clear();
        player.poll(now, targets, raw);
        for (const input::Contact& contact : raw) {
            tracker.accept(contact, clean);
        }
        tracker.reconcile(input::Source::Script, player.heldIds(), now, clean);
        for (const input::Contact& contact : clean) {
            engine.handle(contact, board, result);
        }
        engine.update(now, board, result);
        for (const input::GestureOutput& output : result.outputs) {
            if (!core::apply(board, output.event)) {
                __builtin_trap(); // the engine must only emit events that fit the board
            }
        }
        result.clear();
    };
    while (const auto due = player.nextDueMs()) {
        frame(*due);
    }
    // Lift whatever the script left down, then let every throw come to rest.
    clean.clear();
    tracker.cancelAll(700000000, clean);
    for (const input::Contact& contact : clean) {
        engine.handle(contact, board, result);
    }
    for (std::int64_t t = 700000000; t < 700010000 && engine.update(t, board, result); t += 500) {
        for (const input::GestureOutput& output : result.outputs) {
            core::apply(board, output.event);
        }
        result.clear();
    }
    return 0;
}

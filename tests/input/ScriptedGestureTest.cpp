// An input script played through the whole pipeline: targets resolved on the live board, ten fingers at once.
#include "input/ScriptPlayer.hpp"
#include "input/ScriptReader.hpp"

#include "GestureHarness.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace atelier::input::testing {
namespace {

TEST(ScriptedGestures, TenScriptedFingersDragTenCardsAndEachEndsWhereItsFingerLeftIt) {
    core::Board board = tableBoard(8);
    std::vector<core::ItemId> cards;
    for (int i = 0; i < 10; ++i) {
        cards.push_back(addCard(board, {110.0 + 110.0 * i, 100}));
    }
    // Each finger lands on its card by name, then drags it to x = 0.1·i + 0.05, y = 0.5 + 0.04·i in 40 steps.
    std::string text = "# ten fingers, ten cards\n";
    for (int i = 0; i < 10; ++i) {
        text += "{\"t\":" + std::to_string(i) + ",\"id\":" + std::to_string(i) +
                ",\"phase\":\"down\",\"target\":\"card." + std::to_string(cards[i]) + "\"}\n";
    }
    const auto x = [](int i, int step) {
        return (110.0 + 110.0 * i + (step / 40.0) * (121.0 * i + 60.5 - 110.0 - 110.0 * i)) / 1210.0;
    };
    const auto y = [](int i, int step) {
        return (100.0 + (step / 40.0) * ((0.5 + 0.04 * i) * 680.0 - 100.0)) / 680.0;
    };
    for (int step = 1; step <= 40; ++step) {
        for (int i = 0; i < 10; ++i) {
            text += "{\"t\":" + std::to_string(10 + step * 8) + ",\"id\":" + std::to_string(i) +
                    ",\"phase\":\"move\",\"x\":" + std::to_string(x(i, step)) +
                    ",\"y\":" + std::to_string(y(i, step)) + "}\n";
        }
    }
    for (int i = 0; i < 10; ++i) {
        text += "{\"t\":" + std::to_string(700 + i) + ",\"id\":" + std::to_string(i) +
                ",\"phase\":\"up\",\"x\":" + std::to_string(x(i, 40)) + ",\"y\":" + std::to_string(y(i, 40)) +
                "}\n";
    }
    const Script script = ScriptReader::parse(text);
    ASSERT_TRUE(script.ok()) << script.errors.front().text();

    GestureHarness h(board);
    ScriptPlayer player(script.lines, SurfaceMapping({1210, 680}), 1000);
    std::int64_t now = 1000;
    while (!player.finished()) {
        std::vector<Contact> raw;
        player.poll(now, TargetRegistry::fromBoard(h.board()), raw);
        for (const Contact& c : raw) {
            h.send(c);
        }
        std::vector<Contact> ghosts;
        h.tracker().reconcile(Source::Script, player.heldIds(), now, ghosts);
        ASSERT_TRUE(ghosts.empty());
        h.frame(now);
        now += 4;
    }
    h.settle(now);

    EXPECT_TRUE(player.problems().empty());
    for (int i = 0; i < 10; ++i) {
        const core::Vec2 centre = h.board().findCard(cards[i])->pose.centre;
        EXPECT_NEAR(centre.x, x(i, 40) * 1210.0, 0.011) << "card " << i;
        EXPECT_NEAR(centre.y, y(i, 40) * 680.0, 0.011) << "card " << i;
    }
    EXPECT_TRUE(h.refusals().empty());
    EXPECT_EQ(h.replayed(), h.board());
}

} // namespace
} // namespace atelier::input::testing

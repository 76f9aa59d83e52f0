// Two seats on opposite edges write at the same time on their own keyboards, through the real binary.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <numbers>
#include <sstream>

#include "Image.hpp"
#include "Process.hpp"
#include "SeededSession.hpp"

namespace atelier::testing {
namespace {

const std::filesystem::path kAtelier = ATELIER_BINARY;

/// Writes the script lines of taps, keeping time order across fingers.
class ScriptWriter {
public:
    void tap(int finger, const std::string& target) {
        m_out << R"({"t":)" << m_t << R"(,"id":)" << finger << R"(,"phase":"down","target":")" << target
              << "\"}\n";
        m_out << R"({"t":)" << m_t + 40 << R"(,"id":)" << finger << R"(,"phase":"up","target":")" << target
              << "\"}\n";
        m_t += 70;
    }
    void line(const std::string& json) { m_out << json << "\n"; }
    int now() const { return m_t; }
    void wait(int ms) { m_t += ms; }
    std::string text() const { return m_out.str(); }

private:
    std::ostringstream m_out;
    int m_t = 0;
};

std::string keyOf(char32_t c) {
    if (c == U' ') {
        return "space";
    }
    std::string utf8;
    if (c < 0x80) {
        utf8 += static_cast<char>(std::tolower(static_cast<int>(c)));
    } else {
        utf8 += static_cast<char>(0xC0 | (c >> 6));
        utf8 += static_cast<char>(0x80 | (c & 0x3F));
    }
    return utf8;
}

TEST(SeatsTypingTest, TwoSeatsTypeAtTheSameTimeAndABinnedCardComesBack) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    const std::int64_t session = seedDemoSession(data, {});
    const std::u32string first = U"Un jardin partagé";
    const std::u32string second = U"Plus d'arbres, moins de béton";

    ScriptWriter script;
    script.tap(1, "seat.1.dock.new_card");
    script.tap(2, "seat.4.dock.new_card");
    for (std::size_t i = 0; i < std::max(first.size(), second.size()); ++i) {
        if (i < first.size()) {
            script.tap(1, "seat.1.keyboard." + keyOf(first[i]));
        }
        if (i < second.size()) {
            script.tap(2, "seat.4.keyboard." + keyOf(second[i]));
        }
    }
    // Backspace over "é" takes the whole letter; then it is typed again.
    script.tap(1, "seat.1.keyboard.backspace");
    script.tap(1, "seat.1.keyboard.é");
    script.tap(1, "seat.1.keyboard.enter");
    script.tap(2, "seat.4.keyboard.enter");
    const std::string shotFile = (dir.path() / "two-cards.png").string();
    std::ofstream(dir.path() / "typing.jsonl") << script.text();

    const std::filesystem::path config = dir.path() / "atelier.toml";
    std::ofstream(config) << "[input]\ntuio = false\n";
    const ProcessResult typed =
        runProcess(kAtelier,
                   {"--config", config.string(), "--data", data.string(), "--headless", "--size", "1210x680",
                    "--input-script", (dir.path() / "typing.jsonl").string(), "--quit-after-script",
                    "--screenshot", shotFile},
                   std::chrono::seconds(120), atelierEnvironment());
    ASSERT_EQ(typed.exitCode, 0) << typed.output;

    const core::Board board = boardOf(data, session);
    const core::Card* bottom = nullptr;
    const core::Card* top = nullptr;
    for (const auto& [id, card] : board.cards) {
        (card.seat == 1 ? bottom : top) = &card;
    }
    ASSERT_NE(bottom, nullptr);
    ASSERT_NE(top, nullptr);
    EXPECT_EQ(bottom->text, "Un jardin partagé");
    EXPECT_EQ(top->text, "Plus d'arbres, moins de béton");
    EXPECT_EQ(top->seat, 4);
    EXPECT_NEAR(bottom->pose.rotation, 0.0, 1e-4) << "seat 1's card faces the bottom edge";
    EXPECT_NEAR(std::abs(top->pose.rotation), std::numbers::pi, 1e-4) << "seat 4's card faces the top edge";
    EXPECT_GT(bottom->pose.centre.y, 340) << "in front of seat 1";
    EXPECT_LT(top->pose.centre.y, 340) << "in front of seat 4";
    EXPECT_EQ(countEvents(data, session, "card.created"), 2);
    // One backspace after "partagé" left "partag": the whole "é", never half of its two bytes.
    EXPECT_EQ(countEditsTo(data, session, "Un jardin partag"), 2) << "typed, then again after the backspace";

    // On screen: 1 px per mm here, so each card's body shows where the model says, paper white: nobody picked
    // a category for it (render::kNoCategoryColour).
    const std::optional<Image> shot = loadPng(shotFile);
    ASSERT_TRUE(shot);
    for (const core::Card* card : {bottom, top}) {
        const int x =
            static_cast<int>(card->pose.centre.x - card->size.width * 0.4 * std::cos(card->pose.rotation));
        const int y = static_cast<int>(card->pose.centre.y);
        EXPECT_TRUE(near(shot->at(x, y), Colour{0xFA, 0xF8, 0xF2}, 12))
            << "card of seat " << card->seat << " at " << x << "," << y;
        // Its text is there too: dark pixels in the middle of the card.
        const int cx = static_cast<int>(card->pose.centre.x);
        const int cy = static_cast<int>(card->pose.centre.y);
        EXPECT_GT(shot->countDarker(cx - 45, cy - 25, cx + 45, cy + 25, 90), 20) << "seat " << card->seat;
    }

    // Seat 1 drags its card onto its own bin: deleted. Its undo brings it back.
    ScriptWriter bin;
    const std::string card = "card." + std::to_string(bottom->id);
    bin.line(R"({"t":0,"id":7,"phase":"down","target":")" + card + "\"}");
    for (int step = 1; step <= 10; ++step) {
        bin.line(R"({"t":)" + std::to_string(step * 40) +
                 R"(,"id":7,"phase":"move","target":"seat.1.dock.bin","dx":)" +
                 std::to_string((10 - step) * 20) + R"(,"dy":)" + std::to_string((step - 10) * 12) + "}");
    }
    bin.line(R"({"t":460,"id":7,"phase":"up","target":"seat.1.dock.bin"})");
    bin.line(R"({"t":700,"id":8,"phase":"down","target":"seat.1.dock.undo"})");
    bin.line(R"({"t":740,"id":8,"phase":"up","target":"seat.1.dock.undo"})");
    std::ofstream(dir.path() / "bin.jsonl") << bin.text();
    const ProcessResult binned =
        runProcess(kAtelier,
                   {"--config", config.string(), "--data", data.string(), "--headless", "--size", "1210x680",
                    "--input-script", (dir.path() / "bin.jsonl").string(), "--quit-after-script"},
                   std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(binned.exitCode, 0) << binned.output;
    EXPECT_EQ(countEvents(data, session, "card.deleted"), 1) << binned.output;
    EXPECT_EQ(countEvents(data, session, "card.restored"), 1) << binned.output;
    const core::Board after = boardOf(data, session);
    ASSERT_NE(after.findCard(bottom->id), nullptr);
    EXPECT_FALSE(after.findCard(bottom->id)->deleted);
    EXPECT_EQ(after.findCard(bottom->id)->text, "Un jardin partagé");
}

} // namespace
} // namespace atelier::testing

// The rules of the board through the real binary: a locked phase stays locked, clusters keep only what their
// outline holds, items do not bury each other, keyboards and docks never hide cards, a card's size stays
// bounded, nothing unchanged is logged and blank cards do not pile up.
#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <numbers>
#include <sstream>

#include "BoardBoxes.hpp"
#include "Process.hpp"
#include "SeededSession.hpp"
#include "core/BoardHash.hpp"
#include "core/Sha256.hpp"
#include "store/Database.hpp"
#include "workshop/DockLayout.hpp"
#include "workshop/KeyboardLayout.hpp"
#include "workshop/SeatLayout.hpp"

namespace atelier::testing {
namespace {

const std::filesystem::path kAtelier = ATELIER_BINARY;
constexpr core::Vec2 kSurface{1210, 680};

constexpr auto at = scriptAt;
constexpr auto on = scriptOn;

/// The hash of PIN 2468 (as PanelTest's: 1000 rounds, fast under ASan).
constexpr const char* kPinHash = "pbkdf2-sha256$1000$00112233445566778899aabbccddeeff$"
                                 "23ad2daa4e59be477bd7ef0eb0dc22c3e4f52a97976a7824b1a17a910ff6bc66";

/// The seats, docks and keyboards of the seeded six-seat table.
struct Layout {
    workshop::SeatLayout seats{6, kSurface};
    workshop::DockLayout docks{seats};
    Box keyboard(int seat) const {
        return boxOf(docks.keyboardPose(seat), workshop::KeyboardLayout::french().panelSize());
    }
    std::vector<Box> dockButtons() const {
        std::vector<Box> boxes;
        for (int seat = 1; seat <= 6; ++seat) {
            for (const workshop::DockPlace& place : docks.buttons(seat)) {
                boxes.push_back(boxOf(place.pose, place.size));
            }
        }
        return boxes;
    }
};

/// The script's lines in time order (fingers written one after the other play together).
std::string byTime(const std::string& script) {
    std::vector<std::pair<long, std::string>> lines;
    std::istringstream in(script);
    for (std::string line; std::getline(in, line);) {
        lines.emplace_back(std::stol(line.substr(line.find(':') + 1)), line);
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::string out;
    for (const auto& [t, line] : lines) {
        out += line + "\n";
    }
    return out;
}

/// A table of six seats over a seeded data dir; runs scripts through the real binary.
class BoardRules : public ::testing::Test {
protected:
    void SetUp() override {
        m_data = m_dir.path() / "data";
        std::ofstream(m_dir.path() / "atelier.toml")
            << "[input]\ntuio = false\n[panel]\ngesture_hold_s = 1\npin_hash = \"" << kPinHash << "\"\n";
    }
    void seed(const std::vector<core::Event>& events) { m_session = seedDemoSession(m_data, events); }
    ProcessResult play(const std::string& script) {
        const std::filesystem::path file = m_dir.path() / ("script" + std::to_string(++m_runs) + ".jsonl");
        std::ofstream(file) << byTime(script);
        ProcessResult result = runProcess(kAtelier,
                                          {"--config", (m_dir.path() / "atelier.toml").string(), "--data",
                                           m_data.string(), "--headless", "--size", "1210x680",
                                           "--input-script", file.string(), "--quit-after-script"},
                                          std::chrono::seconds(120), atelierEnvironment());
        EXPECT_EQ(result.exitCode, 0) << result.output;
        EXPECT_EQ(core::boardHash(board()), loggedHash(result.output))
            << "the log rebuilds the table's board";
        return result;
    }
    core::Board board() const { return boardOf(m_data, m_session); }
    std::int64_t count(const char* type) const { return countEvents(m_data, m_session, type); }

    TempDir m_dir;
    std::filesystem::path m_data;
    std::int64_t m_session = 0;
    int m_runs = 0;
};

/// A finger from `from` to `to` in `steps` moves 20 ms apart, resting 200 ms before it lifts (no throw).
std::string drag(int& t, int id, core::Vec2 from, core::Vec2 to, int steps = 10) {
    std::string lines = at(t, id, "down", from);
    for (int i = 1; i <= steps; ++i) {
        const double k = static_cast<double>(i) / steps;
        lines += at(t + 20 * i, id, "move", {from.x + (to.x - from.x) * k, from.y + (to.y - from.y) * k});
    }
    lines += at(t + 20 * steps + 200, id, "up", to);
    t += 20 * steps + 400;
    return lines;
}

/// A tap on a named target.
std::string tap(int& t, int id, const std::string& target) {
    std::string lines = on(t, id, "down", target) + on(t + 40, id, "up", target);
    t += 150;
    return lines;
}

/// A card of the standard size (110 × 72 mm) written by seat 1.
core::CardCreated bigCardAt(core::ItemId id, double x, double y) {
    core::CardCreated card = cardAt(id, x, y);
    card.size = {110, 72};
    return card;
}

TEST_F(BoardRules, InALockedPhaseNothingMovesRaisesTypesOrDraws) {
    core::PhotoPlaced photo;
    photo.id = 3;
    photo.assetHash = core::sha256Hex(std::vector<std::uint8_t>{'x'});
    photo.pose.centre = {900, 330};
    photo.size = {300, 200};
    seed({cardAt(1, 300, 250), cardAt(2, 600, 250), photo, core::ClusterFormed{4, "", {1, 2}, 1},
          core::PhaseStarted{4, "Restitution", {"locked"}, 900, 0}});
    const core::Board before = board();

    std::string script;
    int t = 0;
    script += drag(t, 1, {300, 250}, {420, 330}); // a card
    script += drag(t, 2, {900, 330}, {820, 400}); // the photo
    script += tap(t, 3, "card.1");                // a double tap: a keyboard would open
    script += tap(t, 3, "card.1");
    script += tap(t, 4, "photo.3"); // a tap raises a photo elsewhere
    script += at(t, 5, "down", {600, 250}) + at(t + 900, 5, "up", {600, 250}); // a long press duplicates
    t += 1000;
    script += tap(t, 6, "seat.1.dock.new_card");
    script += tap(t, 6, "seat.1.dock.pen");
    script += drag(t, 7, {880, 300}, {950, 360}); // with a pen this would draw
    std::string lasso;
    for (int i = 0; i <= 40; ++i) {
        const double a = 2 * std::numbers::pi * i / 40;
        lasso +=
            at(t + 10 * i, 8, i == 0 ? "down" : "move", {450 + 200 * std::cos(a), 250 + 120 * std::sin(a)});
    }
    script += lasso + at(t + 450, 8, "up", {650, 250});
    const ProcessResult result = play(script);

    for (const char* type : {"card.moved", "photo.moved", "item.raised", "card.edited", "stroke.begun",
                             "cluster.left", "cluster.formed"}) {
        EXPECT_EQ(count(type), type == std::string("cluster.formed") ? 1 : 0) << type << "\n"
                                                                              << result.output;
    }
    EXPECT_EQ(count("card.created"), 2) << "no new card, no duplicate";
    const core::Board after = board();
    EXPECT_EQ(after.cards, before.cards) << "the board stays as presented";
    EXPECT_EQ(after.photos, before.photos);
}

TEST_F(BoardRules, ACardDraggedOutOfItsClusterDuringTheVoteLeavesIt) {
    seed({cardAt(1, 250, 200), cardAt(2, 350, 200), cardAt(3, 300, 270),
          core::ClusterFormed{4, "", {1, 2, 3}, 1}, core::PhaseStarted{3, "Vote", {"vote"}, 600, 0}});
    int t = 0;
    const ProcessResult result = play(drag(t, 1, {300, 270}, {650, 420}));
    EXPECT_EQ(count("cluster.left"), 1) << result.output;
    EXPECT_EQ(board().findCluster(4)->cards, (std::vector<core::ItemId>{1, 2}))
        << "the outline no longer stretches to the card";
}

TEST_F(BoardRules, ADragThatSpansAPhaseChangeStillLeavesItsCluster) {
    seed({cardAt(1, 250, 200), cardAt(2, 350, 200), cardAt(3, 300, 270),
          core::ClusterFormed{4, "", {1, 2, 3}, 1},
          core::PhaseStarted{2, "Scénarios d’usage", {"cards", "cluster"}, 1200, 0}});
    // Finger 9 holds card 3 and moves a little; meanwhile the facilitator opens the panel and starts the
    // Vote; then the finger carries the card far from its cluster, rests and lifts.
    std::string script = at(0, 9, "down", {300, 270}) + at(40, 9, "move", {305, 272});
    int t = 100;
    const double fingers[3][2] = {{0.03, 0.93}, {0.06, 0.95}, {0.04, 0.90}};
    for (int i = 0; i < 3; ++i) {
        script += R"({"t":)" + std::to_string(t) + R"(,"id":)" + std::to_string(20 + i) +
                  R"(,"phase":"down","x":)" + std::to_string(fingers[i][0]) + R"(,"y":)" +
                  std::to_string(fingers[i][1]) + "}\n";
    }
    for (int i = 0; i < 3; ++i) {
        script += R"({"t":)" + std::to_string(t + 1300) + R"(,"id":)" + std::to_string(20 + i) +
                  R"(,"phase":"up","x":)" + std::to_string(fingers[i][0]) + R"(,"y":)" +
                  std::to_string(fingers[i][1]) + "}\n";
    }
    t += 1600;
    for (const char* key : {"pinpad.2", "pinpad.4", "pinpad.6", "pinpad.8", "pinpad.ok"}) {
        script += tap(t, 1, key);
    }
    t += 300;
    script += tap(t, 1, "panel.phase.4");
    t += 300;
    for (int i = 1; i <= 10; ++i) {
        script += at(t + 20 * i, 9, "move", {305 - 18.5 * i, 272 + 2.0 * i});
    }
    script += at(t + 500, 9, "up", {120, 292});
    const ProcessResult result = play(script);
    ASSERT_EQ(board().phase.name, "Vote") << result.output;
    EXPECT_EQ(count("cluster.left"), 1) << result.output;
    EXPECT_EQ(board().findCluster(4)->cards, (std::vector<core::ItemId>{1, 2}));
}

TEST_F(BoardRules, ASeatsNewCardsLieNearItWithoutCoveringEachOther) {
    seed({});
    std::string script;
    int t = 0;
    for (const char* letter : {"a", "b", "c"}) {
        script += tap(t, 1, "seat.1.dock.new_card");
        script += tap(t, 1, std::string("seat.1.keyboard.") + letter);
        script += tap(t, 1, "seat.1.keyboard.enter");
    }
    const ProcessResult result = play(script);
    std::vector<core::Card> cards;
    for (const auto& [id, card] : board().cards) {
        cards.push_back(card);
    }
    ASSERT_EQ(cards.size(), 3U) << result.output;
    const Layout layout;
    for (std::size_t i = 0; i < cards.size(); ++i) {
        EXPECT_EQ(layout.seats.seatAt(cards[i].pose.centre).number, 1) << "in front of its seat";
        for (std::size_t j = i + 1; j < cards.size(); ++j) {
            EXPECT_FALSE(boxOf(cards[i]).overlaps(boxOf(cards[j])))
                << "cards " << cards[i].id << " " << boxOf(cards[i]) << " and " << cards[j].id << " "
                << boxOf(cards[j]);
        }
    }
}

TEST_F(BoardRules, ALongPressDuplicateLiesBesideItsOriginal) {
    seed({bigCardAt(1, 450, 300)});
    const ProcessResult result = play(at(0, 1, "down", {450, 300}) + at(900, 1, "up", {450, 300}));
    const core::Board after = board();
    ASSERT_EQ(after.cards.size(), 2U) << result.output;
    const core::Card& copy = after.cards.rbegin()->second;
    EXPECT_EQ(copy.text, after.findCard(1)->text);
    EXPECT_FALSE(boxOf(copy).overlaps(boxOf(*after.findCard(1))))
        << boxOf(copy) << " covers " << boxOf(*after.findCard(1));
}

TEST_F(BoardRules, APhotoTouchedStaysBelowTheQuestionCard) {
    core::CardCreated question = bigCardAt(1, 605, 340);
    question.size = {180, 80};
    question.seat = 0;
    question.text = "Comment aimeriez-vous vivre cette place ?";
    core::PhotoPlaced photo; // placed after the question, over its left end
    photo.id = 2;
    photo.assetHash = core::sha256Hex(std::vector<std::uint8_t>{'x'});
    photo.pose.centre = {420, 340};
    photo.size = {300, 200};
    seed({question, photo});
    std::string script;
    int t = 0;
    script += tap(t, 1, "photo.2");
    t += 500;                                     // not a double tap
    script += drag(t, 2, {540, 340}, {600, 250}); // where both lie: the card is on top
    const ProcessResult result = play(script);
    const core::Board after = board();
    EXPECT_EQ(after.findPhoto(2)->pose.centre.x, 420) << "the photo stays\n" << result.output;
    EXPECT_NE(after.findCard(1)->pose.centre.y, 340) << "the question card was the one on top";
    EXPECT_EQ(count("photo.moved"), 0);
}

TEST_F(BoardRules, ACardDroppedOnAnotherSeatsOpenKeyboardBouncesOffIt) {
    seed({bigCardAt(1, 600, 300)});
    const Layout layout;
    const Box keyboard = layout.keyboard(2);
    std::string script;
    int t = 0;
    script += tap(t, 2, "seat.2.dock.new_card"); // seat 2's keyboard opens
    const core::Vec2 middle{(keyboard.min.x + keyboard.max.x) / 2, (keyboard.min.y + keyboard.max.y) / 2};
    script += drag(t, 1, {600, 300}, middle);
    const ProcessResult result = play(script);
    const core::Board after = board();
    const core::Card& dropped = *after.findCard(1);
    EXPECT_FALSE(boxOf(dropped).overlaps(keyboard)) << boxOf(dropped) << " under " << keyboard << "\n"
                                                    << result.output;
    for (const auto& [id, card] : after.cards) {
        if (id != 1 && !card.deleted) {
            EXPECT_FALSE(boxOf(card).overlaps(boxOf(dropped))) << "it lands on a free spot, off card " << id;
        }
    }
}

/// A finger takes `from` and throws it along `direction` (unit): five 20 mm steps 10 ms apart (2 m/s),
/// lifting on the sixth.
std::string fling(int& t, int id, core::Vec2 from, core::Vec2 direction) {
    std::string lines = at(t, id, "down", from);
    for (int i = 1; i <= 6; ++i) {
        lines += at(t + 10 * i, id, i == 6 ? "up" : "move",
                    {from.x + 20 * i * direction.x, from.y + 20 * i * direction.y});
    }
    t += 1500; // the glide is over
    return lines;
}

TEST_F(BoardRules, AKeyboardThatOpensOverCardsPushesThemOffForGood) {
    // Cards 1 and 2 lie where seat 2's keyboard opens, card 3 where seat 1's does.
    seed({bigCardAt(1, 850, 600), bigCardAt(2, 975, 590), bigCardAt(3, 302, 600)});
    const Layout layout;
    std::string script;
    int t = 0;
    script += tap(t, 2, "seat.2.dock.new_card"); // opens seat 2's keyboard over cards 1 and 2
    t += 300;
    script += tap(t, 1, "card.3"); // seat 1 double-taps card 3: its keyboard opens over the card it writes
    script += tap(t, 1, "card.3");
    t += 300;
    script += tap(t, 1, "seat.1.keyboard.a");
    t += 300;
    script += tap(t, 2, "seat.2.dock.undo"); // takes back seat 2's new card, not the push
    const ProcessResult result = play(script);
    const core::Board after = board();
    const std::vector<Box> keyboards{layout.keyboard(1), layout.keyboard(2)};
    for (const core::ItemId id : {1, 2, 3}) {
        const core::Card& card = *after.findCard(id);
        for (const Box& keyboard : keyboards) {
            EXPECT_FALSE(boxOf(card).overlaps(keyboard))
                << "card " << id << " " << boxOf(card) << " under " << keyboard << "\n"
                << result.output;
        }
        for (const auto& [other, rest] : after.cards) {
            if (other != id && !rest.deleted) {
                EXPECT_FALSE(boxOf(card).overlaps(boxOf(rest))) << "card " << id << " pushed onto " << other;
            }
        }
    }
    EXPECT_EQ(after.findCard(3)->text, "idée 3a") << "the card pushed off is still the one written";
    EXPECT_EQ(count("card.deleted"), 1) << "seat 2's undo took its new card back";
    EXPECT_EQ(count("card.moved"), 3) << "one push each, none undone";
}

TEST_F(BoardRules, AThrownCardStopsAtTheEdgeOfAnOpenKeyboardOrADock) {
    seed({bigCardAt(1, 900, 240), bigCardAt(2, 300, 300)});
    const Layout layout;
    std::string script;
    int t = 0;
    script += tap(t, 2, "seat.2.dock.new_card"); // seat 2's keyboard opens
    t += 300;
    script += fling(t, 1, {900, 240}, {0, 1}); // at seat 2's open keyboard
    script += fling(t, 3, {300, 300}, {0, 1}); // at seat 1's dock (its keyboard is closed)
    const ProcessResult result = play(script);
    const core::Board after = board();
    const Box atKeyboard = boxOf(*after.findCard(1));
    EXPECT_FALSE(atKeyboard.overlaps(layout.keyboard(2)))
        << atKeyboard << " under " << layout.keyboard(2) << "\n"
        << result.output;
    EXPECT_NEAR(atKeyboard.max.y, layout.keyboard(2).min.y, 3) << "it glided up to the keyboard's edge";
    const Box atDock = boxOf(*after.findCard(2));
    double dockTop = kSurface.y; // of seat 1's buttons, in its path
    for (const Box& button : layout.dockButtons()) {
        EXPECT_FALSE(atDock.overlaps(button)) << atDock << " over a dock button " << button;
        if (button.min.x < atDock.max.x && atDock.min.x < button.max.x && button.min.y > kSurface.y / 2) {
            dockTop = std::min(dockTop, button.min.y);
        }
    }
    EXPECT_NEAR(atDock.max.y, dockTop, 3) << "it glided up to the dock's edge";
}

TEST_F(BoardRules, FiveFingersCannotBlowACardOverADockOrOffTheTable) {
    seed({bigCardAt(1, 350, 560)});
    std::string script;
    const int fingers = 5;
    const core::Vec2 centre{350, 560};
    for (int f = 0; f < fingers; ++f) {
        const double a = 2 * std::numbers::pi * f / fingers + 0.3;
        const core::Vec2 dir{std::cos(a), std::sin(a)};
        script += at(0, 10 + f, "down", {centre.x + 25 * dir.x, centre.y + 25 * dir.y});
        for (int i = 1; i <= 10; ++i) {
            const double r = 25 + 8.5 * i;
            script += at(20 * i, 10 + f, "move", {centre.x + r * dir.x, centre.y + r * dir.y});
        }
        script += at(500, 10 + f, "up", {centre.x + 110 * dir.x, centre.y + 110 * dir.y});
    }
    const ProcessResult grown = play(script);
    core::Card card = *board().findCard(1);
    const Box table{{0, 0}, kSurface};
    EXPECT_LE(card.pose.scale, 2.0) << grown.output;
    EXPECT_TRUE(boxOf(card).inside(table)) << boxOf(card);
    for (const Box& button : Layout{}.dockButtons()) {
        EXPECT_FALSE(boxOf(card).overlaps(button)) << boxOf(card) << " covers a dock button " << button;
    }
}

TEST_F(BoardRules, TwoFingersPinchACardBackDownRightAfterItsBound) {
    seed({bigCardAt(1, 600, 340)});
    // Two fingers spread from 50 to 150 mm apart (3×, past the 2× bound), then, still down, close to 120 mm.
    std::string script;
    const core::Vec2 centre{600, 340};
    const auto fingersAt = [&](int t, const char* phase, double apart) {
        return at(t, 10, phase, {centre.x - apart / 2, centre.y}) +
               at(t, 11, phase, {centre.x + apart / 2, centre.y});
    };
    script += fingersAt(0, "down", 50);
    int t = 0;
    for (int i = 1; i <= 10; ++i) {
        script += fingersAt(t += 20, "move", 50 + 10 * i);
    }
    for (int i = 1; i <= 6; ++i) {
        script += fingersAt(t += 20, "move", 150 - 5 * i);
    }
    script += fingersAt(t + 300, "up", 120);
    const ProcessResult pinched = play(script);
    const core::Card card = *board().findCard(1);
    EXPECT_NEAR(card.pose.scale, 2.0 * 120 / 150, 0.05)
        << "the pinch back shrinks it at once, from the bound\n"
        << pinched.output;
}

TEST_F(BoardRules, TappingAClusterLabelLogsNoMotionAndLeavesNothingToUndo) {
    seed({cardAt(1, 250, 300), cardAt(2, 350, 300), cardAt(3, 300, 370),
          core::ClusterFormed{4, "", {1, 2, 3}, 1},
          core::PhaseStarted{2, "Scénarios d’usage", {"cards", "cluster"}, 1200, 0}});
    std::string script;
    int t = 0;
    script += tap(t, 1, "cluster.4.label"); // opens a keyboard on the cluster's name
    t += 300;
    for (int seat = 1; seat <= 6; ++seat) {
        script += tap(t, 2, "seat." + std::to_string(seat) + ".dock.undo");
    }
    const core::Board before = board();
    const ProcessResult result = play(script);
    EXPECT_EQ(count("card.moved"), 0) << result.output;
    EXPECT_EQ(board().cards, before.cards);
}

TEST_F(BoardRules, RepeatedNewCardTapsMakeOneBlankCardAndClosingItEmptyRemovesItUndoably) {
    seed({});
    std::string script;
    int t = 0;
    for (int i = 0; i < 3; ++i) {
        script += on(t, 1, "down", "seat.1.dock.new_card") + on(t + 30, 1, "up", "seat.1.dock.new_card");
        t += 90;
    }
    t += 300;
    script += tap(t, 1, "seat.1.keyboard.enter");
    const ProcessResult closed = play(script);
    EXPECT_EQ(count("card.created"), 1) << closed.output;
    EXPECT_EQ(count("card.deleted"), 1) << "the blank card closed empty is removed";
    const auto live = [](const core::Board& b) {
        return std::count_if(b.cards.begin(), b.cards.end(), [](const auto& e) { return !e.second.deleted; });
    };
    EXPECT_EQ(live(board()), 0);
}

TEST_F(BoardRules, ABlankCardRemovedOnClosingComesBackWithItsSeatsUndo) {
    seed({});
    int t = 0;
    std::string script = tap(t, 1, "seat.1.dock.new_card");
    t += 300;
    script += tap(t, 1, "seat.1.keyboard.enter");
    t += 300;
    script += tap(t, 1, "seat.1.dock.undo");
    const ProcessResult undone = play(script);
    EXPECT_EQ(count("card.deleted"), 1) << undone.output;
    EXPECT_EQ(count("card.restored"), 1) << undone.output;
    const core::Board after = board();
    EXPECT_EQ(std::count_if(after.cards.begin(), after.cards.end(),
                            [](const auto& e) { return !e.second.deleted; }),
              1);
}

} // namespace
} // namespace atelier::testing

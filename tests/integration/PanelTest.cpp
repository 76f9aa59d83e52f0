// The facilitator's panel through the real binary: corner gesture, PIN pad, phases, moderation, lockout.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <tuple>
#include <vector>

#include "Image.hpp"
#include "PanelScript.hpp"
#include "Process.hpp"
#include "SeededSession.hpp"
#include "StickPhotos.hpp"
#include "store/Database.hpp"
#include "workshop/DockLayout.hpp"
#include "workshop/SeatLayout.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace atelier::testing {
namespace {

/// The theme's lit button (the current phase, the current language): ImGuiCol_ButtonActive, 0xB3CDE3 in
/// ui/ThemeStyle.cpp.
constexpr Colour kLitButton{0xB3, 0xCD, 0xE3};
/// The seeded participant card, away from the panel (which covers the middle of the table).
constexpr core::ItemId kCard = 50;
constexpr int kCardX = 150;
constexpr int kCardY = 520;
/// A point of the card's body clear of its text (the card is 80 × 50 mm, 1 px per mm here).
constexpr int kBodyX = kCardX - 30;
constexpr int kBodyY = kCardY - 15;
constexpr Colour kNatureGreen{0x00, 0x9E, 0x73};

/// The payload of the session's last phase.started, as logged.
std::string lastPhasePayload(const std::filesystem::path& data, std::int64_t session) {
    SQLite::Database database((data / store::kDataFileName).string(), SQLite::OPEN_READONLY, kBusyTimeoutMs);
    SQLite::Statement query(database,
                            "SELECT payload FROM events WHERE session_id = ? AND type = 'phase.started' "
                            "ORDER BY seq DESC LIMIT 1");
    query.bind(1, session);
    return query.executeStep() ? query.getColumn(0).getString() : std::string();
}

TEST(PanelTest, TheFacilitatorStartsVoteHidesACardAndRestoresItInFrenchAndEnglish) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    const std::int64_t session = seedDemoSession(data, {cardAt(kCard, kCardX, kCardY)});
    const std::filesystem::path french = writeConfig(dir.path(), "fr");
    const std::filesystem::path english = writeConfig(dir.path(), "en");
    for (const auto& file : {french, english}) {
        std::ifstream in(file);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        EXPECT_EQ(text.find("2468"), std::string::npos) << "the config holds no PIN in clear";
    }

    // In French: gesture, PIN, start "Vote" (the 4th phase), hide the participant's card.
    PanelScript vote;
    vote.pin("2468");
    vote.tap("panel.phase.4");
    vote.tap("panel.hide." + std::to_string(kCard));
    vote.save(dir.path() / "vote.jsonl");
    const std::filesystem::path frenchShot = dir.path() / "panel-fr.png";
    const ProcessResult first = run(french, data, dir.path() / "vote.jsonl", frenchShot);
    ASSERT_EQ(first.exitCode, 0) << first.output;
    EXPECT_NE(first.output.find("facilitator panel opened"), std::string::npos) << first.output;

    EXPECT_EQ(countEvents(data, session, "phase.started"), 2) << "the seeded first phase, then Vote\n"
                                                              << first.output;
    EXPECT_EQ(lastPhasePayload(data, session),
              R"({"index":3,"name":"Vote","tools":["vote"],"durationS":600})");
    EXPECT_EQ(countEvents(data, session, "card.hidden"), 1);
    const core::Board hidden = boardOf(data, session);
    EXPECT_EQ(hidden.phase.name, "Vote");
    ASSERT_NE(hidden.findCard(kCard), nullptr);
    EXPECT_TRUE(hidden.findCard(kCard)->deleted) << "the hidden card left the table";

    const std::optional<Image> frenchImage = loadPng(frenchShot);
    ASSERT_TRUE(frenchImage);
    EXPECT_FALSE(near(frenchImage->at(kBodyX, kBodyY), kNatureGreen, 12)) << "the hidden card is not drawn";
    // The demo's seven phases stand in two columns at 1210x680: the lit button is half the panel wide.
    EXPECT_GT(countNear(*frenchImage, kLitButton, 250, 130, 960, 550), 3000)
        << "the panel is up with the Vote phase lit";
    // The phase timer stands in each seat's dock row, right of its buttons as the seat sees them: seat 1
    // (bottom edge, anchor x 302) at x 372–482, seat 4 (top edge, x 907) at x 672–782: dark letters on white.
    EXPECT_GT(frenchImage->countDarker(372, 660, 482, 675, 130), 30) << "seat 1's timer";
    EXPECT_GT(frenchImage->countDarker(672, 5, 782, 20, 130), 30) << "seat 4's timer, upside down";

    // In English: the same controls restore the card and lock the board.
    PanelScript restore;
    restore.pin("2468");
    restore.tap("panel.restore." + std::to_string(kCard));
    restore.tap("panel.lock");
    restore.tap("panel.prompt");
    restore.save(dir.path() / "restore.jsonl");
    const std::filesystem::path englishShot = dir.path() / "panel-en.png";
    const ProcessResult second = run(english, data, dir.path() / "restore.jsonl", englishShot);
    ASSERT_EQ(second.exitCode, 0) << second.output;
    EXPECT_EQ(countEvents(data, session, "card.restored"), 1) << second.output;
    // Locking pauses the same phase: its own event, not a restart of the phase.
    EXPECT_EQ(countEvents(data, session, "session.paused"), 1) << second.output;
    const std::string locked = lastPhasePayload(data, session);
    const std::string lockedStart = R"({"index":3,"name":"Vote","tools":["vote"],"durationS":)";
    ASSERT_EQ(locked.substr(0, lockedStart.size()), lockedStart) << locked;
    const core::Board restored = boardOf(data, session);
    EXPECT_TRUE(restored.paused) << "no seat acts until the facilitator resumes";
    EXPECT_FALSE(restored.findCard(kCard)->deleted);
    // The question placed as the facilitator's prompt card, even on a locked board (seat 0 may).
    int prompts = 0;
    for (const auto& [id, card] : restored.cards) {
        prompts +=
            card.seat == 0 && card.text == "Comment aimeriez-vous vivre cette place, au quotidien ?" ? 1 : 0;
    }
    EXPECT_EQ(prompts, 1) << second.output;
    const std::optional<Image> englishImage = loadPng(englishShot);
    ASSERT_TRUE(englishImage);
    EXPECT_TRUE(near(englishImage->at(kBodyX, kBodyY), kNatureGreen, 12)) << "the restored card is back";
    EXPECT_GT(countDifferent(*frenchImage, *englishImage, 350, 50, 860, 130), 300)
        << "the panel's words changed language";
}

/// The target name of a key of the French keyboard for a lower-case letter (ASCII or two UTF-8 bytes).
std::vector<std::string> keysOf(const std::string& utf8) {
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < utf8.size();) {
        const std::size_t length = (static_cast<unsigned char>(utf8[i]) & 0x80) != 0 ? 2 : 1;
        keys.push_back(utf8.substr(i, length));
        i += length;
    }
    return keys;
}

TEST(PanelTest, TwoSeatsTypeOnTheirKeyboardsWhileThePanelIsOpen) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    const std::int64_t session = seedDemoSession(data, {});
    PanelScript script;
    script.pin("2468");
    script.tap("seat.1.dock.new_card");
    script.tap("seat.2.dock.new_card");
    const std::string typed = "azertyuiopéèù";
    for (const std::string& key : keysOf(typed)) {
        script.tap("seat.1.keyboard." + key);
        script.tap("seat.2.keyboard." + key);
    }
    script.tap("seat.1.keyboard.enter");
    script.tap("seat.2.keyboard.enter");
    script.tap("panel.phase.3"); // the panel stayed open all along: its button is there to press
    script.save(dir.path() / "typing.jsonl");
    const ProcessResult result =
        run(writeConfig(dir.path(), "fr"), data, dir.path() / "typing.jsonl", dir.path() / "typing.png");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const core::Board board = boardOf(data, session);
    std::vector<int> seats;
    for (const auto& [id, card] : board.cards) {
        if (card.seat == 1 || card.seat == 2) {
            seats.push_back(card.seat);
            EXPECT_EQ(card.text, "Azertyuiopéèù") << "seat " << card.seat << "'s card, every key reached it";
        }
    }
    EXPECT_EQ(seats.size(), 2u) << result.output;
    EXPECT_EQ(countEditsTo(data, session, "Azertyuiopéèù"), 2);
    EXPECT_NE(lastPhasePayload(data, session).find("Scénarios"), std::string::npos) << result.output;
}

TEST(PanelTest, FiveWrongPinsLockThePadAndTheRightOneWaits) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    const std::int64_t session = seedDemoSession(data, {});
    PanelScript script;
    for (int i = 0; i < 5; ++i) {
        script.pin("1357");
    }
    script.pin("2468"); // right, but the pad is locked
    script.tap("panel.phase.4");
    script.save(dir.path() / "wrong.jsonl");
    const std::filesystem::path shot = dir.path() / "locked.png";
    const ProcessResult result = run(writeConfig(dir.path(), "en"), data, dir.path() / "wrong.jsonl", shot);
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("wrong facilitator PIN (4 of 5)"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("PIN pad locked for 60 s after 5 wrong PINs"), std::string::npos)
        << result.output;
    EXPECT_EQ(result.output.find("facilitator panel opened"), std::string::npos) << result.output;
    EXPECT_EQ(countEvents(data, session, "phase.started"), 1) << "nothing started from a locked pad";
    const std::optional<Image> image = loadPng(shot);
    ASSERT_TRUE(image);
    EXPECT_GT(image->countDarker(540, 200, 670, 480, 200), 200) << "the locked pad is still on screen";
    EXPECT_EQ(countNear(*image, kLitButton, 350, 50, 860, 630), 0) << "no controls behind a locked pad";
}

TEST(PanelTest, ARestartDoesNotUnlockThePadNorForgiveTheWrongPins) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    const std::int64_t session = seedDemoSession(data, {});
    const std::filesystem::path config = writeConfig(dir.path(), "en");
    PanelScript wrong;
    for (int i = 0; i < 5; ++i) {
        wrong.pin("1357");
    }
    wrong.save(dir.path() / "wrong.jsonl");
    const ProcessResult first = run(config, data, dir.path() / "wrong.jsonl", dir.path() / "first.png");
    ASSERT_EQ(first.exitCode, 0) << first.output;
    ASSERT_NE(first.output.find("PIN pad locked for 60 s after 5 wrong PINs"), std::string::npos)
        << first.output;
    const std::int64_t stoppedAt = std::chrono::duration_cast<std::chrono::milliseconds>(
                                       std::chrono::system_clock::now().time_since_epoch())
                                       .count();
    {
        SQLite::Database database((data / store::kDataFileName).string(), SQLite::OPEN_READONLY,
                                  kBusyTimeoutMs);
        SQLite::Statement row(database, "SELECT lockouts, locked_until_ms FROM pin_guard");
        ASSERT_TRUE(row.executeStep()) << "the lock is kept in the data file";
        EXPECT_EQ(row.getColumn(0).getInt(), 1);
        EXPECT_GT(row.getColumn(1).getInt64(), stoppedAt + 30000) << "it ends a minute after the fifth try";
    }

    // The table is restarted at once; the right PIN is typed: the pad is still locked and says for how long.
    PanelScript right;
    right.pin("2468");
    right.tap("panel.phase.4");
    right.save(dir.path() / "right.jsonl");
    const std::filesystem::path shot = dir.path() / "restarted.png";
    const ProcessResult second = run(config, data, dir.path() / "right.jsonl", shot);
    ASSERT_EQ(second.exitCode, 0) << second.output;
    EXPECT_NE(second.output.find("the facilitator PIN pad is still locked for"), std::string::npos)
        << second.output;
    EXPECT_EQ(second.output.find("facilitator panel opened"), std::string::npos) << second.output;
    EXPECT_EQ(countEvents(data, session, "phase.started"), 1) << "nothing started from a locked pad";
    const std::optional<Image> image = loadPng(shot);
    ASSERT_TRUE(image);
    EXPECT_GT(image->countDarker(540, 200, 670, 480, 200), 200) << "the locked pad is on screen";
}

TEST(PanelTest, TheRightPinReplacesAnOlderPbkdf2HashByAnArgon2idOneInTheDataFile) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    seedDemoSession(data, {});
    PanelScript script;
    script.pin("2468");
    script.save(dir.path() / "right.jsonl");
    const ProcessResult result =
        run(writeConfig(dir.path(), "en"), data, dir.path() / "right.jsonl", dir.path() / "open.png");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("facilitator panel opened"), std::string::npos) << result.output;
    SQLite::Database database((data / store::kDataFileName).string(), SQLite::OPEN_READONLY, kBusyTimeoutMs);
    SQLite::Statement row(database, "SELECT config_hash, rewritten_hash FROM pin_guard");
    ASSERT_TRUE(row.executeStep()) << result.output;
    EXPECT_EQ(row.getColumn(0).getString(), kPinHash)
        << "kept beside the config's hash, which is left as it is";
    EXPECT_EQ(row.getColumn(1).getString().rfind("$argon2id$", 0), 0u) << row.getColumn(1).getString();
}

TEST(PanelTest, EndingTheSessionArchivesItAndTheTableStartsAFreshOne) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    const std::int64_t session = seedDemoSession(data, {cardAt(kCard, kCardX, kCardY)});
    const std::filesystem::path config = writeConfig(dir.path(), "en");

    // A first press only asks; "Cancel" keeps the session; the confirmed second press ends it.
    PanelScript script;
    script.pin("2468");
    script.tap("panel.end_session");
    script.tap("panel.cancel");
    script.tap("panel.end_session");
    script.tap("panel.confirm");
    script.save(dir.path() / "end.jsonl");
    const std::filesystem::path shot = dir.path() / "fresh.png";
    const ProcessResult result = run(config, data, dir.path() / "end.jsonl", shot);
    ASSERT_EQ(result.exitCode, 0) << result.output;

    SQLite::Database database((data / store::kDataFileName).string(), SQLite::OPEN_READONLY, kBusyTimeoutMs);
    SQLite::Statement sessions(database, "SELECT id, status, ended_at IS NOT NULL FROM sessions ORDER BY id");
    std::vector<std::tuple<std::int64_t, std::string, int>> rows;
    while (sessions.executeStep()) {
        rows.emplace_back(sessions.getColumn(0).getInt64(), sessions.getColumn(1).getString(),
                          sessions.getColumn(2).getInt());
    }
    ASSERT_EQ(rows.size(), 2u) << result.output;
    // The log says why the session ended: the facilitator, not an idle table.
    EXPECT_NE(
        result.output.find("archived session " + std::to_string(session) + " (ended by the facilitator)"),
        std::string::npos)
        << result.output;
    EXPECT_EQ(result.output.find("the table was idle"), std::string::npos) << result.output;
    EXPECT_EQ(std::get<0>(rows[0]), session);
    EXPECT_EQ(std::get<1>(rows[0]), "archived");
    EXPECT_EQ(std::get<2>(rows[0]), 1) << "the archived session has its end time";
    EXPECT_EQ(std::get<1>(rows[1]), "live");
    EXPECT_EQ(countEvents(data, session, "card.created"), 1) << "nothing of the old session is lost";
    EXPECT_EQ(countEvents(data, std::get<0>(rows[1]), "session.configured"), 1);
    EXPECT_EQ(countEvents(data, std::get<0>(rows[1]), "card.created"), 1) << "only the question card";

    // The fresh table no longer shows the participant's green card.
    const std::optional<Image> image = loadPng(shot);
    ASSERT_TRUE(image) << result.output;
    EXPECT_EQ(countNear(*image, kNatureGreen, kBodyX - 5, kBodyY - 5, kBodyX + 5, kBodyY + 5), 0);
}

TEST(PanelTest, TheSeatsVoteOnlyOnceThePanelStartsVote) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    const std::int64_t session = seedDemoSession(data, {cardAt(kCard, kCardX, kCardY)});
    const std::string dot = "seat.1.dock.dot.1";
    const std::string card = "card." + std::to_string(kCard);

    // In the first phase seat 1 reaches for a dot: its dock has none (the target is missing, nothing is
    // cast). Then the facilitator opens the panel, starts Vote and closes the panel; seat 1 carries a dot
    // onto the card.
    PanelScript script{PanelScript::Later{}};
    script.carry(dot, card);
    script.gesture();
    script.pin("2468");
    script.tap("panel.phase.4");
    script.tap("panel.close");
    script.carry(dot, card);
    script.save(dir.path() / "vote.jsonl");
    const std::filesystem::path shot = dir.path() / "voted.png";
    const ProcessResult result = run(writeConfig(dir.path(), "en"), data, dir.path() / "vote.jsonl", shot);
    ASSERT_EQ(result.exitCode, 0) << result.output;

    const std::size_t missing = result.output.find("script-target-missing");
    ASSERT_NE(missing, std::string::npos) << "no dot to take before Vote\n" << result.output;
    EXPECT_NE(result.output.find(dot, missing), std::string::npos) << result.output;
    EXPECT_LT(missing, result.output.find("facilitator panel opened")) << result.output;
    EXPECT_EQ(countEvents(data, session, "phase.started"), 2) << result.output;
    EXPECT_EQ(countEvents(data, session, "vote.cast"), 1) << "only the dot carried after Vote started\n"
                                                          << result.output;
    const core::Board board = boardOf(data, session);
    ASSERT_EQ(board.votes.size(), 1U);
    EXPECT_EQ(board.votes.begin()->second.target, kCard);
    EXPECT_EQ(board.votes.begin()->second.seat, 1);
    EXPECT_EQ(board.dotsLeft(1), 4);

    // The dot shows on the card in seat 1's colour (Okabe–Ito orange), and seat 1's dock (bottom edge, its
    // row of five dots just inward of its buttons, 1 px per mm) holds four dots, no longer five.
    const std::optional<Image> image = loadPng(shot);
    ASSERT_TRUE(image);
    constexpr Colour kSeat1{0xE6, 0x9F, 0x00};
    EXPECT_GT(countNear(*image, kSeat1, kCardX - 40, kCardY - 25, kCardX + 40, kCardY + 25), 3)
        << "seat 1's dot on the card";
    const workshop::SeatLayout seats(6, {1210, 680});
    const workshop::DockLayout docks(seats);
    auto dotPixel = [&](int index) {
        const core::Vec2 centre = docks.dot(1, index, 5).pose.centre;
        return image->at(static_cast<int>(centre.x), static_cast<int>(centre.y));
    };
    EXPECT_TRUE(near(dotPixel(1), kSeat1, 16)) << "the dock's first dot";
    EXPECT_TRUE(near(dotPixel(4), kSeat1, 16)) << "the dock's fourth dot";
    EXPECT_FALSE(near(dotPixel(5), kSeat1, 16)) << "the fifth went onto the card";
}

TEST(PanelTest, SuggestClustersProposesNearbyCardsAtTheConfiguredDistance) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    // Cards 1 and 2 lie 130 mm apart (linked at the configured 150 mm, not at the default 120), cards 3 and 4
    // 110 mm apart, card 5 alone; the clustering phase.
    const std::int64_t session =
        seedDemoSession(data, {cardAt(1, 150, 400), cardAt(2, 150, 530), cardAt(3, 1050, 250),
                               cardAt(4, 1050, 360), cardAt(5, 1050, 560),
                               core::PhaseStarted{2, "Scénarios d’usage", {"cards", "cluster"}, 1200, 0}});
    PanelScript script;
    script.pin("2468");
    script.tap("panel.suggest");
    script.tap("suggestion.1.accept"); // a participant accepts the first group beside the open panel
    script.save(dir.path() / "suggest.jsonl");
    const std::filesystem::path shot = dir.path() / "suggested.png";
    const ProcessResult result = run(writeConfig(dir.path(), "en", "[cards]\ncluster_distance_mm = 150\n"),
                                     data, dir.path() / "suggest.jsonl", shot);
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("cluster suggestions (150 mm): 2 proposed"), std::string::npos)
        << result.output;

    EXPECT_EQ(countEvents(data, session, "cluster.formed"), 1) << result.output;
    const core::Board board = boardOf(data, session);
    ASSERT_EQ(board.clusters.size(), 1U);
    EXPECT_EQ(board.clusters.begin()->second.cards, (std::vector<core::ItemId>{1, 2}));

    // On screen: the accepted group's cluster fills the gap between cards 1 and 2; the other proposal (cards
    // 3 and 4) waits with its ✔ and ✖ buttons above its top-right corner.
    const std::optional<Image> image = loadPng(shot);
    ASSERT_TRUE(image);
    EXPECT_FALSE(near(image->at(150, 465), image->at(250, 465), 12))
        << "the cluster's fill between the cards";
    EXPECT_GT(image->countDarker(1055, 208, 1098, 228, 90), 20) << "the remaining proposal's buttons";
    EXPECT_EQ(image->countDarker(1055, 170, 1098, 200, 90), 0) << "nothing dark above them";
}

/// The facilitator imports a folder with two good photos and a broken file, the panel speaking `language`.
void importAFolder(const char* language) {
    SCOPED_TRACE(std::string("panel in ") + language);
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    const std::int64_t session = seedDemoSession(data, {});
    const std::int64_t before = countEvents(data, session, "photo.placed");
    // A stick with two good photos (one in a subfolder, as cameras do) and a file that only looks like one.
    const std::filesystem::path stick = dir.path() / "stick";
    std::filesystem::create_directories(stick / "DCIM");
    ASSERT_TRUE(writeSolidPng(stick / "DCIM" / "a-orange.png", 400, 300, 0xE6, 0x9F, 0x00));
    ASSERT_TRUE(writeSolidPng(stick / "b-blue.png", 300, 400, 0x00, 0x72, 0xB2));
    std::ofstream(stick / "c-broken.jpg", std::ios::binary) << "\xFF\xD8\xFF\xE0 not a photo at all";

    PanelScript script;
    script.pin("2468");
    script.tap("panel.import.all");
    script.save(dir.path() / "import.jsonl");
    const std::filesystem::path shot = dir.path() / "imported.png";
    const ProcessResult result =
        run(writeConfig(dir.path(), language, "import_folder = \"" + stick.string() + "\"\n"), data,
            dir.path() / "import.jsonl", shot);
    ASSERT_EQ(result.exitCode, 0) << "the table keeps running and quits cleanly\n" << result.output;
    EXPECT_NE(result.output.find("the table stops"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("c-broken.jpg: not imported: it "), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("a-orange.png: placed as photo"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("b-blue.png: placed as photo"), std::string::npos) << result.output;

    EXPECT_EQ(countEvents(data, session, "photo.placed"), before + 2) << result.output;
    SQLite::Database database((data / store::kDataFileName).string(), SQLite::OPEN_READONLY, kBusyTimeoutMs);
    SQLite::Statement sizes(database,
                            "SELECT width, height FROM assets WHERE (width = 400 AND height = 300) OR "
                            "(width = 300 AND height = 400)");
    int stored = 0;
    while (sizes.executeStep()) {
        ++stored;
    }
    EXPECT_EQ(stored, 2) << "both good photos stored as assets";

    // The panel lists the three files; the broken one's line is in the refusal's red, the good ones' in
    // black.
    const std::optional<Image> image = loadPng(shot);
    ASSERT_TRUE(image);
    int red = 0;
    for (int y = 50; y < 630; ++y) {
        for (int x = 350; x < 860; ++x) {
            const Colour c = image->at(x, y);
            red += c.r > 130 && c.g < 90 && c.b < 80 ? 1 : 0;
        }
    }
    EXPECT_GT(red, 100) << "the refusal's line";
    // The blue photo lies on the table, left of the orange one in the middle (4 mm apart): its left edge
    // shows beside the panel (x 226–255 px, 300 px tall).
    EXPECT_GT(countNear(*image, Colour{0x00, 0x72, 0xB2}, 0, 50, 350, 630), 6000) << "the blue photo";
}

TEST(PanelTest, ImportingAFolderPlacesTheGoodPhotosAndSaysWhyTheBrokenOneIsRefused) {
    importAFolder("en");
    importAFolder("fr");
}

} // namespace
} // namespace atelier::testing

// The facilitator's panel says and keeps what is true: its language across a crash, what the table already
// holds, one question card, the photos' places, its lists and the cards' categories (real binary).
#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <fstream>
#include <string>
#include <vector>

#include "Image.hpp"
#include "PanelScript.hpp"
#include "Process.hpp"
#include "SeededSession.hpp"
#include "StickPhotos.hpp"
#include "WaitFor.hpp"
#include "store/Database.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <nlohmann/json.hpp>

#include "core/Limits.hpp"

namespace atelier::testing {
namespace {

/// The panel's left column: its language buttons, phases and session controls (1210 × 680 px, 1 px per mm).
constexpr int kWordsX0 = 260;
constexpr int kWordsY0 = 140;
constexpr int kWordsX1 = 600;
constexpr int kWordsY1 = 500;

/// Opens the panel on the seeded session with this config and takes a picture of it.
std::optional<Image> panelPicture(const std::filesystem::path& dir, const std::filesystem::path& config,
                                  const std::filesystem::path& data, const std::string& name) {
    PanelScript script;
    script.pin("2468");
    script.save(dir / (name + ".jsonl"));
    const std::filesystem::path shot = dir / (name + ".png");
    const ProcessResult result = run(config, data, dir / (name + ".jsonl"), shot);
    EXPECT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("facilitator panel opened"), std::string::npos) << name << "\n"
                                                                                 << result.output;
    return loadPng(shot);
}

TEST(PanelTruthTest, TheLanguageChosenInThePanelComesBackAfterAKill) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    seedDemoSession(data, {});
    const std::filesystem::path french = writeConfig(dir.path(), "fr");

    // A French table; the facilitator switches it to English, then the power goes.
    PanelScript script;
    script.pin("2468");
    script.tap("panel.language.en");
    script.save(dir.path() / "english.jsonl");
    {
        Process table(std::filesystem::path(ATELIER_BINARY),
                      {"--config", french.string(), "--data", data.string(), "--headless", "--size",
                       "1210x680", "--input-script", (dir.path() / "english.jsonl").string()},
                      atelierEnvironment());
        ASSERT_TRUE(table.waitForOutput("kept for the next start", std::chrono::seconds(60)))
            << table.outputSoFar();
        table.signal(SIGKILL);
        const std::optional<ProcessResult> killed = table.wait(std::chrono::seconds(10));
        ASSERT_TRUE(killed);
        EXPECT_EQ(killed->signal, SIGKILL);
    }

    // The restart, with the same French config, speaks English: its panel reads as an English table's.
    const std::optional<Image> restarted = panelPicture(dir.path(), french, data, "restarted");
    TempDir others;
    seedDemoSession(others.path() / "fr", {});
    seedDemoSession(others.path() / "en", {});
    const std::optional<Image> frenchTable = panelPicture(dir.path(), french, others.path() / "fr", "french");
    const std::optional<Image> englishTable =
        panelPicture(dir.path(), writeConfig(dir.path(), "en"), others.path() / "en", "english");
    ASSERT_TRUE(restarted && frenchTable && englishTable);
    EXPECT_GT(countDifferent(*restarted, *frenchTable, kWordsX0, kWordsY0, kWordsX1, kWordsY1), 300)
        << "not the French panel";
    EXPECT_LT(countDifferent(*restarted, *englishTable, kWordsX0, kWordsY0, kWordsX1, kWordsY1), 30)
        << "the English panel";
}

/// The demo workshop's question.
constexpr const char* kQuestion = "Comment aimeriez-vous vivre cette place, au quotidien ?";

/// The question's prompt card, seat 0, somewhere off the middle of the table.
core::CardCreated questionAt(core::ItemId id, double xMm, double yMm) {
    core::CardCreated card;
    card.id = id;
    card.pose.centre = {xMm, yMm};
    card.size = {180, 80};
    card.text = kQuestion;
    card.seat = 0;
    return card;
}

TEST(PanelTruthTest, PlacingTheQuestionAgainBringsTheOneOnTheBoardToTheMiddleAndTheTop) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    // The question lies near the left edge under a participant's card; the facilitator places it (it comes
    // to the middle and the top), hides it, and places it again (it comes back).
    constexpr core::ItemId kPrompt = 40;
    const std::int64_t session = seedDemoSession(data, {questionAt(kPrompt, 260, 250), cardAt(41, 270, 250)});
    PanelScript script;
    script.pin("2468");
    script.tap("panel.prompt");
    script.tap("panel.hide." + std::to_string(kPrompt));
    script.tap("panel.prompt");
    script.save(dir.path() / "question.jsonl");
    const ProcessResult result =
        run(writeConfig(dir.path(), "en"), data, dir.path() / "question.jsonl", dir.path() / "question.png");
    ASSERT_EQ(result.exitCode, 0) << result.output;

    EXPECT_EQ(countEvents(data, session, "card.created"), 2) << "no second question\n" << result.output;
    EXPECT_EQ(countEvents(data, session, "card.restored"), 1) << result.output;
    EXPECT_EQ(countEvents(data, session, "item.raised"), 2) << result.output;
    const core::Board board = boardOf(data, session);
    int questions = 0;
    std::uint64_t topZ = 0;
    for (const auto& [id, card] : board.cards) {
        questions += card.text == kQuestion ? 1 : 0;
        topZ = std::max(topZ, card.z);
    }
    EXPECT_EQ(questions, 1);
    const core::Card* prompt = board.findCard(kPrompt);
    ASSERT_NE(prompt, nullptr);
    EXPECT_FALSE(prompt->deleted) << "placed again, the hidden question is back";
    EXPECT_DOUBLE_EQ(prompt->pose.centre.x, 605.0);
    EXPECT_DOUBLE_EQ(prompt->pose.centre.y, 340.0);
    EXPECT_EQ(prompt->z, topZ) << "on top of every card";
}

/// A config whose panel imports from `folder`.
std::filesystem::path importConfig(const std::filesystem::path& dir, const char* language,
                                   const std::filesystem::path& folder) {
    return writeConfig(dir, language, "import_folder = \"" + folder.string() + "\"\n");
}

TEST(PanelTruthTest, ImportAllPlacesEachPictureOnceAcrossReopeningAndRestart) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    const std::int64_t session = seedDemoSession(data, {});
    // A stick with two photos and a copy of the first under another name.
    const std::filesystem::path stick = dir.path() / "stick";
    std::filesystem::create_directories(stick);
    ASSERT_TRUE(writeSolidPng(stick / "a.png", 400, 300, 0xE6, 0x9F, 0x00));
    ASSERT_TRUE(writeSolidPng(stick / "b.png", 300, 400, 0x00, 0x72, 0xB2));
    std::filesystem::copy_file(stick / "a.png", stick / "c-copy-of-a.png");
    const std::filesystem::path config = importConfig(dir.path(), "fr", stick);

    // "Tout importer", close the panel, open it again, "Tout importer" again.
    PanelScript script;
    script.pin("2468");
    script.tap("panel.import.all");
    script.tap("panel.close");
    script.gesture();
    script.pin("2468");
    script.tap("panel.import.all");
    script.save(dir.path() / "twice.jsonl");
    const ProcessResult first = run(config, data, dir.path() / "twice.jsonl", dir.path() / "twice.png");
    ASSERT_EQ(first.exitCode, 0) << first.output;
    EXPECT_EQ(countEvents(data, session, "photo.placed"), 2) << "a and b once each\n" << first.output;
    EXPECT_NE(first.output.find("c-copy-of-a.png: already on the table as photo"), std::string::npos)
        << first.output;

    // After a restart the table still knows its pictures: nothing is placed a second time.
    PanelScript again;
    again.pin("2468");
    again.tap("panel.import.all");
    again.save(dir.path() / "again.jsonl");
    const ProcessResult second = run(config, data, dir.path() / "again.jsonl", dir.path() / "again.png");
    ASSERT_EQ(second.exitCode, 0) << second.output;
    EXPECT_EQ(countEvents(data, session, "photo.placed"), 2) << second.output;
    EXPECT_NE(second.output.find("a.png: already on the table as photo"), std::string::npos) << second.output;
}

/// The box of a card or photo as it lies, in mm.
struct Box {
    double x0, y0, x1, y1;
};
Box boxOf(core::Vec2 centre, core::Size size, double scale) {
    return {centre.x - size.width * scale / 2, centre.y - size.height * scale / 2,
            centre.x + size.width * scale / 2, centre.y + size.height * scale / 2};
}
bool overlap(const Box& a, const Box& b) {
    return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

TEST(PanelTruthTest, EachPhotoOnTheStickIsShownSmallBesideItsNameBeforeItIsImported) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    seedDemoSession(data, {});
    // Magenta appears nowhere else on the table or the panel: every magenta pixel is the photo's thumbnail.
    const std::filesystem::path stick = dir.path() / "stick";
    std::filesystem::create_directories(stick);
    ASSERT_TRUE(writeSolidPng(stick / "parvis.png", 300, 200, 0xFF, 0x00, 0xFF));
    std::ofstream(stick / "broken.png", std::ios::binary) << "\x89PNG not a picture";
    PanelScript script;
    script.pin("2468");
    script.wait(1500); // the thumbnails are decoded on their own thread
    script.screenshot(dir.path() / "list.png");
    script.wait(100);
    script.save(dir.path() / "list.jsonl");
    const ProcessResult result =
        run(importConfig(dir.path(), "fr", stick), data, dir.path() / "list.jsonl", dir.path() / "end.png");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_EQ(result.output.find("photo.placed"), std::string::npos) << "nothing imported by looking";
    const std::optional<Image> image = loadPng(dir.path() / "list.png");
    ASSERT_TRUE(image) << result.output;
    int magenta = 0;
    for (int y = 0; y < image->height; ++y) {
        for (int x = 0; x < image->width; ++x) {
            magenta += near(image->at(x, y), Colour{0xFF, 0x00, 0xFF}, 40) ? 1 : 0;
        }
    }
    // The row is 18 mm tall (18 px on this 1210 × 680 table): the 3:2 photo fits 18 × 12 px.
    EXPECT_GT(magenta, 150) << "the photo is pictured in its row";
    EXPECT_LT(magenta, 600) << "small: a thumbnail, not the photo";
}

TEST(PanelTruthTest, ImportedPhotosLieClearOfTheCardsAndTheQuestion) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    // The question in the middle, participants' cards around it.
    const std::int64_t session =
        seedDemoSession(data, {questionAt(40, 605, 340), cardAt(41, 420, 250), cardAt(42, 800, 430)});
    const std::filesystem::path stick = dir.path() / "stick";
    std::filesystem::create_directories(stick);
    ASSERT_TRUE(writeSolidPng(stick / "a.png", 400, 300, 0xE6, 0x9F, 0x00));
    ASSERT_TRUE(writeSolidPng(stick / "b.png", 300, 400, 0x00, 0x72, 0xB2));
    ASSERT_TRUE(writeSolidPng(stick / "c.png", 400, 300, 0x30, 0xA0, 0x50));
    PanelScript script;
    script.pin("2468");
    script.tap("panel.import.all");
    script.save(dir.path() / "import.jsonl");
    const ProcessResult result = run(importConfig(dir.path(), "en", stick), data, dir.path() / "import.jsonl",
                                     dir.path() / "import.png");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    ASSERT_EQ(countEvents(data, session, "photo.placed"), 3) << result.output;
    const core::Board board = boardOf(data, session);
    for (const auto& [photoId, photo] : board.photos) {
        const Box photoBox = boxOf(photo.pose.centre, photo.size, photo.pose.scale);
        for (const auto& [cardId, card] : board.cards) {
            EXPECT_FALSE(overlap(photoBox, boxOf(card.pose.centre, card.size, card.pose.scale)))
                << "photo " << photoId << " at " << photo.pose.centre.x << "," << photo.pose.centre.y
                << " covers card " << cardId;
        }
    }
}

TEST(PanelTruthTest, TheListsSayWhoTookACardAwayNameBlankCardsAndScrollByTouch) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    // Card 41 hidden by the facilitator, card 42 thrown away by its seat, card 43 blank on the table.
    core::CardCreated blank = cardAt(43, 150, 520);
    blank.text.clear();
    const std::int64_t session = seedDemoSession(data, {cardAt(41, 150, 300), cardAt(42, 150, 400), blank,
                                                        core::CardHidden{41, 0}, core::CardDeleted{42, 1}});
    // Six photos on the stick: more rows than the list shows.
    const std::filesystem::path stick = dir.path() / "stick";
    std::filesystem::create_directories(stick);
    const char* names[] = {"a.png", "b.png", "c.png", "d.png", "e.png", "f.png"};
    for (int i = 0; i < 6; ++i) {
        ASSERT_TRUE(writeSolidPng(stick / names[i], 300, 200, static_cast<std::uint8_t>(40 * i), 0x60, 0x90));
    }
    PanelScript script;
    script.pin("2468");
    script.carry("panel.import.list", "panel.import.all"); // a finger drags the list up
    script.tap("panel.import.5");
    script.save(dir.path() / "lists.jsonl");
    const std::filesystem::path shot = dir.path() / "lists.png";
    const ProcessResult result =
        run(importConfig(dir.path(), "fr", stick), data, dir.path() / "lists.jsonl", shot);
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_EQ(result.output.find("script-target-missing"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("e.png: placed as photo"), std::string::npos) << result.output;
    EXPECT_EQ(countEvents(data, session, "photo.placed"), 1) << "the drag imported nothing by itself";

    // In the list of cards taken away (rows centred at y 485 and 512, text from x 677), the hidden card's
    // line and the deleted card's start with different words ("masquée ·", "supprimée ·"), not both "idée
    // 4…".
    const std::optional<Image> image = loadPng(shot);
    ASSERT_TRUE(image);
    int differing = 0;
    for (int y = -8; y < 8; ++y) {
        for (int x = 675; x < 715; ++x) {
            differing += near(image->at(x, 485 + y), image->at(x, 512 + y), 24) ? 0 : 1;
        }
    }
    EXPECT_GT(differing, 40) << "the two lines say who took the card away";
    // The blank card on the table (its row centred at y 379) reads "(carte vide)", not a lone "…".
    EXPECT_GT(image->countDarker(677, 371, 760, 388, 110), 60) << "the blank card's line has words";
}

TEST(PanelTruthTest, ANewCardHasNoCategoryAndTheQuestionIsNoIdeaInTheExport) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    // The question, and a card recoloured by its seat, in a phase where seats write cards.
    const std::int64_t session = seedDemoSession(
        data, {questionAt(40, 605, 340), cardAt(41, 300, 250), core::CardRecoloured{41, 2, 1}});
    std::ofstream script(dir.path() / "write.jsonl");
    int t = 0;
    const auto tap = [&](const std::string& target) {
        script << scriptOn(t, 1, "down", target) << "\n" << scriptOn(t + 30, 1, "up", target) << "\n";
        t += 150;
    };
    tap("seat.1.dock.new_card");
    for (const char* key : {"b", "a", "n", "c"}) {
        tap(std::string("seat.1.keyboard.") + key);
    }
    tap("seat.1.keyboard.enter");
    script.close();
    const ProcessResult result =
        run(writeConfig(dir.path(), "fr"), data, dir.path() / "write.jsonl", dir.path() / "write.png");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const core::Board board = boardOf(data, session);
    int written = 0;
    for (const auto& [id, card] : board.cards) {
        if (card.text == "Banc") {
            ++written;
            EXPECT_EQ(card.category, core::kNoCategory) << "nobody picked a category for it";
        }
    }
    ASSERT_EQ(written, 1) << result.output;

    // The JSON export lists the two idea cards, not the question; the new card's category is null, the
    // recoloured one keeps its category.
    const std::filesystem::path json = dir.path() / "session.json";
    const ProcessResult exported =
        runProcess(std::filesystem::path(ATELIER_BINARY),
                   {"--data", data.string(), "export", std::to_string(session), "--json", json.string()},
                   std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(exported.exitCode, 0) << exported.output;
    std::ifstream in(json);
    const nlohmann::json report = nlohmann::json::parse(in);
    ASSERT_EQ(report["cards"].size(), 2U) << report["cards"].dump();
    for (const nlohmann::json& card : report["cards"]) {
        EXPECT_NE(card["text"], kQuestion);
        if (card["text"] == "Banc") {
            EXPECT_TRUE(card["category"].is_null()) << card.dump();
        } else {
            EXPECT_EQ(card["category"], 2) << card.dump();
        }
    }
}

} // namespace
} // namespace atelier::testing

// The facilitator's whole journey on the table, through the real binary and touches only: prepare a workshop
// with photos from a stick, start its session, seats add cards and vote, end it, replay it, export it to the
// stick, back to the live table; and the panel facing a facilitator who stands at the far side.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "Image.hpp"
#include "PanelScript.hpp"
#include "Process.hpp"
#include "SeededSession.hpp"
#include "StickPhotos.hpp"
#include "TempDir.hpp"
#include "TextFiles.hpp"
#include "store/Database.hpp"
#include "store/WorkshopLibrary.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace atelier::testing {
namespace {

/// A seat opens a new card from its dock and types `text` on its keyboard (lower-case letters).
void seatWrites(PanelScript& script, int seat, const std::string& text) {
    const std::string prefix = "seat." + std::to_string(seat) + ".";
    script.tap(prefix + "dock.new_card");
    for (char letter : text) {
        script.tap(prefix + "keyboard." + std::string(1, letter));
    }
    script.tap(prefix + "keyboard.enter");
}

/// The editor filled for "Square des Ursules": three phases (ideas with photos, a vote of 25 minutes, the
/// rest), two categories (the second one's colour moved on), a vote more per seat, the two photos of the
/// stick. Texts are short: every letter is a tap.
void prepareSquareDesUrsules(PanelScript& script, const std::filesystem::path& shots) {
    script.tap("panel.workshops");
    script.screenshot(shots / "library.png");
    script.tap("workshops.new");
    typeOn(script, "Square des Ursules"); // the title has the keyboard first
    script.tap("editor.site");
    typeOn(script, "Été");
    script.tap("editor.question");
    typeOn(script, "Q ?");
    script.tap("editor.category.add");
    typeOn(script, "n");
    script.tap("editor.category.add");
    typeOn(script, "j");
    script.tap("editor.category.2.colour");
    script.tap("editor.phase.add"); // a new phase has the cards
    typeOn(script, "o");
    script.tap("editor.phase.1.tool.photos");
    script.tap("editor.phase.add");
    typeOn(script, "vote");
    script.tap("editor.phase.2.minutes");
    script.tap("keyboard.backspace");
    script.tap("keyboard.backspace");
    typeOn(script, "25");
    script.tap("editor.phase.2.tool.cards");
    script.tap("editor.phase.2.tool.vote");
    script.tap("editor.phase.add");
    typeOn(script, "s");
    script.tap("editor.votes.plus");
    script.tap("editor.photos");
    script.tap("photos.all");
    script.screenshot(shots / "photos.png");
    script.tap("photos.done");
    script.screenshot(shots / "editor.png");
    script.tap("editor.save");
    script.tap("workshops.start");
    script.screenshot(shots / "start.png"); // the second press is asked for
    script.tap("workshops.start.confirm");
}

/// What the editor saved, as the library keeps it: the definition's fields, and each photo in the data file.
void expectSquareDesUrsulesSaved(const std::filesystem::path& data) {
    store::Database database = store::Database::open(data);
    const std::optional<store::WorkshopEntry> saved =
        store::findWorkshopEntry(database, "square-des-ursules");
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->workshop.title, "Square des Ursules");
    EXPECT_EQ(saved->workshop.site, "Été");
    EXPECT_EQ(saved->sessions, 2) << "the session run, then the fresh one after its end";
    const nlohmann::json definition = nlohmann::json::parse(saved->workshop.configJson);
    EXPECT_EQ(definition["question"], "Q ?");
    ASSERT_EQ(definition["categories"].size(), 2u) << definition.dump();
    EXPECT_EQ(definition["categories"][0]["name"], "n");
    EXPECT_EQ(definition["categories"][0]["colour"], "#E69F00");
    EXPECT_EQ(definition["categories"][1]["colour"], "#009E73")
        << "the second category's colour (sky blue, the palette's second) was moved on to the third";
    ASSERT_EQ(definition["phases"].size(), 3u) << definition.dump();
    EXPECT_EQ(definition["phases"][0],
              nlohmann::json::parse(R"({"name":"o","minutes":10,"tools":["cards","photos"]})"));
    EXPECT_EQ(definition["phases"][1],
              nlohmann::json::parse(R"({"name":"vote","minutes":25,"tools":["vote"]})"));
    EXPECT_EQ(definition["phases"][2],
              nlohmann::json::parse(R"({"name":"s","minutes":10,"tools":["cards"]})"));
    EXPECT_EQ(definition["votes_per_seat"], 6);
    ASSERT_EQ(saved->photos.size(), 2u);
    EXPECT_EQ(saved->photos[0].name, "ursules-nord.png");
    EXPECT_EQ(saved->photos[1].name, "ursules-sud.png");
    for (const store::WorkshopPhoto& photo : saved->photos) {
        EXPECT_TRUE(database.hasAsset(photo.hash)) << photo.name;
    }
}

/// The status and workshop of every session in the data file, by id.
std::map<std::int64_t, std::pair<std::string, std::string>> sessionsIn(const std::filesystem::path& data) {
    SQLite::Database db((data / "atelier.db").string(), SQLite::OPEN_READONLY);
    SQLite::Statement query(db, "SELECT id, status, workshop_id FROM sessions");
    std::map<std::int64_t, std::pair<std::string, std::string>> sessions;
    while (query.executeStep()) {
        sessions[query.getColumn(0).getInt64()] = {query.getColumn(1).getString(),
                                                   query.getColumn(2).getString()};
    }
    return sessions;
}

/// Every file under `folder`, recursively, relative names.
std::vector<std::filesystem::path> filesUnder(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder, error)) {
        if (entry.is_regular_file()) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

/// The one file of `files` with this name, or nothing.
std::filesystem::path named(const std::vector<std::filesystem::path>& files, const std::string& name) {
    std::filesystem::path found;
    for (const std::filesystem::path& file : files) {
        if (file.filename() == name) {
            EXPECT_TRUE(found.empty()) << "two files are named " << name;
            found = file;
        }
    }
    return found;
}

/// The panel's window in the middle of a 1210 × 680 screenshot (1 px per mm): what every panel screen covers.
constexpr int kPanelX0 = 300, kPanelY0 = 160, kPanelX1 = 910, kPanelY1 = 520;

/// Pixels that differ between two screens.
int change(const Image& a, const Image& b) {
    return countDifferent(a, b, 0, 0, std::min(a.width, b.width), std::min(a.height, b.height));
}

TEST(FacilitatorJourneyTest, AWorkshopIsPreparedRunRepliedAndExportedToAStickByTouchesOnly) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    const std::filesystem::path media = dir.path() / "media";
    const std::filesystem::path stick = media / "CLE ATELIER"; // the USB stick: photos in, reports out
    const std::filesystem::path shots = dir.path() / "shots";
    std::filesystem::create_directories(stick);
    std::filesystem::create_directories(shots);
    ASSERT_TRUE(writeSolidPng(stick / "ursules-nord.png", 40, 30, 200, 90, 90));
    ASSERT_TRUE(writeSolidPng(stick / "ursules-sud.png", 40, 30, 40, 90, 90));
    const std::filesystem::path config =
        writeConfig(dir.path(), "fr", "import_folder = \"" + stick.string() + "\"\n");

    // A fresh data folder: the table starts the demo (session 1); Square des Ursules runs as session 2.
    PanelScript script;
    script.pin("2468");
    prepareSquareDesUrsules(script, shots);
    seatWrites(script, 1, "banc");
    seatWrites(script, 2, "arbres");
    script.gesture(); // the vote
    script.pin("2468");
    script.tap("panel.phase.2");
    script.tap("panel.close");
    script.carry("seat.1.dock.dot.1", "card.5"); // 2 photos, the question, then the seats' cards
    script.carry("seat.2.dock.dot.1", "card.4");
    script.gesture(); // the end of the session
    script.pin("2468");
    script.tap("panel.end_session");
    script.tap("panel.confirm");
    script.gesture(); // afterwards: replay and export
    script.pin("2468");
    script.tap("panel.sessions");
    script.screenshot(shots / "sessions.png");
    script.tap("panel.session.2.replay");
    script.tap("timeline.phase.next");
    script.tap("replay.seat.1");
    script.screenshot(shots / "replay.png");
    script.tap("replay.back");
    script.tap("panel.session.2.export");
    script.tap("panel.export.dest.1");
    script.tap("panel.export.kind.csv");
    script.tap("panel.export.kind.session");
    script.tap("panel.export.start");
    script.screenshot(shots / "export.png");
    script.tap("panel.export.back");
    script.tap("panel.sessions.back");
    script.tap("panel.close"); // back to the live table
    script.save(dir.path() / "journey.jsonl");
    std::vector<std::string> environment = atelierEnvironment();
    environment.push_back("ATELIER_REMOVABLE_DRIVES=" + media.string());
    environment.push_back("ATELIER_EXPORT_PICTURE_SIZE=480x270"); // the report's pictures: small is quick
    const ProcessResult result =
        runProcess(std::filesystem::path(ATELIER_BINARY),
                   {"--config", config.string(), "--data", data.string(), "--headless", "--size", "1210x680",
                    "--input-script", (dir.path() / "journey.jsonl").string(), "--quit-after-script",
                    "--screenshot", (shots / "live.png").string()},
                   std::chrono::seconds(120), environment);
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_EQ(result.output.find("script-target-missing"), std::string::npos) << result.output;

    expectSquareDesUrsulesSaved(data);

    // The events: the demo ended when Ursules started; Ursules' session holds what the table did.
    const auto sessions = sessionsIn(data);
    ASSERT_EQ(sessions.size(), 3u) << result.output;
    EXPECT_EQ(sessions.at(1), std::make_pair(std::string("archived"), std::string("demo")));
    EXPECT_EQ(sessions.at(2), std::make_pair(std::string("archived"), std::string("square-des-ursules")));
    EXPECT_EQ(sessions.at(3), std::make_pair(std::string("live"), std::string("square-des-ursules")))
        << "after the end, a fresh session of the same workshop";
    EXPECT_EQ(countEvents(data, 2, "session.configured"), 1);
    EXPECT_EQ(countEvents(data, 2, "photo.placed"), 2) << "the stick's two photos on the table";
    EXPECT_EQ(countEvents(data, 2, "card.created"), 3) << "the question and a card of each seat";
    EXPECT_EQ(countEvents(data, 2, "phase.started"), 2) << "the first phase, then the vote";
    EXPECT_EQ(countEvents(data, 2, "vote.cast"), 2) << result.output;
    const core::Board board = boardOf(data, 2);
    EXPECT_EQ(board.title, "Square des Ursules");
    EXPECT_EQ(board.phase.name, "vote");
    std::vector<std::string> texts;
    for (const auto& [id, card] : board.cards) {
        texts.push_back(card.text);
    }
    // A card's first letter is a capital, as the seats' keyboards make it.
    EXPECT_NE(std::find(texts.begin(), texts.end(), "Banc"), texts.end()) << result.output;
    EXPECT_NE(std::find(texts.begin(), texts.end(), "Arbres"), texts.end()) << result.output;
    EXPECT_NE(result.output.find("replay: phase 2 'vote'"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("replay: only seat 1's items shown"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("back to the live table"), std::string::npos) << result.output;

    // The stick: the report, the cards and the session file, nothing half-written.
    const std::vector<std::filesystem::path> files = filesUnder(stick);
    for (const std::filesystem::path& file : files) {
        EXPECT_EQ(file.string().find(".part"), std::string::npos) << "a temporary file was left: " << file;
    }
    const std::filesystem::path html = named(files, "rapport.html");
    const std::filesystem::path csv = named(files, "cartes.csv");
    const std::filesystem::path standalone = named(files, "seance-2.atelier");
    ASSERT_FALSE(html.empty() || csv.empty() || standalone.empty()) << result.output;
    EXPECT_NE(readAll(html).find("Banc"), std::string::npos);
    EXPECT_NE(readAll(html).find("Arbres"), std::string::npos);
    int cards = 0;
    for (const std::vector<std::string>& record : parseCsv(readAll(csv))) {
        cards += record.size() > 1 && (record[1] == "Banc" || record[1] == "Arbres") ? 1 : 0;
    }
    EXPECT_EQ(cards, 2) << readAll(csv);
    const std::filesystem::path copy = dir.path() / "copy";
    std::filesystem::create_directories(copy);
    std::filesystem::copy_file(standalone, copy / "atelier.db");
    const ProcessResult again = runProcess(std::filesystem::path(ATELIER_BINARY),
                                           {"--config", config.string(), "--data", copy.string(), "export",
                                            "2", "--csv", (dir.path() / "again.csv").string()},
                                           std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(again.exitCode, 0) << again.output;
    EXPECT_EQ(readAll(dir.path() / "again.csv"), readAll(csv)) << "the session file exports the same cards";

    // Each screen as the facilitator saw it: each unlike the one before, the library's paper over the table.
    std::vector<Image> seen;
    for (const char* name :
         {"library", "photos", "editor", "start", "sessions", "replay", "export", "live"}) {
        std::optional<Image> image = loadPng(shots / (std::string(name) + ".png"));
        ASSERT_TRUE(image) << name << "\n" << result.output;
        ASSERT_EQ(image->width, 1210) << name;
        if (!seen.empty()) {
            EXPECT_GT(change(seen.back(), *image), 2000) << name << " looks like the screen before it";
        }
        seen.push_back(std::move(*image));
    }
    const int paper = countNear(seen[0], Colour{255, 255, 255}, kPanelX0, kPanelY0, kPanelX1, kPanelY1);
    EXPECT_GT(paper, (kPanelX1 - kPanelX0) * (kPanelY1 - kPanelY0) / 3)
        << "the library's paper fills the panel";
}

TEST(FacilitatorJourneyTest, AGestureInAFarSideCornerOpensThePanelTurnedToThatEdgeAndTapsByNameStillWork) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    const std::int64_t ended = seedDemoSession(data, {}); // a past session to replay
    store::Database::open(data).archiveSession(ended);
    PanelScript far{PanelScript::Later{}};
    far.gestureAt(0.95, 0.04); // the top right corner, nearer the top edge than the right one
    far.pin("2468");
    far.tap("panel.language.en");
    far.screenshot(dir.path() / "panel.png");
    far.tap("panel.sessions");
    far.tap("panel.session." + std::to_string(ended) + ".replay");
    far.tap("replay.seat.1"); // the replay's row, turned with the timeline
    far.save(dir.path() / "far.jsonl");
    const ProcessResult turned =
        run(writeConfig(dir.path(), "fr"), data, dir.path() / "far.jsonl", dir.path() / "replay.png");
    ASSERT_EQ(turned.exitCode, 0) << turned.output;
    EXPECT_EQ(turned.output.find("script-target-missing"), std::string::npos) << turned.output;
    EXPECT_NE(turned.output.find("the facilitator switched the table to English"), std::string::npos)
        << "the PIN typed and the language tapped by name on the turned panel\n"
        << turned.output;
    EXPECT_NE(turned.output.find("replay: only seat 1's items shown"), std::string::npos) << turned.output;

    // Read from the top edge: the panel's grey title bar runs along its bottom side on screen, not its top.
    const std::optional<Image> panel = loadPng(dir.path() / "panel.png");
    ASSERT_TRUE(panel);
    const Colour titleBar{209, 209, 209};
    const int nearTop = countNear(*panel, titleBar, kPanelX0, 136, kPanelX1, 136 + 40);
    const int nearBottom = countNear(*panel, titleBar, kPanelX0, 544 - 40, kPanelX1, 544);
    EXPECT_GT(nearBottom, (kPanelX1 - kPanelX0) * 12) << "the title bar, turned to the bottom side";
    EXPECT_LT(nearTop, nearBottom / 20) << "no title bar at the top side";
    // The replay's timeline, white across the table's width, stands along the top edge too.
    const std::optional<Image> replay = loadPng(dir.path() / "replay.png");
    ASSERT_TRUE(replay);
    const int timelineTop = countNear(*replay, Colour{255, 255, 255}, 0, 0, replay->width, 100);
    const int timelineBottom =
        countNear(*replay, Colour{255, 255, 255}, 0, replay->height - 100, replay->width, replay->height);
    EXPECT_GT(timelineTop, replay->width * 50) << "the timeline along the top edge";
    EXPECT_LT(timelineBottom, timelineTop / 10) << "and not along the bottom edge";
}

} // namespace
} // namespace atelier::testing

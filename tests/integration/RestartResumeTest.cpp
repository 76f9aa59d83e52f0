// A crash or a power cut in the middle of a workshop the facilitator started from the library: the next start
// of the table, with the same config, takes that session up again with that workshop, not the config's.
#include <gtest/gtest.h>

#include <csignal>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "PanelScript.hpp"
#include "Process.hpp"
#include "SeededSession.hpp"
#include "TempDir.hpp"
#include "store/Database.hpp"
#include "store/WorkshopLibrary.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wshadow"
#include <stb/stb_image_write.h> // its implementation is in StickPhotos.cpp
#pragma GCC diagnostic pop

namespace atelier::testing {
namespace {

/// "Jardin partagé" in the library, as the panel's editor saves it: its definition and one site photo stored
/// in the data file. Three seats and two phases, where the config's demo has six seats and other phases.
void saveJardinInTheLibrary(const std::filesystem::path& data, const std::filesystem::path& dir) {
    const std::filesystem::path png = dir / "jardin.png";
    std::vector<unsigned char> pixels(40 * 30 * 3, 120);
    ASSERT_NE(stbi_write_png(png.string().c_str(), 40, 30, 3, pixels.data(), 40 * 3), 0);
    std::ifstream in(png, std::ios::binary);
    const std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in), {}};
    store::Database database = store::Database::open(data);
    const std::string hash = database.putAsset(bytes, "image/png", 40, 30);
    const std::string definition =
        R"({"title":"Jardin partagé","site":"Rue Haute","question":"Quoi planter ?","seats":3,)"
        R"("categories":[{"name":"fleurs","colour":"#E69F00"}],"photos":["jardin.png"],)"
        R"("phases":[{"name":"semis","minutes":10,"tools":["cards","photos"]},)"
        R"({"name":"choix","minutes":5,"tools":["vote"]}]})";
    store::saveWorkshop(database, store::Workshop{"jardin", "Jardin partagé", "Rue Haute", definition, {}},
                        {{"jardin.png", hash}});
}

/// The live session of the workshop (the newest), read while the table may be writing.
std::optional<std::int64_t> liveSessionOf(const std::filesystem::path& data, const std::string& workshop) {
    SQLite::Database db((data / "atelier.db").string(), SQLite::OPEN_READONLY);
    db.setBusyTimeout(kBusyTimeoutMs);
    SQLite::Statement query(
        db, "SELECT id FROM sessions WHERE workshop_id = ? AND status = 'live' ORDER BY id DESC LIMIT 1");
    query.bind(1, workshop);
    if (!query.executeStep()) {
        return std::nullopt;
    }
    return query.getColumn(0).getInt64();
}

std::int64_t sessionCount(const std::filesystem::path& data) {
    SQLite::Database db((data / "atelier.db").string(), SQLite::OPEN_READONLY);
    return db.execAndGet("SELECT count(*) FROM sessions").getInt64();
}

bool holdsCard(const core::Board& board, const std::string& text) {
    for (const auto& [id, card] : board.cards) {
        if (card.text == text) {
            return true;
        }
    }
    return false;
}

TEST(RestartResumeTest, ALibraryWorkshopsSessionIsResumedWithItsWorkshopAfterTheTableIsKilled) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    saveJardinInTheLibrary(data, dir.path());
    const std::filesystem::path config = writeConfig(dir.path(), "fr"); // [table] workshop: the demo
    PanelScript script;
    script.pin("2468");
    script.tap("panel.workshops");
    script.tap("workshops.row.2"); // the demo, which runs now, is listed first
    script.tap("workshops.start");
    script.tap("workshops.start.confirm");
    script.wait(400); // the new session's docks are drawn before a seat taps them
    for (const char* key : {"seat.1.dock.new_card", "seat.1.keyboard.b", "seat.1.keyboard.a",
                            "seat.1.keyboard.n", "seat.1.keyboard.c", "seat.1.keyboard.enter"}) {
        script.tap(key);
    }
    script.save(dir.path() / "start.jsonl");

    {
        Process table(std::filesystem::path(ATELIER_BINARY),
                      {"--config", config.string(), "--data", data.string(), "--headless", "--size",
                       "1210x680", "--input-script", (dir.path() / "start.jsonl").string()},
                      atelierEnvironment());
        // Every event is in SQLite within 100 ms: the card is written well before the plug is pulled.
        ASSERT_TRUE(table.waitForOutput("the input script has played", std::chrono::seconds(30)))
            << table.outputSoFar();
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        table.signal(SIGKILL); // the power cut
        const std::optional<ProcessResult> killed = table.wait(std::chrono::seconds(10));
        ASSERT_TRUE(killed);
        EXPECT_EQ(killed->signal, SIGKILL);
    }
    const std::optional<std::int64_t> session = liveSessionOf(data, "jardin");
    ASSERT_TRUE(session) << "the library workshop's session was started from the panel";
    ASSERT_TRUE(holdsCard(boardOf(data, *session), "Banc")) << "the seat's card (its first letter a capital)";
    const std::int64_t sessionsBefore = sessionCount(data);

    const ProcessResult restarted = runProcess(std::filesystem::path(ATELIER_BINARY),
                                               {"--config", config.string(), "--data", data.string(),
                                                "--headless", "--size", "1210x680", "--frames", "3"},
                                               std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(restarted.exitCode, 0) << restarted.output;
    EXPECT_NE(restarted.output.find("session " + std::to_string(*session) +
                                    " of workshop 'jardin' (\"Jardin partagé\", 2 phases) was left live: the "
                                    "table resumes it"),
              std::string::npos)
        << restarted.output;
    EXPECT_NE(restarted.output.find("resumed session " + std::to_string(*session) + " at event"),
              std::string::npos)
        << restarted.output;
    EXPECT_NE(restarted.output.find("in phase 'semis'"), std::string::npos) << restarted.output;
    EXPECT_EQ(restarted.output.find("started session"), std::string::npos)
        << "no fresh session of the demo: " << restarted.output;
    EXPECT_EQ(liveSessionOf(data, "jardin"), session);
    EXPECT_EQ(liveSessionOf(data, "demo"), std::nullopt);
    EXPECT_EQ(sessionCount(data), sessionsBefore);
    const core::Board board = boardOf(data, *session);
    EXPECT_TRUE(holdsCard(board, "Banc")) << "the seat's card (its first letter a capital)";
    EXPECT_EQ(board.photos.size(), 1u) << "the library workshop's site photo";
    EXPECT_EQ(board.phase.name, "semis");
    store::Database database = store::Database::open(data);
    const std::optional<store::WorkshopEntry> jardin = store::findWorkshopEntry(database, "jardin");
    ASSERT_TRUE(jardin);
    EXPECT_EQ(jardin->workshop.title, "Jardin partagé");
    EXPECT_EQ(jardin->photos.size(), 1u) << "the resume keeps the library's photo list";
}

} // namespace
} // namespace atelier::testing

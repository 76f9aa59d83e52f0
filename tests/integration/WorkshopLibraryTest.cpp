// The facilitator prepares workshops on the panel by touches only, and carries them between tables ("Square
// des Ursules" prepared, run, replayed and exported by touches: FacilitatorJourneyTest).
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "Image.hpp"
#include "PanelScript.hpp"
#include "Process.hpp"
#include "SeededSession.hpp"
#include "StickPhotos.hpp"
#include "store/Database.hpp"
#include "store/WorkshopLibrary.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace atelier::testing {
namespace {

/// A config whose panel looks for photos and workshop files in `stick`.
std::filesystem::path stickConfig(const std::filesystem::path& dir, const std::filesystem::path& stick) {
    return writeConfig(dir, "fr", "import_folder = \"" + stick.string() + "\"\n");
}

/// Runs the table through the script (1 px per mm), then a screenshot when `shot` is named.
ProcessResult runAt(const std::filesystem::path& config, const std::filesystem::path& data,
                    const std::filesystem::path& script, const std::filesystem::path& shot = {}) {
    std::vector<std::string> arguments{
        "--config", config.string(), "--data",         data.string(),   "--headless",
        "--size",   "1210x680",      "--input-script", script.string(), "--quit-after-script"};
    if (!shot.empty()) {
        arguments.insert(arguments.end(), {"--screenshot", shot.string()});
    }
    return runProcess(std::filesystem::path(ATELIER_BINARY), arguments, std::chrono::seconds(90),
                      atelierEnvironment());
}

std::vector<store::WorkshopEntry> workshopsIn(const std::filesystem::path& data, bool withArchived = false) {
    store::Database database = store::Database::open(data);
    return store::listWorkshops(database, withArchived);
}

TEST(WorkshopLibraryTest, ABadValueShowsItsSentenceBesideItsFieldAndNothingIsSaved) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    seedDemoSession(data, {});
    const std::size_t before = workshopsIn(data).size();
    PanelScript script;
    script.pin("2468");
    script.tap("panel.workshops");
    script.tap("workshops.new");
    typeOn(script, "Sq");
    script.tap("editor.site");
    typeOn(script, "U");
    script.tap("editor.question");
    typeOn(script, "Q");
    script.tap("editor.category.add");
    typeOn(script, "n");
    script.tap("editor.phase.add");
    typeOn(script, "l");
    script.tap("editor.phase.1.minutes");
    script.tap("keyboard.backspace");
    script.tap("keyboard.backspace");
    typeOn(script, "700"); // more than the 600 minutes a phase may last
    script.tap("editor.save");
    script.save(dir.path() / "bad.jsonl");
    const std::filesystem::path shot = dir.path() / "bad.png";
    const ProcessResult result =
        runAt(stickConfig(dir.path(), dir.path()), data, dir.path() / "bad.jsonl", shot);
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("the workshop is not saved: the editor refuses 'phase.1.minutes'"),
              std::string::npos)
        << result.output;
    EXPECT_EQ(workshopsIn(data).size(), before) << "nothing saved";
    const std::optional<Image> image = loadPng(shot);
    ASSERT_TRUE(image);
    EXPECT_GT(countNear(*image, Colour{179, 31, 20}, 0, 0, image->width, image->height), 150)
        << "the refusal is written in red in the editor";
}

TEST(WorkshopLibraryTest, DuplicateMakesACopyAndDeleteArchivesAWorkshopThatRanButDeletesOneThatNeverDid) {
    TempDir dir;
    const std::filesystem::path data = dir.path() / "data";
    seedDemoSession(data, {}); // workshop "demo" has a session (the table keeps its shipped definition)
    // One run: two copies of the workshop that ran, then the original deleted and one copy deleted.
    PanelScript script;
    script.pin("2468");
    script.tap("panel.workshops");
    script.tap("workshops.row.1");
    script.tap("workshops.duplicate"); // the copy is listed first (newest) and selected
    script.tap("workshops.row.2");     // the original, which ran once
    script.tap("workshops.duplicate"); // a second copy, listed first
    script.tap("workshops.row.3");     // the original again
    script.tap("workshops.delete");
    script.tap("workshops.confirm");
    script.tap("workshops.row.1"); // a copy, which never ran
    script.tap("workshops.delete");
    script.tap("workshops.confirm");
    script.save(dir.path() / "duplicate.jsonl");
    const ProcessResult result =
        runAt(stickConfig(dir.path(), dir.path()), data, dir.path() / "duplicate.jsonl");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const std::vector<store::WorkshopEntry> all = workshopsIn(data, true);
    ASSERT_EQ(all.size(), 2u) << "of three, the copy that never ran is deleted\n" << result.output;
    const store::WorkshopEntry& copy = all[0].workshop.id == "demo" ? all[1] : all[0];
    const store::WorkshopEntry& original = all[0].workshop.id == "demo" ? all[0] : all[1];
    ASSERT_EQ(original.workshop.id, "demo");
    EXPECT_EQ(copy.workshop.title, "Copie de " + original.workshop.title);
    EXPECT_EQ(nlohmann::json::parse(copy.workshop.configJson)["phases"],
              nlohmann::json::parse(original.workshop.configJson)["phases"]);
    EXPECT_TRUE(original.archived) << "a workshop with sessions is archived, not deleted";
    EXPECT_EQ(original.sessions, 1) << "its session is kept";
    EXPECT_FALSE(copy.archived);
    EXPECT_EQ(workshopsIn(data).size(), 1u) << "the library lists the copy alone";
}

TEST(WorkshopLibraryTest, AWorkshopExportedOnOneTableIsImportedOnAnotherWithItsPhotos) {
    TempDir dir;
    const std::filesystem::path first = dir.path() / "first";
    const std::filesystem::path second = dir.path() / "second";
    ASSERT_TRUE(writeSolidPng(dir.path() / "a.png", 48, 32, 10, 0x50, 0));
    ASSERT_TRUE(writeSolidPng(dir.path() / "b.png", 48, 32, 250, 0x50, 0));
    std::vector<store::WorkshopPhoto> photos;
    {
        store::Database database = store::Database::open(first);
        for (const char* name : {"a.png", "b.png"}) {
            std::ifstream in(dir.path() / name, std::ios::binary);
            const std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)),
                                                  std::istreambuf_iterator<char>());
            photos.push_back(store::WorkshopPhoto{name, database.putAsset(bytes, "image/png", 48, 32)});
        }
        store::saveWorkshop(
            database,
            store::Workshop{"ursules",
                            "Square des Ursules",
                            "Saint-Étienne",
                            R"({"title":"Square des Ursules","site":"Saint-Étienne","question":"Q ?",)"
                            R"("categories":[{"name":"a","colour":"#0072B2"}],"photos":["a.png","b.png"],)"
                            R"("phases":[{"name":"p","minutes":5,"tools":["cards"]}]})",
                            {}},
            photos);
    }
    const std::filesystem::path file = dir.path() / "ursules.atelier-workshop.json";
    const ProcessResult exported =
        runProcess(std::filesystem::path(ATELIER_BINARY),
                   {"workshop", "export", "ursules", file.string(), "--data", first.string()},
                   std::chrono::seconds(30), atelierEnvironment());
    ASSERT_EQ(exported.exitCode, 0) << exported.output;
    EXPECT_FALSE(std::filesystem::exists(file.string() + ".part")) << "no temporary file is left";
    const ProcessResult imported =
        runProcess(std::filesystem::path(ATELIER_BINARY),
                   {"workshop", "import", file.string(), "--data", second.string()}, std::chrono::seconds(30),
                   atelierEnvironment());
    ASSERT_EQ(imported.exitCode, 0) << imported.output;
    const ProcessResult listed =
        runProcess(std::filesystem::path(ATELIER_BINARY), {"workshops", "--json", "--data", second.string()},
                   std::chrono::seconds(30), atelierEnvironment());
    ASSERT_EQ(listed.exitCode, 0) << listed.output;
    const nlohmann::json line = nlohmann::json::parse(listed.output.substr(0, listed.output.find('\n')));
    EXPECT_EQ(line["id"], "ursules");
    EXPECT_EQ(line["title"], "Square des Ursules");
    EXPECT_EQ(line["photos"], 2);
    const std::vector<store::WorkshopEntry> entries = workshopsIn(second);
    ASSERT_EQ(entries.size(), 1u);
    ASSERT_EQ(entries[0].photos.size(), 2u);
    store::Database database = store::Database::open(second);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(entries[0].photos[i].hash, photos[i].hash) << "the same bytes, by SHA-256";
        const std::optional<store::Asset> asset = database.getAsset(photos[i].hash);
        ASSERT_TRUE(asset);
        EXPECT_EQ(asset->width, 48);
    }

    // A session of the imported workshop lays its two site photos on the table.
    const ProcessResult ran = runProcess(std::filesystem::path(ATELIER_BINARY),
                                         {"--data", second.string(), "--headless", "--size", "640x360",
                                          "--workshop", "ursules", "--session", "new", "--frames", "1"},
                                         std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(ran.exitCode, 0) << ran.output;
    EXPECT_EQ(countEvents(second, 1, "photo.placed"), 2) << ran.output;

    // A damaged file is refused with a sentence, and nothing is imported.
    std::string text;
    {
        std::ifstream in(file);
        text.assign((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    }
    text[text.find("\"bytes\": \"") + 20] ^= 1;
    std::ofstream(dir.path() / "damaged.atelier-workshop.json") << text;
    const ProcessResult damaged =
        runProcess(std::filesystem::path(ATELIER_BINARY),
                   {"workshop", "import", (dir.path() / "damaged.atelier-workshop.json").string(), "--data",
                    second.string()},
                   std::chrono::seconds(30), atelierEnvironment());
    EXPECT_EQ(damaged.exitCode, 1);
    EXPECT_NE(damaged.output.find("Nothing was imported"), std::string::npos) << damaged.output;
    EXPECT_EQ(workshopsIn(second).size(), 1u);
}

} // namespace
} // namespace atelier::testing

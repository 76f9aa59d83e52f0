// `atelier export` and `atelier replay --headless` on a scripted session: what a facilitator takes home.
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "Image.hpp"
#include "Process.hpp"
#include "SchemaOneFile.hpp"
#include "TextFiles.hpp"
#include "core/Apply.hpp"
#include "core/Sha256.hpp"
#include "store/Database.hpp"
#include "store/EventLog.hpp"
#include <SQLiteCpp/SQLiteCpp.h>

namespace atelier::testing {
namespace {

const std::filesystem::path kAtelier = ATELIER_BINARY;
const std::filesystem::path kSchema = ATELIER_EXPORT_SCHEMA;

/// The tricky card: accents, œ, a typographic apostrophe, quotes, commas and a line break.
const std::string kTrickyText = "Un banc « à l’ombre », \"vraiment\", pour l’œil\nsur deux lignes";
const std::string kFountainText = "Jeux d’eau, fontaine";
const std::string kLateText = "Arrivée tardive";

constexpr const char* kDefinition =
    R"({"title":"Place test","site":"Saint-Étienne","question":"Que faire de la place ?",
"votes_per_seat":5,"categories":[{"name":"Nature","colour":"#009E73"},{"name":"Jeux","colour":"#E69F00"}],
"phases":[{"name":"Idées","minutes":10,"tools":["cards"]},{"name":"Vote","minutes":5,"tools":["vote"]}],"photos":[]})";

core::CardCreated card(core::ItemId id, double x, double y, std::string text, int category, int seat) {
    core::CardCreated created;
    created.id = id;
    created.pose.centre = {x, y};
    created.size = {120, 80};
    created.text = std::move(text);
    created.category = category;
    created.seat = seat;
    return created;
}

/// A 2-minute session: three cards in the first phase, a cluster and votes in the second, a fourth card
/// at 0:02:00 in the lower right of the table.
std::int64_t seedSession(const std::filesystem::path& dataDir) {
    store::Database database = store::Database::open(dataDir);
    database.ensureWorkshop(store::Workshop{"place-test", "Place test", "Saint-Étienne", kDefinition, {}});
    const std::int64_t session = database.createSession("place-test");
    core::Board board;
    store::EventLog log(database, session, board, 0);
    const auto add = [&](std::int64_t t, const core::Event& event) {
        EXPECT_TRUE(core::apply(board, event)) << t;
        log.append(t, event);
    };
    add(0, core::SessionConfigured{6, 5, "Place test", 0});
    add(0, core::PhaseStarted{0, "Idées", {"cards"}, 600, 0});
    add(1000, card(1, 250, 200, kTrickyText, 0, 1));
    add(2000, card(2, 450, 200, kFountainText, 1, 2));
    add(3000, card(3, 650, 200, "Simple", 0, 3));
    add(60000, core::PhaseStarted{1, "Vote", {"vote"}, 300, 0});
    add(61000, core::ClusterFormed{5, "Repos", {1, 2}, 1});
    add(62000, core::VoteCast{6, 3, 1});
    add(62100, core::VoteCast{7, 3, 2});
    add(62200, core::VoteCast{8, 3, 4});
    add(62300, core::VoteCast{9, 5, 1});
    add(62400, core::VoteCast{10, 5, 2});
    add(62500, core::VoteCast{11, 1, 3});
    for (int step = 0; step <= 20; ++step) { // card 3 dragged down at 20 Hz by seat 3
        core::CardMoved moved;
        moved.id = 3;
        moved.pose.centre = {650, 200 + 10.0 * step};
        moved.seat = 3;
        add(100000 + 50 * step, moved);
    }
    add(120000, card(12, 950, 520, kLateText, 1, 4));
    EXPECT_TRUE(log.flush());
    return session;
}

/// Checks `value` against the subset of JSON Schema that docs/export.schema.json uses (type, const, enum,
/// required, properties, additionalProperties, items, minimum, maximum, pattern); appends what is wrong.
void validate(const nlohmann::json& value, const nlohmann::json& schema, const std::string& where,
              std::vector<std::string>& problems) {
    const auto typeMatches = [&value](const std::string& type) {
        return (type == "object" && value.is_object()) || (type == "array" && value.is_array()) ||
               (type == "string" && value.is_string()) || (type == "integer" && value.is_number_integer()) ||
               (type == "null" && value.is_null()) || (type == "boolean" && value.is_boolean());
    };
    if (schema.contains("type")) {
        bool ok = false;
        if (schema["type"].is_array()) {
            for (const auto& type : schema["type"]) {
                ok = ok || typeMatches(type.get<std::string>());
            }
        } else {
            ok = typeMatches(schema["type"].get<std::string>());
        }
        if (!ok) {
            problems.push_back(where + ": wrong type " + value.dump());
            return;
        }
    }
    if (schema.contains("const") && value != schema["const"]) {
        problems.push_back(where + ": not " + schema["const"].dump());
    }
    if (schema.contains("enum") &&
        std::find(schema["enum"].begin(), schema["enum"].end(), value) == schema["enum"].end()) {
        problems.push_back(where + ": " + value.dump() + " is not one of " + schema["enum"].dump());
    }
    if (schema.contains("minimum") && value.is_number() &&
        value.get<double>() < schema["minimum"].get<double>()) {
        problems.push_back(where + ": below the minimum");
    }
    if (schema.contains("maximum") && value.is_number() &&
        value.get<double>() > schema["maximum"].get<double>()) {
        problems.push_back(where + ": above the maximum");
    }
    if (schema.contains("pattern") && value.is_string() &&
        !std::regex_search(value.get<std::string>(), std::regex(schema["pattern"].get<std::string>()))) {
        problems.push_back(where + ": does not match " + schema["pattern"].get<std::string>());
    }
    if (value.is_object()) {
        for (const auto& key : schema.value("required", nlohmann::json::array())) {
            if (!value.contains(key.get<std::string>())) {
                problems.push_back(where + ": missing " + key.get<std::string>());
            }
        }
        const nlohmann::json properties = schema.value("properties", nlohmann::json::object());
        for (const auto& [key, item] : value.items()) {
            if (properties.contains(key)) {
                validate(item, properties[key], where + "." + key, problems);
            } else if (schema.contains("additionalProperties") && schema["additionalProperties"] == false) {
                problems.push_back(where + ": unexpected " + key);
            }
        }
    }
    if (value.is_array() && schema.contains("items")) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            validate(value[i], schema["items"], where + "[" + std::to_string(i) + "]", problems);
        }
    }
}

class ExportTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_config = m_dir.path() / "atelier.toml";
        std::ofstream(m_config) << "[ui]\nlanguage = \"fr\"\n[input]\ntuio = false\n";
        m_session = seedSession(m_dir.path() / "data");
    }

    ProcessResult atelier(std::vector<std::string> args, const std::vector<std::string>& environment = {}) {
        std::vector<std::string> all = {"--config", m_config.string(), "--data",
                                        (m_dir.path() / "data").string()};
        all.insert(all.end(), args.begin(), args.end());
        std::vector<std::string> env = atelierEnvironment();
        env.insert(env.end(), environment.begin(), environment.end());
        return runProcess(kAtelier, all, std::chrono::seconds(90), env);
    }

    std::string session() const { return std::to_string(m_session); }

    TempDir m_dir;
    std::filesystem::path m_config;
    std::int64_t m_session = 0;
};

/// Pixels of the rectangle that differ between two images of the same size by more than a little.
int differingPixels(const Image& a, const Image& b, int x0, int y0, int x1, int y1) {
    int count = 0;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            count += near(a.at(x, y), b.at(x, y), 8) ? 0 : 1;
        }
    }
    return count;
}

TEST_F(ExportTest, PngsAtTwoTimesDifferWhereTheLateCardAppeared) {
    const auto before = m_dir.path() / "before.png";
    const auto after = m_dir.path() / "after.png";
    ProcessResult result =
        atelier({"--size", "640x360", "export", session(), "--png", before.string(), "--at", "0:01:30"});
    ASSERT_EQ(result.exitCode, 0) << result.output;
    result = atelier({"--size", "640x360", "export", session(), "--png", after.string()});
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const std::optional<Image> a = loadPng(before);
    const std::optional<Image> b = loadPng(after);
    ASSERT_TRUE(a && b);
    ASSERT_EQ(a->width, 640);
    ASSERT_EQ(a->height, 360);
    // The late card: 120 × 80 mm centred at (950, 520) mm of a 1210 × 680 mm table.
    const int cx = 950 * 640 / 1210;
    const int cy = 520 * 360 / 680;
    EXPECT_GT(differingPixels(*a, *b, cx - 20, cy - 12, cx + 20, cy + 12), 40 * 24 / 2)
        << "the card created at 0:02:00 is missing from the end picture, or present at 0:01:30";
    // Far from it (the left of the table, under the first cards), nothing changed.
    EXPECT_EQ(differingPixels(*a, *b, 20, 150, 100, 250), 0);
}

TEST_F(ExportTest, CsvHasOneRecordPerCardWithTheExactText) {
    const auto file = m_dir.path() / "cards.csv";
    const ProcessResult result = atelier({"export", session(), "--csv", file.string()});
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const std::string text = readAll(file);
    const auto records = parseCsv(text);
    ASSERT_EQ(records.size(), 5u) << text; // the header and four cards
    EXPECT_EQ(records[0][0], "id");
    EXPECT_EQ(records[0][1], "text");
    for (const auto& record : records) {
        EXPECT_EQ(record.size(), records[0].size());
    }
    EXPECT_EQ(records[1][1], kTrickyText) << "the text must come back byte for byte";
    EXPECT_EQ(records[2][1], kFountainText);
    EXPECT_EQ(records[4][1], kLateText);
    EXPECT_EQ(records[2][3], "Jeux") << "category name from the workshop definition";
    EXPECT_EQ(records[1][6], "Repos") << "cluster name";
    EXPECT_EQ(records[3][7], "3") << "votes on card 3";
    EXPECT_EQ(records[4][8], "0:02:00") << "created";
    EXPECT_NE(text.find("\"Un banc « à l’ombre », \"\"vraiment\"\", pour l’œil\nsur deux lignes\""),
              std::string::npos)
        << "RFC 4180 quoting with doubled quotes";
}

TEST_F(ExportTest, JsonFollowsTheDocumentedSchema) {
    const auto file = m_dir.path() / "out" / "session.json";
    const ProcessResult result = atelier({"export", session(), "--json", file.string()});
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const nlohmann::json schema = nlohmann::json::parse(readAll(kSchema));
    const nlohmann::json exported = nlohmann::json::parse(readAll(file));
    std::vector<std::string> problems;
    validate(exported, schema, "$", problems);
    EXPECT_TRUE(problems.empty()) << problems.front();

    EXPECT_EQ(exported["workshop"]["question"], "Que faire de la place ?");
    ASSERT_EQ(exported["cards"].size(), 4u);
    EXPECT_EQ(exported["cards"][0]["text"], kTrickyText);
    EXPECT_EQ(exported["cards"][0]["cluster"], 5);
    ASSERT_EQ(exported["phases"].size(), 2u);
    EXPECT_EQ(exported["phases"][0]["durationMs"], 60000);
    ASSERT_EQ(exported["ranking"].size(), 3u);
    // The cluster scores its two dots and card 1's: tied with card 3, clusters first.
    EXPECT_EQ(exported["ranking"][0]["kind"], "cluster");
    EXPECT_EQ(exported["ranking"][0]["votes"], 3);
    EXPECT_EQ(exported["ranking"][1]["kind"], "card");
    EXPECT_EQ(exported["ranking"][1]["id"], 3);
    EXPECT_EQ(exported["ranking"][1]["votes"], 3);
    EXPECT_EQ(exported["ranking"][2]["id"], 1);

    // The validator does catch a document that breaks the schema.
    nlohmann::json broken = exported;
    broken["cards"][0].erase("text");
    broken["session"]["status"] = "paused";
    std::vector<std::string> found;
    validate(broken, schema, "$", found);
    EXPECT_EQ(found.size(), 2u);
}

TEST_F(ExportTest, HtmlReportHoldsEveryCardAndTheRankingOffline) {
    const auto folder = m_dir.path() / "report";
    const ProcessResult result =
        atelier({"--size", "480x270", "export", session(), "--html", folder.string()});
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const std::string html = readAll(folder / "index.html");
    for (const std::string& text :
         {std::string("Un banc « à l’ombre », &quot;vraiment&quot;, pour l’œil\nsur deux lignes"),
          kFountainText, std::string("Simple"), kLateText}) {
        EXPECT_NE(html.find(text), std::string::npos) << text;
    }
    EXPECT_NE(html.find("Que faire de la place ?"), std::string::npos);
    EXPECT_NE(html.find("Classement des votes"), std::string::npos);
    // The ranking: the cluster (its 2 dots and card 1's) tied with card 3 (3 dots), before card 1 (1).
    const auto ranking = html.find("class=\"ranking\"");
    ASSERT_NE(ranking, std::string::npos);
    const auto repos = html.find("Repos", ranking);
    const auto simple = html.find("Simple", ranking);
    const auto bench = html.find("Un banc", ranking);
    EXPECT_LT(repos, simple);
    EXPECT_LT(simple, bench);
    EXPECT_EQ(std::count(html.begin(), html.end(), '\0'), 0);
    EXPECT_EQ(html.find("http://"), std::string::npos) << "nothing may be fetched from outside";
    EXPECT_EQ(html.find("<script"), std::string::npos);
    const std::regex picture("<img alt=\"[^\"]*\" width=\"[0-9]+\" height=\"[0-9]+\" "
                             "src=\"data:image/(png;base64,iVBOR|jpeg;base64,/9j/)");
    EXPECT_EQ(std::distance(std::sregex_iterator(html.begin(), html.end(), picture), std::sregex_iterator()),
              2)
        << "one picture of the table at the end of each phase";
}

TEST_F(ExportTest, HtmlReportCountsInWordsAndShowsEachCardsCategory) {
    const auto folder = m_dir.path() / "report";
    const ProcessResult result =
        atelier({"--size", "480x270", "export", session(), "--html", folder.string()});
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const std::string html = readAll(folder / "index.html");
    EXPECT_NE(html.find("1 vote<"), std::string::npos) << "card 1 carries one dot";
    EXPECT_EQ(html.find("1 votes"), std::string::npos);
    EXPECT_NE(html.find("<tr class=\"cluster\">"), std::string::npos) << "the cluster stands apart";
    EXPECT_NE(html.find("Groupe</td><td>Repos</td>"), std::string::npos);
    EXPECT_NE(html.find("id=\"card-2\" style=\"border-left-color:#e69f00\""), std::string::npos)
        << "Jeux d’eau is a \"Jeux\" card";
}

TEST_F(ExportTest, VideoWithoutFfmpegSaysSoAndTheStandaloneFileReplaysElsewhere) {
    const ProcessResult video =
        atelier({"export", session(), "--video", (m_dir.path() / "v.mp4").string()}, {"PATH=/nonexistent"});
    EXPECT_EQ(video.exitCode, 1);
    EXPECT_NE(video.output.find("a video needs ffmpeg, which is not installed"), std::string::npos)
        << video.output;
    EXPECT_FALSE(std::filesystem::exists(m_dir.path() / "v.mp4"));

    const auto elsewhere = m_dir.path() / "elsewhere";
    ProcessResult result = atelier({"export", session(), "--sqlite", (elsewhere / "atelier.db").string()});
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const auto csv = m_dir.path() / "elsewhere.csv";
    result = runProcess(kAtelier,
                        {"--config", m_config.string(), "--data", elsewhere.string(), "export", session(),
                         "--csv", csv.string()},
                        std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_EQ(parseCsv(readAll(csv)).size(), 5u);
}

TEST_F(ExportTest, TheBoardExportsAsJsonAndStaysTheSameOnceTheEndedSessionIsCompacted) {
    const auto board = m_dir.path() / "board.json";
    ProcessResult result = atelier({"export", session(), "--board-json", board.string()});
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const std::string atEnd = readAll(board);
    const nlohmann::json json = nlohmann::json::parse(atEnd);
    EXPECT_EQ(json["format"], 1);
    ASSERT_EQ(json["cards"].size(), 4u);
    EXPECT_EQ(json["cards"][0]["text"], kTrickyText);
    EXPECT_EQ(json["votes"].size(), 6u);

    const auto early = m_dir.path() / "early.json";
    result = atelier({"export", session(), "--board-json", early.string(), "--at", "00:00:30"});
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_EQ(nlohmann::json::parse(readAll(early))["cards"].size(), 3u) << "the late card came at 0:02:00";

    {
        store::Database database = store::Database::open(m_dir.path() / "data");
        database.endSession(m_session);
    }
    result = atelier({"check", "--compact"});
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find(" went from "), std::string::npos) << result.output;
    std::filesystem::remove(board);
    result = atelier({"export", session(), "--board-json", board.string()});
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_EQ(readAll(board), atEnd);
}

TEST_F(ExportTest, AnOldFileCompactedOrPurgedKeepsItsFinalBoardAndStoresItCompact) {
    for (const std::string command : {"check", "purge"}) {
        const auto data = m_dir.path() / ("old-" + command);
        std::filesystem::create_directories(data);
        const store::testing::SchemaOneSession old =
            store::testing::writeSchemaOneFile(data / "atelier.db", 53, 3000, 100, true);
        const std::vector<std::string> args =
            command == "check" ? std::vector<std::string>{"check", "--compact"}
                               : std::vector<std::string>{"purge", "--older-than", "36500"};
        std::vector<std::string> all = {"--config", m_config.string(), "--data", data.string()};
        all.insert(all.end(), args.begin(), args.end());
        ProcessResult result = runProcess(kAtelier, all, std::chrono::seconds(90), atelierEnvironment());
        ASSERT_EQ(result.exitCode, 0) << result.output;
        EXPECT_NE(result.output.find("1 ended sessions"), std::string::npos) << result.output;
        {
            SQLite::Database db((data / "atelier.db").string(), SQLite::OPEN_READONLY);
            EXPECT_EQ(db.execAndGet("SELECT count(*) FROM snapshots").getInt(), 1) << "thinned to the last";
            EXPECT_EQ(db.execAndGet("SELECT format FROM snapshots").getInt(), 2) << "stored compact";
            EXPECT_EQ(db.execAndGet("SELECT count(*) FROM events").getInt(), 3000);
        }
        const auto board = m_dir.path() / (command + "-board.json");
        result = runProcess(kAtelier,
                            {"--config", m_config.string(), "--data", data.string(), "export", "1",
                             "--board-json", board.string()},
                            std::chrono::seconds(90), atelierEnvironment());
        ASSERT_EQ(result.exitCode, 0) << result.output;
        EXPECT_EQ(core::sha256Hex(readAll(board)), old.boardHashes.at(3000)) << "the golden final board";
    }
}

TEST_F(ExportTest, VideoFramesArePipedToFfmpeg) {
    // A stand-in ffmpeg that counts the bytes it is given and writes the count to its output file.
    const auto bin = m_dir.path() / "bin";
    std::filesystem::create_directories(bin);
    std::ofstream(bin / "ffmpeg") << "#!/bin/sh\nfor a; do out=\"$a\"; done\nwc -c > \"$out\"\n";
    std::filesystem::permissions(bin / "ffmpeg", std::filesystem::perms::owner_all);
    const auto film = m_dir.path() / "film.mp4";
    const ProcessResult result = atelier({"--size", "64x64", "export", session(), "--video", film.string()},
                                         {"PATH=" + bin.string() + ":/usr/bin:/bin"});
    ASSERT_EQ(result.exitCode, 0) << result.output;
    // A 2-minute session gives the shortest film: 2 s at 25 fps, each frame 64 × 64 RGBA.
    EXPECT_EQ(std::stoll(readAll(film)), 50LL * 64 * 64 * 4);
    EXPECT_NE(result.output.find("50 frames at 25 fps"), std::string::npos) << result.output;
}

TEST_F(ExportTest, ReplayHeadlessShowsTheBoardAtTheAskedTime) {
    const auto early = m_dir.path() / "early.png";
    const auto late = m_dir.path() / "late.png";
    for (const auto& [at, shot] : {std::pair{"0:00:30", early}, std::pair{"0:02:10", late}}) {
        const ProcessResult result =
            atelier({"--headless", "--size", "640x360", "--frames", "2", "--screenshot", shot.string(),
                     "replay", session(), "--at", at});
        ASSERT_EQ(result.exitCode, 0) << result.output;
    }
    const std::optional<Image> a = loadPng(early);
    const std::optional<Image> b = loadPng(late);
    ASSERT_TRUE(a && b);
    const int cx = 950 * 640 / 1210;
    const int cy = 520 * 360 / 680;
    EXPECT_GT(differingPixels(*a, *b, cx - 20, cy - 12, cx + 20, cy + 12), 40 * 24 / 2)
        << "the late card shows at 0:02:10 and not at 0:00:30";
}

TEST_F(ExportTest, ReplayTrailsShowWhereACardWasDragged) {
    const auto plain = m_dir.path() / "plain.png";
    const auto trails = m_dir.path() / "trails.png";
    for (const auto& [flag, shot] : {std::pair{"--speed=1", plain}, std::pair{"--trails", trails}}) {
        const ProcessResult result =
            atelier({"--headless", "--size", "640x360", "--frames", "2", "--screenshot", shot.string(),
                     "replay", session(), "--at", "0:01:41", flag});
        ASSERT_EQ(result.exitCode, 0) << result.output;
    }
    const std::optional<Image> a = loadPng(plain);
    const std::optional<Image> b = loadPng(trails);
    ASSERT_TRUE(a && b);
    // The path from (650, 200) to (650, 400) mm; the card now covers its lower end, so look at the upper.
    const int x = 650 * 640 / 1210;
    const int top = 200 * 360 / 680;
    EXPECT_GT(differingPixels(*a, *b, x - 3, top - 2, x + 4, top + 10), 20)
        << "no trail where the card was dragged";
    EXPECT_EQ(differingPixels(*a, *b, 20, 150, 100, 250), 0) << "nothing else changes";
}

TEST_F(ExportTest, ReplayHeatMapWarmsWhereACardWasDraggedAndNowhereElse) {
    const auto plain = m_dir.path() / "plain.png";
    const auto heat = m_dir.path() / "heat.png";
    for (const auto& [flag, shot] : {std::pair{"--speed=1", plain}, std::pair{"--heat", heat}}) {
        const ProcessResult result =
            atelier({"--headless", "--size", "640x360", "--frames", "2", "--screenshot", shot.string(),
                     "replay", session(), "--at", "0:01:50", flag});
        ASSERT_EQ(result.exitCode, 0) << result.output;
    }
    const std::optional<Image> a = loadPng(plain);
    const std::optional<Image> b = loadPng(heat);
    ASSERT_TRUE(a && b);
    // Card 3 was dragged from (650, 200) to (650, 400) mm at 1:40, ten seconds before: the trails are gone,
    // the heat stays. The card now covers the lower end; the upper end shows on the table's background.
    const int x = 650 * 640 / 1210;
    const int top = 200 * 360 / 680;
    // The path runs along the left edge of the 10 mm cells from 650 mm: x + 1 .. x + 5 px at this size.
    EXPECT_GT(differingPixels(*a, *b, x + 1, top, x + 5, top + 10), 30)
        << "no heat where the card was dragged";
    EXPECT_EQ(differingPixels(*a, *b, 20, 150, 100, 250), 0) << "heat where nobody dragged anything";
    EXPECT_FALSE(near(b->at(x + 3, top + 4), a->at(x + 3, top + 4), 8)) << "the dragged path is tinted";
}

/// A tap (down, then up 30 ms later) on a named target, `dxMm` to the right of its centre.
std::string tapLine(int t, const std::string& target, double dxMm = 0) {
    std::ostringstream out;
    out << R"({"t":)" << t << R"(,"id":1,"phase":"down","target":")" << target << R"(","dx":)" << dxMm
        << "}\n";
    out << R"({"t":)" << t + 30 << R"(,"id":1,"phase":"up","target":")" << target << R"(","dx":)" << dxMm
        << "}\n";
    return out.str();
}

TEST_F(ExportTest, ReplayTimelineByTouchGoesToTheNextPhaseAndScrubsToTheEnd) {
    // The timeline's controls are named targets.
    const ProcessResult listed =
        atelier({"--headless", "--size", "640x360", "replay", session(), "--list-targets"});
    ASSERT_EQ(listed.exitCode, 0) << listed.output;
    std::map<std::string, nlohmann::json> targets;
    std::istringstream lines(listed.output);
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty() && line.front() == '{') {
            const nlohmann::json target = nlohmann::json::parse(line);
            targets[target["name"].get<std::string>()] = target;
        }
    }
    for (const char* name :
         {"timeline.play", "timeline.phase.next", "timeline.phase.previous", "timeline.scrub",
          "timeline.speed.0.5", "timeline.speed.32", "timeline.marker.1", "timeline.trails"}) {
        EXPECT_TRUE(targets.contains(name)) << name << " missing from\n" << listed.output;
    }
    ASSERT_TRUE(targets.contains("timeline.scrub"));
    EXPECT_GT(targets["timeline.scrub"]["y"].get<double>(), 0.7) << "the timeline lies at the bottom";

    const auto next = m_dir.path() / "next.png";
    const auto scrubbed = m_dir.path() / "scrubbed.png";
    const auto reference = m_dir.path() / "at-1-00.png";
    const auto start = m_dir.path() / "at-0-30.png";
    const auto nextScript = m_dir.path() / "next.jsonl";
    const auto scrubScript = m_dir.path() / "scrub.jsonl";
    std::ofstream(nextScript) << tapLine(100, "timeline.phase.next");
    // The right end of the bar (1 mm inside it) is the end of the session.
    const double toRightEndMm = targets["timeline.scrub"]["w"].get<double>() * 1210 / 2 - 1;
    std::ofstream(scrubScript) << tapLine(100, "timeline.phase.next")
                               << tapLine(300, "timeline.scrub", toRightEndMm);
    for (const auto& [script, shot] : {std::pair{nextScript, next}, std::pair{scrubScript, scrubbed}}) {
        const ProcessResult result = atelier({"--headless", "--size", "640x360", "--input-script",
                                              script.string(), "--quit-after-script", "--screenshot",
                                              shot.string(), "replay", session(), "--at", "0:00:30"});
        ASSERT_EQ(result.exitCode, 0) << result.output;
    }
    for (const auto& [at, shot] : {std::pair{"0:01:00", reference}, std::pair{"0:00:30", start}}) {
        const ProcessResult result =
            atelier({"--headless", "--size", "640x360", "--frames", "2", "--screenshot", shot.string(),
                     "replay", session(), "--at", at});
        ASSERT_EQ(result.exitCode, 0) << result.output;
    }
    const std::optional<Image> afterNext = loadPng(next);
    const std::optional<Image> afterScrub = loadPng(scrubbed);
    const std::optional<Image> atOneMinute = loadPng(reference);
    const std::optional<Image> atStart = loadPng(start);
    ASSERT_TRUE(afterNext && afterScrub && atOneMinute && atStart);
    // Next phase from 0:00:30 lands on the vote's start, 0:01:00: the same picture, banner and clock
    // included.
    EXPECT_EQ(differingPixels(*afterNext, *atOneMinute, 0, 0, 640, 360), 0)
        << "the tap on next phase did not land on 0:01:00";
    EXPECT_GT(differingPixels(*afterNext, *atStart, 0, 0, 640, 360), 50) << "the tap changed nothing";
    // Scrubbing to the end shows the card created at 0:02:00.
    const int cx = 950 * 640 / 1210;
    const int cy = 520 * 360 / 680;
    EXPECT_GT(differingPixels(*afterScrub, *atOneMinute, cx - 20, cy - 12, cx + 20, cy + 12), 40 * 24 / 2)
        << "the late card is missing after scrubbing to the end";
    EXPECT_EQ(differingPixels(*afterScrub, *atOneMinute, 20, 150, 100, 250), 0) << "nothing else changes";
}

TEST_F(ExportTest, BadArgumentsGetASentence) {
    ProcessResult result = atelier({"export", "abc", "--csv", "x.csv"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.output.find("is not a session id"), std::string::npos) << result.output;
    result = atelier({"export", "99", "--csv", (m_dir.path() / "x.csv").string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.output.find("no session 99"), std::string::npos) << result.output;
    result = atelier({"export", session(), "--png", "x.png", "--at", "1:75:00"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.output.find("--at must be a session time"), std::string::npos) << result.output;
}

} // namespace
} // namespace atelier::testing

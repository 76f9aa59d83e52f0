// Reports and the replay timeline of a five-phase session with a pause: one entry per phase with its pauses,
// every phase marker on screen and reachable by touch.
#include <cmath>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <utility>

#include "Image.hpp"
#include "Process.hpp"
#include "SeededSession.hpp"
#include "TextFiles.hpp"
#include "core/Apply.hpp"
#include "core/Sha256.hpp"
#include "core/VotePlacement.hpp"
#include "store/Database.hpp"
#include "store/EventLog.hpp"

#include <stb/stb_image_write.h> // its implementation is in StickPhotos.cpp

namespace atelier::testing {
namespace {

const std::filesystem::path kAtelier = ATELIER_BINARY;

constexpr const char* kDefinition =
    R"({"title":"Place test","site":"Saint-Étienne","question":"Que faire de la place ?","votes_per_seat":5,
"categories":[{"name":"Nature","colour":"#009E73"},{"name":"Se poser","colour":"#56B4E9"}],
"phases":[{"name":"Observation","minutes":1,"tools":["photos"]},{"name":"Atelier créatif","minutes":10,"tools":["cards"]},
{"name":"Scénarios d’usage","minutes":5,"tools":["clusters"]},{"name":"Vote","minutes":5,"tools":["vote"]},
{"name":"Restitution","minutes":5,"tools":["locked"]}],"photos":[]})";

/// The cluster's name begins like a spreadsheet formula, as a list item typed with a dash does.
const std::string kClusterName = "- Repos à l’ombre";

/// Seat 2's dot on the sky-blue card.
constexpr core::ItemId kSkyDot = 6;
/// The "Se poser" category's colour, and seat 2's.
constexpr Colour kSkyBlue{0x56, 0xB4, 0xE9};

/// How the facilitator's lock in "Atelier créatif" was logged.
enum class LockLog {
    Pause,  ///< session.paused at 0:01:11.4, session.resumed at 0:01:17.3 (today's table)
    Restart ///< the phase started again with ["locked"], then with its tools (a log of an older table)
};

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

/// A two-minute session through the five phases; "Restitution" starts at 0:01:58, two seconds before the end.
/// Seat 2 (sky blue) puts a dot on card 1, a "Se poser" card (sky blue too). `board` receives the board at
/// the end.
std::int64_t seedSession(const std::filesystem::path& dataDir, LockLog lock, core::Board& board) {
    store::Database database = store::Database::open(dataDir);
    database.ensureWorkshop(store::Workshop{"place-test", "Place test", "Saint-Étienne", kDefinition, {}});
    const std::int64_t session = database.createSession("place-test");
    store::EventLog log(database, session, board, 0);
    const auto add = [&](std::int64_t t, const core::Event& event) {
        EXPECT_TRUE(core::apply(board, event)) << t;
        log.append(t, event);
    };
    add(0, core::SessionConfigured{6, 5, "Place test", 0});
    add(0, core::PhaseStarted{0, "Observation", {"photos"}, 60, 0});
    add(10000, core::PhaseStarted{1, "Atelier créatif", {"cards"}, 600, 0});
    add(12000, card(1, 250, 200, "Des bancs à l’ombre", 1, 1));
    add(14000, card(2, 450, 200, "Une fontaine", 0, 2));
    if (lock == LockLog::Pause) {
        add(71400, core::SessionPaused{0});
        add(77300, core::SessionResumed{0});
    } else {
        add(71400, core::PhaseStarted{1, "Atelier créatif", {"locked"}, 540, 0});
        add(77300, core::PhaseStarted{1, "Atelier créatif", {"cards"}, 540, 0});
    }
    add(80000, core::PhaseStarted{2, "Scénarios d’usage", {"clusters"}, 300, 0});
    add(82000, core::ClusterFormed{3, kClusterName, {1, 2}, 1});
    add(100000, core::PhaseStarted{3, "Vote", {"vote"}, 300, 0});
    add(101000, core::VoteCast{4, 3, 1});
    add(101500, core::VoteCast{5, 3, 2});
    add(101800, core::VoteCast{kSkyDot, 1, 2});
    for (int step = 0; step <= 20; ++step) { // card 2 dragged down at 20 Hz by seat 2
        core::CardMoved dragged;
        dragged.id = 2;
        dragged.pose.centre = {450, 200 + 10.0 * step};
        dragged.seat = 2;
        add(110000 + 50 * step, dragged);
    }
    add(118000, core::PhaseStarted{4, "Restitution", {"locked"}, 300, 0});
    core::CardMoved moved;
    moved.id = 1;
    moved.pose.centre = {260, 200};
    moved.seat = 1;
    add(120000, moved);
    EXPECT_TRUE(log.flush());
    return session;
}

/// WCAG relative luminance of a pixel.
double luminance(Colour colour) {
    const auto linear = [](int channel) {
        const double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b);
}

/// WCAG contrast ratio between two pixels (1 to 21).
double contrast(Colour a, Colour b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::ptrdiff_t countMatches(const std::string& text, const std::string& pattern) {
    const std::regex expression(pattern);
    return std::distance(std::sregex_iterator(text.begin(), text.end(), expression), std::sregex_iterator());
}

/// The named targets `--list-targets` printed, by name.
std::map<std::string, nlohmann::json> listedTargets(const std::string& output) {
    std::map<std::string, nlohmann::json> targets;
    std::istringstream lines(output);
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty() && line.front() == '{') {
            const nlohmann::json target = nlohmann::json::parse(line);
            targets[target["name"].get<std::string>()] = target;
        }
    }
    return targets;
}

/// A tap (down, then up 30 ms later) on a named target.
std::string tapLine(int t, const std::string& target) {
    std::ostringstream out;
    out << R"({"t":)" << t << R"(,"id":1,"phase":"down","target":")" << target << "\"}\n";
    out << R"({"t":)" << t + 30 << R"(,"id":1,"phase":"up","target":")" << target << "\"}\n";
    return out.str();
}

/// The bytes of standard base64 text (padding and unknown characters skipped).
std::string unbase64(const std::string& text) {
    static const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string bytes;
    unsigned bits = 0;
    int count = 0;
    for (const char c : text) {
        const std::size_t value = alphabet.find(c);
        if (value == std::string::npos) {
            continue;
        }
        bits = (bits << 6U) | static_cast<unsigned>(value);
        count += 6;
        if (count >= 8) {
            count -= 8;
            bytes.push_back(static_cast<char>((bits >> static_cast<unsigned>(count)) & 0xFFU));
        }
    }
    return bytes;
}

class ReplayReportTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_config = m_dir.path() / "atelier.toml";
        std::ofstream(m_config) << "[ui]\nlanguage = \"fr\"\n[input]\ntuio = false\n";
    }

    /// Runs the binary on the data dir of a session whose lock was logged as `lock`; "SESSION" in `args`
    /// stands for its id.
    ProcessResult atelier(LockLog lock, std::vector<std::string> args) {
        const int key = static_cast<int>(lock);
        const std::filesystem::path data = m_dir.path() / ("data-" + std::to_string(key));
        if (!std::filesystem::exists(data)) {
            m_sessions[key] = seedSession(data, lock, m_boards[key]);
        }
        std::vector<std::string> all = {"--config", m_config.string(), "--data", data.string()};
        for (std::string& arg : args) {
            all.push_back(arg == "SESSION" ? std::to_string(m_sessions[key]) : std::move(arg));
        }
        return runProcess(kAtelier, all, std::chrono::seconds(90), atelierEnvironment());
    }

    nlohmann::json exportJson(LockLog lock) {
        const auto file = m_dir.path() / ("session-" + std::to_string(static_cast<int>(lock)) + ".json");
        const ProcessResult result = atelier(lock, {"export", "SESSION", "--json", file.string()});
        EXPECT_EQ(result.exitCode, 0) << result.output;
        return nlohmann::json::parse(readAll(file));
    }

    std::string exportHtml(LockLog lock) {
        const auto folder = m_dir.path() / ("report-" + std::to_string(static_cast<int>(lock)));
        const ProcessResult result =
            atelier(lock, {"--size", "480x270", "export", "SESSION", "--html", folder.string()});
        EXPECT_EQ(result.exitCode, 0) << result.output;
        return readAll(folder / "index.html");
    }

    std::map<std::string, nlohmann::json> targets(LockLog lock, const std::string& size) {
        const ProcessResult listed =
            atelier(lock, {"--headless", "--size", size, "replay", "SESSION", "--list-targets"});
        EXPECT_EQ(listed.exitCode, 0) << listed.output;
        return listedTargets(listed.output);
    }

    TempDir m_dir;
    std::filesystem::path m_config;
    std::int64_t m_sessions[2] = {};
    core::Board m_boards[2];
};

TEST_F(ReplayReportTest, TheJsonListsEachPhaseOnceWithItsPause) {
    for (const LockLog lock : {LockLog::Pause, LockLog::Restart}) {
        const nlohmann::json exported = exportJson(lock);
        const nlohmann::json& phases = exported["phases"];
        ASSERT_EQ(phases.size(), 5u) << "lock logged as " << static_cast<int>(lock) << ": " << phases.dump();
        EXPECT_EQ(phases[1]["name"], "Atelier créatif");
        EXPECT_EQ(phases[1]["startMs"], 10000);
        EXPECT_EQ(phases[1]["durationMs"], 70000) << "the pause is part of the phase's time";
        for (const nlohmann::json& phase : phases) {
            ASSERT_TRUE(phase.contains("pauses")) << phase.dump();
        }
        ASSERT_EQ(phases[1]["pauses"].size(), 1u) << phases.dump();
        EXPECT_EQ(phases[1]["pauses"][0]["startMs"], 71400);
        EXPECT_EQ(phases[1]["pauses"][0]["durationMs"], 5900);
        for (const std::size_t other : {0u, 2u, 3u, 4u}) {
            EXPECT_TRUE(phases[other]["pauses"].empty()) << other;
        }
    }
}

TEST_F(ReplayReportTest, TheHtmlReportHasOneRowAndOnePicturePerPhase) {
    for (const LockLog lock : {LockLog::Pause, LockLog::Restart}) {
        const std::string html = exportHtml(lock);
        EXPECT_EQ(countMatches(html, "<tr class=\"phase\">"), 5) << static_cast<int>(lock);
        EXPECT_EQ(countMatches(html, "<tr class=\"phase\"><td>Atelier créatif</td>"), 1);
        EXPECT_NE(html.find("<td>Atelier créatif</td><td>0:00:10</td><td>0:01:10</td><td>1 pause · 0:00:05"),
                  std::string::npos)
            << "the phase's row says it was paused once";
        EXPECT_EQ(countMatches(html, "<figure><img alt=\"La table à la fin de la phase"), 5)
            << "one end-of-phase picture per phase";
    }
}

TEST_F(ReplayReportTest, TheTimelineHasOneMarkerPerPhaseAndMarksThePause) {
    for (const LockLog lock : {LockLog::Pause, LockLog::Restart}) {
        const auto listed = targets(lock, "1280x720");
        for (int i = 0; i < 5; ++i) {
            EXPECT_TRUE(listed.contains("timeline.marker." + std::to_string(i))) << i;
        }
        EXPECT_FALSE(listed.contains("timeline.marker.5")) << "one marker per phase";
        ASSERT_TRUE(listed.contains("timeline.pause.0")) << "the pause is marked on the bar";
        EXPECT_FALSE(listed.contains("timeline.pause.1"));
        // It lies on the bar, between the markers of "Atelier créatif" and "Scénarios d’usage".
        const double pauseX = listed.at("timeline.pause.0")["x"].get<double>();
        const nlohmann::json& bar = listed.at("timeline.scrub");
        EXPECT_NEAR(listed.at("timeline.pause.0")["y"].get<double>(), bar["y"].get<double>(), 0.01);
        const double barLeft = bar["x"].get<double>() - bar["w"].get<double>() / 2;
        const double expected = barLeft + bar["w"].get<double>() * (71400.0 + 2950) / 120000;
        EXPECT_NEAR(pauseX, expected, 0.02);
    }
}

TEST_F(ReplayReportTest, EveryPhaseMarkerIsOnScreenAndATapOnTheLastGoesToItsStart) {
    const auto listed = targets(LockLog::Pause, "640x360");
    double previousRight = 0;
    for (int i = 0; i < 5; ++i) {
        const std::string name = "timeline.marker." + std::to_string(i);
        ASSERT_TRUE(listed.contains(name)) << name;
        const double x = listed.at(name)["x"].get<double>();
        const double w = listed.at(name)["w"].get<double>();
        EXPECT_GE(x - w / 2, -1e-3) << name;
        EXPECT_LE(x + w / 2, 1 + 1e-3) << name << " runs off the right edge (centre " << x << ")";
        EXPECT_GE(x - w / 2, previousRight - 1e-3) << name << " overlaps the name before it";
        previousRight = x + w / 2;
    }

    const auto script = m_dir.path() / "marker4.jsonl";
    std::ofstream(script) << tapLine(100, "timeline.marker.4");
    const auto tapped = m_dir.path() / "tapped.png";
    const auto reference = m_dir.path() / "at-1-58.png";
    const auto start = m_dir.path() / "at-0-30.png";
    ProcessResult result = atelier(LockLog::Pause, {"--headless", "--size", "640x360", "--input-script",
                                                    script.string(), "--quit-after-script", "--screenshot",
                                                    tapped.string(), "replay", "SESSION", "--at", "0:00:30"});
    ASSERT_EQ(result.exitCode, 0) << result.output;
    for (const auto& [at, shot] : {std::pair{"0:01:58", reference}, std::pair{"0:00:30", start}}) {
        result = atelier(LockLog::Pause, {"--headless", "--size", "640x360", "--frames", "2", "--screenshot",
                                          shot.string(), "replay", "SESSION", "--at", at});
        ASSERT_EQ(result.exitCode, 0) << result.output;
    }
    const std::optional<Image> afterTap = loadPng(tapped);
    const std::optional<Image> atRestitution = loadPng(reference);
    const std::optional<Image> atStart = loadPng(start);
    ASSERT_TRUE(afterTap && atRestitution && atStart);
    int differ = 0;
    int changed = 0;
    for (int y = 0; y < 360; ++y) {
        for (int x = 0; x < 640; ++x) {
            differ += near(afterTap->at(x, y), atRestitution->at(x, y), 8) ? 0 : 1;
            changed += near(afterTap->at(x, y), atStart->at(x, y), 8) ? 0 : 1;
        }
    }
    EXPECT_EQ(differ, 0) << "the tap on the last phase's name did not land on its start, 0:01:58";
    EXPECT_GT(changed, 50) << "the tap changed nothing";
}

TEST_F(ReplayReportTest, TheCsvExportHasTheClustersTheirVotesAndTheRanking) {
    const auto cards = m_dir.path() / "csv" / "seance.csv";
    const ProcessResult result = atelier(LockLog::Pause, {"export", "SESSION", "--csv", cards.string()});
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const auto clusters = parseCsv(readAll(m_dir.path() / "csv" / "seance-clusters.csv"));
    const auto ranking = parseCsv(readAll(m_dir.path() / "csv" / "seance-ranking.csv"));
    ASSERT_EQ(parseCsv(readAll(cards)).size(), 3u) << "the cards' file stays as it was: a header, two cards";

    ASSERT_EQ(clusters.size(), 2u) << "a header and the one cluster";
    EXPECT_EQ(clusters[0], (std::vector<std::string>{"id", "number", "name", "cards", "card_ids", "votes",
                                                     "score", "rank", "cost_eur", "coins", "funded"}));
    EXPECT_EQ(clusters[1], (std::vector<std::string>{"3", "1", "'" + kClusterName, "2", "1 2", "2", "3", "1",
                                                     "", "0", ""}))
        << "two dots on the cluster, three with its card's: the winner; its name neutralised as a formula";

    ASSERT_EQ(ranking.size(), 3u) << "a header, the cluster and card 1";
    EXPECT_EQ(ranking[0], (std::vector<std::string>{"rank", "kind", "id", "label", "votes"}));
    EXPECT_EQ(ranking[1], (std::vector<std::string>{"1", "cluster", "3", "'" + kClusterName, "3"}));
    EXPECT_EQ(ranking[2], (std::vector<std::string>{"2", "card", "1", "Des bancs à l’ombre", "1"}));
    EXPECT_NE(result.output.find("seance-ranking.csv"), std::string::npos) << result.output;
}

TEST_F(ReplayReportTest, TheReportsPicturesAreSizedForThePageSoTheReportStaysLight) {
    // A fresh session of the demo workshop: its two site photos (1200 × 900 px JPEGs) and the question card.
    const auto data = m_dir.path() / "demo-data";
    ProcessResult result = runProcess(kAtelier,
                                      {"--config", m_config.string(), "--data", data.string(), "--headless",
                                       "--size", "640x360", "--frames", "3", "--workshop", "demo"},
                                      std::chrono::seconds(90), atelierEnvironment());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const auto folder = m_dir.path() / "demo-report";
    // At the default size: 1920 pixels wide, as a facilitator exports it.
    result = runProcess(
        kAtelier,
        {"--config", m_config.string(), "--data", data.string(), "export", "1", "--html", folder.string()},
        std::chrono::seconds(120), atelierEnvironment());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const std::string html = readAll(folder / "index.html");
    // The end of the phase and each photo alone: three pictures (5.2 MB of full-size PNGs before).
    const std::regex picture("<img alt=\"[^\"]*\" width=\"([0-9]+)\" height=\"([0-9]+)\" "
                             "src=\"data:image/(png;base64,iVBOR|jpeg;base64,/9j/)");
    int pictures = 0;
    for (auto found = std::sregex_iterator(html.begin(), html.end(), picture);
         found != std::sregex_iterator(); ++found) {
        ++pictures;
        EXPECT_LE(std::stoi((*found)[1].str()), 1200) << "wider than the page shows";
        EXPECT_GT(std::stoi((*found)[2].str()), 300);
    }
    EXPECT_EQ(pictures, 3) << "the pictures still show";
    EXPECT_LT(html.size(), 1'000'000u)
        << "the report of a fresh demo session weighs " << html.size() << " bytes";
}

TEST_F(ReplayReportTest, ASketchedPhotoShowsBeforeAndAfterSideBySide) {
    // A grey photo with one red stroke across its middle.
    const auto data = m_dir.path() / "sketch-data";
    const auto source = m_dir.path() / "grey.png";
    const std::vector<std::uint8_t> grey(60 * 40 * 3, 0x80);
    ASSERT_NE(stbi_write_png(source.c_str(), 60, 40, 3, grey.data(), 60 * 3), 0);
    const std::string file = readAll(source);
    const std::vector<std::uint8_t> bytes(file.begin(), file.end());
    core::PhotoPlaced placed;
    placed.id = 3;
    placed.assetHash = core::sha256Hex(bytes);
    placed.pose.centre = {600, 400};
    placed.size = {300, 200};
    const core::StrokeBegun stroke{4, 3, 0xe53935ff, 8, {{-120, 0}, {0, 0}, {120, 0}}, 1};
    seedDemoSession(data, {placed, stroke, core::StrokeEnded{4, 1}});
    store::Database::open(data).putAsset(bytes, "image/png", 60, 40);
    const auto folder = m_dir.path() / "sketch-report";
    const ProcessResult result = runProcess(kAtelier,
                                            {"--config", m_config.string(), "--data", data.string(), "--size",
                                             "480x270", "export", "1", "--html", folder.string()},
                                            std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const std::string html = readAll(folder / "index.html");

    const std::regex pair("<figure class=\"pair\"><img alt=\"Photo 1 · 1 croquis — avant : la photo seule\" "
                          "width=\"([0-9]+)\" height=\"[0-9]+\" src=\"data:image/[a-z]+;base64,([^\"]+)\">"
                          "<img alt=\"Photo 1 · 1 croquis — après : avec ses croquis\" width=\"([0-9]+)\" "
                          "height=\"[0-9]+\" src=\"data:image/[a-z]+;base64,([^\"]+)\">");
    std::smatch found;
    ASSERT_TRUE(std::regex_search(html, found, pair)) << "no before / after pair in the report";
    EXPECT_LE(std::stoi(found[1].str()), 600);
    EXPECT_LE(std::stoi(found[3].str()), 600);
    const auto before = m_dir.path() / "before.img";
    const auto after = m_dir.path() / "after.img";
    std::ofstream(before, std::ios::binary) << unbase64(found[2].str());
    std::ofstream(after, std::ios::binary) << unbase64(found[4].str());
    const std::optional<Image> beforeImage = loadPng(before); // PNG or JPEG
    const std::optional<Image> afterImage = loadPng(after);
    ASSERT_TRUE(beforeImage && afterImage);
    ASSERT_EQ(beforeImage->width, afterImage->width);
    ASSERT_EQ(beforeImage->height, afterImage->height);
    // Along the stroke (the middle row) the "after" is red and the "before" grey; far from it both are grey.
    const int middle = afterImage->height / 2;
    int redAfter = 0;
    int redBefore = 0;
    for (int x = afterImage->width / 4; x < afterImage->width * 3 / 4; ++x) {
        const Colour a = afterImage->at(x, middle);
        const Colour b = beforeImage->at(x, middle);
        redAfter += a.r > a.g + 60 ? 1 : 0;
        redBefore += b.r > b.g + 60 ? 1 : 0;
    }
    EXPECT_GT(redAfter, afterImage->width / 2 - 4) << "the stroke shows on the after picture";
    EXPECT_EQ(redBefore, 0) << "the before picture has no stroke";
    EXPECT_TRUE(near(beforeImage->at(5, 5), afterImage->at(5, 5), 12)) << "the same photo around it";
}

TEST_F(ReplayReportTest, TheHeatMapIsRedWhereMostDraggedAndLeavesTheCardsLegible) {
    std::optional<Image> shots[2];
    for (const bool heat : {false, true}) {
        const auto file = m_dir.path() / (heat ? "heat.png" : "plain.png");
        const ProcessResult result =
            atelier(LockLog::Pause,
                    {"--headless", "--size", "1280x720", "--frames", "2", "--screenshot", file.string(),
                     "replay", "SESSION", "--at", "0:02:00", heat ? "--heat" : "--speed=1"});
        ASSERT_EQ(result.exitCode, 0) << result.output;
        shots[heat ? 1 : 0] = loadPng(file);
    }
    ASSERT_TRUE(shots[0] && shots[1]);
    const Image& plain = *shots[0];
    const Image& heat = *shots[1];
    const auto px = [](double xMm, double yMm) {
        return std::pair{static_cast<int>(xMm * 1280 / 1210), static_cast<int>(yMm * 720 / 680)};
    };
    // Card 2 was dragged from (450, 200) to (450, 400) mm: every cell of the path is as hot as the hottest,
    // red as docs/replay.md says (80 % opaque over the table).
    const auto [pathX, pathY] = px(455, 260);
    const Colour onPath = heat.at(pathX, pathY);
    EXPECT_FALSE(near(onPath, plain.at(pathX, pathY), 8)) << "no heat where card 2 was dragged";
    EXPECT_GT(onPath.r, 200);
    EXPECT_LT(onPath.g, 90);
    EXPECT_LT(onPath.b, 90);
    // Card 1 (moved at the very end, its heat right under it) and card 2 (at the path's end) read as without
    // the heat map: nothing is drawn over a card.
    for (const core::Vec2 centre : {core::Vec2{260, 200}, core::Vec2{450, 400}}) {
        const auto [x0, y0] = px(centre.x - 60, centre.y - 40);
        const auto [x1, y1] = px(centre.x + 60, centre.y + 40);
        int covered = 0;
        for (int y = y0 + 2; y < y1 - 2; ++y) {
            for (int x = x0 + 2; x < x1 - 2; ++x) {
                covered += near(heat.at(x, y), plain.at(x, y), 8) ? 0 : 1;
            }
        }
        EXPECT_EQ(covered, 0) << "the heat map covers the card at " << centre.x << ", " << centre.y;
    }
}

TEST_F(ReplayReportTest, ASeatsDotStandsOutOnACardOfItsOwnColour) {
    const auto file = m_dir.path() / "end.png";
    const ProcessResult result =
        atelier(LockLog::Pause, {"--size", "1920x1080", "export", "SESSION", "--png", file.string()});
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const std::optional<Image> picture = loadPng(file);
    ASSERT_TRUE(picture);
    const core::Board& board = m_boards[static_cast<int>(LockLog::Pause)];
    const core::Vote* vote = board.findVote(kSkyDot);
    ASSERT_NE(vote, nullptr);
    const std::optional<core::VoteDotPlace> place = core::votePlace(board, *vote);
    ASSERT_TRUE(place);
    const double pxPerMm = 1920.0 / 1210;
    const double cx = place->centre.x * pxPerMm;
    const double cy = place->centre.y * (1080.0 / 680);
    const double radius = place->radiusMm * pxPerMm;
    // Around the dot, far enough not to be the dot, near enough to be the card: the card's own sky blue.
    const Colour card = picture->at(static_cast<int>(cx + radius * 2.2), static_cast<int>(cy));
    ASSERT_TRUE(near(card, kSkyBlue, 6)) << "the dot is not on the sky-blue card where expected";
    // On the dot's rim, a ring that contrasts at least 3:1 with the card (WCAG's rule for shapes).
    int rim = 0;
    int standsOut = 0;
    for (int y = static_cast<int>(cy - radius - 2); y <= static_cast<int>(cy + radius + 2); ++y) {
        for (int x = static_cast<int>(cx - radius - 2); x <= static_cast<int>(cx + radius + 2); ++x) {
            const double distance = std::hypot(x + 0.5 - cx, y + 0.5 - cy);
            if (distance < radius - 2.5 || distance > radius + 0.5) {
                continue;
            }
            ++rim;
            standsOut += contrast(picture->at(x, y), card) >= 3.0 ? 1 : 0;
        }
    }
    ASSERT_GT(rim, 20);
    EXPECT_GT(standsOut, rim / 3) << standsOut << " of " << rim
                                  << " rim pixels contrast 3:1 with the card: seat 2's dot vanishes on it";
}

} // namespace
} // namespace atelier::testing

// Deciding at the table through the real binary: the facilitator costs three clusters on the panel, four
// seats fund two of them with their coins, one seat's undo takes back only its coin,
// three seats rate them on three criteria, and the restitution, the CSV and the HTML report show the
// funded pair and the criteria ranking.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "Image.hpp"
#include "PanelScript.hpp"
#include "Process.hpp"
#include "SeededSession.hpp"
#include "TempDir.hpp"
#include "TextFiles.hpp"
#include "core/Apply.hpp"
#include "core/BoardHash.hpp"
#include "core/Criteria.hpp"
#include "core/Funding.hpp"
#include "render/Legibility.hpp"
#include "render/Theme.hpp"
#include "store/Database.hpp"
#include "store/EventLog.hpp"
#include "store/SessionLoader.hpp"

namespace atelier::testing {
namespace {

const std::filesystem::path kAtelier = ATELIER_BINARY;

/// Cents in a euro.
constexpr std::int64_t kEuro = 100;
/// The three clusters: A, B and C, two cards each, side by side across the middle of the table.
constexpr core::ItemId kA = 7;
constexpr core::ItemId kB = 8;
constexpr core::ItemId kC = 9;

/// A session of four seats with a 100 000 € envelope shared as five coins of 5 000 € each, three criteria,
/// three named clusters, in the budget phase.
std::int64_t seedBudgetSession(const std::filesystem::path& data) {
    store::Database database = store::Database::open(data);
    database.ensureWorkshop(store::Workshop{"demo", "Budget test", "test site", "{}", {}});
    const std::int64_t session = database.createSession("demo");
    core::Board board;
    store::EventLog log(database, session, board, 0);
    std::int64_t t = 0;
    const auto add = [&](const core::Event& event) {
        ASSERT_TRUE(core::apply(board, event).applied) << event.index();
        log.append(t++, event);
    };
    add(core::SessionConfigured{4, 5, "Budget test", 0});
    add(core::DecisionConfigured{
        100'000 * kEuro, 5, 5'000 * kEuro, {"Utilité", "Accessibilité", "Durabilité"}, false, 0});
    const double xs[] = {250, 570, 890};
    for (int k = 0; k < 3; ++k) {
        add(cardAt(static_cast<core::ItemId>(2 * k + 1), xs[k], 290));
        add(cardAt(static_cast<core::ItemId>(2 * k + 2), xs[k], 350));
    }
    const char* names[] = {"Jardin", "Kiosque", "Bancs"};
    for (int k = 0; k < 3; ++k) {
        add(core::ClusterFormed{kA + k, names[k], {core::ItemId(2 * k + 1), core::ItemId(2 * k + 2)}, 1});
    }
    add(core::PhaseStarted{4, "Budget", {"budget"}, 600, 0});
    log.flush();
    return session;
}

/// Appends events to the session's log between two runs, as the facilitator's panel would (a new phase).
void appendEvents(const std::filesystem::path& data, std::int64_t session,
                  const std::vector<core::Event>& events) {
    store::Database database = store::Database::open(data);
    store::LoadedSession loaded = store::loadSession(database, session);
    core::Board board = loaded.board;
    store::EventLog log(database, session, loaded.board, loaded.lastSeq);
    std::int64_t t = loaded.lastTMs + 1;
    for (const core::Event& event : events) {
        ASSERT_TRUE(core::apply(board, event).applied);
        log.append(t++, event);
    }
    log.flush();
}

/// Quick input-script lines: taps and carries on named targets, one finger at a time.
class Lines {
public:
    /// Lines that start at `startMs` and use finger ids from 100 (after another script's).
    explicit Lines(int startMs = 0) : m_t(startMs) {}
    void tap(const std::string& target) {
        line(m_t, "down", target);
        line(m_t + 20, "up", target);
        m_t += 60;
    }
    void carry(const std::string& from, const std::string& to) {
        line(m_t, "down", from);
        line(m_t + 20, "move", to);
        line(m_t + 40, "up", to);
        m_t += 80;
    }
    void wait(int ms) { m_t += ms; }
    std::string text() const { return m_out.str(); }

private:
    void line(int t, const char* phase, const std::string& target) {
        m_out << R"({"t":)" << t << R"(,"id":)" << m_id << R"(,"phase":")" << phase << R"(","target":")"
              << target << "\"}\n";
        if (std::string(phase) == "up") {
            ++m_id;
        }
    }
    std::ostringstream m_out;
    int m_t = 0;
    int m_id = 100;
};

std::string coin(int seat) {
    return "seat." + std::to_string(seat) + ".dock.coin.1";
}

std::string cluster(core::ItemId id) {
    return "cluster." + std::to_string(id);
}

/// Whether the binary said that a snapshot it wrote could not be read back (then it fell back on an older
/// one).
bool warnsOfSnapshots(const std::string& output) {
    return output.find("cannot be read") != std::string::npos || output.find("snapshot") != std::string::npos;
}

/// The deciding overlays' texts in a frame's legibility report: each kind named is there, and the table
/// logged no text or target under the theme's floors.
void expectDecideTextsLegible(const std::filesystem::path& report, const std::string& log,
                              const std::vector<std::string>& kinds) {
    const render::Legibility drawn = render::Legibility::readTsv(readAll(report));
    for (const std::string& kind : kinds) {
        EXPECT_TRUE(std::any_of(drawn.texts().begin(), drawn.texts().end(),
                                [&](const render::DrawnText& text) { return text.what == kind; }))
            << kind << " is not reported";
    }
    for (const std::string& problem : drawn.problems(render::Theme{})) {
        ADD_FAILURE() << problem;
    }
    EXPECT_EQ(log.find("hard to read or touch"), std::string::npos) << log;
}

class DecideTest : public ::testing::Test {
protected:
    DecideTest()
        : m_data(m_dir.path() / "data"), m_config(writeConfig(m_dir.path(), "fr", "[table]\nseats = 4\n")) {}

    ProcessResult play(const std::string& name, const std::string& script, const std::string& shot = {},
                       const std::string& legibility = {}) {
        std::ofstream(m_dir.path() / name) << script;
        std::vector<std::string> args{"--config",           m_config.string(), "--data",
                                      m_data.string(),      "--headless",      "--size",
                                      "1210x680",           "--input-script",  (m_dir.path() / name).string(),
                                      "--quit-after-script"};
        if (!shot.empty()) {
            args.insert(args.end(), {"--screenshot", (m_dir.path() / shot).string()});
        }
        if (!legibility.empty()) {
            args.insert(args.end(), {"--legibility", (m_dir.path() / legibility).string()});
        }
        return runProcess(kAtelier, args, std::chrono::seconds(60), atelierEnvironment());
    }

    TempDir m_dir;
    std::filesystem::path m_data;
    std::filesystem::path m_config;
};

TEST_F(DecideTest, TheFacilitatorCostsThreeClustersAndFourSeatsFundTwoWithinTheEnvelope) {
    const std::int64_t session = seedBudgetSession(m_data);

    // The facilitator types the three costs on the panel's costs screen; then four seats drag coins.
    PanelScript panel;
    panel.pin("2468");
    panel.tap("panel.costs");
    const std::pair<core::ItemId, std::vector<const char*>> costs[] = {
        {kA, {"3", "0", "000"}}, {kB, {"5", "0", "000"}}, {kC, {"4", "0", "000"}}};
    for (const auto& [item, keys] : costs) {
        panel.tap("panel.costs.item." + std::to_string(item));
        for (const char* key : keys) {
            panel.tap(std::string("panel.costs.key.") + key);
        }
        panel.tap("panel.costs.set");
    }
    panel.tap("panel.costs.back");
    panel.tap("panel.close");
    panel.save(m_dir.path() / "panel.jsonl");
    std::ifstream saved(m_dir.path() / "panel.jsonl");
    std::stringstream script;
    script << saved.rdbuf();

    // A (30 000 €) gets six coins, C (40 000 €) eight, B (50 000 €) two; then seat 4 takes its own back.
    Lines coins(6000); // after the panel's taps
    for (int k = 0; k < 5; ++k) {
        coins.carry(coin(1), cluster(kA));
    }
    coins.carry(coin(2), cluster(kA));
    for (int k = 0; k < 4; ++k) {
        coins.carry(coin(2), cluster(kC));
        coins.carry(coin(3), cluster(kC));
    }
    coins.carry(coin(3), cluster(kB));
    coins.carry(coin(4), cluster(kB));
    coins.tap("seat.4.dock.undo");
    ProcessResult result = play("budget.jsonl", script.str() + coins.text(), "budget.png", "budget.tsv");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    // Every word of the budget (cost tags, "Financé", the coins' values, the envelopes) is reported to the
    // legibility check and none is under its floors (4 mm capitals, AA contrast).
    expectDecideTextsLegible(m_dir.path() / "budget.tsv", result.output,
                             {"decide.cost_tag", "decide.funded", "decide.coin", "decide.envelope"});
    EXPECT_FALSE(warnsOfSnapshots(result.output)) << result.output;
    core::Board board = boardOf(m_data, session);
    EXPECT_EQ(countEvents(m_data, session, "cost.set"), 3) << result.output;
    EXPECT_EQ(core::costOf(board, kA), 30'000 * kEuro);
    EXPECT_EQ(core::costOf(board, kB), 50'000 * kEuro);
    EXPECT_EQ(core::costOf(board, kC), 40'000 * kEuro);
    EXPECT_EQ(countEvents(m_data, session, "coin.placed"), 16) << result.output;
    EXPECT_EQ(countEvents(m_data, session, "coin.withdrawn"), 1) << result.output;
    EXPECT_EQ(core::coinsOn(board, kA), 6);
    EXPECT_EQ(core::coinsOn(board, kB), 1) << "seat 4's undo took back its own coin, not seat 3's";
    EXPECT_EQ(core::coinsOn(board, kC), 8);
    EXPECT_EQ(core::coinsLeft(board, 3), 0);
    EXPECT_EQ(core::coinsLeft(board, 4), 5);
    EXPECT_TRUE(core::isFunded(board, kA));
    EXPECT_FALSE(core::isFunded(board, kB));
    EXPECT_TRUE(core::isFunded(board, kC));
    const core::FundingSummary funding = core::fundingOf(board);
    EXPECT_EQ(funding.placedCents, 75'000 * kEuro);
    EXPECT_EQ(funding.fundedCostCents, 70'000 * kEuro);
    EXPECT_EQ(funding.fundedSet, (std::vector<core::ItemId>{kC, kA}));
    EXPECT_EQ(core::boardHash(board), loggedHash(result.output)) << "the log rebuilds the board on the table";

    // Criteria: seats 1, 2 and 3 rate each cluster on the three criteria: ★ in the seat's dock opens its
    // control on the first proposal (A), ▶ goes to the next.
    appendEvents(m_data, session, {core::PhaseStarted{5, "Critères", {"criteria"}, 600, 0}});
    const int ratings[3][3][3] = {{{5, 4, 3}, {3, 3, 3}, {4, 5, 5}},
                                  {{4, 4, 4}, {2, 3, 1}, {5, 5, 4}},
                                  {{5, 5, 2}, {4, 2, 2}, {3, 4, 5}}};
    Lines rate;
    for (int seat = 1; seat <= 3; ++seat) {
        const std::string control = "seat." + std::to_string(seat) + ".rating.";
        rate.tap("seat." + std::to_string(seat) + ".dock.rate");
        for (int k = 0; k < 3; ++k) {
            for (int c = 0; c < 3; ++c) {
                rate.tap(control + std::to_string(c + 1) + "." + std::to_string(ratings[seat - 1][k][c]));
            }
            rate.tap(control + (k < 2 ? "next" : "close"));
        }
    }
    result = play("ratings.jsonl", rate.text());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_FALSE(warnsOfSnapshots(result.output)) << result.output;
    EXPECT_EQ(result.output.find("script-target-missing"), std::string::npos) << result.output;
    board = boardOf(m_data, session);
    EXPECT_EQ(countEvents(m_data, session, "rating.given"), 27) << result.output;
    const std::vector<core::CriteriaLine> ranking = core::rankByCriteria(board);
    ASSERT_EQ(ranking.size(), 3U);
    EXPECT_EQ(ranking[0].item, kC); // 40/9
    EXPECT_EQ(ranking[1].item, kA); // 36/9
    EXPECT_EQ(ranking[2].item, kB); // 23/9
    EXPECT_EQ(ranking[0].scaledScore, 40 * core::kScoreScale / 9);
    EXPECT_EQ(ranking[1].scaledScore, 4 * core::kScoreScale);
    EXPECT_EQ(ranking[2].scaledScore, 23 * core::kScoreScale / 9);
    EXPECT_EQ((ranking[1].scores[0]), (core::CriterionScore{3, 14}));

    // The restitution: the decision faces every seat; the CSV and the HTML report say the same numbers.
    appendEvents(m_data, session, {core::PhaseStarted{6, "Restitution", {"locked"}, 600, 0}});
    result =
        runProcess(kAtelier,
                   {"--config", m_config.string(), "--data", m_data.string(), "--headless", "--size",
                    "1210x680", "--frames", "3", "--screenshot", (m_dir.path() / "restitution.png").string(),
                    "--legibility", (m_dir.path() / "restitution.tsv").string()},
                   std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    expectDecideTextsLegible(m_dir.path() / "restitution.tsv", result.output,
                             {"decide.decision", "decide.chart", "decide.cost_tag"});
    EXPECT_FALSE(warnsOfSnapshots(result.output)) << result.output;
    const std::optional<Image> shot = loadPng(m_dir.path() / "restitution.png");
    ASSERT_TRUE(shot);
    // Seat 1's decision stands where its keyboard would (no dot was cast): a dark panel with green lines.
    int green = 0;
    for (int y = 680 - 130; y < 680 - 30; ++y) {
        for (int x = 302 - 110; x < 302 + 110; ++x) {
            green += near(shot->at(x, y), Colour{0x7B, 0xE0, 0xA4}, 40) ? 1 : 0;
        }
    }
    EXPECT_GT(green, 20)
        << "the funded pair is listed facing seat 1"; // two green lines of 6.5 mm text: 37 px measured

    const std::filesystem::path csv = m_dir.path() / "cards.csv";
    result = runProcess(
        kAtelier,
        {"--config", m_config.string(), "--data", m_data.string(), "export", "1", "--csv", csv.string()},
        std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_FALSE(warnsOfSnapshots(result.output)) << result.output;
    const std::string clusters = readAll(m_dir.path() / "cards-clusters.csv");
    EXPECT_NE(clusters.find("Jardin,2,1 2,0,0,,30000.00,6,1\r\n"), std::string::npos) << clusters;
    EXPECT_NE(clusters.find("Kiosque,2,3 4,0,0,,50000.00,1,0\r\n"), std::string::npos) << clusters;
    EXPECT_NE(clusters.find("Bancs,2,5 6,0,0,,40000.00,8,1\r\n"), std::string::npos) << clusters;
    const std::string criteria = readAll(m_dir.path() / "cards-criteria.csv");
    EXPECT_EQ(criteria, "rank,kind,id,label,score,Utilité,Accessibilité,Durabilité\r\n"
                        "1,cluster,9,Bancs,4.4444,4.0000,4.6667,4.6667\r\n"
                        "2,cluster,7,Jardin,4.0000,4.6667,4.3333,3.0000\r\n"
                        "3,cluster,8,Kiosque,2.5556,3.0000,2.6667,2.0000\r\n");
    const std::filesystem::path html = m_dir.path() / "report";
    result = runProcess(kAtelier,
                        {"--config", m_config.string(), "--data", m_data.string(), "--headless", "--size",
                         "480x270", "export", "1", "--html", html.string()},
                        std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_FALSE(warnsOfSnapshots(result.output)) << result.output;
    const std::string page = readAll(html / "index.html");
    EXPECT_NE(
        page.find("Enveloppe 100\u202f000\u00a0€ · placé 75\u202f000\u00a0€ · financé 70\u202f000\u00a0€"),
        std::string::npos);
    EXPECT_NE(
        page.find("<tr><td>1</td><td>Bancs</td><td>4,44</td><td>4,00</td><td>4,67</td><td>4,67</td></tr>\n"
                  "<tr><td>2</td><td>Jardin</td><td>4,00</td><td>4,67</td><td>4,33</td><td>3,00</td></tr>\n"
                  "<tr><td>3</td><td>Kiosque</td><td>2,56</td><td>3,00</td><td>2,67</td><td>2,00</td></tr>"),
        std::string::npos)
        << "the report ranks the three clusters by their criteria means";
}

} // namespace
} // namespace atelier::testing

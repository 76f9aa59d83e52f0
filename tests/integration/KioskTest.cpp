// The exhibition's unattended table: a kill -9 mid-session resumes the same session, phase, board and
// clock; systemd hears READY, watchdog pings while idle, and STOPPING; the shipped unit verifies.
#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <cmath>
#include <csignal>
#include <fstream>
#include <poll.h>
#include <regex>
#include <sstream>
#include <sys/socket.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

#include "Image.hpp"
#include "Process.hpp"
#include "SeededSession.hpp"
#include "WaitFor.hpp"
#include "store/Database.hpp"

namespace atelier::testing {
namespace {

const std::filesystem::path kAtelier = ATELIER_BINARY;
const std::filesystem::path kSource = ATELIER_SOURCE_DIR;
constexpr double kWidthMm = 1210;
constexpr double kHeightMm = 680;

std::int64_t lastTMs(const std::filesystem::path& dataDir, std::int64_t session) {
    SQLite::Database database((dataDir / store::kDataFileName).string(), SQLite::OPEN_READONLY,
                              kBusyTimeoutMs);
    SQLite::Statement query(database, "SELECT coalesce(max(t_ms), -1) FROM events WHERE session_id = ?");
    query.bind(1, session);
    query.executeStep();
    return query.getColumn(0).getInt64();
}

/// The line --list-targets prints for this target, or "".
std::string targetLine(const std::string& listing, const std::string& name) {
    std::istringstream lines(listing);
    for (std::string line; std::getline(lines, line);) {
        if (line.starts_with("{\"name\":\"" + name + "\"")) {
            return line;
        }
    }
    return {};
}

class KioskTest : public ::testing::Test {
protected:
    std::filesystem::path writeConfig(const std::string& extra = {}) {
        const std::filesystem::path file = m_dir.path() / "atelier.toml";
        std::ofstream(file) << "[display]\nwidth_mm = " << kWidthMm << "\nheight_mm = " << kHeightMm
                            << "\n[input]\ntuio = false\n"
                            << extra;
        return file;
    }
    std::filesystem::path dataDir() const { return m_dir.path() / "data"; }

    TempDir m_dir;
};

TEST_F(KioskTest, KilledMidSessionTheRestartResumesSessionPhaseBoardAndClock) {
    const std::int64_t session = seedDemoSession(dataDir(), {cardAt(5, 605, 340)});
    // People drag card 5 to the left and seat 1 makes a new card; the table keeps running (no quit).
    std::ofstream script(m_dir.path() / "work.jsonl");
    script << R"({"t":100,"id":1,"phase":"down","target":"card.5"})"
           << "\n";
    for (int step = 1; step <= 10; ++step) {
        script << R"({"t":)" << 100 + step * 40 << R"(,"id":1,"phase":"move","x":)"
               << (605.0 - 30.0 * step) / kWidthMm << R"(,"y":)" << 340.0 / kHeightMm << "}\n";
    }
    script << R"({"t":600,"id":1,"phase":"up","x":)" << 305.0 / kWidthMm << R"(,"y":)" << 340.0 / kHeightMm
           << "}\n";
    script << R"({"t":700,"id":2,"phase":"down","target":"seat.1.dock.new_card"})"
           << "\n"
           << R"({"t":740,"id":2,"phase":"up","target":"seat.1.dock.new_card"})"
           << "\n";
    script.close();
    const std::filesystem::path config = writeConfig();
    {
        Process table(kAtelier,
                      {"--config", config.string(), "--data", dataDir().string(), "--headless", "--size",
                       "640x360", "--input-script", (m_dir.path() / "work.jsonl").string()},
                      atelierEnvironment());
        // Wait until the work is in SQLite (the writer commits within 100 ms): the new card, and card 5 at
        // the pose its finger left it in. Then pull the plug.
        const bool logged = waitFor(
            [&] {
                if (countEvents(dataDir(), session, "card.created") < 2 ||
                    countEvents(dataDir(), session, "card.moved") < 1) {
                    return false;
                }
                const core::Board board = boardOf(dataDir(), session);
                const core::Card* card = board.findCard(5);
                return card != nullptr && std::abs(card->pose.centre.x - 305) <= 1.0;
            },
            std::chrono::seconds(30), std::chrono::milliseconds(100));
        ASSERT_TRUE(logged) << table.outputSoFar();
        table.signal(SIGKILL);
        const std::optional<ProcessResult> killed = table.wait(std::chrono::seconds(10));
        ASSERT_TRUE(killed);
        EXPECT_EQ(killed->signal, SIGKILL);
    }
    const core::Board before = boardOf(dataDir(), session);
    const std::int64_t lastBefore = lastTMs(dataDir(), session);
    ASSERT_NE(before.findCard(5), nullptr);
    EXPECT_NEAR(before.findCard(5)->pose.centre.x, 305, 1.0);
    EXPECT_EQ(before.phase.name, "Atelier créatif");

    // The restarted table holds the same board: card 5 where the finger left it, the new card too.
    const std::string listCommand = kAtelier.string() + " --config " + config.string() + " --data " +
                                    dataDir().string() + " --list-targets 2>/dev/null";
    const ProcessResult listed = runProcess("/bin/sh", {"-c", listCommand});
    ASSERT_EQ(listed.exitCode, 0) << listed.output;
    std::ostringstream cardFive;
    cardFive << "\"x\":" << std::round(305.0 / kWidthMm * 1e6) / 1e6;
    EXPECT_NE(targetLine(listed.output, "card.5").find(cardFive.str()), std::string::npos) << listed.output;
    int cards = 0;
    for (const auto& card : before.cards) {
        EXPECT_FALSE(targetLine(listed.output, "card." + std::to_string(card.first)).empty()) << card.first;
        ++cards;
    }
    EXPECT_EQ(cards, 2);

    // A real restart: same session, same phase, interactive, and its clock goes on from where it stopped.
    std::ofstream(m_dir.path() / "more.jsonl")
        << R"({"t":100,"id":3,"phase":"down","target":"seat.4.dock.new_card"})"
        << "\n"
        << R"({"t":140,"id":3,"phase":"up","target":"seat.4.dock.new_card"})"
        << "\n";
    const ProcessResult restarted = runProcess(
        kAtelier,
        {"--config", config.string(), "--data", dataDir().string(), "--headless", "--size", "640x360",
         "--input-script", (m_dir.path() / "more.jsonl").string(), "--quit-after-script"},
        std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(restarted.exitCode, 0) << restarted.output;
    EXPECT_NE(restarted.output.find("resumed session " + std::to_string(session) + " at event"),
              std::string::npos)
        << restarted.output;
    EXPECT_NE(restarted.output.find("in phase 'Atelier créatif'"), std::string::npos) << restarted.output;
    std::smatch interactive;
    ASSERT_TRUE(
        std::regex_search(restarted.output, interactive,
                          std::regex("the table is interactive (-?[0-9]+) ms after the process started")))
        << restarted.output;
    EXPECT_GT(std::stoll(interactive[1].str()), 0);
    const core::Board after = boardOf(dataDir(), session);
    EXPECT_EQ(after.cards.size(), before.cards.size() + 1) << "the new card joins the same session";
    EXPECT_EQ(after.phase, before.phase);
    EXPECT_GT(lastTMs(dataDir(), session), lastBefore)
        << "the session's clock resumed, it did not restart at 0";
    store::Database database = store::Database::open(dataDir());
    EXPECT_EQ(database.listSessions().size(), 1U) << "no second session was made";
}

/// A datagram socket standing in for systemd's notify socket.
class NotifySocket {
public:
    explicit NotifySocket(const std::filesystem::path& path) : m_path(path) {
        m_fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::snprintf(address.sun_path, sizeof address.sun_path, "%s", path.c_str());
        m_bound = bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    }
    NotifySocket(const NotifySocket&) = delete;
    NotifySocket& operator=(const NotifySocket&) = delete;
    ~NotifySocket() { close(m_fd); }
    bool bound() const { return m_bound; }

    /// Every message received within the time (or until one holds `until`), one string each.
    std::vector<std::string> receive(std::chrono::milliseconds within, const std::string& until = {}) {
        std::vector<std::string> messages;
        const auto end = std::chrono::steady_clock::now() + within;
        while (std::chrono::steady_clock::now() < end) {
            pollfd waiting{m_fd, POLLIN, 0};
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(end - std::chrono::steady_clock::now());
            if (poll(&waiting, 1, static_cast<int>(std::max<std::int64_t>(1, left.count()))) <= 0) {
                continue;
            }
            char buffer[512];
            const ssize_t got = recv(m_fd, buffer, sizeof buffer, 0);
            if (got > 0) {
                messages.emplace_back(buffer, static_cast<std::size_t>(got));
                if (!until.empty() && messages.back().find(until) != std::string::npos) {
                    break;
                }
            }
        }
        return messages;
    }

private:
    std::filesystem::path m_path;
    int m_fd = -1;
    bool m_bound = false;
};

int countContaining(const std::vector<std::string>& messages, const std::string& text) {
    return static_cast<int>(std::count_if(messages.begin(), messages.end(), [&](const std::string& message) {
        return message.find(text) != std::string::npos;
    }));
}

TEST_F(KioskTest, SystemdHearsReadyThenWatchdogPingsWhileIdleThenStopping) {
    NotifySocket notify(m_dir.path() / "notify");
    ASSERT_TRUE(notify.bound());
    std::vector<std::string> environment = atelierEnvironment();
    environment.push_back("NOTIFY_SOCKET=" + (m_dir.path() / "notify").string());
    environment.push_back("WATCHDOG_USEC=400000"); // pings every 200 ms, even from the idle wait
    Process table(kAtelier,
                  {"--config", writeConfig("[kiosk]\nenabled = true\n").string(), "--data",
                   dataDir().string(), "--headless", "--size", "320x180"},
                  environment);

    std::vector<std::string> messages;
    for (int i = 0; i < 60 && countContaining(messages, "READY=1") == 0; ++i) {
        for (std::string& message : notify.receive(std::chrono::milliseconds(500), "READY=1")) {
            messages.push_back(std::move(message));
        }
    }
    ASSERT_EQ(countContaining(messages, "READY=1"), 1) << table.outputSoFar();
    EXPECT_EQ(countContaining(messages, "STOPPING=1"), 0);
    // The table is idle (no input): it still wakes up for the watchdog, about 10 times in 2 s.
    // The first ping after READY: from here on the table only wakes for the watchdog.
    ASSERT_GE(countContaining(notify.receive(std::chrono::milliseconds(5000), "WATCHDOG=1"), "WATCHDOG=1"), 1)
        << table.outputSoFar();
    notify.receive(std::chrono::milliseconds(0));
    const std::vector<std::string> idle = notify.receive(std::chrono::milliseconds(2000));
    EXPECT_GE(countContaining(idle, "WATCHDOG=1"), 5) << table.outputSoFar();
    EXPECT_LE(countContaining(idle, "WATCHDOG=1"), 15);

    // systemctl stop sends SIGTERM: kiosk mode ignores the window's close, but this quits cleanly.
    table.signal(SIGTERM);
    const std::vector<std::string> last = notify.receive(std::chrono::milliseconds(10000), "STOPPING=1");
    const std::optional<ProcessResult> result = table.wait(std::chrono::seconds(20));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->exitCode, 0) << result->output;
    EXPECT_EQ(countContaining(last, "STOPPING=1"), 1) << result->output;
}

TEST_F(KioskTest, SystemdAnalyzeVerifyAcceptsTheShippedUnit) {
    const std::filesystem::path analyze = "/usr/bin/systemd-analyze";
    if (!std::filesystem::exists(analyze)) {
        GTEST_SKIP() << "systemd-analyze is not installed (Debian package systemd): cannot verify the unit";
    }
    // The unit as `cmake --install` writes it, with its launcher path pointing into the source tree.
    std::ifstream in(kSource / "kiosk-config/atelier.service.in");
    ASSERT_TRUE(in);
    std::stringstream text;
    text << in.rdbuf();
    const std::string unit = std::regex_replace(text.str(), std::regex("@ATELIER_BINDIR@/atelier-cage"),
                                                (kSource / "kiosk-config/atelier-cage.sh").string());
    ASSERT_EQ(unit.find("@ATELIER_"), std::string::npos) << "every placeholder is known";
    const std::filesystem::path file = m_dir.path() / "atelier.service";
    std::ofstream(file) << unit;
    const ProcessResult verified = runProcess(analyze, {"verify", file.string()}, std::chrono::seconds(60));
    EXPECT_EQ(verified.exitCode, 0) << verified.output;
    EXPECT_EQ(verified.output.find(file.filename().string() + ":"), std::string::npos)
        << "no warning about the unit's own lines:\n"
        << verified.output;
    for (const char* line : {"Type=notify", "WatchdogSec=", "Restart=always", "StartLimitIntervalSec=0",
                             "IPAddressAllow=localhost\n", "IPAddressDeny=any\n"}) {
        EXPECT_NE(unit.find(line), std::string::npos) << line;
    }
}

TEST_F(KioskTest, TheInstalledTableFindsItsShadersAndAssetsAndDrawsHeadless) {
    const std::filesystem::path prefix = m_dir.path() / "prefix";
    const ProcessResult installed =
        runProcess(ATELIER_CMAKE_COMMAND, {"--install", ATELIER_BUILD_DIR, "--prefix", prefix.string()},
                   std::chrono::seconds(120));
    ASSERT_EQ(installed.exitCode, 0) << installed.output;
    for (const char* file :
         {"bin/atelier", "bin/atelier-cage", "share/atelier/shaders",
          "share/atelier/assets/demo/workshop.json", "share/atelier/kiosk-config/atelier.toml",
          "lib/systemd/system/atelier.service", "share/doc/atelier/kiosk.md"}) {
        EXPECT_TRUE(std::filesystem::exists(prefix / file)) << file;
    }
    std::ifstream unit(prefix / "lib/systemd/system/atelier.service");
    std::stringstream unitText;
    unitText << unit.rdbuf();
    EXPECT_NE(unitText.str().find("ExecStart=" + (prefix / "bin/atelier-cage").string() + " "),
              std::string::npos)
        << unitText.str();

    // The installed binary, run from the prefix, draws the demo table from its own share/atelier.
    const std::filesystem::path shot = m_dir.path() / "installed.png";
    const ProcessResult run = runProcess(prefix / "bin/atelier",
                                         {"--config", writeConfig("[log]\nlevel = \"debug\"\n").string(),
                                          "--data", dataDir().string(), "--headless", "--size", "320x180",
                                          "--frames", "2", "--screenshot", shot.string()},
                                         std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(run.exitCode, 0) << run.output;
    EXPECT_NE(run.output.find("shaders and assets from " + (prefix / "share/atelier").string()),
              std::string::npos)
        << run.output;
    const std::optional<Image> image = loadPng(shot);
    ASSERT_TRUE(image);
    EXPECT_EQ(image->width, 320);
    // The two site photos lie on the table: the middle of the left one is not the table's flat colour.
    const Colour table = image->at(5, 90);
    const Colour photo = image->at(100, 90);
    EXPECT_FALSE(near(table, photo, 10)) << "no photo drawn";
}

} // namespace
} // namespace atelier::testing

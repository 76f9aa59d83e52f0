// Many hands at once, end to end: scripted fingers and real TUIO packets moving cards in the running binary.
#include <gtest/gtest.h>

#include <algorithm>
#include <arpa/inet.h>
#include <cmath>
#include <fstream>
#include <netinet/in.h>
#include <sstream>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

#include "BoardBoxes.hpp"
#include "Process.hpp"
#include "SeededSession.hpp"
#include "WaitFor.hpp"
#include "workshop/Dimensions.hpp"
#include "workshop/DockLayout.hpp"
#include "workshop/SeatLayout.hpp"

namespace atelier::testing {
namespace {

const std::filesystem::path kAtelier = ATELIER_BINARY;
constexpr double kWidthMm = 1210;
constexpr double kHeightMm = 680;

class TouchInputTest : public ::testing::Test {
protected:
    std::filesystem::path writeConfig(int tuioPort) {
        const std::filesystem::path file = m_dir.path() / "atelier.toml";
        std::ofstream(file) << "[display]\nwidth_mm = " << kWidthMm << "\nheight_mm = " << kHeightMm
                            << "\n[input]\ntuio_port = " << tuioPort << "\n";
        return file;
    }

    std::filesystem::path dataDir() const { return m_dir.path() / "data"; }

    TempDir m_dir;
};

TEST_F(TouchInputTest, TenFingersDragTenCardsAtOnce) {
    std::vector<core::Event> cards;
    for (int i = 0; i < 10; ++i) {
        cards.push_back(cardAt(static_cast<core::ItemId>(100 + i), 80.0 + 110.0 * i, 200.0));
    }
    const std::int64_t session = seedDemoSession(dataDir(), cards);

    // Ten fingers go down on the ten cards within 20 ms, then all move together for a second, each to its
    // own destination, and lift one after the other.
    std::ofstream script(m_dir.path() / "ten.jsonl");
    for (int i = 0; i < 10; ++i) {
        script << R"({"t":)" << i * 2 << R"(,"id":)" << i + 1 << R"(,"phase":"down","target":"card.)"
               << 100 + i << "\"}\n";
    }
    // The first card ends 1 mm clear of the dock on the left edge (a thrown card would stop there), the
    // others in a row to its right.
    const workshop::SeatLayout seats(6, {kWidthMm, kHeightMm});
    const workshop::DockLayout docks(seats);
    double dockEdge = 0;
    for (const workshop::Seat& seat : seats.seats()) {
        if (seat.edge == workshop::Edge::Left) {
            for (const workshop::DockPlace& button : docks.buttons(seat.number)) {
                dockEdge = std::max(dockEdge, boxOf(button.pose, button.size).max.x);
            }
        }
    }
    const double firstX = dockEdge + workshop::dims::kCardSize.width / 2 + 1;
    auto destination = [firstX](int i) {
        return std::pair{(firstX + 108.0 * i) / kWidthMm, (450.0 + 15.0 * i) / kHeightMm};
    };
    for (int step = 1; step <= 20; ++step) {
        for (int i = 0; i < 10; ++i) {
            const double startX = (80.0 + 110.0 * i) / kWidthMm;
            const double startY = 200.0 / kHeightMm;
            const auto [endX, endY] = destination(i);
            const double f = step / 20.0;
            script << R"({"t":)" << 20 + step * 50 << R"(,"id":)" << i + 1 << R"(,"phase":"move","x":)"
                   << startX + (endX - startX) * f << R"(,"y":)" << startY + (endY - startY) * f << "}\n";
        }
    }
    for (int i = 0; i < 10; ++i) {
        const auto [endX, endY] = destination(i);
        script << R"({"t":)" << 1100 + i * 10 << R"(,"id":)" << i + 1 << R"(,"phase":"up","x":)" << endX
               << R"(,"y":)" << endY << "}\n";
    }
    script.close();

    const ProcessResult result = runProcess(
        kAtelier,
        {"--config", writeConfig(freeUdpPort()).string(), "--data", dataDir().string(), "--headless",
         "--size", "640x360", "--input-script", (m_dir.path() / "ten.jsonl").string(), "--quit-after-script"},
        std::chrono::seconds(60), atelierEnvironment());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("resumed session"), std::string::npos) << result.output;

    // Read back from SQLite, as a replay would: every card is where its finger left it.
    const core::Board board = boardOf(dataDir(), session);
    for (int i = 0; i < 10; ++i) {
        const core::Card* card = board.findCard(static_cast<core::ItemId>(100 + i));
        ASSERT_NE(card, nullptr);
        const auto [endX, endY] = destination(i);
        EXPECT_NEAR(card->pose.centre.x, endX * kWidthMm, 0.5) << "card " << 100 + i;
        EXPECT_NEAR(card->pose.centre.y, endY * kHeightMm, 0.5) << "card " << 100 + i;
        EXPECT_NEAR(card->pose.rotation, 0.0, 1e-6) << "one finger drags, it does not turn";
    }
    // Motion is logged at <= 20 Hz per card plus the final pose, not once per frame.
    const std::int64_t moves = countEvents(dataDir(), session, "card.moved");
    EXPECT_GE(moves, 10);
    EXPECT_LE(moves, 10 * (1100 / 50 + 4));
}

TEST_F(TouchInputTest, RealTuioPacketsMoveACardIntoTheLog) {
    const std::int64_t session = seedDemoSession(dataDir(), {cardAt(7, 605, 340)});
    const int port = freeUdpPort();
    Process table(kAtelier,
                  {"--config", writeConfig(port).string(), "--data", dataDir().string(), "--headless",
                   "--size", "640x360"},
                  atelierEnvironment());
    ASSERT_TRUE(table.waitForOutput("listening for TUIO", std::chrono::seconds(30))) << table.outputSoFar();

    // A TUIO tracker's frames, sent by liblo's own oscsend as separate UDP messages: cursor 5 lands on the
    // card's centre and drags it 200 mm right and 100 mm down.
    auto send = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"127.0.0.1", std::to_string(port), "/tuio/2Dcur"});
        const ProcessResult sent = runProcess("/usr/bin/oscsend", args, std::chrono::seconds(10));
        ASSERT_EQ(sent.exitCode, 0) << sent.output;
    };
    int frame = 1;
    for (int step = 0; step <= 10; ++step) {
        const double x = (605.0 + 20.0 * step) / kWidthMm;
        const double y = (340.0 + 10.0 * step) / kHeightMm;
        send({"si", "alive", "5"});
        send({"sifffff", "set", "5", std::to_string(x), std::to_string(y), "0", "0", "0"});
        send({"si", "fseq", std::to_string(frame++)});
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
    }
    send({"s", "alive"});
    send({"si", "fseq", std::to_string(frame++)});
    // The cursor left: the card's final pose reaches SQLite (within 100 ms of the lift) before the stop.
    waitFor(
        [&] {
            const core::Board logged = boardOf(dataDir(), session);
            const core::Card* card = logged.findCard(7);
            return card != nullptr && std::abs(card->pose.centre.x - 805) <= 1.0 &&
                   std::abs(card->pose.centre.y - 440) <= 1.0;
        },
        std::chrono::seconds(10));

    table.signal(SIGTERM);
    const std::optional<ProcessResult> result = table.wait(std::chrono::seconds(20));
    ASSERT_TRUE(result);
    ASSERT_EQ(result->exitCode, 0) << result->output;

    EXPECT_GE(countEvents(dataDir(), session, "card.moved"), 1);
    const core::Board board = boardOf(dataDir(), session);
    const core::Card* card = board.findCard(7);
    ASSERT_NE(card, nullptr);
    EXPECT_NEAR(card->pose.centre.x, 805, 1.0) << result->output;
    EXPECT_NEAR(card->pose.centre.y, 440, 1.0) << result->output;
}

TEST_F(TouchInputTest, ListTargetsNamesTheResumedBoardsCards) {
    seedDemoSession(dataDir(), {cardAt(3, 121, 68), cardAt(4, 605, 340)});
    // stdout alone (logs go to stderr here): another program reads these lines.
    const std::string command = kAtelier.string() + " --config " + writeConfig(freeUdpPort()).string() +
                                " --data " + dataDir().string() + " --list-targets 2>/dev/null";
    const ProcessResult result = runProcess("/bin/sh", {"-c", command});
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find(R"({"name":"card.3","x":0.1,"y":0.1,"w":0.066116,"h":0.073529})"
                                 "\n"),
              std::string::npos)
        << result.output;
    EXPECT_NE(result.output.find(R"({"name":"card.4","x":0.5,"y":0.5,"w":0.066116,"h":0.073529})"
                                 "\n"),
              std::string::npos)
        << result.output;
    // Every seat's dock is there too, and nothing but JSON lines reaches stdout.
    for (int seat = 1; seat <= 6; ++seat) {
        EXPECT_NE(result.output.find("\"seat." + std::to_string(seat) + ".dock.new_card\""),
                  std::string::npos);
    }
    std::istringstream lines(result.output);
    for (std::string line; std::getline(lines, line);) {
        EXPECT_TRUE(line.starts_with("{\"name\":\"") && line.ends_with("}")) << line;
    }
}

} // namespace
} // namespace atelier::testing

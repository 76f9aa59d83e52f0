// The child process the panel's export runs: its lines read as they come, a kill that ends it at once.
#include <gtest/gtest.h>

#include <chrono>

#include "platform/ChildProcess.hpp"

namespace atelier::platform {
namespace {

TEST(ChildProcessTest, ItsLinesAreReadInOrderAndItsExitStatusComesBack) {
    ChildProcess child("/bin/sh", {"-c", "echo 'progress 1/2'; printf 'progress 2/2\\nlast'; exit 3"});
    ASSERT_EQ(child.problem(), "");
    std::vector<std::string> lines;
    while (!child.outputEnded()) {
        if (std::optional<std::string> line = child.readLine(1000)) {
            lines.push_back(*line);
        }
    }
    EXPECT_EQ(lines, (std::vector<std::string>{"progress 1/2", "progress 2/2"}))
        << "a line cut short is not read";
    EXPECT_EQ(child.wait(), 3);
}

TEST(ChildProcessTest, AKilledChildEndsAtOnceAndSaysBySignal) {
    ChildProcess child("/bin/sh", {"-c", "echo started; sleep 30"});
    EXPECT_EQ(child.readLine(5000), std::optional<std::string>("started"));
    const auto before = std::chrono::steady_clock::now();
    child.kill();
    EXPECT_EQ(child.wait(), 128 + 9);
    EXPECT_LT(std::chrono::steady_clock::now() - before, std::chrono::seconds(5));
}

TEST(ChildProcessTest, AProgramThatIsNotThereGetsASentence) {
    ChildProcess child("/nonexistent/atelier", {});
    EXPECT_NE(child.problem(), "");
    EXPECT_TRUE(child.outputEnded());
}

} // namespace
} // namespace atelier::platform

// `atelier sessions` on the real binary: the global options anywhere, columns that line up in French.
#include <gtest/gtest.h>

#include <sstream>

#include "Process.hpp"
#include "SeededSession.hpp"
#include "core/Utf8.hpp"

namespace atelier::testing {
namespace {

const std::filesystem::path kAtelier = ATELIER_BINARY;

/// The lines of the listing that describe a session (the header and blank lines left out).
std::vector<std::string> sessionLines(const std::string& output) {
    std::vector<std::string> lines;
    std::istringstream in(output);
    for (std::string line; std::getline(in, line);) {
        if (line.find("Atelier test") != std::string::npos) {
            lines.push_back(line);
        }
    }
    return lines;
}

class SessionsListTest : public ::testing::Test {
protected:
    void SetUp() override {
        seedDemoSession(data(), {core::PhaseStarted{2, "Scénarios d’usage", {"cards"}, 600, 0}});
        seedDemoSession(data(), {core::PhaseStarted{3, "Vote", {"vote"}, 300, 0}});
    }
    std::filesystem::path data() const { return m_dir.path() / "data"; }

    TempDir m_dir;
};

TEST_F(SessionsListTest, ColumnsAfterAnAccentedPhaseStillLineUp) {
    const ProcessResult result = runProcess(kAtelier, {"sessions", "--data", data().string()});
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const std::vector<std::string> lines = sessionLines(result.output);
    ASSERT_EQ(lines.size(), 2U) << result.output;
    std::vector<std::size_t> columns;
    for (const std::string& line : lines) {
        const std::size_t at = line.find("Atelier test");
        columns.push_back(core::utf8CodePoints(std::string_view(line).substr(0, at)));
    }
    EXPECT_EQ(columns[0], columns[1]) << result.output;
}

TEST_F(SessionsListTest, GlobalOptionsWorkBeforeOrAfterTheSubcommand) {
    const ProcessResult after = runProcess(kAtelier, {"sessions", "--json", "--data", data().string()});
    const ProcessResult before = runProcess(kAtelier, {"--data", data().string(), "sessions", "--json"});
    ASSERT_EQ(after.exitCode, 0) << after.output;
    ASSERT_EQ(before.exitCode, 0) << before.output;
    EXPECT_EQ(after.output, before.output);
    EXPECT_NE(after.output.find("\"phase\":\"Scénarios d’usage\""), std::string::npos) << after.output;
    const ProcessResult exported = runProcess(
        kAtelier, {"export", "1", "--csv", (m_dir.path() / "f.csv").string(), "--data", data().string()});
    EXPECT_EQ(exported.exitCode, 0) << exported.output;
    EXPECT_TRUE(std::filesystem::exists(m_dir.path() / "f.csv"));
}

TEST_F(SessionsListTest, AWrongOptionIsNamedInOneSentence) {
    const ProcessResult result = runProcess(kAtelier, {"sessions", "--jsno", "--data", data().string()});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.output.find("unknown option --jsno"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("atelier sessions --help"), std::string::npos) << result.output;
}

} // namespace
} // namespace atelier::testing

// The exports' files: whole under their name, or not there at all.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "TempDir.hpp"
#include "TextFiles.hpp"
#include "table/WholeFile.hpp"

namespace atelier::testing {
namespace {

TEST(WholeFileTest, AFileWrittenInChunksIsRenamedWholeAndNoTemporaryNameIsLeft) {
    TempDir dir;
    const std::string bytes(200 * 1024 + 7, 'x'); // four chunks, the last one short
    std::size_t calls = 0;
    std::size_t last = 0;
    ASSERT_TRUE(table::writeWholeFile(dir.path() / "cartes.csv", bytes, [&](std::size_t written) {
        ++calls;
        last = written;
        EXPECT_FALSE(std::filesystem::exists(dir.path() / "cartes.csv"))
            << "no whole-looking name before the end";
        return true;
    }));
    EXPECT_EQ(calls, 4u);
    EXPECT_EQ(last, bytes.size());
    EXPECT_EQ(readAll(dir.path() / "cartes.csv"), bytes);
    EXPECT_FALSE(std::filesystem::exists(dir.path() / ".cartes.csv.part"));
}

TEST(WholeFileTest, ACancelledFileLeavesNothingBehind) {
    TempDir dir;
    const std::string bytes(200 * 1024, 'x');
    EXPECT_FALSE(
        table::writeWholeFile(dir.path() / "rapport.html", bytes, [](std::size_t) { return false; }));
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST(WholeFileTest, AFolderThatIsGoneGetsFalseNotACrash) {
    TempDir dir;
    EXPECT_FALSE(table::writeWholeFile(dir.path() / "retiree" / "phase-1.png", "png"));
    EXPECT_FALSE(table::completeFile(dir.path() / ".video.mp4.part", dir.path() / "video.mp4"));
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "video.mp4"));
}

TEST(WholeFileTest, AFileSomeoneElseWroteIsCompletedUnderItsName) {
    TempDir dir;
    const std::filesystem::path partial = table::partialName(dir.path() / "seance-acceleree.mp4");
    EXPECT_EQ(partial.filename(), ".seance-acceleree.mp4.part");
    std::ofstream(partial) << "ftyp";
    ASSERT_TRUE(table::completeFile(partial, dir.path() / "seance-acceleree.mp4"));
    EXPECT_EQ(readAll(dir.path() / "seance-acceleree.mp4"), "ftyp");
    EXPECT_FALSE(std::filesystem::exists(partial));
}

} // namespace
} // namespace atelier::testing

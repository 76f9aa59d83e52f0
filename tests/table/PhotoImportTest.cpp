// The panel's import: which files a folder offers, and the worker's verdicts on them.
#include <gtest/gtest.h>

#include <chrono>
#include <fcntl.h>
#include <fstream>
#include <future>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

#include "TempDir.hpp"
#include "table/PhotoImport.hpp"

namespace atelier::table {
namespace {

const std::filesystem::path kDemoPhoto =
    std::filesystem::path(ATELIER_SOURCE_DIR) / "assets/demo/site-lot.jpg";

class Folder {
public:
    const std::filesystem::path& path() const { return m_dir.path(); }
    std::filesystem::path write(const std::filesystem::path& name, const std::string& bytes) const {
        const std::filesystem::path file = path() / name;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << bytes;
        return file;
    }

private:
    atelier::testing::TempDir m_dir;
};

TEST(PanelPhotoImport, AFolderOffersItsJpegAndPngFilesDownToThreeLevelsSorted) {
    Folder folder;
    folder.write("b.JPG", "x");
    folder.write("a.png", "x");
    folder.write("notes.txt", "x");
    folder.write("DCIM/100/c.jpeg", "x");
    folder.write("one/two/three/four/deep.png", "x");
    const std::vector<std::filesystem::path> files = listPhotoFiles(folder.path());
    const std::vector<std::filesystem::path> expected = {folder.path() / "DCIM/100/c.jpeg",
                                                         folder.path() / "a.png", folder.path() / "b.JPG"};
    EXPECT_EQ(files, expected);
    EXPECT_EQ(listPhotoFiles(folder.path(), 2).size(), 2U) << "at most the limit";
    EXPECT_TRUE(listPhotoFiles(folder.path() / "missing").empty());
}

/// checkPhoto on another thread, with a deadline: a reader stuck on a FIFO is freed by opening the FIFO for
/// writing once the deadline has passed, so that the test fails instead of hanging.
std::variant<CheckedPhoto, PhotoRefused> checkWithin(const std::filesystem::path& file,
                                                     std::chrono::seconds deadline, bool& inTime) {
    auto pending = std::async(std::launch::async, [file] { return checkPhoto(file); });
    inTime = pending.wait_for(deadline) == std::future_status::ready;
    if (!inTime) {
        const int writer = ::open(file.c_str(), O_WRONLY | O_NONBLOCK);
        if (writer >= 0) {
            ::close(writer);
        }
    }
    return pending.get();
}

TEST(PanelPhotoImport, ANamedPipeIsRefusedAtOnceInsteadOfBlockingTheImport) {
    Folder folder;
    const std::filesystem::path pipe = folder.path() / "photo.jpg";
    ASSERT_EQ(::mkfifo(pipe.c_str(), 0600), 0);
    bool inTime = false;
    const auto checked = checkWithin(pipe, std::chrono::seconds(5), inTime);
    EXPECT_TRUE(inTime) << "checking a named pipe blocked";
    ASSERT_TRUE(std::holds_alternative<PhotoRefused>(checked));
    EXPECT_NE(std::get<PhotoRefused>(checked).reason.find("not a regular file"), std::string::npos)
        << std::get<PhotoRefused>(checked).reason;
}

TEST(PanelPhotoImport, AFolderOffersNoLinkThatLeadsOutOfItButKeepsLinksThatStayInside) {
    Folder outside;
    const std::filesystem::path secret = outside.write("secret.jpg", "x");
    outside.write("elsewhere/more.png", "x");
    Folder folder;
    const std::filesystem::path inside = folder.write("inside.png", "x");
    std::filesystem::create_symlink(secret, folder.path() / "escape.jpg");
    std::filesystem::create_symlink(outside.path() / "elsewhere", folder.path() / "escape-folder");
    std::filesystem::create_symlink(inside, folder.path() / "again.png");
    ASSERT_EQ(::mkfifo((folder.path() / "pipe.png").c_str(), 0600), 0);
    const std::vector<std::filesystem::path> files = listPhotoFiles(folder.path());
    const std::vector<std::filesystem::path> expected = {folder.path() / "again.png", inside};
    EXPECT_EQ(files, expected);
}

TEST(PanelPhotoImport, TheWorkerChecksEveryFileInOrderAndSaysWhyOneIsRefused) {
    Folder folder;
    const std::filesystem::path broken = folder.write("broken.jpg", "\xFF\xD8\xFF\xE0 not a photo");
    PhotoCheckJob job({kDemoPhoto, broken, folder.path() / "gone.png"});
    std::vector<PhotoVerdict> verdicts;
    for (int i = 0; i < 6000 && !job.finished(); ++i) { // a wait for the worker, not a timing
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ASSERT_TRUE(job.finished());
    verdicts = job.take();
    ASSERT_EQ(verdicts.size(), 3U);
    EXPECT_EQ(job.checked(), 3U);
    ASSERT_TRUE(verdicts[0].photo);
    EXPECT_EQ(verdicts[0].photo->info.format, "JPEG");
    EXPECT_FALSE(verdicts[0].photo->bytes.empty());
    EXPECT_FALSE(verdicts[1].photo);
    ASSERT_TRUE(verdicts[1].refused);
    EXPECT_FALSE(verdicts[1].refused->reason.empty());
    ASSERT_TRUE(verdicts[2].refused);
    EXPECT_EQ(verdicts[2].refused->reason, "does not exist.");
    EXPECT_EQ(verdicts[2].refused->words, core::TextId::PhotoRefusedMissing);
    // The panel words a refusal in its own language: the French panel's line is French from end to end.
    EXPECT_EQ(core::text(core::Language::French, verdicts[2].refused->words), "le fichier n’existe pas.");
    EXPECT_EQ(core::text(core::Language::French, verdicts[1].refused->words).find(" is "), std::string::npos);
    EXPECT_TRUE(job.take().empty()) << "each verdict once";
}

TEST(PanelPhotoImport, ImportedPhotosLieUprightAt300MillimetresAndAvoidEachOther) {
    render::ImageInfo tall;
    tall.uprightWidth = 300;
    tall.uprightHeight = 400;
    const core::Size size = importedPhotoSize(tall, {1210, 680});
    EXPECT_DOUBLE_EQ(size.height, 300);
    EXPECT_DOUBLE_EQ(size.width, 225);
    const core::Vec2 first = placeAmong({1210, 680}, size, {});
    EXPECT_EQ(first.x, 605) << "a free table: the middle";
    const core::Vec2 second = placeAmong({1210, 680}, size, {{first, size}});
    EXPECT_GE(std::abs(second.x - first.x), size.width) << "beside the first, not over it";
}

} // namespace
} // namespace atelier::table

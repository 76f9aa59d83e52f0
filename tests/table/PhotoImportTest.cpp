// The panel's import: which files a folder offers, and the worker's verdicts on them.
#include <gtest/gtest.h>

#include <chrono>
#include <fcntl.h>
#include <fstream>
#include <future>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

#include "FormatImages.hpp"
#include "TempDir.hpp"
#include "core/Sha256.hpp"
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

TEST(PanelPhotoImport, AFolderOffersItsImageAndPdfFilesDownToThreeLevelsSorted) {
    Folder folder;
    folder.write("b.JPG", "x");
    folder.write("a.png", "x");
    folder.write("notes.txt", "x");
    folder.write("DCIM/100/c.jpeg", "x");
    folder.write("DCIM/100/d.HEIC", "x");
    folder.write("plans/site.pdf", "x");
    folder.write("plans/ortho.tif", "x");
    folder.write("web.webp", "x");
    folder.write("one/two/three/four/deep.png", "x");
    const std::vector<std::filesystem::path> files = listPhotoFiles(folder.path());
    const std::vector<std::filesystem::path> expected = {
        folder.path() / "DCIM/100/c.jpeg", folder.path() / "DCIM/100/d.HEIC",
        folder.path() / "a.png",           folder.path() / "b.JPG",
        folder.path() / "plans/ortho.tif", folder.path() / "plans/site.pdf",
        folder.path() / "web.webp"};
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

std::vector<std::uint8_t> solidRgba(int width, int height, std::uint32_t colour) {
    std::vector<std::uint8_t> rgba;
    for (int i = 0; i < width * height; ++i) {
        rgba.insert(rgba.end(),
                    {static_cast<std::uint8_t>(colour >> 16), static_cast<std::uint8_t>(colour >> 8),
                     static_cast<std::uint8_t>(colour), 255});
    }
    return rgba;
}

std::filesystem::path writeBytes(const Folder& folder, const char* name,
                                 const std::vector<std::uint8_t>& bytes) {
    return folder.write(name, std::string(bytes.begin(), bytes.end()));
}

TEST(PanelPhotoImport, ATiffIsStoredOnceAsAJpegAndTheSameFileAlwaysGivesTheSameKey) {
    Folder folder;
    const auto tiff =
        writeBytes(folder, "ortho.tif", render::testing::encodeTiff(solidRgba(120, 80, 0x3080C0), 120, 80));
    std::vector<double> progress;
    ImportSettings settings;
    settings.progress = [&progress](double done) { progress.push_back(done); };
    auto first = checkPhoto(tiff, settings);
    ASSERT_TRUE(std::holds_alternative<CheckedPhoto>(first)) << std::get<PhotoRefused>(first).reason;
    const CheckedPhoto& photo = std::get<CheckedPhoto>(first);
    EXPECT_TRUE(photo.converted);
    EXPECT_EQ(photo.sourceFormat, "TIFF");
    EXPECT_EQ(photo.info.format, "JPEG");
    EXPECT_EQ(photoMimeType(photo.info), "image/jpeg");
    EXPECT_EQ(photo.info.uprightWidth, 120);
    EXPECT_EQ(photo.info.uprightHeight, 80);
    EXPECT_EQ(photo.bytes[0], 0xFF) << "a JPEG's SOI";
    EXPECT_EQ(photo.hash, core::sha256Hex(photo.bytes)) << "the key of what is stored";
    ASSERT_FALSE(progress.empty());
    EXPECT_DOUBLE_EQ(progress.back(), 1.0);

    const auto copy = writeBytes(folder, "copy of ortho.tif",
                                 render::testing::encodeTiff(solidRgba(120, 80, 0x3080C0), 120, 80));
    auto second = checkPhoto(copy);
    ASSERT_TRUE(std::holds_alternative<CheckedPhoto>(second));
    EXPECT_EQ(std::get<CheckedPhoto>(second).hash, photo.hash) << "already on the table, whatever its name";
}

TEST(PanelPhotoImport, ASmallJpegOrPngIsStoredAsItCame) {
    Folder folder;
    std::filesystem::copy_file(kDemoPhoto, folder.path() / "site.jpg");
    auto checked = checkPhoto(folder.path() / "site.jpg");
    ASSERT_TRUE(std::holds_alternative<CheckedPhoto>(checked)) << std::get<PhotoRefused>(checked).reason;
    const CheckedPhoto& photo = std::get<CheckedPhoto>(checked);
    EXPECT_FALSE(photo.converted);
    std::ifstream in(kDemoPhoto, std::ios::binary);
    const std::vector<std::uint8_t> original((std::istreambuf_iterator<char>(in)),
                                             std::istreambuf_iterator<char>());
    EXPECT_EQ(photo.bytes, original);
}

TEST(PanelPhotoImport, AnImagePastTheConfiguredCeilingIsRefusedWithTheSettingNamed) {
    Folder folder;
    const std::filesystem::path tiff = folder.path() / "big.tif";
    render::testing::writeSolidTiff(tiff, 1100, 1000, 0x808080);
    ImportSettings settings;
    settings.maxMegapixels = 1;
    auto refused = checkPhoto(tiff, settings);
    ASSERT_TRUE(std::holds_alternative<PhotoRefused>(refused));
    EXPECT_EQ(std::get<PhotoRefused>(refused).words, core::TextId::PhotoRefusedTooLarge);
    EXPECT_EQ(std::get<PhotoRefused>(refused).reason,
              "is 1100 × 1000 pixels (1.1 megapixels); images up to 1.0 megapixels are accepted ([import] "
              "max_megapixels).");
}

TEST(PanelPhotoImport, TheJobsProgressReachesOneWhenEveryFileIsChecked) {
    Folder folder;
    const auto tiff =
        writeBytes(folder, "ortho.tif", render::testing::encodeTiff(solidRgba(64, 64, 0x3080C0), 64, 64));
    PhotoCheckJob job({tiff, tiff});
    for (int i = 0; i < 6000 && !job.finished(); ++i) { // a wait for the worker, not a timing
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ASSERT_TRUE(job.finished());
    EXPECT_DOUBLE_EQ(job.progress(), 1.0);
    EXPECT_DOUBLE_EQ(PhotoCheckJob({}).progress(), 1.0);
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

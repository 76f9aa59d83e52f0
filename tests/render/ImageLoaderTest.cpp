// Photo files of every kind: good ones decode upright and within limits, bad ones give a sentence, never a
// crash.
#include <gtest/gtest.h>

#include <cstdlib>
#include <random>

#include "TestImages.hpp"
#include "render/ImageLoader.hpp"

namespace atelier::render {
namespace {

using testing::Bytes;

constexpr std::uint32_t kRed = 0xFF0000;
constexpr std::uint32_t kBlue = 0x0000FF;

std::array<int, 3> pixel(const DecodedImage& image, int x, int y) {
    const std::size_t i = (static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width) + x) * 4;
    return {image.rgba[i], image.rgba[i + 1], image.rgba[i + 2]};
}

bool isRed(std::array<int, 3> c) {
    return c[0] > 200 && c[1] < 60 && c[2] < 60;
}

bool isBlue(std::array<int, 3> c) {
    return c[0] < 60 && c[1] < 60 && c[2] > 200;
}

ImageProblem refusal(const Bytes& bytes, const ImageLimits& limits = {}) {
    auto result = decodeImage(bytes, limits);
    EXPECT_TRUE(std::holds_alternative<ImageProblem>(result));
    if (auto* problem = std::get_if<ImageProblem>(&result)) {
        EXPECT_FALSE(problem->reason.empty());
        EXPECT_EQ(problem->reason.back(), '.') << "a reason is one sentence: " << problem->reason;
        return *problem;
    }
    return {};
}

DecodedImage decoded(const Bytes& bytes, const ImageLimits& limits = {}) {
    auto result = decodeImage(bytes, limits);
    if (auto* problem = std::get_if<ImageProblem>(&result)) {
        ADD_FAILURE() << "refused: " << problem->reason;
        return {};
    }
    return std::get<DecodedImage>(std::move(result));
}

TEST(ImageLoader, DecodesAPngUprightWithItsColours) {
    const DecodedImage image =
        decoded(testing::encodePng(testing::twoToneRgba(40, 60, kRed, kBlue), 40, 60, 4));
    ASSERT_EQ(image.width, 40);
    ASSERT_EQ(image.height, 60);
    EXPECT_TRUE(isRed(pixel(image, 20, 5)));
    EXPECT_TRUE(isBlue(pixel(image, 20, 55)));
    EXPECT_EQ(image.info.format, "PNG");
}

TEST(ImageLoader, StandsAPhoneJpegWithOrientation6Upright) {
    // The camera stored the picture turned a quarter anticlockwise: red (the sky) on the left.
    const auto upright = testing::twoToneRgba(40, 60, kRed, kBlue);
    std::vector<std::uint8_t> stored(upright.size());
    for (int y = 0; y < 40; ++y) {
        for (int x = 0; x < 60; ++x) {
            // stored(x, y) = upright(40 - 1 - y, x): the upright top row becomes the stored left column.
            const std::size_t from = (static_cast<std::size_t>(x) * 40 + (40 - 1 - y)) * 4;
            std::copy_n(upright.begin() + static_cast<std::ptrdiff_t>(from), 4,
                        stored.begin() + (static_cast<std::ptrdiff_t>(y) * 60 + x) * 4);
        }
    }
    const Bytes jpeg = testing::withExifOrientation(testing::encodeJpeg(stored, 60, 40), 6);

    auto info = inspectImage(jpeg, {});
    ASSERT_TRUE(std::holds_alternative<ImageInfo>(info));
    EXPECT_EQ(std::get<ImageInfo>(info).orientation, 6);
    EXPECT_EQ(std::get<ImageInfo>(info).uprightWidth, 40);
    EXPECT_EQ(std::get<ImageInfo>(info).uprightHeight, 60);

    const DecodedImage image = decoded(jpeg);
    ASSERT_EQ(image.width, 40);
    ASSERT_EQ(image.height, 60);
    EXPECT_TRUE(isRed(pixel(image, 20, 8))) << "the top of the photo should be red";
    EXPECT_TRUE(isBlue(pixel(image, 20, 52))) << "the bottom of the photo should be blue";
}

TEST(ImageLoader, AppliesEveryOrientationToTheRightShape) {
    const auto pixels = testing::twoToneRgba(30, 20, kRed, kBlue);
    for (int orientation = 1; orientation <= 8; ++orientation) {
        const DecodedImage image =
            decoded(testing::withExifOrientation(testing::encodeJpeg(pixels, 30, 20), orientation));
        const bool swapped = orientation >= 5;
        EXPECT_EQ(image.width, swapped ? 20 : 30) << orientation;
        EXPECT_EQ(image.height, swapped ? 30 : 20) << orientation;
    }
}

TEST(ImageLoader, RefusesAnEmptyFile) {
    EXPECT_EQ(refusal({}).kind, ImageProblem::Kind::Empty);
}

TEST(ImageLoader, RefusesGarbage) {
    std::mt19937 random(7);
    Bytes garbage(4096);
    for (auto& byte : garbage) {
        byte = static_cast<std::uint8_t>(random());
    }
    garbage[0] = 'x';
    EXPECT_EQ(refusal(garbage).kind, ImageProblem::Kind::NotAnImage);
    const Bytes text = {'<', 'h', 't', 'm', 'l', '>'};
    EXPECT_EQ(refusal(text).kind, ImageProblem::Kind::NotAnImage);
}

TEST(ImageLoader, NamesAnMp4VideoAsUnsupported) {
    const Bytes video = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 0, 0};
    EXPECT_EQ(refusal(video).kind, ImageProblem::Kind::Unsupported);
}

TEST(ImageLoader, RefusesATruncatedPng) {
    Bytes png = testing::encodePng(testing::twoToneRgba(64, 64, kRed, kBlue), 64, 64, 4);
    png.resize(png.size() / 2);
    EXPECT_EQ(refusal(png).kind, ImageProblem::Kind::Damaged);
    png.resize(20); // cut inside the header
    EXPECT_EQ(refusal(png).kind, ImageProblem::Kind::Damaged);
}

TEST(ImageLoader, SurvivesATruncatedJpeg) {
    Bytes jpeg = testing::encodeJpeg(testing::twoToneRgba(64, 64, kRed, kBlue), 64, 64);
    for (std::size_t size : {jpeg.size() * 3 / 4, jpeg.size() / 2, std::size_t{200}, std::size_t{4}}) {
        Bytes cut(jpeg.begin(), jpeg.begin() + static_cast<std::ptrdiff_t>(size));
        auto result = decodeImage(cut, {}); // either a partial picture or a reason, never a crash
        if (auto* problem = std::get_if<ImageProblem>(&result)) {
            EXPECT_FALSE(problem->reason.empty());
        }
    }
}

TEST(ImageLoader, RefusesAnImagePastTheCeilingBeforeDecodingIt) {
    ImageLimits limits;
    limits.maxDecodePixels = 64'000'000;
    const ImageProblem problem = refusal(testing::pngHeaderOnly(20000, 20000), limits);
    EXPECT_EQ(problem.kind, ImageProblem::Kind::TooLarge);
    EXPECT_NE(problem.reason.find("20000 × 20000"), std::string::npos) << problem.reason;
}

TEST(ImageLoader, RefusesAPngWhoseImageDataInflatesPastItsPixelsBeforeDecodingIt) {
    // 1 × 1 pixel, 64 MB of zeros behind it: a file of some 64 KB that stb_image alone would inflate whole
    // (and, interlaced, accept).
    for (const bool interlaced : {false, true}) {
        const Bytes bomb = testing::pngBomb(std::uint64_t{64} << 20, interlaced);
        ASSERT_LT(bomb.size(), 200'000u);
        const ImageProblem problem = refusal(bomb);
        EXPECT_EQ(problem.kind, ImageProblem::Kind::TooLarge) << problem.reason;
        EXPECT_NE(problem.reason.find("inflates to more than"), std::string::npos) << problem.reason;
    }
}

TEST(ImageLoader, DecodesAnInterlacedPngWhoseImageDataIsExactlyWhatItsPixelsNeed) {
    const Bytes bomb = testing::pngBomb(5, true); // one pixel: a filter byte and four samples
    const DecodedImage image = decoded(bomb);
    EXPECT_EQ(image.width, 1);
    EXPECT_EQ(image.height, 1);
}

TEST(ImageLoader, RefusesAJpegWhoseHuffmanTableWouldOverflowTheDecoder) {
    // stb_image 2.27 writes past its tables when a DHT lists more than 256 codes (CVE-2021-37789).
    Bytes jpeg = testing::encodeJpeg(testing::twoToneRgba(16, 16, kRed, kBlue), 16, 16);
    std::size_t dht = 2;
    while (dht + 1 < jpeg.size() && !(jpeg[dht] == 0xFF && jpeg[dht + 1] == 0xC4)) {
        ++dht;
    }
    ASSERT_LT(dht + 21, jpeg.size());
    for (std::size_t i = 0; i < 16; ++i) {
        jpeg[dht + 5 + i] = 200; // 16 × 200 codes in a table that holds 256
    }
    const ImageProblem problem = refusal(jpeg);
    EXPECT_EQ(problem.kind, ImageProblem::Kind::Damaged);
    EXPECT_NE(problem.reason.find("Huffman"), std::string::npos) << problem.reason;
}

TEST(ImageLoader, ReadsA16BitPngAsEightBit) {
    const DecodedImage image = decoded(testing::sixteenBitPng(16, 16, kRed, kBlue));
    ASSERT_EQ(image.width, 16);
    EXPECT_TRUE(isRed(pixel(image, 8, 2)));
    EXPECT_TRUE(isBlue(pixel(image, 8, 14)));
}

TEST(ImageLoader, ReadsAGreyscalePngAsGrey) {
    std::vector<std::uint8_t> grey(32 * 32);
    for (std::size_t i = 0; i < grey.size(); ++i) {
        grey[i] = i < grey.size() / 2 ? 200 : 30;
    }
    const DecodedImage image = decoded(testing::encodePng(grey, 32, 32, 1));
    const auto top = pixel(image, 4, 4);
    EXPECT_EQ(top, (std::array<int, 3>{200, 200, 200}));
    EXPECT_EQ(pixel(image, 4, 28), (std::array<int, 3>{30, 30, 30}));
}

TEST(ImageLoader, DownscalesPastThePixelBudgetAndTheGpuLimit) {
    const Bytes png = testing::encodePng(testing::twoToneRgba(400, 300, kRed, kBlue), 400, 300, 4);
    ImageLimits limits;
    limits.maxPixels = 30000;
    DecodedImage image = decoded(png, limits);
    EXPECT_LE(static_cast<long>(image.width) * image.height, 30000);
    EXPECT_NEAR(static_cast<double>(image.width) / image.height, 4.0 / 3.0, 0.02);
    EXPECT_TRUE(isRed(pixel(image, image.width / 2, 2)));
    EXPECT_EQ(image.info.storedWidth, 400);

    limits = ImageLimits{};
    limits.maxDimension = 100;
    image = decoded(png, limits);
    EXPECT_EQ(image.width, 100);
    EXPECT_EQ(image.height, 75);
}

TEST(ImageLoader, PremultipliesTransparentPixels) {
    std::vector<std::uint8_t> rgba = {255, 255, 255, 128, 255, 0, 0, 0};
    const DecodedImage image = decoded(testing::encodePng(rgba, 2, 1, 4));
    EXPECT_EQ(image.rgba[0], 128);
    EXPECT_EQ(image.rgba[3], 128);
    EXPECT_EQ(image.rgba[4], 0);
}

TEST(ImageLoader, NeverCrashesOnMangledFiles) {
    const Bytes png = testing::encodePng(testing::twoToneRgba(32, 32, kRed, kBlue), 32, 32, 4);
    const Bytes jpeg = testing::withExifOrientation(
        testing::encodeJpeg(testing::twoToneRgba(32, 32, kRed, kBlue), 32, 32), 6);
    std::mt19937 random(1234);
    const int rounds =
        std::getenv("ATELIER_FUZZ_ROUNDS") ? std::atoi(std::getenv("ATELIER_FUZZ_ROUNDS")) : 300;
    for (int round = 0; round < rounds; ++round) {
        Bytes file = round % 2 == 0 ? png : jpeg;
        const int flips = 1 + static_cast<int>(random() % 8);
        for (int i = 0; i < flips; ++i) {
            file[random() % file.size()] = static_cast<std::uint8_t>(random());
        }
        if (round % 3 == 0) {
            file.resize(random() % file.size());
        }
        auto result = decodeImage(file, {});
        if (auto* image = std::get_if<DecodedImage>(&result)) {
            EXPECT_EQ(image->rgba.size(), static_cast<std::size_t>(image->width) * image->height * 4);
        }
    }
}

} // namespace
} // namespace atelier::render

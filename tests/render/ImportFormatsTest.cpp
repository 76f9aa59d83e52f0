// The formats people bring (HEIC, WebP, TIFF, PDF, BMP, GIF), each written here by its own library from known
// pixels: decoded upright at the right aspect with those pixels; cut short or broken, refused with a
// sentence.
#include <gtest/gtest.h>

#include <functional>

#include "FormatImages.hpp"
#include "TestImages.hpp"
#include "render/ImageLoader.hpp"

namespace atelier::render {
namespace {

using testing::Bytes;

constexpr std::uint32_t kRed = 0xFF0000;
constexpr std::uint32_t kBlue = 0x0000FF;

/// Top half red, bottom half blue, 2:1.
const std::vector<std::uint8_t>& twoTone() {
    static const std::vector<std::uint8_t> pixels = testing::twoToneRgba(96, 48, kRed, kBlue);
    return pixels;
}

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

std::variant<DecodedImage, ImageProblem> decode(const Bytes& bytes, const ImageLimits& limits = {},
                                                const DecodeOptions& options = {}) {
    return decodeImage(bytes, limits, options);
}

/// The file decodes with the format named, at 2:1, red on top and blue below.
void expectUprightTwoTone(const Bytes& bytes, const std::string& format, int width, int height) {
    auto result = decode(bytes);
    ASSERT_TRUE(std::holds_alternative<DecodedImage>(result))
        << format << ": " << std::get<ImageProblem>(result).reason;
    const DecodedImage& image = std::get<DecodedImage>(result);
    EXPECT_EQ(image.info.format, format);
    EXPECT_EQ(image.width, width) << format;
    EXPECT_EQ(image.height, height) << format;
    EXPECT_TRUE(isRed(pixel(image, image.width / 2, image.height / 4))) << format;
    EXPECT_TRUE(isBlue(pixel(image, image.width / 2, image.height * 3 / 4))) << format;
    EXPECT_TRUE(isRed(pixel(image, image.width - 2, 2))) << format;
    EXPECT_TRUE(isBlue(pixel(image, 1, image.height - 2))) << format;
}

/// Cut at half its length and inside its header, the file is refused as damaged with one sentence.
void expectCutShortRefused(const Bytes& bytes, const std::string& format) {
    for (const std::size_t size : {bytes.size() / 2, std::size_t{20}}) {
        const Bytes cut(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(size));
        auto result = decode(cut);
        ASSERT_TRUE(std::holds_alternative<ImageProblem>(result)) << format << " cut at " << size;
        const ImageProblem& problem = std::get<ImageProblem>(result);
        EXPECT_EQ(problem.kind, ImageProblem::Kind::Damaged) << format << ": " << problem.reason;
        EXPECT_EQ(problem.reason.back(), '.') << problem.reason;
    }
}

TEST(ImportFormats, AHeicFromThePhoneLandsUprightWithItsColours) {
    const Bytes heic = testing::encodeHeic(twoTone(), 96, 48);
    expectUprightTwoTone(heic, "HEIF", 96, 48);
    expectCutShortRefused(heic, "HEIC");
}

TEST(ImportFormats, AWebpLandsUprightWithItsColours) {
    const Bytes webp = testing::encodeWebp(twoTone(), 96, 48);
    expectUprightTwoTone(webp, "WebP", 96, 48);
    expectCutShortRefused(webp, "WebP");
}

TEST(ImportFormats, ATiffInStripsOrInTilesLandsUprightWithItsColours) {
    const Bytes strips = testing::encodeTiff(twoTone(), 96, 48, {5, 0, true});
    expectUprightTwoTone(strips, "TIFF", 96, 48);
    expectCutShortRefused(strips, "TIFF");
    // Tiles of 32: the last column and row of tiles are partly outside the image.
    const std::vector<std::uint8_t> tall = testing::twoToneRgba(40, 72, kRed, kBlue);
    auto result = decode(testing::encodeTiff(tall, 40, 72, {0, 32, false}));
    ASSERT_TRUE(std::holds_alternative<DecodedImage>(result)) << std::get<ImageProblem>(result).reason;
    const DecodedImage& image = std::get<DecodedImage>(result);
    ASSERT_EQ(image.width, 40);
    ASSERT_EQ(image.height, 72);
    for (int y : {0, 31, 32, 35}) {
        EXPECT_TRUE(isRed(pixel(image, 39, y))) << y;
    }
    for (int y : {36, 63, 64, 71}) {
        EXPECT_TRUE(isBlue(pixel(image, 39, y))) << y;
        EXPECT_TRUE(isBlue(pixel(image, 0, y))) << y;
    }
}

TEST(ImportFormats, APdfPlanIsDrawnSharpAtTheTablesSizeUprightAndTheChosenPageShows) {
    const Bytes pdf = testing::encodePdf(200, 100, kRed, kBlue, 3);
    ImageLimits limits;
    limits.maxPixels = 200'000;
    auto first = decode(pdf, limits);
    ASSERT_TRUE(std::holds_alternative<DecodedImage>(first)) << std::get<ImageProblem>(first).reason;
    const DecodedImage& page1 = std::get<DecodedImage>(first);
    EXPECT_EQ(page1.info.format, "PDF");
    // Drawn larger than its 200 × 100 points, as large as the pixel budget allows, at 2:1.
    EXPECT_GT(page1.width, 400);
    EXPECT_LE(static_cast<std::int64_t>(page1.width) * page1.height, 200'000);
    EXPECT_NEAR(static_cast<double>(page1.width) / page1.height, 2.0, 0.01);
    EXPECT_TRUE(isRed(pixel(page1, page1.width / 2, page1.height / 4)));
    EXPECT_TRUE(isBlue(pixel(page1, page1.width / 2, page1.height * 3 / 4)));
    // Page n has n black bars on its left: the second bar's place is red on page 1, black on page 2.
    const int barX = page1.width / 20;
    const int secondBarY = static_cast<int>(page1.height * 0.175);
    EXPECT_TRUE(isRed(pixel(page1, barX, secondBarY)));
    auto second = decode(pdf, limits, DecodeOptions{2, {}});
    ASSERT_TRUE(std::holds_alternative<DecodedImage>(second));
    EXPECT_EQ(pixel(std::get<DecodedImage>(second), barX, secondBarY), (std::array<int, 3>{0, 0, 0}));

    auto missing = decode(pdf, limits, DecodeOptions{4, {}});
    ASSERT_TRUE(std::holds_alternative<ImageProblem>(missing));
    EXPECT_EQ(std::get<ImageProblem>(missing).reason, "is a PDF of 3 page(s); it has no page 4.");
    expectCutShortRefused(pdf, "PDF");
}

TEST(ImportFormats, ABmpLandsUprightWithItsColours) {
    const Bytes bmp = testing::encodeBmp(twoTone(), 96, 48);
    expectUprightTwoTone(bmp, "BMP", 96, 48);
    expectCutShortRefused(bmp, "BMP");
}

TEST(ImportFormats, AGifShowsItsFirstFrameOnly) {
    const Bytes gif = testing::encodeGif(twoTone(), 96, 48, 0x00FF00);
    expectUprightTwoTone(gif, "GIF", 96, 48);
    expectCutShortRefused(gif, "GIF");
}

TEST(ImportFormats, AJpegOrPngCutShortIsRefusedNotPaintedGrey) {
    expectCutShortRefused(testing::encodeJpeg(twoTone(), 96, 48), "JPEG");
    expectCutShortRefused(testing::encodePng(twoTone(), 96, 48, 4), "PNG");
}

TEST(ImportFormats, ALargeTiffIsShrunkInStripsToTheBudgetNotRefused) {
    const std::vector<std::uint8_t> big = testing::twoToneRgba(600, 400, kRed, kBlue);
    const Bytes tiff = testing::encodeTiff(big, 600, 400, {8, 0, true});
    ImageLimits limits;
    limits.maxPixels = 6'000;
    limits.maxFrameBytes =
        64 * 1024; // a strip of 8 rows of 600 pixels (19 KB), far less than the frame (960 KB)
    std::vector<double> progress;
    auto result =
        decode(tiff, limits, DecodeOptions{1, [&progress](double done) { progress.push_back(done); }});
    ASSERT_TRUE(std::holds_alternative<DecodedImage>(result)) << std::get<ImageProblem>(result).reason;
    const DecodedImage& image = std::get<DecodedImage>(result);
    EXPECT_LE(static_cast<std::int64_t>(image.width) * image.height, 6'000);
    EXPECT_NEAR(static_cast<double>(image.width) / image.height, 1.5, 0.02);
    EXPECT_TRUE(isRed(pixel(image, image.width / 2, image.height / 4)));
    EXPECT_TRUE(isBlue(pixel(image, image.width / 2, image.height * 3 / 4)));
    ASSERT_FALSE(progress.empty());
    EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));
    EXPECT_DOUBLE_EQ(progress.back(), 1.0);
}

TEST(ImportFormats, AJpegIsDecodedAtAnEighthWhenTheTableShowsNoMore) {
    // 800 × 400 asked at 100 wide: libjpeg-turbo decodes at ⅛ (100 × 50) straight away.
    const Bytes jpeg = testing::encodeJpeg(testing::twoToneRgba(800, 400, kRed, kBlue), 800, 400);
    ImageLimits limits;
    limits.maxDimension = 100;
    std::vector<double> progress;
    DecodeOptions options{1, [&progress](double done) { progress.push_back(done); }};
    auto result = decode(jpeg, limits, options);
    ASSERT_TRUE(std::holds_alternative<DecodedImage>(result)) << std::get<ImageProblem>(result).reason;
    const DecodedImage& image = std::get<DecodedImage>(result);
    EXPECT_EQ(image.width, 100);
    EXPECT_EQ(image.height, 50);
    EXPECT_TRUE(isRed(pixel(image, 50, 10)));
    EXPECT_TRUE(isBlue(pixel(image, 50, 40)));
    // Progress comes every 64 decoded rows: the 50 rows of the ⅛ decode give none, 400 full rows would
    // give 6.
    EXPECT_TRUE(progress.empty()) << progress.size() << " reports";
}

TEST(ImportFormats, AnImageThatMustBeDecodedWholePastTheMemoryBudgetIsRefusedWithASentence) {
    ImageLimits limits;
    limits.maxFrameBytes = 96 * 48 * 4 - 1;
    auto result = decode(testing::encodeHeic(twoTone(), 96, 48), limits);
    ASSERT_TRUE(std::holds_alternative<ImageProblem>(result));
    EXPECT_EQ(std::get<ImageProblem>(result).kind, ImageProblem::Kind::TooLarge);
    EXPECT_NE(std::get<ImageProblem>(result).reason.find("96 × 48"), std::string::npos)
        << std::get<ImageProblem>(result).reason;
}

TEST(ImportFormats, ADecodePastItsTimeIsStoppedAndRefused) {
    ImageLimits limits;
    limits.maxDecodeSeconds = 0;
    auto result = decode(testing::encodeTiff(twoTone(), 96, 48), limits);
    ASSERT_TRUE(std::holds_alternative<ImageProblem>(result));
    EXPECT_EQ(std::get<ImageProblem>(result).reason,
              "took longer than 0 seconds to decode, so it was stopped.");
}

TEST(ImportFormats, AnImagePastTheCeilingIsRefusedBeforeDecodingAndNamesTheSetting) {
    auto result = decode(testing::pngHeaderOnly(30000, 20000));
    ASSERT_TRUE(std::holds_alternative<ImageProblem>(result));
    const ImageProblem& problem = std::get<ImageProblem>(result);
    EXPECT_EQ(problem.kind, ImageProblem::Kind::TooLarge);
    EXPECT_NE(problem.reason.find("30000 × 20000"), std::string::npos) << problem.reason;
    EXPECT_NE(problem.reason.find("[import] max_megapixels"), std::string::npos) << problem.reason;
}

} // namespace
} // namespace atelier::render

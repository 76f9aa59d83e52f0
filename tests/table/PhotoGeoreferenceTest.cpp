// Where an imported photo lies on the map: a GeoTIFF's tags written here with libtiff + libgeotiff, a world
// file and .prj beside a photo, and the sentences for the ones that cannot be used.
#include <gtest/gtest.h>

#include <fstream>
#include <geotiff/geotiff.h>
#include <geotiff/geovalues.h>
#include <geotiff/xtiffio.h>
#include <tiffio.h>

#include "FormatImages.hpp"
#include "TempDir.hpp"
#include "TextFiles.hpp"
#include "table/PhotoGeoreference.hpp"
#include "table/PhotoImport.hpp"

namespace atelier::table {
namespace {

struct GeoTiffTags {
    bool pixelIsPoint = false;
    int epsg = 2154;
    bool tiepoint = true; ///< else a ModelTransformation
};

/// Writes a 4 × 2 grey GeoTIFF whose top-left pixel corner is (808000, 6480000), 2 m pixels, and returns its
/// bytes.
std::vector<std::uint8_t> writeGeoTiff(const std::filesystem::path& file, const GeoTiffTags& tags) {
    TIFF* tiff = XTIFFOpen(file.c_str(), "w");
    EXPECT_NE(tiff, nullptr);
    TIFFSetField(tiff, TIFFTAG_IMAGEWIDTH, 4);
    TIFFSetField(tiff, TIFFTAG_IMAGELENGTH, 2);
    TIFFSetField(tiff, TIFFTAG_BITSPERSAMPLE, 8);
    TIFFSetField(tiff, TIFFTAG_SAMPLESPERPIXEL, 1);
    TIFFSetField(tiff, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISBLACK);
    TIFFSetField(tiff, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
    TIFFSetField(tiff, TIFFTAG_ROWSPERSTRIP, 2);
    const double shift = tags.pixelIsPoint ? 1.0 : 0.0; // the centre of the first pixel is 1 m further in
    if (tags.tiepoint) {
        double scale[3] = {2, 2, 0};
        double tiepoint[6] = {0, 0, 0, 808000 + shift, 6480000 - shift, 0};
        TIFFSetField(tiff, TIFFTAG_GEOPIXELSCALE, 3, scale);
        TIFFSetField(tiff, TIFFTAG_GEOTIEPOINTS, 6, tiepoint);
    } else {
        double matrix[16] = {2, 0, 0, 808000 + shift, 0, -2, 0, 6480000 - shift, 0, 0, 0, 0, 0, 0, 0, 1};
        TIFFSetField(tiff, TIFFTAG_GEOTRANSMATRIX, 16, matrix);
    }
    GTIF* gtif = GTIFNew(tiff);
    GTIFKeySet(gtif, GTModelTypeGeoKey, TYPE_SHORT, 1, ModelTypeProjected);
    GTIFKeySet(gtif, GTRasterTypeGeoKey, TYPE_SHORT, 1,
               tags.pixelIsPoint ? RasterPixelIsPoint : RasterPixelIsArea);
    GTIFKeySet(gtif, ProjectedCSTypeGeoKey, TYPE_SHORT, 1, tags.epsg);
    GTIFWriteKeys(gtif);
    GTIFFree(gtif);
    std::uint8_t pixels[8] = {0, 40, 80, 120, 160, 200, 240, 255};
    TIFFWriteEncodedStrip(tiff, 0, pixels, sizeof pixels);
    XTIFFClose(tiff);
    const std::string bytes = testing::readAll(file);
    return {bytes.begin(), bytes.end()};
}

void expectCorners(const core::Georeference& georeference) {
    const core::Vec2 topLeft = georeference.pixelToMap.apply({0, 0});
    const core::Vec2 bottomRight = georeference.pixelToMap.apply({4, 2});
    EXPECT_NEAR(topLeft.x, 808000, 1e-6);
    EXPECT_NEAR(topLeft.y, 6480000, 1e-6);
    EXPECT_NEAR(bottomRight.x, 808008, 1e-6);
    EXPECT_NEAR(bottomRight.y, 6479996, 1e-6);
}

TEST(PhotoGeoreferenceTest, AGeoTiffsTiePointScaleAndEpsgCodeAreReadFromItsBytes) {
    testing::TempDir dir;
    const auto bytes = writeGeoTiff(dir.path() / "ortho.tif", {});
    auto read = geoTiffGeoreference(bytes);
    ASSERT_TRUE(std::holds_alternative<core::Georeference>(read));
    const core::Georeference& georeference = std::get<core::Georeference>(read);
    EXPECT_EQ(georeference.crs, "EPSG:2154");
    expectCorners(georeference);
    const GeoreferenceLookup lookup = georeferenceFor(dir.path() / "ortho.tif", bytes);
    ASSERT_TRUE(lookup.georeference.has_value());
    EXPECT_EQ(lookup.note, "lies on the map (GeoTIFF ModelTiepoint + ModelPixelScale (EPSG:2154)).");
}

TEST(PhotoGeoreferenceTest, AGeoTiffsModelTransformationAndPixelIsPointLandOnTheSameCorners) {
    testing::TempDir dir;
    auto matrix = geoTiffGeoreference(writeGeoTiff(dir.path() / "m.tif", {true, 2154, false}));
    ASSERT_TRUE(std::holds_alternative<core::Georeference>(matrix));
    expectCorners(std::get<core::Georeference>(matrix));
    auto point = geoTiffGeoreference(writeGeoTiff(dir.path() / "p.tif", {true, 2154, true}));
    ASSERT_TRUE(std::holds_alternative<core::Georeference>(point));
    expectCorners(std::get<core::Georeference>(point));
}

TEST(PhotoGeoreferenceTest, AGeoTiffNamingNoEpsgCodeIsNotPlacedAndSaysWhy) {
    testing::TempDir dir;
    const auto bytes = writeGeoTiff(dir.path() / "own.tif", {false, KvUserDefined, true});
    auto read = geoTiffGeoreference(bytes);
    ASSERT_TRUE(std::holds_alternative<std::string>(read));
    const GeoreferenceLookup lookup = georeferenceFor(dir.path() / "own.tif", bytes);
    EXPECT_FALSE(lookup.georeference.has_value());
    EXPECT_NE(lookup.note.find("name no EPSG coordinate system"), std::string::npos) << lookup.note;
    const std::vector<std::uint8_t> png = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    EXPECT_TRUE(std::holds_alternative<std::monostate>(geoTiffGeoreference(png)));
}

TEST(PhotoGeoreferenceTest, AWorldFileAndPrjBesideAPhotoPlaceIt) {
    testing::TempDir dir;
    const std::filesystem::path photo = dir.path() / "Site.PNG";
    std::ofstream(photo) << "not read here";
    std::ofstream(dir.path() / "Site.pgw") << "2\n0\n0\n-2\n808001\n6479999\n";
    GeoreferenceLookup lookup = georeferenceFor(photo, {});
    EXPECT_FALSE(lookup.georeference.has_value());
    EXPECT_NE(lookup.note.find("not in which coordinate system"), std::string::npos) << lookup.note;
    EXPECT_NE(lookup.note.find("Site.prj"), std::string::npos) << lookup.note;

    std::ofstream(dir.path() / "Site.prj") << "EPSG:2154\n";
    lookup = georeferenceFor(photo, {});
    ASSERT_TRUE(lookup.georeference.has_value()) << lookup.note;
    EXPECT_EQ(lookup.georeference->crs, "EPSG:2154");
    EXPECT_EQ(lookup.georeference->source, "Site.pgw + Site.prj");
    expectCorners(*lookup.georeference);

    std::ofstream(dir.path() / "Site.pgw") << "2\n0\n0\n-2\n808001\n";
    lookup = georeferenceFor(photo, {});
    EXPECT_FALSE(lookup.georeference.has_value());
    EXPECT_NE(lookup.note.find("Site.pgw is not a world file"), std::string::npos) << lookup.note;

    EXPECT_TRUE(georeferenceFor(dir.path() / "other.jpg", {}).note.empty())
        << "no world file: nothing to say";
}

TEST(PhotoGeoreferenceTest, LibtiffsWarningsAboutAStrangeGeoTiffStayOffTheImportsOutput) {
    testing::TempDir dir;
    std::vector<std::uint8_t> bytes = writeGeoTiff(dir.path() / "odd.tif", {});
    // Its PlanarConfiguration entry (tag 284) renamed to an unknown private tag: libtiff warns about it.
    ASSERT_EQ(bytes[0], 'I') << "written little-endian";
    const auto word = [&bytes](std::size_t at) { return bytes[at] | (bytes[at + 1] << 8); };
    const std::size_t directory = word(4) | (static_cast<std::size_t>(word(6)) << 16);
    bool renamed = false;
    for (int entry = 0; entry < word(directory); ++entry) {
        const std::size_t at = directory + 2 + 12 * static_cast<std::size_t>(entry);
        if (word(at) == 284) {
            bytes[at] = 0xE8; // 65000
            bytes[at + 1] = 0xFD;
            renamed = true;
        }
    }
    ASSERT_TRUE(renamed);
    ::testing::internal::CaptureStderr();
    auto read = geoTiffGeoreference(bytes);
    const std::string printed = ::testing::internal::GetCapturedStderr();
    EXPECT_TRUE(std::holds_alternative<core::Georeference>(read));
    EXPECT_EQ(printed, "") << "the import prints its own sentences only";
}

TEST(PhotoGeoreferenceTest, AGeoTiffConvertedAndShrunkOnImportLiesOnTheGroundItsTagsGive) {
    // 16384 × 2 pixels of 2 m from (808000, 6480050): past the 8192 pixels a side the table keeps, it is
    // stored as an 8192 × 1 JPEG, whose bytes carry no GeoTIFF tag.
    constexpr int kWide = 16384;
    const std::vector<std::uint8_t> rgba(static_cast<std::size_t>(kWide) * 2 * 4, 200);
    testing::TempDir dir;
    const std::filesystem::path file = dir.path() / "strip.tif";
    const auto bytes = render::testing::encodeGeoTiff(rgba, kWide, 2, {808000, 6480050, 2, 2154});
    std::ofstream(file, std::ios::binary)
        .write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    auto checked = checkPhoto(file);
    ASSERT_TRUE(std::holds_alternative<CheckedPhoto>(checked)) << std::get<PhotoRefused>(checked).reason;
    const CheckedPhoto& photo = std::get<CheckedPhoto>(checked);
    ASSERT_TRUE(photo.converted);
    ASSERT_EQ(photo.info.uprightWidth, 8192);
    ASSERT_EQ(photo.info.uprightHeight, 1);

    const GeoreferenceLookup lookup = georeferenceFor(photo);
    ASSERT_TRUE(lookup.georeference.has_value()) << lookup.note;
    EXPECT_EQ(lookup.georeference->crs, "EPSG:2154");
    EXPECT_EQ(lookup.note, "lies on the map (GeoTIFF ModelTiepoint + ModelPixelScale (EPSG:2154)).");
    // The stored image's corners on the file's corners: 16384 × 2 m east, 2 × 2 m south.
    const core::Vec2 topLeft = lookup.georeference->pixelToMap.apply({0, 0});
    const core::Vec2 bottomRight = lookup.georeference->pixelToMap.apply({8192, 1});
    EXPECT_NEAR(topLeft.x, 808000, 1e-6);
    EXPECT_NEAR(topLeft.y, 6480050, 1e-6);
    EXPECT_NEAR(bottomRight.x, 808000 + 2.0 * kWide, 1e-6);
    EXPECT_NEAR(bottomRight.y, 6480050 - 4.0, 1e-6);
}

TEST(PhotoGeoreferenceTest, CornersFromTheWorkshopDefinitionWinOverAWorldFile) {
    workshop::WorkshopDefinition definition;
    definition.photos = {"site.png"};
    workshop::PhotoCorners corners;
    corners.crs = "EPSG:4326";
    corners.corners.topLeft = core::Vec2{4.38, 45.44};
    corners.corners.bottomRight = core::Vec2{4.39, 45.435};
    definition.photoCorners.emplace("site.png", corners);
    testing::TempDir dir;
    std::ofstream(dir.path() / "site.pgw") << "2\n0\n0\n-2\n808001\n6479999\n";
    std::ofstream(dir.path() / "site.prj") << "EPSG:2154\n";
    ASSERT_TRUE(georeferenceFor(dir.path() / "site.png", {}).georeference.has_value());
    const GeoreferenceLookup lookup =
        sitePhotoGeoreference(definition, "site.png", dir.path() / "site.png", {}, 200, 100);
    ASSERT_TRUE(lookup.georeference.has_value()) << lookup.note;
    EXPECT_EQ(lookup.georeference->crs, "EPSG:4326");
    const core::Vec2 middle = lookup.georeference->pixelToMap.apply({100, 50});
    EXPECT_NEAR(middle.x, 4.385, 1e-12);
    EXPECT_NEAR(middle.y, 45.4375, 1e-12);
}

} // namespace
} // namespace atelier::table

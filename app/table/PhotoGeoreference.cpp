// Finds a photo's georeference (GeoTIFF tags through libgeotiff, or a world file and .prj beside it).
#include "table/PhotoGeoreference.hpp"

#include "store/AssetGeoreferences.hpp"
#include "store/Database.hpp"
#include "table/PhotoImport.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>
#include <geotiff/geotiff.h>
#include <geotiff/geovalues.h>
#include <geotiff/xtiffio.h>
#include <sstream>
#include <tiffio.h>
#include <vector>

namespace atelier::table {
namespace {

/// A world file or .prj larger than this is not one.
constexpr std::uintmax_t kSideFileMaxBytes = 64 * 1024;

/// The bytes libtiff reads from, as a client stream (read-only).
struct MemoryStream {
    std::span<const std::uint8_t> bytes;
    toff_t position = 0;
};

tmsize_t readMemory(thandle_t handle, void* buffer, tmsize_t size) {
    auto* stream = static_cast<MemoryStream*>(handle);
    if (size <= 0 || stream->position >= stream->bytes.size()) {
        return 0;
    }
    const std::size_t count =
        std::min<std::size_t>(static_cast<std::size_t>(size), stream->bytes.size() - stream->position);
    std::memcpy(buffer, stream->bytes.data() + stream->position, count);
    stream->position += count;
    return static_cast<tmsize_t>(count);
}

tmsize_t writeNothing(thandle_t, void*, tmsize_t) {
    return 0;
}

toff_t seekMemory(thandle_t handle, toff_t offset, int whence) {
    auto* stream = static_cast<MemoryStream*>(handle);
    const toff_t base = whence == SEEK_CUR ? stream->position : whence == SEEK_END ? stream->bytes.size() : 0;
    stream->position = base + offset;
    return stream->position;
}

int closeNothing(thandle_t) {
    return 0;
}

toff_t sizeOfMemory(thandle_t handle) {
    return static_cast<MemoryStream*>(handle)->bytes.size();
}

int mapNothing(thandle_t, void**, toff_t*) {
    return 0;
}

void unmapNothing(thandle_t, void*, toff_t) {}

bool looksLikeTiff(std::span<const std::uint8_t> bytes) {
    return bytes.size() >= 8 && ((bytes[0] == 'I' && bytes[1] == 'I' && (bytes[2] == 42 || bytes[2] == 43)) ||
                                 (bytes[0] == 'M' && bytes[1] == 'M' && (bytes[3] == 42 || bytes[3] == 43)));
}

/// Owns the TIFF and GTIF handles of one read.
struct GeoTiffHandles {
    TIFF* tiff = nullptr;
    GTIF* gtif = nullptr;
    ~GeoTiffHandles() {
        if (gtif != nullptr) {
            GTIFFree(gtif);
        }
        if (tiff != nullptr) {
            XTIFFClose(tiff);
        }
    }
};

/// "EPSG:<code>" from the GeoKeys, or empty when they name none (or a user-defined one).
std::string epsgOf(GTIF* gtif) {
    unsigned short model = 0;
    GTIFKeyGetSHORT(gtif, GTModelTypeGeoKey, &model, 0, 1);
    unsigned short code = 0;
    if (model != ModelTypeGeographic && GTIFKeyGetSHORT(gtif, ProjectedCSTypeGeoKey, &code, 0, 1) == 1 &&
        code != 0 && code != KvUserDefined) {
        return "EPSG:" + std::to_string(code);
    }
    code = 0;
    if (GTIFKeyGetSHORT(gtif, GeographicTypeGeoKey, &code, 0, 1) == 1 && code != 0 && code != KvUserDefined) {
        return "EPSG:" + std::to_string(code);
    }
    return {};
}

std::optional<std::string> readSmallText(const std::filesystem::path& file) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error) ||
        std::filesystem::file_size(file, error) > kSideFileMaxBytes) {
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in.good() && !in.eof()) {
        return std::nullopt;
    }
    return text.str();
}

/// The first of these names that exists beside the photo, trying each in lower and upper case.
std::optional<std::filesystem::path> besideWith(const std::filesystem::path& file,
                                                const std::vector<std::string>& extensions) {
    for (const std::string& extension : extensions) {
        std::string upper = extension;
        std::transform(upper.begin(), upper.end(), upper.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        for (const std::string& candidate : {extension, upper}) {
            std::filesystem::path side = file;
            side.replace_extension(candidate);
            std::error_code error;
            if (std::filesystem::is_regular_file(side, error)) {
                return side;
            }
        }
    }
    return std::nullopt;
}

/// The world file names for a photo: .pgw for .png (first and last letter + w), .pngw, and .wld.
std::vector<std::string> worldFileExtensions(const std::filesystem::path& file) {
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::vector<std::string> names;
    if (extension.size() >= 3) {
        names.push_back(std::string(".") + extension[1] + extension.back() + "w");
        names.push_back(extension + "w");
    }
    names.push_back(".wld");
    return names;
}

std::string trimmed(std::string text) {
    const auto notSpace = [](unsigned char c) { return !std::isspace(c); };
    text.erase(text.begin(), std::find_if(text.begin(), text.end(), notSpace));
    text.erase(std::find_if(text.rbegin(), text.rend(), notSpace).base(), text.end());
    return text;
}

GeoreferenceLookup worldFileLookup(const std::filesystem::path& file) {
    const std::optional<std::filesystem::path> world = besideWith(file, worldFileExtensions(file));
    if (!world) {
        return {};
    }
    const std::string worldName = world->filename().string();
    const std::optional<std::string> text = readSmallText(*world);
    if (!text) {
        return {std::nullopt, "not on the map: its world file " + worldName + " cannot be read."};
    }
    auto affine = core::affineFromWorldFile(*text);
    if (const std::string* problem = std::get_if<std::string>(&affine)) {
        return {std::nullopt, "not on the map: its world file " + worldName + " " + *problem};
    }
    const std::optional<std::filesystem::path> prj = besideWith(file, {".prj"});
    const std::optional<std::string> crs = prj ? readSmallText(*prj) : std::nullopt;
    if (!crs || trimmed(*crs).empty()) {
        std::filesystem::path wanted = file;
        wanted.replace_extension(".prj");
        return {std::nullopt, "not on the map: its world file " + worldName +
                                  " says where its pixels go but not in which coordinate system; put it in " +
                                  wanted.filename().string() + " (\"EPSG:2154\" or the WKT QGIS writes)."};
    }
    core::Georeference georeference{std::get<core::Affine>(affine), trimmed(*crs),
                                    worldName + " + " + prj->filename().string()};
    return {georeference, "lies on the map (" + georeference.source + ")."};
}

/// The GeoTIFF tags when they place the photo, else a world file beside it; why neither can when one tried.
GeoreferenceLookup lookupFrom(const std::filesystem::path& file,
                              const std::variant<std::monostate, core::Georeference, std::string>& tags) {
    if (const auto* georeference = std::get_if<core::Georeference>(&tags)) {
        return {*georeference, "lies on the map (" + georeference->source + ")."};
    }
    GeoreferenceLookup beside = worldFileLookup(file);
    if (const std::string* problem = std::get_if<std::string>(&tags); problem && !beside.georeference) {
        return {std::nullopt, "not on the map: it " + *problem};
    }
    return beside;
}

} // namespace

std::variant<std::monostate, core::Georeference, std::string>
geoTiffGeoreference(std::span<const std::uint8_t> bytes) {
    if (!looksLikeTiff(bytes)) {
        return std::monostate{};
    }
    MemoryStream stream{bytes, 0};
    GeoTiffHandles handles;
    handles.tiff = XTIFFClientOpen("photo", "rm", &stream, readMemory, writeNothing, seekMemory, closeNothing,
                                   sizeOfMemory, mapNothing, unmapNothing);
    if (handles.tiff == nullptr) {
        return std::monostate{}; // not a TIFF libtiff can open: the decoder says why
    }
    std::uint16_t count = 0;
    double* scale = nullptr;
    double* tiepoints = nullptr;
    double* matrix = nullptr;
    const bool hasScale =
        TIFFGetField(handles.tiff, TIFFTAG_GEOPIXELSCALE, &count, &scale) == 1 && count >= 2;
    std::uint16_t tieCount = 0;
    const bool hasTie =
        TIFFGetField(handles.tiff, TIFFTAG_GEOTIEPOINTS, &tieCount, &tiepoints) == 1 && tieCount >= 6;
    std::uint16_t matrixCount = 0;
    const bool hasMatrix =
        TIFFGetField(handles.tiff, TIFFTAG_GEOTRANSMATRIX, &matrixCount, &matrix) == 1 && matrixCount >= 16;
    if (!hasMatrix && !(hasScale && hasTie)) {
        return std::monostate{};
    }
    handles.gtif = GTIFNew(handles.tiff);
    if (handles.gtif == nullptr) {
        return std::string("has GeoTIFF tags but no readable GeoKey directory.");
    }
    unsigned short rasterType = RasterPixelIsArea;
    GTIFKeyGetSHORT(handles.gtif, GTRasterTypeGeoKey, &rasterType, 0, 1);
    const bool pixelIsPoint = rasterType == RasterPixelIsPoint;
    core::Georeference georeference;
    if (hasMatrix) {
        double values[16];
        std::copy(matrix, matrix + 16, values);
        georeference.pixelToMap = core::affineFromModelTransformation(values, pixelIsPoint);
        georeference.source = "GeoTIFF ModelTransformation";
    } else {
        georeference.pixelToMap = core::affineFromTiepoint(
            {tiepoints[0], tiepoints[1]}, {tiepoints[3], tiepoints[4]}, {scale[0], scale[1]}, pixelIsPoint);
        georeference.source = "GeoTIFF ModelTiepoint + ModelPixelScale";
    }
    if (!georeference.pixelToMap.inverse()) {
        return std::string("has GeoTIFF tags that give its pixels no area on the map.");
    }
    georeference.crs = epsgOf(handles.gtif);
    if (georeference.crs.empty()) {
        return std::string(
            "has GeoTIFF tags but they name no EPSG coordinate system (a user-defined one is not "
            "read); give its corners and CRS in the workshop definition instead.");
    }
    georeference.source += " (" + georeference.crs + ")";
    return georeference;
}

GeoreferenceLookup georeferenceFor(const std::filesystem::path& file, std::span<const std::uint8_t> bytes) {
    return lookupFrom(file, geoTiffGeoreference(bytes));
}

GeoreferenceLookup georeferenceFor(const CheckedPhoto& photo) {
    GeoreferenceLookup lookup = lookupFrom(photo.file, photo.geoTiffTags);
    if (lookup.georeference) {
        lookup.georeference->pixelToMap = lookup.georeference->pixelToMap.resized(
            photo.sourceWidth, photo.sourceHeight, photo.info.uprightWidth, photo.info.uprightHeight);
    }
    return lookup;
}

GeoreferenceLookup georeferenceFromCorners(const core::MapCorners& corners, const std::string& crs, int width,
                                           int height) {
    auto affine = core::affineFromCorners(corners, width, height);
    if (const std::string* problem = std::get_if<std::string>(&affine)) {
        return {std::nullopt, "not on the map: its georeference in the workshop definition " + *problem};
    }
    core::Georeference georeference{std::get<core::Affine>(affine), crs,
                                    "corners in the workshop definition"};
    return {georeference, "lies on the map (" + georeference.source + ", " + crs + ")."};
}

GeoreferenceLookup sitePhotoGeoreference(const workshop::WorkshopDefinition& definition,
                                         const std::string& name, const std::filesystem::path& file,
                                         std::span<const std::uint8_t> bytes, int width, int height) {
    if (const auto found = definition.photoCorners.find(name); found != definition.photoCorners.end()) {
        return georeferenceFromCorners(found->second.corners, found->second.crs, width, height);
    }
    return georeferenceFor(file, bytes);
}

std::string storeGeoreference(store::Database& database, const std::string& hash,
                              const GeoreferenceLookup& lookup) {
    if (lookup.georeference) {
        store::putAssetGeoreference(database, hash, *lookup.georeference);
    }
    return lookup.note;
}

} // namespace atelier::table

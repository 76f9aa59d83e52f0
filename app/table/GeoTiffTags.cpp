// Reads a GeoTIFF's georeference from its tags (libgeotiff through libtiff, from memory): tags only, never
// the pixels. Every byte comes from outside: atelier_fuzz_geotiff feeds it arbitrary input.
#include "table/GeoTiffTags.hpp"

#include <algorithm>
#include <cstdarg>
#include <cstring>
#include <geotiff/geotiff.h>
#include <geotiff/geovalues.h>
#include <geotiff/xtiffio.h>
#include <tiffio.h>

namespace atelier::table {
namespace {

/// No single allocation of libtiff's while reading the tags may pass this (a hostile tag count).
constexpr tmsize_t kMaxAllocation = tmsize_t{16} << 20;

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

/// libtiff's errors and warnings about a strange file go nowhere (not to the import's output): what cannot be
/// read is said once, by the decoder or by geoTiffGeoreference's sentence.
int quiet(TIFF*, void*, const char*, const char*, va_list) {
    return 1;
}

/// Opens the file with libgeotiff's tags known to libtiff, silently, no single allocation past
/// kMaxAllocation.
TIFF* openQuietly(MemoryStream& stream) {
    XTIFFInitialize();
    TIFFOpenOptions* options = TIFFOpenOptionsAlloc();
    TIFFOpenOptionsSetMaxSingleMemAlloc(options, kMaxAllocation);
    TIFFOpenOptionsSetErrorHandlerExtR(options, quiet, nullptr);
    TIFFOpenOptionsSetWarningHandlerExtR(options, quiet, nullptr);
    TIFF* tiff = TIFFClientOpenExt("photo", "rm", &stream, readMemory, writeNothing, seekMemory, closeNothing,
                                   sizeOfMemory, mapNothing, unmapNothing, options);
    TIFFOpenOptionsFree(options);
    return tiff;
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

} // namespace

std::variant<std::monostate, core::Georeference, std::string>
geoTiffGeoreference(std::span<const std::uint8_t> bytes) {
    if (!looksLikeTiff(bytes)) {
        return std::monostate{};
    }
    MemoryStream stream{bytes, 0};
    GeoTiffHandles handles;
    handles.tiff = openQuietly(stream);
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

} // namespace atelier::table

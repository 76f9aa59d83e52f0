// TIFF decoding through libtiff (GeoTIFF's pixels included), from memory, strip by strip or tile row by tile
// row, each shrunk as it comes: a 20000 × 20000 orthophoto needs the output plus one strip of memory.
#include "render/ImageDecoders.hpp"
#include "render/RowShrinker.hpp"

#include <algorithm>
#include <cstdarg>
#include <cstring>
#include <memory>

#include <tiffio.h>

namespace atelier::render {
namespace {

/// The file in memory as libtiff's client sees it, and libtiff's first error message.
struct TiffSource {
    std::span<const std::uint8_t> bytes;
    toff_t offset = 0;
    std::string message;
};

tsize_t readTiff(thandle_t handle, tdata_t data, tsize_t size) {
    auto* source = static_cast<TiffSource*>(handle);
    if (size <= 0 || source->offset >= source->bytes.size()) {
        return 0;
    }
    const auto count = static_cast<tsize_t>(
        std::min<toff_t>(static_cast<toff_t>(size), source->bytes.size() - source->offset));
    std::memcpy(data, source->bytes.data() + source->offset, static_cast<std::size_t>(count));
    source->offset += static_cast<toff_t>(count);
    return count;
}

tsize_t writeTiff(thandle_t, tdata_t, tsize_t) {
    return -1;
}

toff_t seekTiff(thandle_t handle, toff_t offset, int whence) {
    auto* source = static_cast<TiffSource*>(handle);
    toff_t base = 0;
    if (whence == SEEK_CUR) {
        base = source->offset;
    } else if (whence == SEEK_END) {
        base = source->bytes.size();
    }
    source->offset = base + offset;
    return source->offset;
}

int closeTiff(thandle_t) {
    return 0;
}

toff_t sizeTiff(thandle_t handle) {
    return static_cast<TiffSource*>(handle)->bytes.size();
}

int mapTiff(thandle_t, tdata_t*, toff_t*) {
    return 0;
}

void unmapTiff(thandle_t, tdata_t, toff_t) {}

int tiffError(TIFF*, void* user, const char*, const char* format, va_list arguments) {
    auto* source = static_cast<TiffSource*>(user);
    if (source->message.empty()) {
        char text[256];
        std::vsnprintf(text, sizeof text, format, arguments);
        source->message = text;
    }
    return 1; // handled: nothing on stderr
}

int tiffWarning(TIFF*, void*, const char*, const char*, va_list) {
    return 1;
}

struct TiffClose {
    void operator()(TIFF* tiff) const { TIFFClose(tiff); }
};
using Tiff = std::unique_ptr<TIFF, TiffClose>;

/// Opens the file from memory with libtiff's own allocation cap, or says why not.
std::variant<Tiff, ImageProblem> openTiff(TiffSource& source, std::int64_t maxAllocation) {
    TIFFOpenOptions* options = TIFFOpenOptionsAlloc();
    TIFFOpenOptionsSetMaxSingleMemAlloc(options, static_cast<tmsize_t>(maxAllocation));
    TIFFOpenOptionsSetErrorHandlerExtR(options, tiffError, &source);
    TIFFOpenOptionsSetWarningHandlerExtR(options, tiffWarning, &source);
    Tiff tiff(TIFFClientOpenExt("photo.tif", "rm", &source, readTiff, writeTiff, seekTiff, closeTiff,
                                sizeTiff, mapTiff, unmapTiff, options));
    TIFFOpenOptionsFree(options);
    if (!tiff) {
        return imageProblem(
            ImageProblem::Kind::Damaged,
            "is a damaged or cut-short TIFF file (" +
                (source.message.empty() ? std::string("its header cannot be read") : source.message) + ").");
    }
    return tiff;
}

ImageProblem tiffDamaged(const TiffSource& source) {
    return imageProblem(
        ImageProblem::Kind::Damaged,
        "is a damaged, cut-short or unusual TIFF file (" +
            (source.message.empty() ? std::string("its pixels cannot be read") : source.message) + ").");
}

/// One band of rows (a strip, or a row of tiles) as libtiff gives it: bottom row first, ABGR words.
void addBand(RowShrinker& shrinker, const std::vector<std::uint32_t>& band, std::uint32_t width,
             std::uint32_t rows, std::uint32_t bandWidth, std::vector<std::uint8_t>& row) {
    for (std::uint32_t r = 0; r < rows; ++r) {
        const std::uint32_t* source = band.data() + static_cast<std::size_t>(rows - 1 - r) * bandWidth;
        for (std::uint32_t x = 0; x < width; ++x) {
            row[x * 4 + 0] = static_cast<std::uint8_t>(TIFFGetR(source[x]));
            row[x * 4 + 1] = static_cast<std::uint8_t>(TIFFGetG(source[x]));
            row[x * 4 + 2] = static_cast<std::uint8_t>(TIFFGetB(source[x]));
            row[x * 4 + 3] = static_cast<std::uint8_t>(TIFFGetA(source[x]));
        }
        shrinker.addRow(row.data());
    }
}

/// Reads a tiled file one row of tiles at a time into `band` (tile height × image width).
bool readTiles(TIFF* tiff, std::uint32_t width, std::uint32_t height, RowShrinker& shrinker,
               const DecodeWork& work, bool& timedOut) {
    std::uint32_t tileWidth = 0;
    std::uint32_t tileHeight = 0;
    TIFFGetField(tiff, TIFFTAG_TILEWIDTH, &tileWidth);
    TIFFGetField(tiff, TIFFTAG_TILELENGTH, &tileHeight);
    const std::uint32_t bandWidth = (width + tileWidth - 1) / tileWidth * tileWidth;
    std::vector<std::uint32_t> tile(static_cast<std::size_t>(tileWidth) * tileHeight);
    std::vector<std::uint32_t> band(static_cast<std::size_t>(bandWidth) * tileHeight);
    std::vector<std::uint8_t> row(static_cast<std::size_t>(width) * 4);
    for (std::uint32_t y = 0; y < height; y += tileHeight) {
        const std::uint32_t rows = std::min(tileHeight, height - y);
        for (std::uint32_t x = 0; x < width; x += tileWidth) {
            if (TIFFReadRGBATile(tiff, x, y, tile.data()) == 0) {
                return false;
            }
            // The tile comes bottom row first, its rows at the end of the tile for a partial last tile row.
            for (std::uint32_t r = 0; r < rows; ++r) {
                std::memcpy(&band[static_cast<std::size_t>(rows - 1 - r) * bandWidth + x],
                            &tile[static_cast<std::size_t>(tileHeight - 1 - r) * tileWidth],
                            tileWidth * sizeof(std::uint32_t));
            }
        }
        addBand(shrinker, band, width, rows, bandWidth, row);
        if (!work.advance(double(y + rows) / height)) {
            timedOut = true;
            return false;
        }
    }
    return true;
}

/// Reads a stripped file one strip at a time.
bool readStrips(TIFF* tiff, std::uint32_t width, std::uint32_t height, std::uint32_t rowsPerStrip,
                RowShrinker& shrinker, const DecodeWork& work, bool& timedOut) {
    std::vector<std::uint32_t> band(static_cast<std::size_t>(width) * rowsPerStrip);
    std::vector<std::uint8_t> row(static_cast<std::size_t>(width) * 4);
    for (std::uint32_t y = 0; y < height; y += rowsPerStrip) {
        if (TIFFReadRGBAStrip(tiff, y, band.data()) == 0) {
            return false;
        }
        const std::uint32_t rows = std::min(rowsPerStrip, height - y);
        addBand(shrinker, band, width, rows, width, row);
        if (!work.advance(double(y + rows) / height)) {
            timedOut = true;
            return false;
        }
    }
    return true;
}

} // namespace

std::variant<ImageInfo, ImageProblem> inspectTiffFile(std::span<const std::uint8_t> bytes) {
    TiffSource source;
    source.bytes = bytes;
    auto opened = openTiff(source, std::int64_t{64} << 20);
    if (auto* refused = std::get_if<ImageProblem>(&opened)) {
        return std::move(*refused);
    }
    TIFF* tiff = std::get<Tiff>(opened).get();
    std::uint32_t width = 0;
    std::uint32_t height = 0;
    if (TIFFGetField(tiff, TIFFTAG_IMAGEWIDTH, &width) == 0 ||
        TIFFGetField(tiff, TIFFTAG_IMAGELENGTH, &height) == 0 || width > 0x7fffffff || height > 0x7fffffff) {
        return imageProblem(ImageProblem::Kind::Damaged, "is a TIFF file whose size cannot be read.");
    }
    ImageInfo info;
    info.format = "TIFF";
    info.storedWidth = static_cast<int>(width);
    info.storedHeight = static_cast<int>(height);
    return info;
}

std::variant<RgbaImage, ImageProblem> decodeTiffFile(std::span<const std::uint8_t> bytes,
                                                     const DecodeWork& work) {
    TiffSource source;
    source.bytes = bytes;
    auto opened = openTiff(source, work.limits().maxFrameBytes);
    if (auto* refused = std::get_if<ImageProblem>(&opened)) {
        return std::move(*refused);
    }
    TIFF* tiff = std::get<Tiff>(opened).get();
    std::uint32_t width = 0;
    std::uint32_t height = 0;
    TIFFGetField(tiff, TIFFTAG_IMAGEWIDTH, &width);
    TIFFGetField(tiff, TIFFTAG_IMAGELENGTH, &height);
    char why[1024] = {};
    if (width == 0 || height == 0 || TIFFRGBAImageOK(tiff, why) == 0) {
        return imageProblem(ImageProblem::Kind::Unsupported,
                            std::string("is a TIFF whose pixels Atelier cannot show (") + why + ").");
    }
    // One band (a strip, or a row of tiles) is held at a time, as 32-bit pixels: it must fit the budget.
    const bool tiled = TIFFIsTiled(tiff) != 0;
    std::uint32_t bandRows = 0;
    std::uint32_t bandWidth = width;
    if (tiled) {
        std::uint32_t tileWidth = 0;
        TIFFGetField(tiff, TIFFTAG_TILEWIDTH, &tileWidth);
        TIFFGetField(tiff, TIFFTAG_TILELENGTH, &bandRows);
        bandWidth = tileWidth == 0 ? 0 : (width + tileWidth - 1) / tileWidth * tileWidth;
    } else {
        TIFFGetFieldDefaulted(tiff, TIFFTAG_ROWSPERSTRIP, &bandRows);
        bandRows = std::min(bandRows, height);
    }
    if (bandRows == 0 || bandWidth == 0) {
        return tiffDamaged(source);
    }
    if (!work.frameFits(bandWidth, std::int64_t{bandRows} * 2)) {
        return imageProblem(ImageProblem::Kind::TooLarge,
                            "is a TIFF stored in strips or tiles of " + std::to_string(bandRows) +
                                " rows, too large to read within the memory allowed; save it with smaller "
                                "strips or tiles first.");
    }
    const auto [targetWidth, targetHeight] = work.fit(static_cast<int>(width), static_cast<int>(height));
    RowShrinker shrinker(static_cast<int>(width), static_cast<int>(height), targetWidth, targetHeight);
    bool timedOut = false;
    const bool read = tiled ? readTiles(tiff, width, height, shrinker, work, timedOut)
                            : readStrips(tiff, width, height, bandRows, shrinker, work, timedOut);
    if (timedOut) {
        return work.timedOut();
    }
    if (!read) {
        return tiffDamaged(source);
    }
    return RgbaImage{shrinker.targetWidth(), shrinker.targetHeight(), shrinker.take()};
}

} // namespace atelier::render

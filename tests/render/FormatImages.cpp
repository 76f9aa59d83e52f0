// Writers for the imported formats, each through its own library (libheif, libwebp, libtiff, cairo,
// giflib; BMP by hand), from known pixels.
#include "FormatImages.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <geotiff/geotiff.h>
#include <geotiff/geovalues.h>
#include <geotiff/xtiffio.h>
#include <gif_lib.h>
#include <libheif/heif.h>
#include <tiffio.h>
#include <webp/encode.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace atelier::render::testing {
namespace {

void append(void* context, const void* data, std::size_t size) {
    auto* out = static_cast<Bytes*>(context);
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    out->insert(out->end(), bytes, bytes + size);
}

void check(const heif_error& error) {
    if (error.code != heif_error_Ok) {
        throw std::runtime_error(std::string("libheif: ") + error.message);
    }
}

heif_error writeHeif(heif_context*, const void* data, size_t size, void* userdata) {
    append(userdata, data, size);
    return heif_error{heif_error_Ok, heif_suberror_Unspecified, "ok"};
}

std::filesystem::path scratchFile(const char* name) {
    return std::filesystem::temp_directory_path() / ("atelier-" + std::to_string(::getpid()) + "-" + name);
}

Bytes readAll(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return Bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void setRgbFields(TIFF* tiff, int width, int height, bool deflate) {
    TIFFSetField(tiff, TIFFTAG_IMAGEWIDTH, static_cast<std::uint32_t>(width));
    TIFFSetField(tiff, TIFFTAG_IMAGELENGTH, static_cast<std::uint32_t>(height));
    TIFFSetField(tiff, TIFFTAG_SAMPLESPERPIXEL, 3);
    TIFFSetField(tiff, TIFFTAG_BITSPERSAMPLE, 8);
    TIFFSetField(tiff, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_RGB);
    TIFFSetField(tiff, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
    TIFFSetField(tiff, TIFFTAG_ORIENTATION, ORIENTATION_TOPLEFT);
    TIFFSetField(tiff, TIFFTAG_COMPRESSION, deflate ? COMPRESSION_ADOBE_DEFLATE : COMPRESSION_NONE);
}

std::vector<std::uint8_t> rgbOf(const std::vector<std::uint8_t>& rgba) {
    std::vector<std::uint8_t> rgb;
    rgb.reserve(rgba.size() / 4 * 3);
    for (std::size_t i = 0; i + 3 < rgba.size(); i += 4) {
        rgb.insert(rgb.end(), {rgba[i], rgba[i + 1], rgba[i + 2]});
    }
    return rgb;
}

void setColour(cairo_t* cairo, std::uint32_t colour) {
    cairo_set_source_rgb(cairo, ((colour >> 16) & 0xFF) / 255.0, ((colour >> 8) & 0xFF) / 255.0,
                         (colour & 0xFF) / 255.0);
}

cairo_status_t writeCairo(void* closure, const unsigned char* data, unsigned int length) {
    append(closure, data, length);
    return CAIRO_STATUS_SUCCESS;
}

int writeGif(GifFileType* gif, const GifByteType* data, int length) {
    append(gif->UserData, data, static_cast<std::size_t>(length));
    return length;
}

} // namespace

Bytes encodeHeic(const std::vector<std::uint8_t>& rgba, int width, int height) {
    heif_context* context = heif_context_alloc();
    heif_image* image = nullptr;
    heif_encoder* encoder = nullptr;
    Bytes out;
    try {
        check(heif_image_create(width, height, heif_colorspace_RGB, heif_chroma_interleaved_RGB, &image));
        check(heif_image_add_plane(image, heif_channel_interleaved, width, height, 8));
        int stride = 0;
        std::uint8_t* plane = heif_image_get_plane(image, heif_channel_interleaved, &stride);
        const std::vector<std::uint8_t> rgb = rgbOf(rgba);
        for (int y = 0; y < height; ++y) {
            std::copy_n(&rgb[static_cast<std::size_t>(y) * width * 3], width * 3, plane + y * stride);
        }
        check(heif_context_get_encoder_for_format(context, heif_compression_HEVC, &encoder));
        check(heif_encoder_set_lossy_quality(encoder, 90));
        check(heif_context_encode_image(context, image, encoder, nullptr, nullptr));
        heif_writer writer{1, writeHeif};
        check(heif_context_write(context, &writer, &out));
    } catch (...) {
        heif_encoder_release(encoder);
        heif_image_release(image);
        heif_context_free(context);
        throw;
    }
    heif_encoder_release(encoder);
    heif_image_release(image);
    heif_context_free(context);
    return out;
}

Bytes encodeWebp(const std::vector<std::uint8_t>& rgba, int width, int height) {
    std::uint8_t* output = nullptr;
    const std::size_t size = WebPEncodeLosslessRGBA(rgba.data(), width, height, width * 4, &output);
    Bytes out(output, output + size);
    WebPFree(output);
    return out;
}

namespace {

/// Writes a GeoTIFF's tie point, pixel scale and GeoKeys (projected, PixelIsArea, EPSG code).
void setGeoTags(TIFF* tiff, const GeoTiffPlacement& placement) {
    double scale[3] = {placement.pixelSize, placement.pixelSize, 0};
    double tiepoint[6] = {0, 0, 0, placement.left, placement.top, 0};
    TIFFSetField(tiff, TIFFTAG_GEOPIXELSCALE, 3, scale);
    TIFFSetField(tiff, TIFFTAG_GEOTIEPOINTS, 6, tiepoint);
    GTIF* gtif = GTIFNew(tiff);
    GTIFKeySet(gtif, GTModelTypeGeoKey, TYPE_SHORT, 1, ModelTypeProjected);
    GTIFKeySet(gtif, GTRasterTypeGeoKey, TYPE_SHORT, 1, RasterPixelIsArea);
    GTIFKeySet(gtif, ProjectedCSTypeGeoKey, TYPE_SHORT, 1, placement.epsg);
    GTIFWriteKeys(gtif);
    GTIFFree(gtif);
}

Bytes writeTiff(const std::vector<std::uint8_t>& rgba, int width, int height, TiffLayout layout,
                const GeoTiffPlacement* placement) {
    const std::filesystem::path file = scratchFile("encode.tif");
    TIFF* tiff = XTIFFOpen(file.c_str(), "w"); // libtiff, with libgeotiff's tags known
    if (tiff == nullptr) {
        throw std::runtime_error("cannot write " + file.string());
    }
    setRgbFields(tiff, width, height, layout.deflate);
    if (placement != nullptr) {
        setGeoTags(tiff, *placement);
    }
    const std::vector<std::uint8_t> rgb = rgbOf(rgba);
    if (layout.tileSide > 0) {
        const int side = layout.tileSide;
        TIFFSetField(tiff, TIFFTAG_TILEWIDTH, static_cast<std::uint32_t>(side));
        TIFFSetField(tiff, TIFFTAG_TILELENGTH, static_cast<std::uint32_t>(side));
        std::vector<std::uint8_t> tile(static_cast<std::size_t>(side) * side * 3);
        for (int ty = 0; ty < height; ty += side) {
            for (int tx = 0; tx < width; tx += side) {
                std::fill(tile.begin(), tile.end(), 0);
                for (int y = ty; y < std::min(height, ty + side); ++y) {
                    for (int x = tx; x < std::min(width, tx + side); ++x) {
                        std::copy_n(&rgb[(static_cast<std::size_t>(y) * width + x) * 3], 3,
                                    &tile[(static_cast<std::size_t>(y - ty) * side + (x - tx)) * 3]);
                    }
                }
                TIFFWriteTile(tiff, tile.data(), static_cast<std::uint32_t>(tx),
                              static_cast<std::uint32_t>(ty), 0, 0);
            }
        }
    } else {
        TIFFSetField(tiff, TIFFTAG_ROWSPERSTRIP, static_cast<std::uint32_t>(layout.rowsPerStrip));
        for (int y = 0; y < height; ++y) {
            TIFFWriteScanline(tiff, const_cast<std::uint8_t*>(&rgb[static_cast<std::size_t>(y) * width * 3]),
                              static_cast<std::uint32_t>(y), 0);
        }
    }
    XTIFFClose(tiff);
    Bytes bytes = readAll(file);
    std::filesystem::remove(file);
    return bytes;
}

} // namespace

Bytes encodeTiff(const std::vector<std::uint8_t>& rgba, int width, int height, TiffLayout layout) {
    return writeTiff(rgba, width, height, layout, nullptr);
}

Bytes encodeGeoTiff(const std::vector<std::uint8_t>& rgba, int width, int height,
                    const GeoTiffPlacement& placement) {
    return writeTiff(rgba, width, height, TiffLayout{}, &placement);
}

void writeSolidTiff(const std::filesystem::path& file, int width, int height, std::uint32_t colour) {
    TIFF* tiff = TIFFOpen(file.c_str(), "w");
    if (tiff == nullptr) {
        throw std::runtime_error("cannot write " + file.string());
    }
    setRgbFields(tiff, width, height, true);
    TIFFSetField(tiff, TIFFTAG_ROWSPERSTRIP, 16u);
    TIFFSetField(tiff, TIFFTAG_ZIPQUALITY, 1);
    std::vector<std::uint8_t> row(static_cast<std::size_t>(width) * 3);
    for (std::size_t x = 0; x < row.size(); x += 3) {
        row[x] = static_cast<std::uint8_t>(colour >> 16);
        row[x + 1] = static_cast<std::uint8_t>(colour >> 8);
        row[x + 2] = static_cast<std::uint8_t>(colour);
    }
    for (int y = 0; y < height; ++y) {
        TIFFWriteScanline(tiff, row.data(), static_cast<std::uint32_t>(y), 0);
    }
    TIFFClose(tiff);
}

Bytes encodePdf(double widthPt, double heightPt, std::uint32_t top, std::uint32_t bottom, int pages) {
    Bytes out;
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(writeCairo, &out, widthPt, heightPt);
    cairo_t* cairo = cairo_create(surface);
    for (int page = 1; page <= pages; ++page) {
        setColour(cairo, top);
        cairo_rectangle(cairo, 0, 0, widthPt, heightPt / 2);
        cairo_fill(cairo);
        setColour(cairo, bottom);
        cairo_rectangle(cairo, 0, heightPt / 2, widthPt, heightPt / 2);
        cairo_fill(cairo);
        cairo_set_source_rgb(cairo, 0, 0, 0);
        for (int bar = 0; bar < page; ++bar) {
            cairo_rectangle(cairo, 0, heightPt * (0.05 + 0.1 * bar), widthPt * 0.1, heightPt * 0.05);
            cairo_fill(cairo);
        }
        cairo_show_page(cairo);
    }
    cairo_destroy(cairo);
    cairo_surface_finish(surface);
    cairo_surface_destroy(surface);
    return out;
}

Bytes encodeBmp(const std::vector<std::uint8_t>& rgba, int width, int height) {
    const auto rowBytes = static_cast<std::uint32_t>((width * 3 + 3) / 4 * 4);
    const std::uint32_t imageBytes = rowBytes * static_cast<std::uint32_t>(height);
    Bytes out{'B', 'M'}; // not insert() into an empty vector: GCC 12 at -O3 warns of a false overflow there
    out.reserve(54 + imageBytes);
    const auto put = [&out](std::uint32_t value, int bytes) {
        for (int i = 0; i < bytes; ++i) {
            out.push_back(static_cast<std::uint8_t>(value >> (8 * i)));
        }
    };
    put(54 + imageBytes, 4);
    put(0, 4);
    put(54, 4);
    put(40, 4); // BITMAPINFOHEADER
    put(static_cast<std::uint32_t>(width), 4);
    put(static_cast<std::uint32_t>(height), 4); // positive: bottom row first
    put(1, 2);
    put(24, 2);
    put(0, 4);
    put(imageBytes, 4);
    put(2835, 4);
    put(2835, 4);
    put(0, 4);
    put(0, 4);
    for (int y = height - 1; y >= 0; --y) {
        for (int x = 0; x < width; ++x) {
            const std::size_t i = (static_cast<std::size_t>(y) * width + x) * 4;
            out.push_back(rgba[i + 2]);
            out.push_back(rgba[i + 1]);
            out.push_back(rgba[i]);
        }
        out.resize(out.size() + rowBytes - static_cast<std::uint32_t>(width) * 3, 0);
    }
    return out;
}

Bytes encodeGif(const std::vector<std::uint8_t>& rgba, int width, int height, std::uint32_t secondFrame) {
    std::map<std::uint32_t, int> index;
    std::vector<GifByteType> pixels;
    for (std::size_t i = 0; i + 3 < rgba.size(); i += 4) {
        const std::uint32_t colour =
            (std::uint32_t{rgba[i]} << 16) | (std::uint32_t{rgba[i + 1]} << 8) | rgba[i + 2];
        const auto [it, added] = index.emplace(colour, static_cast<int>(index.size()));
        pixels.push_back(static_cast<GifByteType>(it->second));
    }
    index.emplace(secondFrame, static_cast<int>(index.size()));
    ColorMapObject* map = GifMakeMapObject(256, nullptr);
    for (const auto& [colour, at] : index) {
        map->Colors[at] =
            GifColorType{static_cast<GifByteType>(colour >> 16), static_cast<GifByteType>(colour >> 8),
                         static_cast<GifByteType>(colour)};
    }
    Bytes out;
    int error = 0;
    GifFileType* gif = EGifOpen(&out, writeGif, &error);
    EGifSetGifVersion(gif, true);
    EGifPutScreenDesc(gif, width, height, 8, 0, map);
    EGifPutImageDesc(gif, 0, 0, width, height, false, nullptr);
    for (int y = 0; y < height; ++y) {
        EGifPutLine(gif, &pixels[static_cast<std::size_t>(y) * width], width);
    }
    if (secondFrame != 0) {
        std::vector<GifByteType> second(static_cast<std::size_t>(width),
                                        static_cast<GifByteType>(index[secondFrame]));
        EGifPutImageDesc(gif, 0, 0, width, height, false, nullptr);
        for (int y = 0; y < height; ++y) {
            EGifPutLine(gif, second.data(), width);
        }
    }
    EGifCloseFile(gif, &error);
    GifFreeMapObject(map);
    return out;
}

} // namespace atelier::render::testing

/// x265 (libheif's HEVC encoder, used here only to write test files) keeps two small buffers for the life of
/// the process; LeakSanitizer is told so, and nothing else.
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libx265.so\n";
}

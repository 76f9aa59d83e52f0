// Reads the orientation with libexif and remaps pixels for the eight EXIF orientations.
#include "render/ExifOrientation.hpp"

#include <cstring>
#include <libexif/exif-data.h>

namespace atelier::render {

int readExifOrientation(std::span<const std::uint8_t> jpegBytes) {
    if (jpegBytes.size() < 4 || jpegBytes.size() > 0xFFFFFFFFu) {
        return 1;
    }
    ExifData* data = exif_data_new_from_data(jpegBytes.data(), static_cast<unsigned int>(jpegBytes.size()));
    if (data == nullptr) {
        return 1;
    }
    int orientation = 1;
    ExifEntry* entry = exif_content_get_entry(data->ifd[EXIF_IFD_0], EXIF_TAG_ORIENTATION);
    if (entry != nullptr && entry->format == EXIF_FORMAT_SHORT && entry->components >= 1 &&
        entry->data != nullptr && entry->size >= 2) {
        const int value = exif_get_short(entry->data, exif_data_get_byte_order(data));
        if (value >= 1 && value <= 8) {
            orientation = value;
        }
    }
    exif_data_unref(data);
    return orientation;
}

std::vector<std::uint8_t> applyOrientation(std::vector<std::uint8_t> rgba, int& width, int& height,
                                           int orientation) {
    if (orientation <= 1 || orientation > 8 || width <= 0 || height <= 0) {
        return rgba;
    }
    const int w = width;
    const int h = height;
    const int outW = swapsAxes(orientation) ? h : w;
    const int outH = swapsAxes(orientation) ? w : h;
    std::vector<std::uint8_t> out(rgba.size());
    for (int y = 0; y < outH; ++y) {
        std::uint8_t* row = out.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(outW) * 4;
        for (int x = 0; x < outW; ++x) {
            int sx = x;
            int sy = y;
            switch (orientation) {
            case 2: // mirrored left-right
                sx = w - 1 - x;
                break;
            case 3: // upside down
                sx = w - 1 - x;
                sy = h - 1 - y;
                break;
            case 4: // mirrored top-bottom
                sy = h - 1 - y;
                break;
            case 5: // transposed
                sx = y;
                sy = x;
                break;
            case 6: // stored turned 90° anticlockwise: turn it clockwise
                sx = y;
                sy = h - 1 - x;
                break;
            case 7: // transversed
                sx = w - 1 - y;
                sy = h - 1 - x;
                break;
            case 8: // stored turned 90° clockwise: turn it anticlockwise
                sx = w - 1 - y;
                sy = x;
                break;
            default:
                break;
            }
            const std::size_t from =
                (static_cast<std::size_t>(sy) * static_cast<std::size_t>(w) + static_cast<std::size_t>(sx)) *
                4;
            std::memcpy(row + static_cast<std::size_t>(x) * 4, rgba.data() + from, 4);
        }
    }
    width = outW;
    height = outH;
    return out;
}

} // namespace atelier::render

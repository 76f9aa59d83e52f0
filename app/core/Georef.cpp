// Georeference arithmetic: world files, GeoTIFF tie points and corners as one affine transform.
#include "core/Georef.hpp"

#include <charconv>
#include <cmath>
#include <vector>

namespace atelier::core {
namespace {

bool usable(const Affine& affine) {
    const double values[] = {affine.a, affine.b, affine.c, affine.d, affine.e, affine.f};
    for (const double value : values) {
        if (!std::isfinite(value)) {
            return false;
        }
    }
    const double det = affine.a * affine.e - affine.b * affine.d;
    return std::isfinite(det) && det != 0;
}

/// Moves raster coordinates that name pixel centres (world files, RasterPixelIsPoint) to pixel edges.
Affine centresToEdges(Affine affine) {
    affine.c -= 0.5 * (affine.a + affine.b);
    affine.f -= 0.5 * (affine.d + affine.e);
    return affine;
}

std::string_view trimmed(std::string_view line) {
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t' || line.front() == '\r')) {
        line.remove_prefix(1);
    }
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
        line.remove_suffix(1);
    }
    return line;
}

} // namespace

Vec2 Affine::apply(Vec2 pixel) const {
    return {a * pixel.x + b * pixel.y + c, d * pixel.x + e * pixel.y + f};
}

std::optional<Affine> Affine::inverse() const {
    const double det = a * e - b * d;
    if (!std::isfinite(det) || det == 0) {
        return std::nullopt;
    }
    Affine inv;
    inv.a = e / det;
    inv.b = -b / det;
    inv.d = -d / det;
    inv.e = a / det;
    inv.c = -(inv.a * c + inv.b * f);
    inv.f = -(inv.d * c + inv.e * f);
    return inv;
}

Affine Affine::resized(int fromWidth, int fromHeight, int toWidth, int toHeight) const {
    if (fromWidth <= 0 || fromHeight <= 0 || toWidth <= 0 || toHeight <= 0) {
        return *this;
    }
    const double sx = static_cast<double>(fromWidth) / toWidth;
    const double sy = static_cast<double>(fromHeight) / toHeight;
    return Affine{a * sx, b * sy, c, d * sx, e * sy, f};
}

std::variant<Affine, std::string> affineFromWorldFile(std::string_view text) {
    std::vector<double> values;
    std::size_t lineNumber = 0;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view line = trimmed(text.substr(0, end));
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        ++lineNumber;
        if (line.empty()) {
            continue;
        }
        double value = 0;
        const char* first = line.data() + (line.front() == '+' ? 1 : 0);
        const auto [stop, error] = std::from_chars(first, line.data() + line.size(), value);
        if (error != std::errc{} || stop != line.data() + line.size() || !std::isfinite(value)) {
            return "is not a world file: line " + std::to_string(lineNumber) + " is not a number (\"" +
                   std::string(line.substr(0, 40)) + "\").";
        }
        values.push_back(value);
    }
    if (values.size() != 6) {
        return "is not a world file: it holds " + std::to_string(values.size()) +
               " numbers where a world file has six lines (A, D, B, E, C, F).";
    }
    const Affine affine = centresToEdges({values[0], values[2], values[4], values[1], values[3], values[5]});
    if (!usable(affine)) {
        return "gives pixels no area on the map (its pixel sizes A, E and rotations B, D make a flat image).";
    }
    return affine;
}

Affine affineFromTiepoint(Vec2 raster, Vec2 model, Vec2 scale, bool pixelIsPoint) {
    Affine affine{scale.x, 0, model.x - raster.x * scale.x, 0, -scale.y, model.y + raster.y * scale.y};
    return pixelIsPoint ? centresToEdges(affine) : affine;
}

Affine affineFromModelTransformation(const double (&m)[16], bool pixelIsPoint) {
    const Affine affine{m[0], m[1], m[3], m[4], m[5], m[7]};
    return pixelIsPoint ? centresToEdges(affine) : affine;
}

std::variant<Affine, std::string> affineFromCorners(const MapCorners& corners, int width, int height) {
    if (width <= 0 || height <= 0) {
        return "has no pixels to put on the map.";
    }
    const double w = width;
    const double h = height;
    Affine affine;
    if (corners.topLeft && corners.topRight && corners.bottomLeft) {
        const Vec2 tl = *corners.topLeft;
        affine = {(corners.topRight->x - tl.x) / w, (corners.bottomLeft->x - tl.x) / h, tl.x,
                  (corners.topRight->y - tl.y) / w, (corners.bottomLeft->y - tl.y) / h, tl.y};
        if (corners.bottomRight && usable(affine)) {
            const Vec2 expected = affine.apply({w, h});
            const double diagonal = std::hypot(affine.apply({w, h}).x - tl.x, affine.apply({w, h}).y - tl.y);
            if (std::hypot(expected.x - corners.bottomRight->x, expected.y - corners.bottomRight->y) >
                0.005 * diagonal) {
                return "has corners that do not make a parallelogram: bottom_right should be near (" +
                       std::to_string(expected.x) + ", " + std::to_string(expected.y) +
                       ") given the other three.";
            }
        }
    } else if (corners.topLeft && corners.bottomRight && !corners.topRight && !corners.bottomLeft) {
        const Vec2 tl = *corners.topLeft;
        affine = {(corners.bottomRight->x - tl.x) / w, 0, tl.x, 0, (corners.bottomRight->y - tl.y) / h, tl.y};
    } else {
        return "needs the corners top_left and bottom_right (a north-up image), or top_left, top_right and "
               "bottom_left.";
    }
    if (!usable(affine)) {
        return "has corners that give the image no area on the map.";
    }
    return affine;
}

Vec2 photoLocalToPixel(const Photo& photo, Vec2 local, int width, int height) {
    const double w = photo.size.width > 0 ? photo.size.width : 1;
    const double h = photo.size.height > 0 ? photo.size.height : 1;
    return {(local.x + w / 2) * width / w, (local.y + h / 2) * height / h};
}

Vec2 tableToPhotoPixel(const Photo& photo, Vec2 table, int width, int height) {
    return photoLocalToPixel(photo, tableToLocal(photo.pose, table), width, height);
}

bool photoCovers(const Photo& photo, Vec2 table) {
    const Vec2 local = tableToLocal(photo.pose, table);
    return std::abs(local.x) <= photo.size.width / 2 && std::abs(local.y) <= photo.size.height / 2;
}

} // namespace atelier::core

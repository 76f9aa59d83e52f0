// Where a photo lies on the map: the affine transform from its pixels to map coordinates, and its CRS.
#pragma once

#include "core/Geometry.hpp"
#include "core/Photo.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace atelier::core {

/// An affine map from a photo's pixels to map coordinates: x = a·u + b·v + c, y = d·u + e·v + f, where
/// (u, v) are pixels from the image's top-left corner (pixel edges, not centres; v grows downwards).
struct Affine {
    double a = 1, b = 0, c = 0;
    double d = 0, e = 1, f = 0;
    friend bool operator==(const Affine&, const Affine&) = default;

    /// The map point of a photo pixel position.
    Vec2 apply(Vec2 pixel) const;
    /// The inverse map (map → pixel); nothing when the transform is degenerate (a zero-area pixel).
    std::optional<Affine> inverse() const;
    /// The same placement on the map for the image resized from `fromWidth` × `fromHeight` pixels to
    /// `toWidth` × `toHeight` (a photo shrunk on import): its corners land where the original's did.
    Affine resized(int fromWidth, int fromHeight, int toWidth, int toHeight) const;
};

/// A photo placed on the map: pixels → map coordinates, and the coordinate reference system they are in.
struct Georeference {
    Affine pixelToMap;
    std::string crs;    ///< as PROJ reads it: "EPSG:2154", or the WKT of a .prj file
    std::string source; ///< where it came from, for people: "site.pgw + site.prj", "GeoTIFF tags", …
    friend bool operator==(const Georeference&, const Georeference&) = default;
};

/// A world file's six lines (A, D, B, E, C, F: pixel size in x, two rotation terms, pixel size in y, and the
/// map coordinates of the centre of the top-left pixel) as an Affine over pixel edges; or, when the text is
/// not a world file, why, as the end of a sentence starting "it ".
std::variant<Affine, std::string> affineFromWorldFile(std::string_view text);

/// A GeoTIFF's ModelTiepoint (raster point i, j ↔ model x, y) and ModelPixelScale (sx, sy) as an Affine
/// (north up: y decreases downwards). `pixelIsPoint` is GeoTIFF's RasterPixelIsPoint (raster coordinates
/// name pixel centres).
Affine affineFromTiepoint(Vec2 raster, Vec2 model, Vec2 scale, bool pixelIsPoint);

/// A GeoTIFF's 4×4 ModelTransformation (row-major) as an Affine.
Affine affineFromModelTransformation(const double (&matrix)[16], bool pixelIsPoint);

/// The map coordinates of an image's outer corners, as a workshop definition gives them.
struct MapCorners {
    std::optional<Vec2> topLeft, topRight, bottomLeft, bottomRight;
};

/// The Affine that puts an image of `width` × `height` pixels on these corners: top-left and bottom-right
/// (north up), or top-left, top-right and bottom-left (any turn or shear); when all four are given the
/// fourth must agree with the other three within 0.5 % of the image's diagonal. Otherwise why not, as the end
/// of a sentence starting "it ".
std::variant<Affine, std::string> affineFromCorners(const MapCorners& corners, int width, int height);

/// A point in the photo's own frame (mm from its centre before rotation and scale: stroke points) as a
/// pixel position of its image of `width` × `height` pixels.
Vec2 photoLocalToPixel(const Photo& photo, Vec2 local, int width, int height);

/// A table point (mm) as a pixel position of the photo's image.
Vec2 tableToPhotoPixel(const Photo& photo, Vec2 table, int width, int height);

/// True when the table point lies on the photo (inside its turned, scaled outline).
bool photoCovers(const Photo& photo, Vec2 table);

} // namespace atelier::core

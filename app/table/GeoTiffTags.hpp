// A GeoTIFF's georeference from its own tags (libgeotiff through libtiff), read from the file's bytes.
#pragma once

#include "core/Georef.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <variant>

namespace atelier::table {

/// A GeoTIFF's georeference from its tags (ModelTiepoint + ModelPixelScale, or ModelTransformation; the CRS
/// from ProjectedCSTypeGeoKey or GeographicTypeGeoKey as "EPSG:<code>"): nothing when the bytes are not a
/// TIFF or carry no georeference tags; a sentence end starting "has GeoTIFF tags but …" when they cannot be
/// used. Only the tags are read, never the pixels; libtiff's own messages are kept off stderr.
std::variant<std::monostate, core::Georeference, std::string>
geoTiffGeoreference(std::span<const std::uint8_t> bytes);

} // namespace atelier::table

// libFuzzer target for the GeoTIFF tag reader (table::geoTiffGeoreference: libgeotiff's GeoKey directory and
// the tie point, pixel scale and transformation tags, through libtiff, from memory), fed arbitrary bytes as
// an imported TIFF's would be.
//
// Besides crashes and sanitizer reports, the target traps when a promise is broken: a refusal is one sentence
// starting "has GeoTIFF tags" and ending with a full stop; a georeference found has an invertible transform
// and names an EPSG coordinate system.
#include "table/GeoTiffTags.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <variant>

namespace {

void require(bool condition) {
    if (!condition) {
        __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto read = atelier::table::geoTiffGeoreference(std::span<const std::uint8_t>(data, size));
    if (const auto* problem = std::get_if<std::string>(&read)) {
        require(problem->rfind("has GeoTIFF tags", 0) == 0 && problem->back() == '.');
    } else if (const auto* georeference = std::get_if<atelier::core::Georeference>(&read)) {
        require(georeference->pixelToMap.inverse().has_value());
        require(georeference->crs.rfind("EPSG:", 0) == 0);
    }
    return 0;
}

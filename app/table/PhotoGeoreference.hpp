// Where an imported photo lies on the map: a GeoTIFF's own tags, a world file beside it, or corners given in
// the workshop definition; stored with the photo's asset.
#pragma once

#include "core/Georef.hpp"
#include "table/GeoTiffTags.hpp" // geoTiffGeoreference
#include "workshop/WorkshopDefinition.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <variant>

namespace atelier::store {
class Database;
}

namespace atelier::table {

struct CheckedPhoto;

/// What an import learnt about where a photo lies on the map.
struct GeoreferenceLookup {
    std::optional<core::Georeference> georeference;
    /// A sentence end for the import's output, after "<file>: ": "lies on the map (…)" or why it does not
    /// although it has a world file or GeoTIFF tags; empty for a photo with no georeference at all.
    std::string note;
};

/// The photo's georeference: its GeoTIFF tags when it has some, else a world file beside it (the same name
/// with .jgw/.pgw/.tfw/.gfw/.bpw, or the extension + "w", or .wld, any case) whose CRS is in a .prj beside it
/// (WKT or "EPSG:<code>").
GeoreferenceLookup georeferenceFor(const std::filesystem::path& file, std::span<const std::uint8_t> bytes);

/// georeferenceFor a checked photo: the GeoTIFF tags read from its file before conversion, else a world file
/// beside it; the transform brought onto the stored image's pixels when the import shrank it (a 20000 × 20000
/// orthophoto stored as 3464 × 3464 lies on the same ground).
GeoreferenceLookup georeferenceFor(const CheckedPhoto& photo);

/// A georeference from the corners a workshop definition gives for an image of `width` × `height` pixels.
GeoreferenceLookup georeferenceFromCorners(const core::MapCorners& corners, const std::string& crs, int width,
                                           int height);

/// A site photo of a workshop definition: its corners in the definition when it gives some (they win), else
/// georeferenceFor the file.
GeoreferenceLookup sitePhotoGeoreference(const workshop::WorkshopDefinition& definition,
                                         const std::string& name, const std::filesystem::path& file,
                                         std::span<const std::uint8_t> bytes, int width, int height);

/// Stores what `lookup` found with the stored asset `hash` (nothing when it found nothing) and returns its
/// note. Throws store::StoreError when the data file refuses the write.
std::string storeGeoreference(store::Database& database, const std::string& hash,
                              const GeoreferenceLookup& lookup);

} // namespace atelier::table

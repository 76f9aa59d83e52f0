// Finds a photo's georeference (GeoTIFF tags: GeoTiffTags.cpp; or a world file and .prj beside it).
#include "table/PhotoGeoreference.hpp"

#include "store/AssetGeoreferences.hpp"
#include "store/Database.hpp"
#include "table/PhotoImport.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <vector>

namespace atelier::table {
namespace {

/// A world file or .prj larger than this is not one.
constexpr std::uintmax_t kSideFileMaxBytes = 64 * 1024;

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

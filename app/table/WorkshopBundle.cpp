// Writes and reads workshop files: {"format": "atelier-workshop", "version": 1, "id", "definition",
// "photos"}.
#include "table/WorkshopBundle.hpp"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <system_error>
#include <vector>

#include "core/Base64.hpp"
#include "core/Sha256.hpp"
#include "render/ImageLoader.hpp"
#include "store/Database.hpp"
#include "store/WorkshopLibrary.hpp"
#include "table/PhotoImport.hpp"
#include "workshop/WorkshopDefinition.hpp"

namespace atelier::table {
namespace {

using nlohmann::json;

constexpr const char* kFormat = "atelier-workshop";
constexpr int kVersion = 1;
/// A workshop file larger than this is refused before it is read (a few dozen site photos fit).
constexpr std::uintmax_t kMaxFileBytes = 1024ull * 1024 * 1024;

/// A photo of the file, checked: its bytes, what they are, and its name.
struct BundlePhoto {
    std::string name;
    std::vector<std::uint8_t> bytes;
    render::ImageInfo info;
};

std::variant<BundlePhoto, BundleError> readPhoto(const json& photo, std::size_t index,
                                                 const std::filesystem::path& file) {
    const std::string where = file.string() + ": photos[" + std::to_string(index) + "]";
    if (!photo.is_object() || !photo.value("name", json()).is_string() ||
        !photo.value("sha256", json()).is_string() || !photo.value("bytes", json()).is_string()) {
        return BundleError{where + " must be an object with 'name', 'sha256' and 'bytes'."};
    }
    std::optional<std::vector<std::uint8_t>> bytes =
        core::base64Decode(photo["bytes"].get_ref<const std::string&>());
    if (!bytes) {
        return BundleError{where + ": 'bytes' is not base64 text."};
    }
    if (core::sha256Hex(std::span<const std::uint8_t>(*bytes)) != photo["sha256"].get<std::string>()) {
        return BundleError{where + ": the photo's bytes do not match its SHA-256 (the file is damaged)."};
    }
    auto inspected = render::inspectImage(*bytes, render::ImageLimits{});
    if (const auto* problem = std::get_if<render::ImageProblem>(&inspected)) {
        return BundleError{where + " (" + photo["name"].get<std::string>() + ") " + problem->reason};
    }
    return BundlePhoto{photo["name"].get<std::string>(), std::move(*bytes),
                       std::get<render::ImageInfo>(inspected)};
}

std::variant<json, BundleError> readJson(const std::filesystem::path& file) {
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(file, error);
    if (error || !std::filesystem::is_regular_file(file, error)) {
        return BundleError{file.string() + ": there is no workshop file here."};
    }
    if (size > kMaxFileBytes) {
        return BundleError{file.string() + ": this file is larger than a workshop file can be (1 GB)."};
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in.good() && !in.eof()) {
        return BundleError{file.string() + ": this file cannot be read."};
    }
    json root = json::parse(text.str(), nullptr, false);
    if (root.is_discarded() || !root.is_object() || root.value("format", json()) != kFormat) {
        return BundleError{file.string() + ": this is not an Atelier workshop file."};
    }
    if (root.value("version", json()) != kVersion) {
        return BundleError{file.string() +
                           ": this workshop file was written by another version of Atelier "
                           "(version " +
                           root.value("version", json()).dump() + "; this one reads 1)."};
    }
    return root;
}

} // namespace

std::variant<BundleWritten, BundleError> writeWorkshopBundle(const store::Database& database,
                                                             const std::string& workshopId,
                                                             const std::filesystem::path& file) {
    const std::optional<store::WorkshopEntry> entry = store::findWorkshopEntry(database, workshopId);
    if (!entry) {
        return BundleError{"there is no workshop '" + workshopId +
                           "' on this table (see `atelier workshops`)."};
    }
    json photos = json::array();
    for (const store::WorkshopPhoto& photo : entry->photos) {
        const std::optional<store::Asset> asset = database.getAsset(photo.hash);
        if (!asset) {
            return BundleError{"the photo " + photo.name + " of workshop '" + workshopId +
                               "' is missing from the data file (run `atelier check`)."};
        }
        photos.push_back({{"name", photo.name},
                          {"mime", asset->mime},
                          {"width", asset->width},
                          {"height", asset->height},
                          {"sha256", photo.hash},
                          {"bytes", core::base64Encode(asset->bytes)}});
    }
    json definition = json::parse(entry->workshop.configJson, nullptr, false);
    if (definition.is_discarded()) {
        return BundleError{"the definition of workshop '" + workshopId + "' is damaged in the data file."};
    }
    const json root = {{"format", kFormat},
                       {"version", kVersion},
                       {"id", workshopId},
                       {"definition", definition},
                       {"photos", photos}};
    std::filesystem::path partial = file;
    partial += ".part";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out << root.dump(1) << '\n';
        out.flush();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(partial, ignored);
            return BundleError{file.string() +
                               ": the workshop file could not be written (is the disk full or "
                               "the stick removed?)."};
        }
    }
    std::error_code error;
    std::filesystem::rename(partial, file, error);
    if (error) {
        std::filesystem::remove(partial, error);
        return BundleError{file.string() + ": the workshop file could not be completed: " + error.message() +
                           "."};
    }
    return BundleWritten{file, photos.size()};
}

std::variant<BundleImported, BundleError> importWorkshopBundle(store::Database& database,
                                                               const std::filesystem::path& file) {
    std::variant<json, BundleError> read = readJson(file);
    if (auto* error = std::get_if<BundleError>(&read)) {
        return *error;
    }
    const json& root = std::get<json>(read);
    const json& definitionJson = root.value("definition", json());
    auto parsed = workshop::parseWorkshopDefinition(definitionJson.dump(), file.string());
    if (auto* error = std::get_if<workshop::DefinitionError>(&parsed)) {
        return BundleError{error->message};
    }
    const workshop::WorkshopDefinition& definition = std::get<workshop::WorkshopDefinition>(parsed);
    const json& photoList = root.value("photos", json::array());
    if (!photoList.is_array()) {
        return BundleError{file.string() + ": 'photos' must be a list."};
    }
    std::vector<BundlePhoto> photos;
    for (std::size_t i = 0; i < photoList.size(); ++i) {
        auto photo = readPhoto(photoList[i], i, file);
        if (auto* error = std::get_if<BundleError>(&photo)) {
            return *error;
        }
        photos.push_back(std::get<BundlePhoto>(std::move(photo)));
    }
    const std::string wanted = root.value("id", json()).is_string() ? root["id"].get<std::string>() : "";
    BundleImported imported;
    imported.workshopId =
        wanted.empty() || wanted == "demo" || wanted == "exhibition" || database.findWorkshop(wanted)
            ? store::freeWorkshopId(database, definition.title)
            : wanted;
    imported.renamed = imported.workshopId != wanted;
    imported.title = definition.title;
    imported.photos = photos.size();
    std::vector<store::WorkshopPhoto> stored;
    for (const BundlePhoto& photo : photos) {
        stored.push_back(store::WorkshopPhoto{
            photo.name, database.putAsset(photo.bytes, photoMimeType(photo.info), photo.info.uprightWidth,
                                          photo.info.uprightHeight)});
    }
    store::saveWorkshop(database,
                        store::Workshop{imported.workshopId,
                                        definition.title,
                                        definition.site,
                                        workshop::workshopDefinitionJson(definition),
                                        {}},
                        stored);
    return imported;
}

} // namespace atelier::table

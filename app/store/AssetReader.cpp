// A read-only SQLite connection per call: photo reads are rare and must not touch the main connection.
#include "store/AssetReader.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <spdlog/spdlog.h>

namespace atelier::store {

std::optional<std::vector<std::uint8_t>> readAssetBytes(const std::filesystem::path& file,
                                                        const std::string& hash) {
    try {
        SQLite::Database database(file.string(), SQLite::OPEN_READONLY, 2000);
        SQLite::Statement query(database, "SELECT bytes FROM assets WHERE hash = ?");
        query.bind(1, hash);
        if (!query.executeStep()) {
            return std::nullopt;
        }
        const SQLite::Column bytes = query.getColumn(0);
        const auto* data = static_cast<const std::uint8_t*>(bytes.getBlob());
        return std::vector<std::uint8_t>(data, data + bytes.getBytes());
    } catch (const std::exception& error) {
        spdlog::warn("cannot read photo {} from {}: {}", hash, file.string(), error.what());
        return std::nullopt;
    }
}

namespace {

/// The reason kept for a photo that failed to decode, if any. A file of an older schema (read by an export
/// without migrating it) has no such table: nothing is marked there.
std::optional<std::string> decodeFailure(SQLite::Database& database, const std::string& hash) {
    if (!database.tableExists("asset_failures")) {
        return std::nullopt;
    }
    SQLite::Statement query(database, "SELECT reason, failed_at FROM asset_failures WHERE hash = ?");
    query.bind(1, hash);
    if (!query.executeStep()) {
        return std::nullopt;
    }
    return "it failed to decode at an earlier start (" + query.getColumn(1).getString() +
           ") and is not decoded again; it " + query.getColumn(0).getString();
}

} // namespace

std::optional<std::vector<std::uint8_t>> readAssetToDecode(const std::filesystem::path& file,
                                                           const std::string& hash) {
    std::optional<std::string> failure;
    try {
        SQLite::Database database(file.string(), SQLite::OPEN_READONLY, 2000);
        failure = decodeFailure(database, hash);
    } catch (const std::exception& error) {
        spdlog::warn("cannot read photo {} from {}: {}", hash, file.string(), error.what());
        return std::nullopt;
    }
    if (failure) {
        throw AssetNotDecodedAgain(*failure);
    }
    return readAssetBytes(file, hash);
}

} // namespace atelier::store

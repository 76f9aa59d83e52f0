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

} // namespace atelier::store

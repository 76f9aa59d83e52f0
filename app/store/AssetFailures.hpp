// Photos whose stored bytes failed to decode (table asset_failures): marked once, never decoded again.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace SQLite {
class Database;
}

namespace atelier::store {

class Database;

/// A photo marked undecodable: its hash, why, and when.
struct AssetFailure {
    std::string hash;
    std::string reason;   ///< the decoder's sentence, after "it" ("is a PNG whose image data inflates …")
    std::string failedAt; ///< ISO 8601 UTC
};

/// Marks a stored photo as undecodable (the first reason is kept); nothing for a hash not stored. Throws
/// StoreError when the file refuses the write.
void markAssetUndecodable(Database& db, std::string_view hash, std::string_view reason);

/// Every photo marked undecodable, by hash; empty for a file of a schema before the table existed.
std::vector<AssetFailure> assetFailures(SQLite::Database& db);

} // namespace atelier::store

// `atelier workshops`, `atelier workshop export ID F` and `atelier workshop import F`: the workshops on this
// table, and carrying one (definition and photos, one file) to another table.
#pragma once

#include <filesystem>
#include <string>

namespace atelier::cli {

/// Lists the workshops of the data dir (archived ones marked) as a table, or JSON lines with `json`.
int listWorkshopsCommand(const std::filesystem::path& dataDir, bool json);

/// Writes workshop `workshopId` with its photos to `file` (docs/workshop.md, "Sharing a workshop").
int exportWorkshopCommand(const std::filesystem::path& dataDir, const std::string& workshopId,
                          const std::filesystem::path& file);

/// Reads a workshop file into the data dir's library; prints the id it has here.
int importWorkshopCommand(const std::filesystem::path& dataDir, const std::filesystem::path& file);

} // namespace atelier::cli

// The JSON export of a session (schema: docs/export.schema.json, described in docs/export.md).
#pragma once

#include "replay/SessionReport.hpp"

#include <map>
#include <string>

namespace atelier::replay {

/// The value of the export's "format" field, and its version: a reader checks both.
inline constexpr const char* kExportFormat = "atelier-session";
inline constexpr int kExportVersion = 1;

/// The report as pretty-printed UTF-8 JSON. `photoFiles` maps an asset hash to the photo's file, relative
/// to the JSON file (the exporter writes them beside it); a photo missing from it gets "file": null.
std::string reportToJson(const SessionReport& report, const std::map<std::string, std::string>& photoFiles);

} // namespace atelier::replay

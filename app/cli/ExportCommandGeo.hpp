// `atelier export SESSION --geojson F | --decidim F.csv|F.json`: the session's results for maps and Decidim.
#pragma once

#include "cli/Options.hpp"
#include "replay/Player.hpp"
#include "replay/SessionReport.hpp"

#include <string>

namespace atelier::cli {

/// Writes the GeoJSON or the Decidim file asked for in `options` from the board at the session's end;
/// returns the exit code (0 written, 1 the file could not be written, 2 a bad argument), with a sentence
/// on failure and one line saying what was written. `language` ("fr" or "en") names Decidim's columns.
int exportToMap(replay::Player& player, const ExportOptions& options, const std::string& language,
                const replay::WorkshopLabels& labels);

} // namespace atelier::cli

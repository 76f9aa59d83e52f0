// What an export of a session holds, as files in memory: shared by `atelier export` and the panel's export,
// so both write the same CSV, JSON and report.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/Catalogue.hpp"
#include "replay/GeoPlacement.hpp"
#include "replay/Recording.hpp"
#include "replay/SessionReport.hpp"

namespace atelier::table {

/// The workshop's question and category names and colours, from the definition stored with the session.
struct WorkshopLook {
    replay::WorkshopLabels labels;
    std::vector<std::uint32_t> colours;
};

/// Reads the look from the recording's stored definition (empty labels when it cannot be read).
WorkshopLook workshopLook(const replay::Recording& recording);

/// One file of an export: its name relative to the export's folder ("cards.csv", "photos/ab…cd.jpg").
struct ExportFile {
    std::string name;
    std::string bytes;
};

/// The cards as `stem`.csv, the clusters and the ranking beside it (`stem`-clusters.csv, `stem`-ranking.csv).
std::vector<ExportFile> csvFiles(const replay::SessionReport& report, const std::string& stem);

/// The report as `stem`.json and its photos in `stem`-photos/ (read from the recording).
std::vector<ExportFile> jsonFiles(const replay::SessionReport& report, replay::Recording& recording,
                                  const std::string& stem);

/// The board at the end on the map for a GIS (`stem`.geojson, WGS 84: strokes and cards on the georeferenced
/// photos), as `atelier export --geojson` writes it.
ExportFile geoJsonFile(const replay::SessionReport& report, const core::Board& endBoard,
                       const replay::GeoPlacement& placement, const std::string& stem);

/// The cards and clusters as proposals for Decidim's CSV import (`stem`.csv, columns in `language`), as
/// `atelier export --decidim F.csv` writes them.
ExportFile decidimFile(const replay::SessionReport& report, const core::Board& endBoard,
                       const replay::GeoPlacement& placement, core::Language language,
                       const std::string& stem);

/// The picture of the board at the end of phase `index` (from 0): "phase-1.png", "phase-2.png", …
std::string phasePictureName(std::size_t index);

/// The time-lapse's name in the panel's export folder.
inline constexpr const char* kVideoFileName = "seance-acceleree.mp4";

/// ".png", ".webp" or ".jpg" for a photo's MIME type.
std::string extensionFor(const std::string& mime);

} // namespace atelier::table

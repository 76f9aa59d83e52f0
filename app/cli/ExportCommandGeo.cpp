// The GeoJSON and Decidim exports: the board at the end, placed on the map through the georeferenced photos.
#include "cli/ExportCommandGeo.hpp"

#include "replay/Decidim.hpp"
#include "replay/GeoJson.hpp"
#include "replay/GeoPlacement.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <spdlog/spdlog.h>

namespace atelier::cli {
namespace {

bool writeText(const std::filesystem::path& file, const std::string& text) {
    std::error_code error;
    if (file.has_parent_path()) {
        std::filesystem::create_directories(file.parent_path(), error);
    }
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    if (!out) {
        spdlog::error("cannot write {} (folder missing, disk full or not writable?)", file.string());
        return false;
    }
    return true;
}

std::string lowerExtension(const std::filesystem::path& file) {
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

} // namespace

int exportToMap(replay::Player& player, const ExportOptions& options, const std::string& language,
                const replay::WorkshopLabels& labels) {
    const std::string locale = language == "en" ? "en" : "fr";
    if (options.decidim) {
        const std::string extension = lowerExtension(*options.decidim);
        if (extension != ".csv" && extension != ".json") {
            spdlog::error(
                "--decidim writes F.csv or F.json (Decidim imports either), not '{}': name the file "
                "with one of these extensions.",
                options.decidim->string());
            return 2;
        }
    }
    player.seek(player.durationMs());
    const core::Board& board = player.board();
    const replay::SessionReport report = replay::buildReport(player.recording(), board, labels);
    const replay::GeoPlacement placement(board, player.recording().georeferences());
    for (const std::string& problem : placement.problems()) {
        spdlog::warn("{}", problem);
    }
    if (options.geojson) {
        replay::GeoJsonCounts counts;
        if (!writeText(*options.geojson, replay::reportToGeoJson(report, board, placement, &counts))) {
            return 1;
        }
        std::printf("%s: %zu strokes and %zu cards on %zu photos placed on the map (WGS 84)\n",
                    options.geojson->c_str(), counts.strokes, counts.cards, placement.photosOnMap());
        if (placement.photosOnMap() == 0) {
            spdlog::warn(
                "no photo of session {} lies on the map: import a GeoTIFF, or a photo with a world file "
                "and a .prj beside it, or give corners in the workshop definition (docs/georeference.md)",
                report.session.id);
        }
        return 0;
    }
    const std::vector<replay::DecidimProposal> proposals =
        replay::decidimProposals(report, board, placement, locale);
    const bool json = lowerExtension(*options.decidim) == ".json";
    if (!writeText(*options.decidim,
                   json ? replay::decidimJson(proposals, locale) : replay::decidimCsv(proposals, locale))) {
        return 1;
    }
    const auto located =
        std::count_if(proposals.begin(), proposals.end(),
                      [](const replay::DecidimProposal& proposal) { return proposal.lonLat; });
    std::printf("%s: %zu proposals for Decidim (%zu cards, %zu clusters), %zu with latitude and longitude\n",
                options.decidim->c_str(), proposals.size(), proposals.size() - report.clusters.size(),
                report.clusters.size(), static_cast<std::size_t>(located));
    return 0;
}

} // namespace atelier::cli

// The export files of a session, built in memory from its report.
#include "table/ExportContent.hpp"

#include <map>
#include <set>
#include <spdlog/spdlog.h>

#include "replay/Decidim.hpp"
#include "replay/GeoJson.hpp"
#include "replay/ReportCsv.hpp"
#include "replay/ReportJson.hpp"
#include "workshop/WorkshopDefinition.hpp"

namespace atelier::table {

WorkshopLook workshopLook(const replay::Recording& recording) {
    WorkshopLook look;
    auto parsed = workshop::parseWorkshopDefinition(recording.info().workshopConfigJson,
                                                    "workshop '" + recording.info().workshopId + "'");
    if (auto* definition = std::get_if<workshop::WorkshopDefinition>(&parsed)) {
        look.labels.question = definition->question;
        for (const workshop::Category& category : definition->categories) {
            look.labels.categoryNames.push_back(category.name);
            look.labels.categoryColours.push_back(category.colour);
            look.colours.push_back(category.colour);
        }
    } else {
        spdlog::info("the stored workshop definition gives no question or category names: {}",
                     std::get<workshop::DefinitionError>(parsed).message);
    }
    return look;
}

std::string phasePictureName(std::size_t index) {
    return "phase-" + std::to_string(index + 1) + ".png";
}

std::string extensionFor(const std::string& mime) {
    if (mime == "image/png") {
        return ".png";
    }
    if (mime == "image/webp") {
        return ".webp";
    }
    return ".jpg";
}

ExportFile geoJsonFile(const replay::SessionReport& report, const core::Board& endBoard,
                       const replay::GeoPlacement& placement, const std::string& stem) {
    return ExportFile{stem + ".geojson", replay::reportToGeoJson(report, endBoard, placement)};
}

ExportFile decidimFile(const replay::SessionReport& report, const core::Board& endBoard,
                       const replay::GeoPlacement& placement, core::Language language,
                       const std::string& stem) {
    const std::string locale = language == core::Language::English ? "en" : "fr";
    return ExportFile{
        stem + ".csv",
        replay::decidimCsv(replay::decidimProposals(report, endBoard, placement, locale), locale)};
}

std::vector<ExportFile> csvFiles(const replay::SessionReport& report, const std::string& stem) {
    return {ExportFile{stem + ".csv", replay::reportToCsv(report)},
            ExportFile{stem + "-clusters.csv", replay::reportClustersToCsv(report)},
            ExportFile{stem + "-ranking.csv", replay::reportRankingToCsv(report)}};
}

std::vector<ExportFile> jsonFiles(const replay::SessionReport& report, replay::Recording& recording,
                                  const std::string& stem) {
    std::vector<ExportFile> files;
    std::map<std::string, std::string> photoFiles;
    const std::string folder = stem + "-photos";
    for (const replay::ReportPhoto& photo : report.photos) {
        if (photoFiles.contains(photo.assetHash)) {
            continue;
        }
        if (auto asset = recording.asset(photo.assetHash)) {
            const std::string name = folder + "/" + photo.assetHash + extensionFor(asset->mime);
            files.push_back(ExportFile{
                name, std::string(reinterpret_cast<const char*>(asset->bytes.data()), asset->bytes.size())});
            photoFiles.emplace(photo.assetHash, name);
        } else {
            spdlog::warn("photo {} is not in the data file: the export names it without a file",
                         photo.assetHash);
        }
    }
    files.push_back(ExportFile{stem + ".json", replay::reportToJson(report, photoFiles)});
    return files;
}

} // namespace atelier::table

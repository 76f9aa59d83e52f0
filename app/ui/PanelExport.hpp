// The panel's export screen: one session to a USB stick or a folder, the files to write, a bar per file.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace atelier::ui {

struct PanelFrame;
struct PanelModel;

/// What can be exported, in the order of the screen's toggles ("panel.export.kind.NAME").
enum class PanelExportKind { Html, Csv, Json, Standalone, Png, Video, GeoJson, Decidim };
inline constexpr std::size_t kPanelExportKinds = 8;

/// A place the files can go: a USB stick (by its label) or the configured folder.
struct PanelExportDestination {
    std::string name; ///< the stick's label, or the folder
    bool removable = false;
};

/// One bar of the running export.
struct PanelExportLine {
    PanelExportKind kind = PanelExportKind::Html;
    float fraction = 0;
    bool done = false;
};

/// Everything the export screen shows.
struct PanelExportView {
    std::int64_t session = 0;
    std::string sessionLabel; ///< workshop and local date
    std::vector<PanelExportDestination> destinations;
    int destination = -1; ///< index into destinations, -1 none picked
    std::array<bool, kPanelExportKinds> chosen{};
    std::array<std::string, kPanelExportKinds> unavailable; ///< why a kind cannot be picked here, or ""
    bool running = false;
    std::vector<PanelExportLine> lines;
    std::string outcome; ///< the last export's sentence
    bool failed = false;
};

/// Draws the export screen: "panel.export.back", "panel.export.dest.N" (1-based), "panel.export.kind.html",
/// ".csv", ".json", ".session", ".png", ".video", ".geojson", ".decidim", "panel.export.start",
/// "panel.export.cancel".
void drawExportScreen(const PanelModel& model, PanelFrame& frame);

/// The name scripts use for a kind ("html", "csv", "json", "session", "png", "video", "geojson", "decidim").
const char* exportKindName(PanelExportKind kind);

} // namespace atelier::ui

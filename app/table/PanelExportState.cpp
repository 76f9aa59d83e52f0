// What the export screen shows and does: destinations, kinds, the job's bars and its one sentence.
#include "table/PanelExportState.hpp"

#include <iterator>
#include <spdlog/spdlog.h>

namespace atelier::table {

std::vector<ExportDestination> exportDestinations(const ExportSetup& setup) {
    std::vector<ExportDestination> found = setup.drives ? setup.drives() : std::vector<ExportDestination>{};
    std::error_code error;
    if (!setup.folder.empty() && std::filesystem::is_directory(setup.folder, error)) {
        found.push_back(ExportDestination{setup.folder.string(), setup.folder, false});
    }
    return found;
}

void PanelExportState::open(const ExportSetup& setup, std::int64_t session, std::string label,
                            core::Language language) {
    const bool french = language == core::Language::French;
    ui::PanelExportView view;
    view.session = session;
    view.sessionLabel = std::move(label);
    m_destinations = exportDestinations(setup);
    for (const ExportDestination& destination : m_destinations) {
        view.destinations.push_back(ui::PanelExportDestination{destination.name, destination.removable});
    }
    view.destination = m_destinations.size() == 1 ? 0 : -1;
    view.chosen[static_cast<std::size_t>(ui::PanelExportKind::Html)] = true;
    m_pictures = setup.pictures;
    if (!m_pictures) {
        const std::string noDrawer = french
                                         ? "Cette table ne dessine pas d'images : « atelier export » le fait."
                                         : "This table draws no pictures: `atelier export` does.";
        view.unavailable[static_cast<std::size_t>(ui::PanelExportKind::Png)] = noDrawer;
        view.unavailable[static_cast<std::size_t>(ui::PanelExportKind::Video)] = noDrawer;
    } else if (!setup.ffmpeg) {
        view.unavailable[static_cast<std::size_t>(ui::PanelExportKind::Video)] =
            french ? "Indisponible : ffmpeg n'est pas installé sur cette table."
                   : "Unavailable: ffmpeg is not installed on this table.";
    }
    for (std::size_t kind = 0; kind < ui::kPanelExportKinds; ++kind) {
        if (!view.unavailable[kind].empty()) {
            spdlog::info("export screen: {} unavailable: {}",
                         ui::exportKindName(static_cast<ui::PanelExportKind>(kind)), view.unavailable[kind]);
        }
    }
    m_view = std::move(view);
    spdlog::info("export screen for session {}: {} destination(s)", session, m_destinations.size());
}

void PanelExportState::pick(int destination) {
    if (!running() && destination >= 0 && destination < static_cast<int>(m_destinations.size())) {
        m_view.destination = destination;
    }
}

void PanelExportState::toggle(int kind) {
    if (!running() && kind >= 0 && kind < static_cast<int>(ui::kPanelExportKinds) &&
        m_view.unavailable[static_cast<std::size_t>(kind)].empty()) {
        m_view.chosen[static_cast<std::size_t>(kind)] = !m_view.chosen[static_cast<std::size_t>(kind)];
    }
}

void PanelExportState::start(const std::filesystem::path& dataFile, core::Language language,
                             const core::TimeZone& zone, int pauseMs) {
    if (running() || m_view.destination < 0) {
        return;
    }
    ExportRequest request;
    request.dataFile = dataFile;
    request.sessionId = m_view.session;
    request.destination = m_destinations[static_cast<std::size_t>(m_view.destination)].folder;
    request.language = language;
    request.zone = zone;
    request.pauseMs = pauseMs;
    request.pictures = m_pictures;
    const ExportKind kinds[] = {ExportKind::Html,       ExportKind::Csv,           ExportKind::Json,
                                ExportKind::Standalone, ExportKind::PhasePictures, ExportKind::Video,
                                ExportKind::GeoJson,    ExportKind::Decidim};
    static_assert(std::size(kinds) == ui::kPanelExportKinds, "one export kind per toggle of the screen");
    for (std::size_t i = 0; i < std::size(kinds); ++i) {
        if (m_view.chosen[i]) {
            request.kinds.push_back(kinds[i]);
        }
    }
    if (request.kinds.empty()) {
        return;
    }
    spdlog::info("export of session {} to {} starts ({} kinds)", request.sessionId,
                 request.destination.string(), request.kinds.size());
    m_view.outcome.clear();
    m_job = std::make_unique<ExportJob>(std::move(request));
    poll();
}

void PanelExportState::cancel() {
    if (m_job) {
        m_job->cancel();
    }
}

bool PanelExportState::poll() {
    if (!m_job) {
        return false;
    }
    const bool finished = m_job->finished();
    m_view.running = !finished;
    m_view.lines.clear();
    std::string shown = finished ? "done" : "running";
    for (const ExportLine& line : m_job->lines()) {
        m_view.lines.push_back(ui::PanelExportLine{static_cast<ui::PanelExportKind>(line.kind),
                                                   static_cast<float>(line.fraction), line.done});
        shown += "|" + std::to_string(static_cast<int>(line.fraction * 100));
    }
    if (finished) {
        m_view.outcome = m_job->outcome();
        m_view.failed = !m_job->succeeded();
        spdlog::info("export screen: {}", m_view.outcome);
        m_job.reset();
    }
    return std::exchange(m_shown, shown) != shown || finished;
}

} // namespace atelier::table

// The panel's export screen behind the drawing: the destinations found, the kinds picked, the running job.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/Catalogue.hpp"
#include "core/TimeZone.hpp"
#include "table/ExportJob.hpp"
#include "ui/PanelExport.hpp"

namespace atelier::table {

/// A place an export can go.
struct ExportDestination {
    std::string name;             ///< a stick's label (or its mount point's name), or the folder's path
    std::filesystem::path folder; ///< where the export's folder is made
    bool removable = false;
};

/// Where the panel's exports may go: the configured folder and the removable drives mounted now.
struct ExportSetup {
    std::filesystem::path folder; ///< `[panel] export_folder` ("" none)
    /// The removable drives mounted now (the platform reads the mount table); unset: none.
    std::function<std::vector<ExportDestination>()> drives;
    bool ffmpeg = false; ///< ffmpeg is installed (the MP4 could be made)
    /// Draws the phase pictures and the video (the command line's child `atelier export`); unset: not
    /// offered.
    PictureMaker pictures;
    int pauseMs = 0; ///< ATELIER_EXPORT_PAUSE_MS: a pause after each chunk, for tests that pull a stick
};

class PanelExportState {
public:
    /// Opens the screen for a session; lists the destinations as they are now.
    void open(const ExportSetup& setup, std::int64_t session, std::string label, core::Language language);
    void pick(int destination);
    void toggle(int kind);
    /// Starts the worker on the picked destination and kinds.
    void start(const std::filesystem::path& dataFile, core::Language language, const core::TimeZone& zone,
               int pauseMs);
    void cancel();
    /// Takes the worker's progress; true when the screen shows something new.
    bool poll();
    /// True until poll() has reported the outcome: a job that finished between a frame's update and the
    /// settled check still holds --quit-after-script for the frame that shows its sentence.
    bool running() const { return m_job != nullptr; }
    const ui::PanelExportView& view() const { return m_view; }

private:
    ui::PanelExportView m_view;
    std::vector<ExportDestination> m_destinations;
    PictureMaker m_pictures; ///< the setup's, handed to each job
    std::unique_ptr<ExportJob> m_job;
    std::string m_shown; ///< the progress as last drawn
};

/// The destinations: the removable drives, then the configured folder when it exists.
std::vector<ExportDestination> exportDestinations(const ExportSetup& setup);

} // namespace atelier::table

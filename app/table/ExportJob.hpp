// The panel's export of one session to a USB stick or a folder, on one worker thread: each file written
// under a temporary name and renamed when complete, a progress per file, Cancel, one sentence on failure.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/Catalogue.hpp"
#include "core/TimeZone.hpp"
#include "replay/Player.hpp"
#include "replay/SessionReport.hpp"
#include "table/ExportContent.hpp"
#include "table/WholeFile.hpp"

namespace atelier::table {

/// What the facilitator can pick to export.
enum class ExportKind { Html, Csv, Json, Standalone, PhasePictures, Video, GeoJson, Decidim };

/// What the picture maker is asked to draw.
struct PictureOrder {
    /// The board at the end of each phase; the time-lapse; the HTML report with its pictures (index.html).
    enum class What { PhasePictures, Video, Report };
    What what = What::PhasePictures;
    std::int64_t sessionId = 0;
    std::filesystem::path
        target; ///< the folder of the phase pictures or the report, or the video's temporary file
    core::Language language = core::Language::French; ///< the report's words
};

/// Draws a session's pictures where GL may be used (the command line runs `atelier export` as a child
/// process: the table's frames never wait for it). Reports its progress (0..1), stops soon after `cancelled`
/// turns true, and answers "" when everything is written, else what went wrong (for the log).
using PictureMaker =
    std::function<std::string(const PictureOrder& order, const std::function<void(double)>& progress,
                              const std::atomic<bool>& cancelled)>;

/// One export: which session, where, what.
struct ExportRequest {
    std::filesystem::path dataFile;
    std::int64_t sessionId = 0;
    std::filesystem::path destination; ///< the stick's mount point or the configured folder (must exist)
    std::vector<ExportKind> kinds;
    core::Language language = core::Language::French;
    core::TimeZone zone;
    int pauseMs = 0; ///< a pause after each chunk written (env ATELIER_EXPORT_PAUSE_MS: tests pull a stick)
    PictureMaker pictures; ///< draws the phase pictures and the video (unset: those kinds fail)
};

/// One line of the progress: a kind of file and how far it is written.
struct ExportLine {
    ExportKind kind = ExportKind::Html;
    double fraction = 0; ///< 0..1
    bool done = false;
};

/// The worker and what it reports. Destroying it cancels and waits (a few ms: the worker checks between
/// chunks of 64 KiB).
class ExportJob {
public:
    explicit ExportJob(ExportRequest request);
    ~ExportJob();
    ExportJob(const ExportJob&) = delete;
    ExportJob& operator=(const ExportJob&) = delete;

    /// Asks the worker to stop; the file being written is removed, the finished ones stay.
    void cancel() { m_cancel = true; }
    bool finished() const { return m_finished; }
    /// The progress per kind, as of now.
    std::vector<ExportLine> lines() const;
    /// Once finished: the sentence for the panel (where the files are, or why it stopped).
    std::string outcome() const;
    /// Once finished: true when every file was written.
    bool succeeded() const { return m_succeeded; }
    /// The folder the files go to (inside the destination).
    const std::filesystem::path& folder() const { return m_folder; }

private:
    void run();
    bool writeAll();
    /// The files of a kind built here (not drawn, not the session file), from the report at the end.
    std::vector<ExportFile> filesFor(ExportKind kind, const replay::SessionReport& report,
                                     replay::Player& player);
    bool writeFile(std::size_t line, const std::filesystem::path& name, const std::string& bytes,
                   std::size_t& doneBytes, std::size_t totalBytes);
    bool writeStandalone(std::size_t line);
    /// The phase pictures or the video through the picture maker; `phases` names the pictures to clean up.
    bool writePictures(std::size_t line, std::size_t phases);
    /// The HTML report with its pictures, drawn by the picture maker into a temporary folder, then renamed to
    /// rapport.html.
    bool writeReport(std::size_t line);
    void setFraction(std::size_t line, double fraction, bool done);
    /// Logs `detail` (for the technician) and keeps `sentence` (in the panel's language) for the panel.
    void fail(const std::string& detail, std::string sentence);

    ExportRequest m_request;
    std::filesystem::path m_folder;
    mutable std::mutex m_mutex;
    std::vector<ExportLine> m_lines;
    std::string m_outcome;
    bool m_offMap = false; ///< a map or Decidim file was written while no photo lies on the map
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_finished{false};
    std::atomic<bool> m_succeeded{false};
    std::thread m_thread;
};

/// The folder name of a session's export: "atelier-seance-12-2026-12-07-14h05" (local start time).
std::string exportFolderName(std::int64_t sessionId, const std::string& startedAtIso,
                             const core::TimeZone& zone);

} // namespace atelier::table

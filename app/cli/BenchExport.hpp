// The bench's "export-running" scenario: the panel's export of a session keeps running on its worker (and its
// child process for the pictures) while the frames are measured, polled each frame as the panel does.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "table/PanelExportState.hpp"

namespace atelier::cli {

/// A finished session written to a temporary data dir, and its export to a temporary folder, started again
/// each time it completes. The destructor cancels the one running and removes both folders.
class ExportInBackground {
public:
    /// Writes a session of `cards` cards over five phases; the export starts at the first poll().
    explicit ExportInBackground(int cards);
    ~ExportInBackground();
    ExportInBackground(const ExportInBackground&) = delete;
    ExportInBackground& operator=(const ExportInBackground&) = delete;

    /// What the live table's panel does for an export each frame: takes its progress (and starts the next
    /// export when one completed).
    void poll();
    /// Waits for the next tick of a 60 Hz display, as the table's frames come (the export has time to run).
    void waitForNextFrame();
    /// One line: how many exports completed and what each wrote.
    std::string summary() const;

private:
    std::filesystem::path m_root;
    std::filesystem::path m_dataFile;
    std::int64_t m_session = 0;
    table::ExportSetup m_setup;
    table::PanelExportState m_export;
    int m_started = 0;
    int m_completed = 0;
    int m_failed = 0;
    std::chrono::steady_clock::time_point m_nextFrame = std::chrono::steady_clock::now();
};

} // namespace atelier::cli

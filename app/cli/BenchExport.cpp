// A session to export, written through the store's own API, and the panel's export state driven as the panel
// drives it: every kind the table can write, started again until the bench's frames are done.
#include "cli/BenchExport.hpp"

#include <algorithm>
#include <random>
#include <spdlog/spdlog.h>
#include <thread>
#include <unistd.h>

#include "cli/PanelPictures.hpp"
#include "core/Apply.hpp"
#include "platform/VideoEncoder.hpp"
#include "store/Database.hpp"
#include "store/EventLog.hpp"

namespace atelier::cli {
namespace {

constexpr int kPhases = 5;

/// A finished-looking session: `cards` cards and a stroke per card spread over five phases.
std::int64_t writeSession(const std::filesystem::path& dataDir, int cards) {
    store::Database database = store::Database::open(dataDir);
    database.ensureWorkshop(store::Workshop{"bench", "Bench : export", "banc d'essai", "{}", {}});
    const std::int64_t session = database.createSession("bench");
    core::Board board;
    store::EventLog log(database, session, board, 0);
    std::int64_t t = 0;
    const auto add = [&](const core::Event& event) {
        if (core::apply(board, event)) {
            log.append(t += 250, event);
        }
    };
    add(core::SessionConfigured{6, 5, "Bench : export", 0});
    std::mt19937 random(7);
    std::uniform_real_distribution<double> x(60, 1150);
    std::uniform_real_distribution<double> y(60, 620);
    core::ItemId id = 1;
    for (int phase = 0; phase < kPhases; ++phase) {
        add(core::PhaseStarted{phase, "Phase " + std::to_string(phase + 1), {"cards", "sketch"}, 600, 0});
        for (int c = phase * cards / kPhases; c < (phase + 1) * cards / kPhases; ++c) {
            core::CardCreated card;
            card.id = id++;
            card.pose.centre = {x(random), y(random)};
            card.size = {80, 50};
            card.text = "idée n° " + std::to_string(c + 1) + " : un banc, de l'ombre, des arbres";
            card.seat = 1 + c % 6;
            add(card);
            const core::Vec2 at{x(random), y(random)};
            add(core::StrokeBegun{
                id++, core::kNoItem, 0x2060a0ff, 2, {at, {at.x + 40, at.y + 10}}, card.seat});
        }
    }
    log.flush();
    return session;
}

} // namespace

ExportInBackground::ExportInBackground(int cards)
    : m_root(std::filesystem::temp_directory_path() /
             ("atelier-bench-export-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(m_root);
    std::filesystem::create_directories(m_root / "stick");
    m_dataFile = m_root / "data" / store::kDataFileName;
    m_session = writeSession(m_root / "data", cards);
    m_setup.folder = m_root / "stick";
    m_setup.ffmpeg = platform::findProgram("ffmpeg").has_value();
    m_setup.pictures = childPictureMaker({}, m_root / "data");
}

ExportInBackground::~ExportInBackground() {
    m_export.cancel();
    while (m_export.running()) { // the worker stops between two chunks; the child is killed
        m_export.poll();
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    std::error_code error;
    std::filesystem::remove_all(m_root, error);
}

void ExportInBackground::poll() {
    if (m_export.running()) {
        m_export.poll();
        if (!m_export.running()) {
            (m_export.view().failed ? m_failed : m_completed) += 1;
        }
        return;
    }
    // As a facilitator would: the screen opened on the folder, every kind the table offers, Export.
    m_export.open(m_setup, m_session, "bench", core::Language::French);
    const ui::PanelExportView& view = m_export.view();
    for (std::size_t kind = 0; kind < ui::kPanelExportKinds; ++kind) {
        if (view.unavailable[kind].empty() && !view.chosen[kind]) {
            m_export.toggle(static_cast<int>(kind));
        }
    }
    m_export.pick(0);
    std::error_code error; // each export into a folder of its own
    std::filesystem::remove_all(m_root / "stick", error);
    std::filesystem::create_directories(m_root / "stick", error);
    m_export.start(m_dataFile, core::Language::French, core::TimeZone{}, 0);
    ++m_started;
}

void ExportInBackground::waitForNextFrame() {
    m_nextFrame = std::max(m_nextFrame + std::chrono::microseconds(16'667), std::chrono::steady_clock::now());
    std::this_thread::sleep_until(m_nextFrame);
}

std::string ExportInBackground::summary() const {
    return "exports started " + std::to_string(m_started) + ", completed " + std::to_string(m_completed) +
           ", failed " + std::to_string(m_failed) + " (HTML, CSV, JSON, session file, a PNG per phase" +
           (m_setup.ffmpeg ? ", MP4" : "; no ffmpeg here: no MP4") + ")";
}

} // namespace atelier::cli

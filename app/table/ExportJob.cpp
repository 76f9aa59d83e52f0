// The export worker: report built from a read-only Player of its own, files written in chunks under
// ".NAME.part".
#include "table/ExportJob.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <spdlog/spdlog.h>

#include "replay/Player.hpp"
#include "replay/ReportHtml.hpp"
#include "store/SessionCopy.hpp"
#include "table/ExportContent.hpp"

namespace atelier::table {
std::string exportFolderName(std::int64_t sessionId, const std::string& startedAtIso,
                             const core::TimeZone& zone) {
    std::string name = "atelier-seance-" + std::to_string(sessionId);
    if (const std::optional<std::int64_t> started = core::parseIsoUtc(startedAtIso)) {
        const core::LocalTime local = core::localTime(*started, zone);
        char when[32];
        std::snprintf(when, sizeof when, "-%04d-%02d-%02d-%02dh%02d", local.year, local.month, local.day,
                      local.hour, local.minute);
        name += when;
    }
    return name;
}

ExportJob::ExportJob(ExportRequest request) : m_request(std::move(request)) {
    for (const ExportKind kind : m_request.kinds) {
        m_lines.push_back(ExportLine{kind, 0, false});
    }
    m_thread = std::thread([this] { run(); });
}

ExportJob::~ExportJob() {
    m_cancel = true;
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

std::vector<ExportLine> ExportJob::lines() const {
    std::lock_guard lock(m_mutex);
    return m_lines;
}

std::string ExportJob::outcome() const {
    std::lock_guard lock(m_mutex);
    return m_outcome;
}

void ExportJob::setFraction(std::size_t line, double fraction, bool done) {
    std::lock_guard lock(m_mutex);
    m_lines[line].fraction = fraction;
    m_lines[line].done = done;
}

void ExportJob::fail(const std::string& detail, std::string sentence) {
    spdlog::error("export of session {}: {}", m_request.sessionId, detail);
    std::lock_guard lock(m_mutex);
    m_outcome = std::move(sentence);
}

void ExportJob::run() {
    const bool french = m_request.language == core::Language::French;
    bool written = false;
    try {
        written = writeAll();
    } catch (const std::exception& error) { // a damaged session or a store that cannot be read
        fail(std::string("the export stopped: ") + error.what(),
             french ? "L'export s'est arrêté : les données de cette séance ne peuvent pas être lues."
                    : "The export stopped: this session's data cannot be read.");
    }
    if (written) {
        m_succeeded = true;
        spdlog::info("export of session {} complete in {}", m_request.sessionId, m_folder.string());
        std::lock_guard lock(m_mutex);
        m_outcome = (french ? "Export terminé : " : "Export complete: ") + m_folder.string();
        if (m_offMap) { // the files are right, but say why a map shows nothing
            m_outcome += french
                             ? ". Aucune photo de cette séance n'est placée sur une carte : la carte GeoJSON "
                               "est vide et les propositions Decidim n'ont pas de coordonnées. Pour les "
                               "placer, importez un plan géoréférencé (un GeoTIFF, ou une image avec ses "
                               "fichiers .jgw et .prj)."
                             : ". No photo of this session lies on a map: the GeoJSON map is empty and the "
                               "Decidim proposals have no coordinates. To place them, import a georeferenced "
                               "plan (a GeoTIFF, or an image with its .jgw and .prj files).";
        }
    } else if (m_cancel) {
        spdlog::info("export of session {} cancelled", m_request.sessionId);
        std::lock_guard lock(m_mutex);
        m_outcome = french ? "Export annulé : les fichiers déjà complets restent, aucun fichier incomplet."
                           : "Export cancelled: the files already complete stay, no incomplete file is left.";
    }
    m_finished = true;
}

std::vector<ExportFile> ExportJob::filesFor(ExportKind kind, const replay::SessionReport& report,
                                            replay::Player& player) {
    switch (kind) {
    case ExportKind::Html: // no picture maker on this table: the report without its pictures
        return {ExportFile{"rapport.html",
                           replay::reportToHtml(report, {}, m_request.language,
                                                core::isoInWords(report.session.startedAt, m_request.zone,
                                                                 m_request.language))}};
    case ExportKind::Csv:
        return csvFiles(report, "cartes");
    case ExportKind::Json:
        return jsonFiles(report, player.recording(), "seance");
    case ExportKind::GeoJson:
    case ExportKind::Decidim: {
        const replay::GeoPlacement placement(player.board(), player.recording().georeferences());
        m_offMap = m_offMap || placement.photosOnMap() == 0;
        return {kind == ExportKind::GeoJson ? geoJsonFile(report, player.board(), placement, "seance")
                                            : decidimFile(report, player.board(), placement,
                                                          m_request.language, "decidim-propositions")};
    }
    case ExportKind::Standalone:
    case ExportKind::PhasePictures:
    case ExportKind::Video:
        break; // written by writeStandalone and the picture maker
    }
    return {};
}

bool ExportJob::writeAll() {
    const bool french = m_request.language == core::Language::French;
    const std::string removed =
        french ? "La clé USB ou le dossier n'accepte plus d'écriture (pleine ou retirée) : l'export s'est "
                 "arrêté et aucun fichier incomplet n'y reste."
               : "The USB stick or folder takes no more writing (full or removed): the export stopped and no "
                 "incomplete file is left on it.";
    const std::string undrawn =
        french
            ? "L'export s'est arrêté : les images de la séance n'ont pas pu être dessinées (le journal de la "
              "table dit pourquoi) ; aucun fichier incomplet ne reste."
            : "The export stopped: the session's pictures could not be drawn (the table's log says why); no "
              "incomplete file is left.";
    std::error_code error;
    if (!std::filesystem::is_directory(m_request.destination, error)) {
        fail("the destination " + m_request.destination.string() + " is gone", removed);
        return false;
    }
    replay::Player player(m_request.dataFile, m_request.sessionId, replay::Audience::Public);
    player.seek(player.durationMs());
    const WorkshopLook look = workshopLook(player.recording());
    const replay::SessionReport report = replay::buildReport(player.recording(), player.board(), look.labels);
    m_folder = m_request.destination /
               exportFolderName(m_request.sessionId, player.recording().info().startedAt, m_request.zone);
    std::filesystem::create_directory(m_folder, error); // never create_directories: a pulled stick stays gone
    if (error) {
        fail("cannot make " + m_folder.string() + ": " + error.message(), removed);
        return false;
    }
    for (std::size_t line = 0; line < m_request.kinds.size(); ++line) {
        if (m_cancel) {
            return false;
        }
        const ExportKind kind = m_request.kinds[line];
        if (kind == ExportKind::Standalone) {
            if (!writeStandalone(line)) {
                fail("cannot write the standalone session file", removed);
                return false;
            }
            continue;
        }
        // The pictures, the video and (with the board's pictures, as `atelier export --html` writes it) the
        // report are drawn by the picture maker.
        if (kind == ExportKind::PhasePictures || kind == ExportKind::Video ||
            (kind == ExportKind::Html && m_request.pictures)) {
            const bool drawn =
                kind == ExportKind::Html ? writeReport(line) : writePictures(line, report.phases.size());
            if (!drawn) {
                if (!m_cancel) {
                    fail(kind == ExportKind::Html ? "the report stopped" : "the pictures stopped",
                         std::filesystem::is_directory(m_folder, error) ? undrawn : removed);
                }
                return false;
            }
            continue;
        }
        const std::vector<ExportFile> files = filesFor(kind, report, player);
        std::size_t total = 0;
        for (const ExportFile& file : files) {
            total += file.bytes.size();
        }
        std::size_t done = 0;
        for (const ExportFile& file : files) {
            if (!writeFile(line, file.name, file.bytes, done, total)) {
                if (!m_cancel) {
                    fail("cannot write " + (m_folder / file.name).string(), removed);
                }
                return false;
            }
        }
        setFraction(line, 1, true);
    }
    return true;
}

bool ExportJob::writeFile(std::size_t line, const std::filesystem::path& name, const std::string& bytes,
                          std::size_t& doneBytes, std::size_t totalBytes) {
    const std::filesystem::path file = m_folder / name;
    std::error_code error;
    if (file.parent_path() != m_folder) {
        std::filesystem::create_directory(file.parent_path(), error);
    }
    spdlog::info("export: writing {}", file.string());
    const std::size_t before = doneBytes;
    return writeWholeFile(file, bytes, [&](std::size_t written) {
        doneBytes = before + written;
        setFraction(line,
                    totalBytes > 0 ? static_cast<double>(doneBytes) / static_cast<double>(totalBytes) : 1,
                    false);
        if (m_request.pauseMs > 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(m_request.pauseMs));
        }
        return !m_cancel;
    });
}

bool ExportJob::writeReport(std::size_t line) {
    const std::filesystem::path page = m_folder / "rapport.html";
    const PictureOrder order{PictureOrder::What::Report, m_request.sessionId,
                             partialName(m_folder / "rapport"), m_request.language};
    spdlog::info("export: drawing {}", page.string());
    const std::string problem = m_request.pictures(
        order, [this, line](double fraction) { setFraction(line, std::clamp(fraction, 0.0, 1.0), false); },
        m_cancel);
    bool ok = problem.empty() && !m_cancel && completeFile(order.target / "index.html", page);
    std::error_code error;
    std::filesystem::remove_all(order.target, error); // the folder the drawer wrote in, whatever happened
    if (!ok && !m_cancel) {
        spdlog::error("export of session {}: {}", m_request.sessionId,
                      problem.empty() ? "the report could not be completed" : problem);
    }
    if (ok) {
        setFraction(line, 1, true);
    }
    return ok;
}

bool ExportJob::writePictures(std::size_t line, std::size_t phases) {
    const bool video = m_request.kinds[line] == ExportKind::Video;
    const std::filesystem::path videoFile = m_folder / kVideoFileName;
    PictureOrder order{video ? PictureOrder::What::Video : PictureOrder::What::PhasePictures,
                       m_request.sessionId, video ? partialName(videoFile) : m_folder};
    spdlog::info("export: drawing {}", video ? videoFile.string() : (m_folder / "phase-*.png").string());
    std::string problem = "nothing draws pictures on this table";
    if (m_request.pictures) {
        problem = m_request.pictures(
            order,
            [this, line](double fraction) { setFraction(line, std::clamp(fraction, 0.0, 1.0), false); },
            m_cancel);
    }
    bool ok = problem.empty() && !m_cancel;
    std::error_code error;
    if (video) {
        ok = ok ? completeFile(order.target, videoFile)
                : (std::filesystem::remove(order.target, error), false);
    } else if (!ok) { // a drawer stopped mid-picture leaves its temporary file: the finished pictures stay
        for (std::size_t phase = 0; phase < std::max<std::size_t>(phases, 1); ++phase) {
            std::filesystem::remove(partialName(m_folder / phasePictureName(phase)), error);
        }
    }
    if (!ok && !m_cancel) {
        spdlog::error("export of session {}: {}", m_request.sessionId,
                      problem.empty() ? "the pictures could not be completed" : problem);
    }
    if (ok) {
        setFraction(line, 1, true);
    }
    return ok;
}

bool ExportJob::writeStandalone(std::size_t line) {
    const std::filesystem::path file =
        m_folder / ("seance-" + std::to_string(m_request.sessionId) + ".atelier");
    const std::filesystem::path partial = partialName(file);
    std::error_code error;
    std::filesystem::remove(partial, error);
    spdlog::info("export: writing {}", file.string());
    try {
        store::copySession(m_request.dataFile, m_request.sessionId, partial);
        std::filesystem::rename(partial, file, error);
    } catch (const std::exception& failure) {
        spdlog::error("standalone copy of session {}: {}", m_request.sessionId, failure.what());
        error = std::make_error_code(std::errc::io_error);
    }
    if (error) {
        std::filesystem::remove(partial, error);
        return false;
    }
    setFraction(line, 1, true);
    return true;
}

} // namespace atelier::table

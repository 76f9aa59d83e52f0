// The export subcommand: replays the session read-only, then writes the file the person asked for.
#include "cli/ExportCommand.hpp"
#include "cli/ExportCommandGeo.hpp"

#include <charconv>
#include <cmath>
#include <fstream>
#include <functional>
#include <map>
#include <spdlog/spdlog.h>
#include <stb/stb_image_write.h>

#include "core/BoardCodec.hpp"
#include "platform/BoardStage.hpp"
#include "platform/FrameLoop.hpp"
#include "platform/RedrawPolicy.hpp"
#include "platform/VideoEncoder.hpp"
#include "replay/Player.hpp"
#include "replay/ReportCsv.hpp"
#include "replay/ReportHtml.hpp"
#include "replay/ReportJson.hpp"
#include "replay/SessionReport.hpp"
#include "store/Database.hpp"
#include "store/SessionCopy.hpp"
#include "store/StoreError.hpp"
#include "table/ExportContent.hpp"
#include "table/ExportScreen.hpp"
#include "table/WholeFile.hpp"
#include "workshop/WorkshopDefinition.hpp"

namespace atelier::cli {
namespace {

/// Video time-lapse: frames per second, and how long the film lasts (a 3-hour session plays in 60 s).
constexpr int kVideoFps = 25;
constexpr std::int64_t kVideoMinFrames = 2 * kVideoFps;
constexpr std::int64_t kVideoMaxFrames = 60 * kVideoFps;
constexpr std::int64_t kSessionMsPerVideoSecond = 180'000;

using table::WorkshopLook;
using table::workshopLook;

bool writeFile(const std::filesystem::path& file, std::string_view bytes) {
    std::error_code error;
    if (file.has_parent_path()) {
        std::filesystem::create_directories(file.parent_path(), error);
    }
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
        spdlog::error("cannot write {} (folder missing, disk full or not writable?)", file.string());
        return false;
    }
    return true;
}

/// A file next to `file`, named after its stem with `suffix` and ".csv": cards.csv → cards-ranking.csv.
std::filesystem::path csvBeside(const std::filesystem::path& file, const std::string& suffix) {
    return file.parent_path() / (file.stem().string() + suffix + ".csv");
}

/// The report's pictures are at most this wide: the page shows them at most 1100 CSS pixels wide.
constexpr int kReportPictureMaxWidth = 1200;
/// Each picture of a sketched photo's before / after pair is at most this wide: the two stand side by side.
constexpr int kReportPairMaxWidth = 600;
/// JPEG quality of report pictures holding photos (PNG is kept when it is smaller: flat colours, no photo).
constexpr int kReportJpegQuality = 85;

/// The RGB pixels of part of a frame (clamped to it), opaque; nothing when the part is empty.
struct RgbImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgb;
};

RgbImage cropRgb(const table::FrameImage& frame, int x0, int y0, int x1, int y1) {
    x0 = std::clamp(x0, 0, frame.width);
    x1 = std::clamp(x1, x0, frame.width);
    y0 = std::clamp(y0, 0, frame.height);
    y1 = std::clamp(y1, y0, frame.height);
    RgbImage image{x1 - x0, y1 - y0, {}};
    image.rgb.reserve(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 3);
    for (int y = y0; y < y1; ++y) {
        const std::uint8_t* row = frame.rgba.data() + (static_cast<std::size_t>(y) * frame.width + x0) * 4;
        for (int x = 0; x < image.width * 4; ++x) {
            if (x % 4 != 3) {
                image.rgb.push_back(row[x]);
            }
        }
    }
    return image;
}

/// `image` shrunk to at most `maxWidth` pixels wide (each pixel the average of the ones it covers).
RgbImage shrinkTo(RgbImage image, int maxWidth) {
    if (image.width <= maxWidth || image.width < 1) {
        return image;
    }
    const double factor = static_cast<double>(image.width) / maxWidth;
    RgbImage small{maxWidth, std::max(1, static_cast<int>(std::lround(image.height / factor))), {}};
    small.rgb.resize(static_cast<std::size_t>(small.width) * static_cast<std::size_t>(small.height) * 3);
    for (int y = 0; y < small.height; ++y) {
        const int sy0 = static_cast<int>(y * factor);
        const int sy1 = std::clamp(static_cast<int>(std::ceil((y + 1) * factor)), sy0 + 1, image.height);
        for (int x = 0; x < small.width; ++x) {
            const int sx0 = static_cast<int>(x * factor);
            const int sx1 = std::clamp(static_cast<int>(std::ceil((x + 1) * factor)), sx0 + 1, image.width);
            for (int c = 0; c < 3; ++c) {
                int sum = 0;
                for (int sy = sy0; sy < sy1; ++sy) {
                    for (int sx = sx0; sx < sx1; ++sx) {
                        sum += image.rgb[(static_cast<std::size_t>(sy) * image.width + sx) * 3 + c];
                    }
                }
                small.rgb[(static_cast<std::size_t>(y) * small.width + x) * 3 + c] =
                    static_cast<std::uint8_t>(sum / ((sy1 - sy0) * (sx1 - sx0)));
            }
        }
    }
    return small;
}

void appendBytes(void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                               static_cast<std::size_t>(size));
}

/// A PNG of part of a frame, encoded in memory, at full size.
std::string encodePng(const table::FrameImage& frame, int x0, int y0, int x1, int y1) {
    const RgbImage image = cropRgb(frame, x0, y0, x1, y1);
    std::string png;
    if (image.width > 0 && image.height > 0) {
        stbi_write_png_to_func(appendBytes, &png, image.width, image.height, 3, image.rgb.data(),
                               image.width * 3);
    }
    return png;
}

/// Part of a frame as the report shows it: at most kReportPictureMaxWidth wide; a `photographic` one (a
/// photo, or a table showing photos) as JPEG when that is smaller, the others (flat cards and text) as PNG,
/// which keeps them sharp and small.
replay::ReportPicture reportPicture(const table::FrameImage& frame, int x0, int y0, int x1, int y1,
                                    bool photographic, int maxWidth = kReportPictureMaxWidth) {
    const RgbImage image = shrinkTo(cropRgb(frame, x0, y0, x1, y1), maxWidth);
    replay::ReportPicture picture;
    if (image.width < 1 || image.height < 1) {
        return picture;
    }
    picture.width = image.width;
    picture.height = image.height;
    stbi_write_png_to_func(appendBytes, &picture.bytes, image.width, image.height, 3, image.rgb.data(),
                           image.width * 3);
    if (!photographic) {
        return picture;
    }
    std::string jpeg;
    stbi_write_jpg_to_func(appendBytes, &jpeg, image.width, image.height, 3, image.rgb.data(),
                           kReportJpegQuality);
    if (!jpeg.empty() && jpeg.size() < picture.bytes.size()) {
        picture.bytes = std::move(jpeg);
        picture.mime = "image/jpeg";
    }
    return picture;
}

/// The board with one photo alone, unrotated, filling most of the table, with the sketches on it when
/// `withSketches`.
core::Board photoAlone(const core::Board& board, const core::Photo& photo, core::Size surface,
                       bool withSketches) {
    core::Board alone;
    alone.title = board.title;
    alone.seatCount = board.seatCount;
    core::Photo centred = photo;
    centred.pose.centre = {surface.width / 2, surface.height / 2};
    centred.pose.rotation = 0;
    centred.pose.scale =
        std::min(surface.width * 0.9 / photo.size.width, surface.height * 0.85 / photo.size.height);
    alone.photos.emplace(photo.id, centred);
    for (const auto& [id, stroke] : board.strokes) {
        if (withSketches && stroke.parent == photo.id && !stroke.erased) {
            alone.strokes.emplace(id, stroke);
        }
    }
    return alone;
}

/// The part of `frame` (a board from photoAlone on a table of `surface` mm) that shows `photo`, as the report
/// shows it, at most `maxWidth` pixels wide.
replay::ReportPicture photoPicture(const table::FrameImage& frame, const core::Photo& photo,
                                   core::Size surface, int maxWidth) {
    const double pxPerMmX = frame.width / surface.width;
    const double pxPerMmY = frame.height / surface.height;
    const double halfW = photo.size.width * photo.pose.scale / 2;
    const double halfH = photo.size.height * photo.pose.scale / 2;
    return reportPicture(frame, static_cast<int>((photo.pose.centre.x - halfW) * pxPerMmX),
                         static_cast<int>((photo.pose.centre.y - halfH) * pxPerMmY),
                         static_cast<int>((photo.pose.centre.x + halfW) * pxPerMmX),
                         static_cast<int>((photo.pose.centre.y + halfH) * pxPerMmY), true, maxWidth);
}

class Exporter {
public:
    Exporter(const CommandLine& commandLine, const Config& config, const std::filesystem::path& resourceRoot,
             replay::Player& player)
        : m_config(config), m_resourceRoot(resourceRoot), m_player(player),
          m_look(workshopLook(player.recording())),
          m_size(commandLine.run.size.value_or(platform::defaultExportSize(stageSetup(config).surfaceMm))),
          m_progress(commandLine.exportOptions.progress) {}

    int png(const std::filesystem::path& file, std::int64_t atMs) {
        m_player.seek(atMs);
        bool written = false;
        const int status = drawShots(
            1, [this](std::size_t) { return table::Shot{m_player.board()}; },
            [&file, &written](std::size_t, table::FrameImage picture) {
                written = writeFile(file, encodePng(picture, 0, 0, picture.width, picture.height));
                return written;
            });
        if (status != 0 || !written) {
            return 1;
        }
        std::printf("%s: the table at %s (%dx%d)\n", file.c_str(),
                    replay::formatSessionTime(m_player.positionMs()).c_str(), m_table->size().width,
                    m_table->size().height);
        return 0;
    }

    /// One PNG per phase in `folder`, the board at the end of each as the report pictures it (hidden cards
    /// absent), each written whole under a temporary name then renamed: phase-1.png, phase-2.png, …
    int phases(const std::filesystem::path& folder) {
        const replay::SessionReport report = reportAtEnd();
        const std::size_t count = std::max<std::size_t>(report.phases.size(), 1);
        std::error_code error;
        std::filesystem::create_directory(folder, error); // one level: a pulled stick is not made again
        const int status = drawShots(
            count, [this, &report](std::size_t i) { return table::Shot{phaseEndBoard(report, i)}; },
            [this, &folder, count](std::size_t i, table::FrameImage picture) {
                const std::filesystem::path file = folder / table::phasePictureName(i);
                if (!table::writeWholeFile(file, encodePng(picture, 0, 0, picture.width, picture.height))) {
                    spdlog::error("cannot write {} (folder missing, disk full or not writable?)",
                                  file.string());
                    return false;
                }
                reportProgress(i + 1, count);
                return true;
            });
        if (status != 0) {
            return 1;
        }
        std::printf("%s: %zu pictures, one per phase (%dx%d)\n", folder.c_str(), count, m_table->size().width,
                    m_table->size().height);
        return 0;
    }

    int json(const std::filesystem::path& file) {
        const replay::SessionReport report = reportAtEnd();
        const std::vector<table::ExportFile> files =
            table::jsonFiles(report, m_player.recording(), file.stem().string());
        for (std::size_t i = 0; i < files.size(); ++i) { // the photos first, the JSON (last) at `file`
            const bool last = i + 1 == files.size();
            if (!writeFile(last ? file : file.parent_path() / files[i].name, files[i].bytes)) {
                return 1;
            }
        }
        std::printf("%s: %zu cards, %zu clusters, %zu photos\n", file.c_str(), report.cards.size(),
                    report.clusters.size(), files.size() - 1);
        return 0;
    }

    /// The cards into `file`; the clusters and the ranking beside it, into <stem>-clusters.csv and
    /// <stem>-ranking.csv (one kind of record per file, so that a spreadsheet opens each as a table).
    int csv(const std::filesystem::path& file) {
        const replay::SessionReport report = reportAtEnd();
        const std::filesystem::path clusters = csvBeside(file, "-clusters");
        const std::filesystem::path ranking = csvBeside(file, "-ranking");
        const std::vector<table::ExportFile> files = table::csvFiles(report, file.stem().string());
        if (!writeFile(file, files[0].bytes) || !writeFile(clusters, files[1].bytes) ||
            !writeFile(ranking, files[2].bytes)) {
            return 1;
        }
        if (report.decision && !report.decision->criteria.empty() &&
            !writeFile(csvBeside(file, "-criteria"), replay::reportCriteriaToCsv(report))) {
            return 1; // the criteria ranking (issue 20), only for a session with criteria
        }
        std::printf("%s: %zu cards; %s: %zu clusters; %s: %zu ranked\n", file.c_str(), report.cards.size(),
                    clusters.c_str(), report.clusters.size(), ranking.c_str(), report.ranking.size());
        return 0;
    }

    int html(const std::filesystem::path& folder) {
        const replay::SessionReport report = reportAtEnd();
        replay::ReportPictures pictures;
        if (!drawReportPictures(report, pictures)) {
            return 1;
        }
        const core::Language language =
            core::languageFromCode(m_config.language).value_or(core::Language::French);
        const std::filesystem::path page = folder / "index.html";
        const std::string when =
            core::isoInWords(report.session.startedAt, tableTimeZone(m_config), language);
        if (!writeFile(page, replay::reportToHtml(report, pictures, language, when))) {
            return 1;
        }
        std::printf("%s: %zu cards, %zu phases, %zu photos\n", page.c_str(), report.cards.size(),
                    report.phases.size(), report.photos.size());
        return 0;
    }

    int video(const std::filesystem::path& file) {
        std::optional<std::filesystem::path> ffmpeg = platform::findProgram("ffmpeg");
        if (!ffmpeg) {
            spdlog::error(
                "a video needs ffmpeg, which is not installed (Debian: sudo apt install ffmpeg); the PNG, "
                "JSON, CSV and HTML exports work without it.");
            return 1;
        }
        if (!openTable()) {
            return 1;
        }
        const std::int64_t duration = m_player.durationMs();
        const std::int64_t frames =
            std::clamp(duration * kVideoFps / kSessionMsPerVideoSecond, kVideoMinFrames, kVideoMaxFrames);
        platform::VideoEncoder encoder(*ffmpeg, file, m_table->size(), kVideoFps);
        if (!encoder.problem().empty()) {
            spdlog::error("{}", encoder.problem());
            return 1;
        }
        // A first board at the start, not filmed, so that its photos and glyphs are ready for the first
        // frame.
        const auto shotAt = [this, duration, frames](std::size_t index) {
            if (index == 0) {
                m_player.seek(0);
                return table::Shot{m_player.board(), table::Settle::Always, false};
            }
            const auto i = static_cast<std::int64_t>(index) - 1;
            m_player.seek(frames > 1 ? duration * i / (frames - 1) : duration);
            return table::Shot{m_player.board(), table::Settle::IfLoading, true};
        };
        const int status = drawShots(static_cast<std::size_t>(frames) + 1, shotAt,
                                     [this, &encoder, frames](std::size_t index, table::FrameImage picture) {
                                         reportProgress(index, static_cast<std::size_t>(frames));
                                         return encoder.write(picture);
                                     });
        if (const std::string problem = encoder.finish(); !problem.empty() || status != 0) {
            spdlog::error("{}", problem.empty() ? "the video's frames could not be drawn" : problem);
            return 1;
        }
        std::printf("%s: %lld frames at %d fps\n", file.c_str(), static_cast<long long>(frames), kVideoFps);
        return 0;
    }

private:
    /// The board at the end of phase `i` of `report` (public: hidden cards absent); the last phase's is the
    /// board at the end, where the player stands.
    core::Board phaseEndBoard(const replay::SessionReport& report, std::size_t i) {
        return i + 1 < report.phases.size() ? m_player.recording().publicBoardAt(report.phases[i + 1].seq - 1)
                                            : m_player.board();
    }

    /// With --progress, a line "progress N/M" on stdout as soon as picture N of M is drawn.
    void reportProgress(std::size_t done, std::size_t total) const {
        if (m_progress) {
            std::printf("progress %zu/%zu\n", done, total);
            std::fflush(stdout);
        }
    }

    /// The phase-end pictures, the end picture and each photo alone with its sketches, for the HTML report;
    /// for a sketched photo, a pair of smaller pictures: the photo alone (before) and with its sketches
    /// (after).
    bool drawReportPictures(const replay::SessionReport& report, replay::ReportPictures& pictures) {
        const std::size_t phases = report.phases.size();
        const core::Size surface{m_config.displayWidthMm, m_config.displayHeightMm};
        std::vector<std::pair<std::int64_t, const core::Photo*>> photos;
        std::vector<bool> sketched;
        for (const replay::ReportPhoto& photo : report.photos) {
            const core::Photo* found = m_player.board().findPhoto(photo.id);
            if (found != nullptr && found->size.width > 0 && found->size.height > 0) {
                photos.emplace_back(photo.id, found);
                sketched.push_back(photo.strokes > 0);
            }
        }
        std::vector<std::size_t>
            bare; // the photos pictured once more without their sketches, after the others
        for (std::size_t p = 0; p < photos.size(); ++p) {
            if (sketched[p]) {
                bare.push_back(p);
            }
        }
        const std::size_t first = phases + 1; // the index of the first photo's picture
        const auto photoOf = [&](std::size_t i) {
            return i < first + photos.size() ? i - first : bare[i - first - photos.size()];
        };
        std::vector<core::Photo> shown(photos.size()); // each photo as pictured alone
        std::vector<bool> photographic(phases + 1);    // the table's pictures that show a photo
        const auto shotAt = [&](std::size_t i) {
            if (i <= phases) {
                core::Board board = phaseEndBoard(report, i);
                photographic[i] = std::any_of(board.photos.begin(), board.photos.end(),
                                              [](const auto& photo) { return !photo.second.deleted; });
                return table::Shot{std::move(board)};
            }
            const std::size_t p = photoOf(i);
            core::Board alone =
                photoAlone(m_player.board(), *photos[p].second, surface, i < first + photos.size());
            shown[p] = alone.photos.begin()->second;
            return table::Shot{std::move(alone)};
        };
        const std::size_t total = first + photos.size() + bare.size();
        const auto keep = [&](std::size_t i, table::FrameImage frame) {
            reportProgress(i + 1, total);
            if (i < phases) {
                pictures.phaseEnds.push_back(
                    reportPicture(frame, 0, 0, frame.width, frame.height, photographic[i]));
            } else if (i == phases) {
                pictures.end = reportPicture(frame, 0, 0, frame.width, frame.height, photographic[i]);
            } else {
                const std::size_t p = photoOf(i);
                const int maxWidth = sketched[p] ? kReportPairMaxWidth : kReportPictureMaxWidth;
                (i < first + photos.size() ? pictures.photos : pictures.photosBare)
                    .emplace(photos[p].first, photoPicture(frame, shown[p], surface, maxWidth));
            }
            return true;
        };
        return drawShots(total, shotAt, keep) == 0;
    }

    /// Draws `count` boards on the one frame loop, each settled, handing each kept picture to `keep`; the
    /// loop's exit code, 1 when the stage cannot be opened.
    int drawShots(std::size_t count, std::function<table::Shot(std::size_t)> shotAt,
                  std::function<bool(std::size_t, table::FrameImage)> keep) {
        if (!openTable()) {
            return 1;
        }
        table::ExportScreen screen(table::ExportPlan{count, std::move(shotAt), std::move(keep),
                                                     stageSetup(m_config).language,
                                                     platform::kSettleLimitMs});
        platform::FrameLoopOptions options;
        options.surfaceMm = {m_config.displayWidthMm, m_config.displayHeightMm};
        platform::FrameLoop loop(*m_table, screen, std::move(options));
        const int status = loop.run();
        return status != 0 ? status : (screen.finished() ? 0 : 1);
    }

    bool openTable() {
        if (m_table) {
            return true;
        }
        auto opened =
            platform::BoardStage::open(stageSetup(m_config), m_resourceRoot, m_player.recording().file(),
                                       platform::StageOptions{true, false, m_size}, m_look.colours);
        if (auto* problem = std::get_if<std::string>(&opened)) {
            spdlog::error("{}", *problem);
            return false;
        }
        m_table = std::move(std::get<std::unique_ptr<platform::BoardStage>>(opened));
        return true;
    }

    replay::SessionReport reportAtEnd() {
        m_player.seek(m_player.durationMs());
        return replay::buildReport(m_player.recording(), m_player.board(), m_look.labels);
    }

    const Config& m_config;
    const std::filesystem::path& m_resourceRoot;
    replay::Player& m_player;
    WorkshopLook m_look;
    PixelSize m_size;
    bool m_progress = false;
    std::unique_ptr<platform::BoardStage> m_table;
};

} // namespace

platform::StageSetup stageSetup(const Config& config) {
    platform::StageSetup setup;
    setup.surfaceMm = core::Size{config.displayWidthMm, config.displayHeightMm};
    setup.language = core::languageFromCode(config.language).value_or(core::Language::French);
    setup.uiScale = config.uiScale;
    setup.vsync = config.vsync;
    return setup;
}

std::optional<std::int64_t> parseSessionId(const std::string& text) {
    std::int64_t id = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (error != std::errc{} || end != text.data() + text.size() || id <= 0) {
        return std::nullopt;
    }
    return id;
}

std::variant<SessionMoment, int> parseSessionMoment(const std::string& session,
                                                    const std::optional<std::string>& at) {
    const std::optional<std::int64_t> id = parseSessionId(session);
    if (!id) {
        spdlog::error("'{}' is not a session id: `atelier sessions` lists them.", session);
        return 2;
    }
    SessionMoment moment{*id, std::nullopt};
    if (at) {
        moment.atMs = replay::parseSessionTime(*at);
        if (!moment.atMs) {
            spdlog::error("--at must be a session time like 01:05:30 (hours:minutes:seconds), not '{}'.",
                          *at);
            return 2;
        }
    }
    return moment;
}

int exportCommand(const CommandLine& commandLine, const Config& tableConfig,
                  const std::filesystem::path& resourceRoot, const std::filesystem::path& dataDir) {
    const ExportOptions& options = commandLine.exportOptions;
    Config config = tableConfig;
    if (options.language) { // the panel's language, which the facilitator may have switched from the config's
        config.language = *options.language;
    }
    const auto parsed = parseSessionMoment(options.session, options.at);
    if (const int* code = std::get_if<int>(&parsed)) {
        return *code;
    }
    const std::optional<std::int64_t> session = std::get<SessionMoment>(parsed).session;
    const std::optional<std::int64_t> atMs = std::get<SessionMoment>(parsed).atMs;
    if (options.at) {
        if (!options.png && !options.boardJson) {
            spdlog::error(
                "--at goes with --png or --board-json: the other exports describe the whole session.");
            return 2;
        }
    }
    const std::filesystem::path dataFile = dataDir / store::kDataFileName;
    try {
        if (options.sqlite) {
            store::copySession(dataFile, *session, *options.sqlite);
            std::printf("%s: session %lld alone, ready to replay with --data on another machine\n",
                        options.sqlite->c_str(), static_cast<long long>(*session));
            return 0;
        }
        replay::Player player(dataFile, *session, replay::Audience::Public);
        if (options.geojson || options.decidim) {
            return exportToMap(player, options, config.language, workshopLook(player.recording()).labels);
        }
        if (options.boardJson) {
            // The board as the snapshots' JSON (docs/events.md), for sqlite3's json functions and other
            // tools.
            player.seek(atMs.value_or(player.durationMs()));
            if (!writeFile(*options.boardJson, core::boardToJson(player.board()))) {
                return 1;
            }
            std::printf("%s: the board of session %lld at %s as JSON\n", options.boardJson->c_str(),
                        static_cast<long long>(*session),
                        replay::formatSessionTime(player.positionMs()).c_str());
            return 0;
        }
        Exporter exporter(commandLine, config, resourceRoot, player);
        if (options.png) {
            if (atMs && *atMs > player.durationMs()) {
                spdlog::warn("session {} lasts {}: the picture shows its end.", *session,
                             replay::formatSessionTime(player.durationMs()));
            }
            return exporter.png(*options.png, atMs.value_or(player.durationMs()));
        }
        if (options.json) {
            return exporter.json(*options.json);
        }
        if (options.csv) {
            return exporter.csv(*options.csv);
        }
        if (options.html) {
            return exporter.html(*options.html);
        }
        if (options.video) {
            return exporter.video(*options.video);
        }
        if (options.phases) {
            return exporter.phases(*options.phases);
        }
    } catch (const store::StoreError& error) {
        spdlog::error("{}", error.what());
        return 1;
    }
    return 2;
}

} // namespace atelier::cli

// The export subcommand: replays the session read-only, then writes the file the person asked for.
#include "cli/ExportCommand.hpp"

#include <charconv>
#include <fstream>
#include <map>
#include <spdlog/spdlog.h>
#include <stb/stb_image_write.h>

#include "platform/BoardStage.hpp"
#include "platform/VideoEncoder.hpp"
#include "replay/Player.hpp"
#include "replay/ReportCsv.hpp"
#include "replay/ReportHtml.hpp"
#include "replay/ReportJson.hpp"
#include "replay/SessionCopy.hpp"
#include "replay/SessionReport.hpp"
#include "store/Database.hpp"
#include "store/StoreError.hpp"
#include "workshop/WorkshopDefinition.hpp"

namespace atelier::cli {
namespace {

/// Video time-lapse: frames per second, and how long the film lasts (a 3-hour session plays in 60 s).
constexpr int kVideoFps = 25;
constexpr std::int64_t kVideoMinFrames = 2 * kVideoFps;
constexpr std::int64_t kVideoMaxFrames = 60 * kVideoFps;
constexpr std::int64_t kSessionMsPerVideoSecond = 180'000;

/// The workshop's question and category names and colours, from the definition stored with it.
struct WorkshopLook {
    replay::WorkshopLabels labels;
    std::vector<std::uint32_t> colours;
};

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

std::string extensionFor(const std::string& mime) {
    if (mime == "image/png") {
        return ".png";
    }
    if (mime == "image/webp") {
        return ".webp";
    }
    return ".jpg";
}

/// A PNG of part of a frame, encoded in memory.
std::string encodePng(const platform::Frame& frame, int x0, int y0, int x1, int y1) {
    x0 = std::clamp(x0, 0, frame.width);
    x1 = std::clamp(x1, x0, frame.width);
    y0 = std::clamp(y0, 0, frame.height);
    y1 = std::clamp(y1, y0, frame.height);
    if (x1 - x0 < 1 || y1 - y0 < 1) {
        return {};
    }
    std::vector<std::uint8_t> pixels;
    pixels.reserve(static_cast<std::size_t>(x1 - x0) * static_cast<std::size_t>(y1 - y0) * 4);
    for (int y = y0; y < y1; ++y) {
        const std::uint8_t* row = frame.rgba.data() + (static_cast<std::size_t>(y) * frame.width + x0) * 4;
        for (int x = 0; x < (x1 - x0) * 4; ++x) {
            pixels.push_back(x % 4 == 3 ? std::uint8_t{255} : row[x]);
        }
    }
    std::string png;
    stbi_write_png_to_func(
        [](void* context, void* data, int size) {
            static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                                       static_cast<std::size_t>(size));
        },
        &png, x1 - x0, y1 - y0, 4, pixels.data(), (x1 - x0) * 4);
    return png;
}

/// The board with one photo alone, unrotated, filling most of the table, with the sketches on it.
core::Board photoAlone(const core::Board& board, const core::Photo& photo, core::Size surface) {
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
        if (stroke.parent == photo.id && !stroke.erased) {
            alone.strokes.emplace(id, stroke);
        }
    }
    return alone;
}

class Exporter {
public:
    Exporter(const CommandLine& commandLine, const Config& config, const std::filesystem::path& resourceRoot,
             replay::Player& player)
        : m_config(config), m_resourceRoot(resourceRoot), m_player(player),
          m_look(workshopLook(player.recording())),
          m_size(commandLine.run.size.value_or(platform::defaultExportSize(stageSetup(config).surfaceMm))) {}

    int png(const std::filesystem::path& file, std::int64_t atMs) {
        m_player.seek(atMs);
        if (!openTable()) {
            return 1;
        }
        m_table->draw(m_player.board());
        if (const std::string problem = m_table->savePng(file); !problem.empty()) {
            spdlog::error("{}", problem);
            return 1;
        }
        std::printf("%s: the table at %s (%dx%d)\n", file.c_str(),
                    replay::formatSessionTime(m_player.positionMs()).c_str(), m_table->size().width,
                    m_table->size().height);
        return 0;
    }

    int json(const std::filesystem::path& file) {
        const replay::SessionReport report = reportAtEnd();
        std::map<std::string, std::string> photoFiles;
        const std::string folder = file.stem().string() + "-photos";
        for (const replay::ReportPhoto& photo : report.photos) {
            if (photoFiles.contains(photo.assetHash)) {
                continue;
            }
            if (auto asset = m_player.recording().asset(photo.assetHash)) {
                const std::string name = folder + "/" + photo.assetHash + extensionFor(asset->mime);
                const std::string_view bytes(reinterpret_cast<const char*>(asset->bytes.data()),
                                             asset->bytes.size());
                if (!writeFile(file.parent_path() / name, bytes)) {
                    return 1;
                }
                photoFiles.emplace(photo.assetHash, name);
            } else {
                spdlog::warn("photo {} is not in the data file: the export names it without a file",
                             photo.assetHash);
            }
        }
        if (!writeFile(file, replay::reportToJson(report, photoFiles))) {
            return 1;
        }
        std::printf("%s: %zu cards, %zu clusters, %zu photos\n", file.c_str(), report.cards.size(),
                    report.clusters.size(), photoFiles.size());
        return 0;
    }

    int csv(const std::filesystem::path& file) {
        const replay::SessionReport report = reportAtEnd();
        if (!writeFile(file, replay::reportToCsv(report))) {
            return 1;
        }
        std::printf("%s: %zu cards\n", file.c_str(), report.cards.size());
        return 0;
    }

    int html(const std::filesystem::path& folder) {
        const replay::SessionReport report = reportAtEnd();
        if (!openTable()) {
            return 1;
        }
        replay::ReportPictures pictures;
        const platform::Frame size{m_table->size().width, m_table->size().height, {}};
        for (std::size_t i = 0; i < report.phases.size(); ++i) {
            const core::Board board = i + 1 < report.phases.size()
                                          ? m_player.recording().boardAt(report.phases[i + 1].seq - 1)
                                          : m_player.board();
            m_table->draw(board);
            pictures.phaseEnds.push_back(encodePng(m_table->capture(), 0, 0, size.width, size.height));
        }
        m_table->draw(m_player.board());
        pictures.end = encodePng(m_table->capture(), 0, 0, size.width, size.height);
        const core::Size surface{m_config.displayWidthMm, m_config.displayHeightMm};
        for (const replay::ReportPhoto& photo : report.photos) {
            const core::Photo* found = m_player.board().findPhoto(photo.id);
            if (found == nullptr || found->size.width <= 0 || found->size.height <= 0) {
                continue;
            }
            const core::Board alone = photoAlone(m_player.board(), *found, surface);
            m_table->draw(alone);
            const core::Photo& shown = alone.photos.begin()->second;
            const double pxPerMmX = size.width / surface.width;
            const double pxPerMmY = size.height / surface.height;
            const double halfW = shown.size.width * shown.pose.scale / 2;
            const double halfH = shown.size.height * shown.pose.scale / 2;
            pictures.photos.emplace(photo.id,
                                    encodePng(m_table->capture(),
                                              static_cast<int>((shown.pose.centre.x - halfW) * pxPerMmX),
                                              static_cast<int>((shown.pose.centre.y - halfH) * pxPerMmY),
                                              static_cast<int>((shown.pose.centre.x + halfW) * pxPerMmX),
                                              static_cast<int>((shown.pose.centre.y + halfH) * pxPerMmY)));
        }
        const core::Language language =
            core::languageFromCode(m_config.language).value_or(core::Language::French);
        const std::filesystem::path page = folder / "index.html";
        if (!writeFile(page, replay::reportToHtml(report, pictures, language))) {
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
        m_player.seek(0);
        m_table->draw(m_player.board());
        for (std::int64_t i = 0; i < frames; ++i) {
            m_player.seek(frames > 1 ? duration * i / (frames - 1) : duration);
            m_table->drawOnce(m_player.board());
            if (m_table->needsAnotherFrame()) {
                m_table->draw(m_player.board()); // a photo just placed: wait for it rather than film a gap
            }
            if (!encoder.write(m_table->capture())) {
                break;
            }
        }
        if (const std::string problem = encoder.finish(); !problem.empty()) {
            spdlog::error("{}", problem);
            return 1;
        }
        std::printf("%s: %lld frames at %d fps\n", file.c_str(), static_cast<long long>(frames), kVideoFps);
        return 0;
    }

private:
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

int exportCommand(const CommandLine& commandLine, const Config& config,
                  const std::filesystem::path& resourceRoot, const std::filesystem::path& dataDir) {
    const ExportOptions& options = commandLine.exportOptions;
    const std::optional<std::int64_t> session = parseSessionId(options.session);
    if (!session) {
        spdlog::error("'{}' is not a session id: `atelier sessions` lists them.", options.session);
        return 2;
    }
    std::optional<std::int64_t> atMs;
    if (options.at) {
        atMs = replay::parseSessionTime(*options.at);
        if (!atMs) {
            spdlog::error("--at must be a session time like 01:05:30 (hours:minutes:seconds), not '{}'.",
                          *options.at);
            return 2;
        }
        if (!options.png) {
            spdlog::error("--at goes with --png: the other exports describe the whole session.");
            return 2;
        }
    }
    const std::filesystem::path dataFile = dataDir / store::kDataFileName;
    try {
        if (options.sqlite) {
            replay::copySession(dataFile, *session, *options.sqlite);
            std::printf("%s: session %lld alone, ready to replay with --data on another machine\n",
                        options.sqlite->c_str(), static_cast<long long>(*session));
            return 0;
        }
        replay::Player player(dataFile, *session);
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
    } catch (const store::StoreError& error) {
        spdlog::error("{}", error.what());
        return 1;
    }
    return 2;
}

} // namespace atelier::cli

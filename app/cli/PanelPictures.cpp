// Runs `/proc/self/exe export …` as a child process and turns its "progress N/M" lines into a fraction.
#include "cli/PanelPictures.hpp"

#include <cstdio>
#include <cstdlib>
#include <spdlog/spdlog.h>

#include "platform/ChildProcess.hpp"

namespace atelier::cli {
namespace {

/// How long the worker waits for a line before it looks at the cancel flag again.
constexpr int kPollMs = 100;

/// "progress 3/7" → 3/7; nothing for any other line.
std::optional<double> progressOf(const std::string& line) {
    long long done = 0;
    long long total = 0;
    if (std::sscanf(line.c_str(), "progress %lld/%lld", &done, &total) == 2 && total > 0) {
        return static_cast<double>(done) / static_cast<double>(total);
    }
    return std::nullopt;
}

} // namespace

table::PictureMaker childPictureMaker(const std::filesystem::path& configFile,
                                      const std::filesystem::path& dataDir) {
    return [configFile, dataDir](const table::PictureOrder& order,
                                 const std::function<void(double)>& progress,
                                 const std::atomic<bool>& cancelled) -> std::string {
        using What = table::PictureOrder::What;
        std::vector<std::string> args{"export",
                                      std::to_string(order.sessionId),
                                      order.what == What::Video    ? "--video"
                                      : order.what == What::Report ? "--html"
                                                                   : "--phases",
                                      order.target.string(),
                                      "--progress",
                                      "--language",
                                      order.language == core::Language::English ? "en" : "fr",
                                      "--data",
                                      dataDir.string()};
        if (!configFile.empty()) {
            args.insert(args.end(), {"--config", configFile.string()});
        }
        if (const char* size = std::getenv("ATELIER_EXPORT_PICTURE_SIZE")) { // tests: small pictures, quickly
            args.insert(args.end(), {"--size", size});
        }
        platform::ChildProcess child("/proc/self/exe", args);
        if (!child.problem().empty()) {
            return child.problem();
        }
        while (!child.outputEnded()) {
            if (cancelled) {
                child.kill();
                break;
            }
            if (const std::optional<std::string> line = child.readLine(kPollMs)) {
                if (const std::optional<double> fraction = progressOf(*line)) {
                    progress(*fraction);
                } else { // the child's own log, for the technician
                    spdlog::info("export pictures: {}", *line);
                }
            }
        }
        const int status = child.wait();
        if (cancelled) {
            return "cancelled";
        }
        return status == 0
                   ? std::string()
                   : "`atelier export` drawing the pictures ended with status " + std::to_string(status);
    };
}

} // namespace atelier::cli

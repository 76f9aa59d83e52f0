// The bounds every format decoder works within: output size, whole-frame memory, time, progress.
#include "render/ImageDecoders.hpp"

#include <algorithm>
#include <cmath>
#include <ctime>

namespace atelier::render {
namespace {

/// A PDF page is drawn at 600 dpi at most, however small it is.
constexpr double kMaxPageScale = 600.0 / 72.0;

/// Seconds of CPU the calling thread has used: a decode's time limit counts its own work, not how busy the
/// machine is (a decode runs on one thread from start to end).
double threadSeconds() {
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

std::string megabytes(std::int64_t bytes) {
    return std::to_string((bytes + (1 << 20) - 1) >> 20);
}

} // namespace

DecodeWork::DecodeWork(const ImageLimits& limits, const DecodeOptions& options)
    : m_limits(limits), m_options(options), m_startSeconds(threadSeconds()) {}

std::pair<int, int> DecodeWork::fit(int width, int height) const {
    const double w = std::max(1, width);
    const double h = std::max(1, height);
    const double side = std::max(1, m_limits.maxDimension);
    double factor = std::min({1.0, side / w, side / h});
    if (w * h > static_cast<double>(std::max<std::int64_t>(1, m_limits.maxPixels))) {
        factor = std::min(factor, std::sqrt(static_cast<double>(m_limits.maxPixels) / (w * h)));
    }
    return {std::clamp(static_cast<int>(w * factor), 1, std::max(1, width)),
            std::clamp(static_cast<int>(h * factor), 1, std::max(1, height))};
}

std::pair<int, int> DecodeWork::fitPage(double width, double height) const {
    const double w = std::max(1.0, width);
    const double h = std::max(1.0, height);
    const double side = std::max(1, m_limits.maxDimension);
    const double factor =
        std::min({kMaxPageScale, side / w, side / h,
                  std::sqrt(static_cast<double>(std::max<std::int64_t>(1, m_limits.maxPixels)) / (w * h))});
    return {std::clamp(static_cast<int>(w * factor), 1, static_cast<int>(side)),
            std::clamp(static_cast<int>(h * factor), 1, static_cast<int>(side))};
}

bool DecodeWork::frameFits(std::int64_t width, std::int64_t height) const {
    return width > 0 && height > 0 && width <= m_limits.maxFrameBytes / 4 / height;
}

bool DecodeWork::advance(double done) const {
    if (m_options.progress) {
        m_options.progress(std::clamp(done, 0.0, 1.0));
    }
    return !expired();
}

bool DecodeWork::expired() const {
    return threadSeconds() - m_startSeconds >= m_limits.maxDecodeSeconds;
}

ImageProblem DecodeWork::timedOut() const {
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.0f", m_limits.maxDecodeSeconds);
    return imageProblem(ImageProblem::Kind::TooLarge, std::string("took longer than ") + seconds +
                                                          " seconds to decode, so it was stopped.");
}

ImageProblem DecodeWork::frameTooLarge(const std::string& format, std::int64_t width,
                                       std::int64_t height) const {
    return imageProblem(ImageProblem::Kind::TooLarge,
                        "is a " + format + " of " + std::to_string(width) + " × " + std::to_string(height) +
                            " pixels that must be decoded whole, which would take more than " +
                            megabytes(m_limits.maxFrameBytes) + " MB; save it as a JPEG, PNG or TIFF first.");
}

} // namespace atelier::render

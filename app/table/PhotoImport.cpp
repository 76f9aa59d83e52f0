// Reads and decodes photo files in full and chooses where imported photos lie on the table.
#include "table/PhotoImport.hpp"

#include "core/Sha256.hpp"
#include "render/ImageEncoder.hpp"
#include "table/PhotoGeoreference.hpp"
#include "workshop/FreeSpot.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <fcntl.h>
#include <limits>
#include <optional>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace atelier::table {
namespace {

/// The longer side of an imported photo on the table: large enough to sketch on, four fit a 55-inch table.
constexpr double kImportLongSideMm = 300.0;
/// Photos keep this far from the table's edges, where the seats' docks are.
constexpr double kEdgeMarginMm = 70.0;
/// The spacing of the spots tried.
constexpr double kGridStepMm = 20.0;

/// The largest photo file read: a camera's biggest JPEG is some 30 MB, a large PNG plan 100 MB.
constexpr std::uintmax_t kMaxPhotoFileBytes = std::uintmax_t{256} << 20;

/// Closes a file descriptor when it goes out of scope.
class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

/// The file's bytes, or why they cannot be read. Only a regular file is read (a named pipe, a device or a
/// socket would block or never end), and at most kMaxPhotoFileBytes of it, so every check ends.
std::optional<PhotoRefused> readFile(const std::filesystem::path& file, std::vector<std::uint8_t>& bytes) {
    // O_NONBLOCK: opening a named pipe with no writer returns at once instead of waiting for one.
    const FileDescriptor fd(::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0) {
        const int error = errno;
        if (error == ENOENT) {
            return PhotoRefused{core::TextId::PhotoRefusedMissing, "does not exist."};
        }
        return PhotoRefused{core::TextId::PhotoRefusedUnreadable,
                            "cannot be opened (" + std::generic_category().message(error) + ")."};
    }
    struct stat status {};
    if (::fstat(fd.get(), &status) != 0) {
        return PhotoRefused{core::TextId::PhotoRefusedUnreadable,
                            "cannot be examined (" + std::generic_category().message(errno) + ")."};
    }
    if (S_ISDIR(status.st_mode)) {
        return PhotoRefused{core::TextId::PhotoRefusedFolder, "is a folder, not a photo file."};
    }
    if (!S_ISREG(status.st_mode)) {
        return PhotoRefused{
            core::TextId::PhotoRefusedNotAFile,
            "is not a regular file (a named pipe, a device or a socket), so it was not read."};
    }
    const auto size = static_cast<std::uintmax_t>(status.st_size);
    if (size > kMaxPhotoFileBytes) {
        return PhotoRefused{core::TextId::PhotoRefusedTooBig, "is larger than " +
                                                                  std::to_string(kMaxPhotoFileBytes >> 20) +
                                                                  " MB; export a smaller copy of it first."};
    }
    bytes.resize(static_cast<std::size_t>(size));
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t got = ::read(fd.get(), bytes.data() + done, bytes.size() - done);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            return PhotoRefused{core::TextId::PhotoRefusedUnreadable,
                                "cannot be read to the end (" + std::generic_category().message(errno) +
                                    ")."};
        }
        if (got == 0) {
            bytes.resize(done); // it shrank while being read: check what is there
            break;
        }
        done += static_cast<std::size_t>(got);
    }
    return std::nullopt;
}

/// The axis-aligned box around a photo as it lies (turned and scaled).
std::pair<core::Vec2, core::Size> boxOf(const core::Photo& photo) {
    const double c = std::abs(std::cos(photo.pose.rotation));
    const double s = std::abs(std::sin(photo.pose.rotation));
    const double w = photo.size.width * photo.pose.scale;
    const double h = photo.size.height * photo.pose.scale;
    return {photo.pose.centre, core::Size{w * c + h * s, w * s + h * c}};
}

double overlap(core::Vec2 a, core::Size as, core::Vec2 b, core::Size bs) {
    const double x =
        std::min(a.x + as.width / 2, b.x + bs.width / 2) - std::max(a.x - as.width / 2, b.x - bs.width / 2);
    const double y = std::min(a.y + as.height / 2, b.y + bs.height / 2) -
                     std::max(a.y - as.height / 2, b.y - bs.height / 2);
    return x > 0 && y > 0 ? x * y : 0.0;
}

/// Replaces the checked file's bytes by a JPEG (a PNG when transparent) of the decoded, upright pixels.
std::optional<PhotoRefused> convert(CheckedPhoto& checked, render::DecodedImage& image) {
    try {
        const bool opaque = render::isOpaque(image.rgba);
        checked.bytes = opaque ? render::encodeJpegFile(image.rgba, image.width, image.height)
                               : render::encodePngFile(image.rgba, image.width, image.height);
        checked.info = render::ImageInfo{
            opaque ? "JPEG" : "PNG", image.width, image.height, 1, image.width, image.height};
        checked.converted = true;
    } catch (const std::exception& failure) {
        return PhotoRefused{core::TextId::PhotoRefusedTooLarge,
                            "could not be converted for the table (" + std::string(failure.what()) + ")."};
    }
    return std::nullopt;
}

} // namespace

PhotoRefused refusedFor(const render::ImageProblem& problem) {
    using Kind = render::ImageProblem::Kind;
    switch (problem.kind) {
    case Kind::Empty:
        return {core::TextId::PhotoRefusedEmpty, problem.reason};
    case Kind::NotAnImage:
        return {core::TextId::PhotoRefusedNotAnImage, problem.reason};
    case Kind::Unsupported:
        return {core::TextId::PhotoRefusedUnsupported, problem.reason};
    case Kind::TooLarge:
        return {core::TextId::PhotoRefusedTooLarge, problem.reason};
    case Kind::Missing:
        return {core::TextId::PhotoRefusedMissing, problem.reason};
    case Kind::Damaged:
        break;
    }
    return {core::TextId::PhotoRefusedDamaged, problem.reason};
}

std::variant<CheckedPhoto, PhotoRefused> checkPhoto(const std::filesystem::path& file,
                                                    const ImportSettings& settings) {
    CheckedPhoto checked{file, {}, {}, {}, {}, 0, 0, false, {}};
    if (std::optional<PhotoRefused> problem = readFile(file, checked.bytes)) {
        return *problem;
    }
    render::ImageLimits limits;
    limits.maxDecodePixels = std::max<std::int64_t>(1, settings.maxMegapixels) * 1'000'000;
    limits.maxPixels = kConvertedMaxPixels;
    limits.maxDimension = kConvertedMaxSide;
    render::DecodeOptions options;
    options.pdfPage = settings.pdfPage;
    options.progress = settings.progress;
    auto inspected = render::inspectImage(checked.bytes, limits, options);
    if (auto* problem = std::get_if<render::ImageProblem>(&inspected)) {
        return refusedFor(*problem);
    }
    const render::ImageInfo& info = std::get<render::ImageInfo>(inspected);
    checked.sourceFormat = info.format;
    const bool keptAsIs = (info.format == "JPEG" || info.format == "PNG") &&
                          static_cast<std::int64_t>(info.storedWidth) * info.storedHeight <= kKeptAsIsPixels;
    // Decoded in full either way: a header can look right on a file cut short.
    auto decoded = render::decodeUpright(checked.bytes, limits, options);
    if (auto* problem = std::get_if<render::ImageProblem>(&decoded)) {
        return refusedFor(*problem);
    }
    render::DecodedImage& image = std::get<render::DecodedImage>(decoded);
    checked.sourceWidth = image.info.uprightWidth;
    checked.sourceHeight = image.info.uprightHeight;
    if (info.format == "TIFF") {
        checked.geoTiffTags = geoTiffGeoreference(checked.bytes); // before the bytes become a JPEG
    }
    if (keptAsIs) {
        checked.info = info;
    } else if (std::optional<PhotoRefused> problem = convert(checked, image)) {
        return *problem;
    }
    checked.hash = core::sha256Hex(checked.bytes);
    return checked;
}

core::Size importedPhotoSize(const render::ImageInfo& info, core::Vec2 surfaceMm) {
    const double longSide =
        std::min(kImportLongSideMm, std::min(surfaceMm.x, surfaceMm.y) - 2 * kEdgeMarginMm);
    const double w = std::max(1, info.uprightWidth);
    const double h = std::max(1, info.uprightHeight);
    const double side = std::max(longSide, 40.0);
    return w >= h ? core::Size{side, side * h / w} : core::Size{side * w / h, side};
}

std::vector<std::pair<core::Vec2, core::Size>> photoBoxes(const core::Board& board) {
    std::vector<std::pair<core::Vec2, core::Size>> boxes;
    for (const auto& [id, photo] : board.photos) {
        if (!photo.deleted) {
            boxes.push_back(boxOf(photo));
        }
    }
    return boxes;
}

std::vector<std::pair<core::Vec2, core::Size>> cardBoxes(const core::Board& board) {
    std::vector<std::pair<core::Vec2, core::Size>> boxes;
    for (const auto& [id, card] : board.cards) {
        if (!card.deleted) {
            const workshop::Area area = workshop::areaOf(card.pose, card.size);
            boxes.emplace_back(card.pose.centre,
                               core::Size{area.max.x - area.min.x, area.max.y - area.min.y});
        }
    }
    return boxes;
}

std::optional<core::ItemId> photoShowing(const core::Board& board, std::string_view hash) {
    for (const auto& [id, photo] : board.photos) {
        if (!photo.deleted && photo.assetHash == hash) {
            return id;
        }
    }
    return std::nullopt;
}

std::string photoMimeType(const render::ImageInfo& info) {
    return info.format == "PNG" ? "image/png" : "image/jpeg";
}

core::Vec2 placeAmong(core::Vec2 surfaceMm, core::Size size,
                      const std::vector<std::pair<core::Vec2, core::Size>>& photos,
                      const std::vector<std::pair<core::Vec2, core::Size>>& cards) {
    const core::Vec2 middle{surfaceMm.x / 2, surfaceMm.y / 2};
    const double x0 = kEdgeMarginMm + size.width / 2;
    const double x1 = surfaceMm.x - kEdgeMarginMm - size.width / 2;
    const double y0 = kEdgeMarginMm + size.height / 2;
    const double y1 = surfaceMm.y - kEdgeMarginMm - size.height / 2;
    if (x1 < x0 || y1 < y0) {
        return middle;
    }
    // First choice: a spot clear of everything, nearest the middle.
    std::vector<workshop::Area> taken;
    for (const auto* boxes : {&photos, &cards}) {
        for (const auto& [centre, box] : *boxes) {
            taken.push_back(workshop::areaOf(core::Pose{centre, 0, 1}, box));
        }
    }
    const auto awayFromEdges = [&](core::Vec2 c) { return c.x >= x0 && c.x <= x1 && c.y >= y0 && c.y <= y1; };
    if (const auto spot =
            workshop::nearestFreeSpot(core::Pose{middle, 0, 1}, size, taken, surfaceMm, awayFromEdges)) {
        return spot->centre;
    }
    // Else the grid, laid out from the middle outwards: covering a card costs far more than any photo.
    constexpr double kCardWeight = 1e6;
    core::Vec2 best = middle;
    double bestCost = std::numeric_limits<double>::infinity();
    double bestDistance = std::numeric_limits<double>::infinity();
    const int nx = static_cast<int>((x1 - x0) / 2 / kGridStepMm);
    const int ny = static_cast<int>((y1 - y0) / 2 / kGridStepMm);
    for (int iy = -ny; iy <= ny; ++iy) {
        for (int ix = -nx; ix <= nx; ++ix) {
            const core::Vec2 spot{middle.x + ix * kGridStepMm, middle.y + iy * kGridStepMm};
            double cost = 0;
            for (const auto& [centre, box] : photos) {
                cost += overlap(spot, size, centre, box);
            }
            for (const auto& [centre, box] : cards) {
                const core::Size grown{box.width + 2 * workshop::kSpotGapMm,
                                       box.height + 2 * workshop::kSpotGapMm};
                cost += kCardWeight * overlap(spot, size, centre, grown);
            }
            const double distance = std::hypot(spot.x - middle.x, spot.y - middle.y);
            // Overlaps smaller than a square centimetre count as none (rounding on the grid).
            if (cost + 100 < bestCost || (std::abs(cost - bestCost) <= 100 && distance < bestDistance)) {
                best = spot;
                bestCost = cost;
                bestDistance = distance;
            }
        }
    }
    return best;
}

} // namespace atelier::table

// --- The facilitator panel's import
namespace atelier::table {
namespace {

bool isPhotoName(const std::filesystem::path& file) {
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* known : {".jpg", ".jpeg", ".png", ".heic", ".heif", ".avif", ".webp", ".tif", ".tiff",
                              ".bmp", ".gif", ".pdf"}) {
        if (extension == known) {
            return true;
        }
    }
    return false;
}

/// True when `path` (made canonical) lies inside `root` (canonical too).
bool isInside(const std::filesystem::path& path, const std::filesystem::path& root) {
    return std::mismatch(root.begin(), root.end(), path.begin(), path.end()).first == root.end();
}

} // namespace

std::vector<std::filesystem::path> listPhotoFiles(const std::filesystem::path& folder, std::size_t limit) {
    std::vector<std::filesystem::path> files;
    std::error_code error;
    const std::filesystem::path root = std::filesystem::canonical(folder, error);
    if (error) {
        return files;
    }
    std::filesystem::recursive_directory_iterator it(
        folder, std::filesystem::directory_options::skip_permission_denied, error);
    const std::filesystem::recursive_directory_iterator end;
    while (!error && it != end && files.size() < limit) {
        if (it.depth() >= 3) {
            it.disable_recursion_pending();
        }
        std::error_code entryError;
        bool offered = it->is_regular_file(entryError) && isPhotoName(it->path());
        if (offered && it->is_symlink(entryError)) {
            // A link is followed only when it stays in the folder: a stick must not lead to the table's
            // files.
            const std::filesystem::path target = std::filesystem::canonical(it->path(), entryError);
            offered = !entryError && isInside(target, root);
        }
        if (offered) {
            files.push_back(it->path());
        }
        it.increment(error);
    }
    std::sort(files.begin(), files.end());
    return files;
}

PhotoCheckJob::PhotoCheckJob(std::vector<std::filesystem::path> files, ImportSettings settings)
    : m_files(std::move(files)), m_settings(std::move(settings)),
      m_thread([this](const std::stop_token& stop) { run(stop); }) {}

double PhotoCheckJob::progress() const {
    if (m_files.empty()) {
        return 1.0;
    }
    const double done =
        static_cast<double>(m_checked.load()) + (m_finished.load() ? 0.0 : m_fileShare.load());
    return std::min(1.0, done / static_cast<double>(m_files.size()));
}

PhotoCheckJob::~PhotoCheckJob() {
    m_thread.request_stop();
}

void PhotoCheckJob::run(const std::stop_token& stop) {
    ImportSettings settings = m_settings;
    settings.progress = [this](double share) { m_fileShare = share; };
    for (std::size_t i = 0; i < m_files.size() && !stop.stop_requested(); ++i) {
        m_fileShare = 0.0;
        std::variant<CheckedPhoto, PhotoRefused> checked = checkPhoto(m_files[i], settings);
        PhotoVerdict verdict;
        verdict.index = i;
        if (auto* refused = std::get_if<PhotoRefused>(&checked)) {
            verdict.refused = std::move(*refused);
        } else {
            verdict.photo = std::move(std::get<CheckedPhoto>(checked));
        }
        {
            const std::lock_guard lock(m_mutex);
            m_verdicts.push_back(std::move(verdict));
        }
        ++m_checked;
    }
    m_finished = true;
}

std::vector<PhotoVerdict> PhotoCheckJob::take() {
    const std::lock_guard lock(m_mutex);
    return std::exchange(m_verdicts, {});
}

} // namespace atelier::table

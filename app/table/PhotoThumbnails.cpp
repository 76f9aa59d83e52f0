// The thumbnail worker: bytes (or the stored asset) → a photo at most kThumbnailPixels on its longer side.
#include "table/PhotoThumbnails.hpp"

#include <fstream>
#include <spdlog/spdlog.h>

#include "render/ImageLoader.hpp"
#include "store/Database.hpp"
#include "table/PhotoImport.hpp"

namespace atelier::table {

PhotoThumbnails::PhotoThumbnails(std::optional<std::filesystem::path> dataFile)
    : m_dataFile(std::move(dataFile)) {}

PhotoThumbnails::~PhotoThumbnails() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void PhotoThumbnails::request(const std::string& hash, const std::vector<std::uint8_t>& bytes) {
    {
        std::lock_guard lock(m_mutex);
        if (!m_asked.emplace(hash, true).second) {
            return;
        }
        m_orders.push_back(Order{hash, bytes, {}}); // copied once, for the worker
        if (!m_thread.joinable()) {
            m_thread = std::thread([this] { run(); });
        }
    }
    m_wake.notify_one();
}

ui::RowThumbnail PhotoThumbnails::find(const std::string& hash, core::Language language) const {
    std::lock_guard lock(m_mutex);
    const auto found = m_done.find(hash);
    if (found == m_done.end()) {
        return {};
    }
    ui::RowThumbnail row;
    row.pixels = found->second.pixels;
    if (found->second.problem) {
        row.problem = std::string(core::text(language, *found->second.problem));
    }
    return row;
}

bool PhotoThumbnails::takeNews() {
    std::lock_guard lock(m_mutex);
    return std::exchange(m_news, false);
}

bool PhotoThumbnails::busy() const {
    std::lock_guard lock(m_mutex);
    return m_working || !m_orders.empty();
}

void PhotoThumbnails::run() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || !m_orders.empty(); });
        if (m_stop) {
            return;
        }
        Order order = std::move(m_orders.front());
        m_orders.pop_front();
        m_working = true;
        const std::string hash = order.hash;
        lock.unlock();
        Done done = decode(std::move(order));
        lock.lock();
        m_done[hash] = std::move(done);
        m_working = false;
        m_news = true;
    }
}

std::string PhotoThumbnails::requestFile(const std::filesystem::path& file) {
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    const auto written = std::filesystem::last_write_time(file, error);
    const std::string key = "file:" + file.string() + ":" + std::to_string(error ? 0 : size) + ":" +
                            std::to_string(error ? 0 : written.time_since_epoch().count());
    {
        std::lock_guard lock(m_mutex);
        if (!m_asked.emplace(key, true).second) {
            return key;
        }
        m_orders.push_back(Order{key, {}, file});
        if (!m_thread.joinable()) {
            m_thread = std::thread([this] { run(); });
        }
    }
    m_wake.notify_one();
    return key;
}

namespace {

/// A file on the stick larger than this gets no thumbnail (reading it whole would be too much memory for a
/// picture of 128 pixels; the import itself still checks it).
constexpr std::uintmax_t kMaxFileBytes = std::uintmax_t{256} << 20;

} // namespace

PhotoThumbnails::Done PhotoThumbnails::decode(Order order) {
    if (!order.file.empty()) { // a photo on the stick: read here, bounded as the import bounds it
        std::error_code error;
        const auto size = std::filesystem::file_size(order.file, error);
        if (error || size > kMaxFileBytes) {
            spdlog::info("no thumbnail of {}: {}", order.file.string(),
                         error ? error.message() : "the file is too large to read whole for a thumbnail");
            return Done{nullptr,
                        error ? core::TextId::PhotoRefusedMissing : core::TextId::PhotoRefusedTooBig};
        }
        std::ifstream in(order.file, std::ios::binary);
        order.bytes.resize(static_cast<std::size_t>(size));
        in.read(reinterpret_cast<char*>(order.bytes.data()), static_cast<std::streamsize>(size));
        if (!in) {
            spdlog::warn("thumbnail of {}: the file cannot be read", order.file.string());
            return Done{nullptr, core::TextId::PhotoRefusedMissing};
        }
    }
    if (order.bytes.empty() && m_dataFile) {
        try { // its own connection: the main thread's is not shared
            const store::Database database = store::Database::openFile(*m_dataFile);
            if (std::optional<store::Asset> asset = database.getAsset(order.hash)) {
                order.bytes = std::move(asset->bytes);
            }
        } catch (const std::exception& error) {
            spdlog::warn("thumbnail of photo {}: the data file cannot be read: {}", order.hash, error.what());
        }
    }
    if (order.bytes.empty()) {
        spdlog::warn("thumbnail of photo {}: its bytes are not in the data file", order.hash);
        return Done{nullptr, core::TextId::PhotoRefusedMissing};
    }
    render::ImageLimits limits;
    limits.maxDimension = kThumbnailPixels;
    limits.maxPixels = std::int64_t{kThumbnailPixels} * kThumbnailPixels;
    auto decoded = render::decodeUpright(order.bytes, limits);
    if (auto* problem = std::get_if<render::ImageProblem>(&decoded)) {
        spdlog::warn("thumbnail of photo {}: it {}", order.hash, problem->reason);
        return Done{nullptr, refusedFor(*problem).words};
    }
    render::DecodedImage& image = std::get<render::DecodedImage>(decoded);
    auto pixels = std::make_shared<ui::ThumbnailPixels>(
        ui::ThumbnailPixels{order.hash, image.width, image.height, std::move(image.rgba)});
    return Done{std::move(pixels), std::nullopt};
}

} // namespace atelier::table

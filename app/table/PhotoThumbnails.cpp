// The thumbnail worker: bytes (or the stored asset) → a photo at most kThumbnailPixels on its longer side.
#include "table/PhotoThumbnails.hpp"

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
        m_orders.push_back(Order{hash, bytes}); // copied once, for the worker
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

PhotoThumbnails::Done PhotoThumbnails::decode(Order order) {
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

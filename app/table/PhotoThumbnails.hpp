// The site photos' thumbnails for the workshop editor: decoded small on a worker thread, kept by hash.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/Catalogue.hpp"
#include "ui/PhotoThumbnail.hpp"

namespace atelier::table {

/// The longer side of a thumbnail, in pixels (a 15 mm row at 4K is about 60 px: room for a sharper one).
inline constexpr int kThumbnailPixels = 128;

/// Decodes photos into thumbnails one after the other on its own thread, each once; keeps them all (a
/// workshop holds a few dozen photos). The destructor stops the worker after the photo in hand.
class PhotoThumbnails {
public:
    /// `dataFile`: where photos already stored are read from, by hash (none: they show as missing).
    explicit PhotoThumbnails(std::optional<std::filesystem::path> dataFile);
    ~PhotoThumbnails();
    PhotoThumbnails(const PhotoThumbnails&) = delete;
    PhotoThumbnails& operator=(const PhotoThumbnails&) = delete;

    /// Asks for the thumbnail of the photo with this hash: from `bytes`, or when empty from the data file.
    /// A hash asked for before is not decoded again.
    void request(const std::string& hash, const std::vector<std::uint8_t>& bytes);
    /// Asks for the thumbnail of a photo file (read on the worker, never on the caller's thread); returns
    /// its key for find(): the path, size and time of the file, so a file replaced on the stick is decoded
    /// again. A file that cannot be read shows the sentence of a missing photo.
    std::string requestFile(const std::filesystem::path& file);
    /// The row's picture: the pixels when decoded, the sentence when the photo is broken, else empty.
    ui::RowThumbnail find(const std::string& hash, core::Language language) const;
    /// True once after thumbnails were finished since the last call: the panel draws again.
    bool takeNews();
    /// True while photos wait or decode.
    bool busy() const;

private:
    struct Order {
        std::string hash;
        std::vector<std::uint8_t> bytes;
        std::filesystem::path file; ///< read by the worker when set
    };
    /// A finished thumbnail: pixels, or the catalogue's words for why not.
    struct Done {
        std::shared_ptr<const ui::ThumbnailPixels> pixels;
        std::optional<core::TextId> problem;
    };

    void run();
    Done decode(Order order);

    std::optional<std::filesystem::path> m_dataFile;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Order> m_orders;
    std::map<std::string, Done> m_done;
    std::map<std::string, bool> m_asked;
    bool m_working = false;
    bool m_news = false;
    bool m_stop = false;
    std::thread m_thread; ///< started at the first request
};

} // namespace atelier::table

// Checking photo files and choosing where they lie on the table: shared by `atelier import` and the
// facilitator panel's import.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <variant>
#include <vector>

#include "core/Board.hpp"
#include "core/Catalogue.hpp"
#include "core/Geometry.hpp"
#include "core/Georef.hpp"
#include "render/ImageLoader.hpp"

namespace atelier::table {

/// A photo file read and decoded in full: what is needed to store it and place it. A JPEG or PNG of at most
/// kKeptAsIsPixels is stored as it came; any other file (HEIC, WebP, TIFF, PDF, BMP, GIF, or a larger JPEG or
/// PNG) is converted once, here, to a JPEG (a PNG when it has transparency) of the table's size, so that the
/// display, replay, export and older sessions only ever meet JPEG and PNG assets.
struct CheckedPhoto {
    std::filesystem::path file;
    std::vector<std::uint8_t> bytes; ///< what is stored: the file's bytes, or the converted JPEG/PNG
    render::ImageInfo info;          ///< of the stored bytes
    std::string hash; ///< SHA-256 of the stored bytes, lower-case hex: the asset's key in the data file. The
                      ///< conversion gives the same bytes for the same file, so a file imported twice is
                      ///< recognised ("already on the table") whatever its format.
    std::string sourceFormat; ///< the file's own format ("HEIF", "TIFF", ...)
    int sourceWidth = 0;      ///< the file's own size, upright (a PDF: the page at the size it was drawn)
    int sourceHeight = 0;
    bool converted = false; ///< true when `bytes` are a conversion, not the file
    /// A TIFF's GeoTIFF tags, read from the file before it is converted (the stored JPEG has none): nothing,
    /// the georeference on the file's own pixel grid (sourceWidth × sourceHeight), or why the tags cannot be
    /// used.
    std::variant<std::monostate, core::Georeference, std::string> geoTiffTags;
};

/// JPEG and PNG files up to this many pixels are stored as they are (the table decodes them at its size).
inline constexpr std::int64_t kKeptAsIsPixels = 64'000'000;
/// A converted file is stored at most this large: what the table shows at its largest.
inline constexpr std::int64_t kConvertedMaxPixels = 12'000'000;
inline constexpr int kConvertedMaxSide = 8192;

/// How an import decodes: the ceiling ([import] max_megapixels), the PDF page, where progress goes.
struct ImportSettings {
    std::int64_t maxMegapixels = 400;     ///< files past this are refused; below it, large ones are shrunk
    int pdfPage = 1;                      ///< the page of a PDF plan, 1-based
    std::function<void(double)> progress; ///< 0..1 while one file decodes (from the checking thread)
};

/// Why a file is not imported: the panel's words for it (in its language) and the checker's own sentence.
struct PhotoRefused {
    core::TextId words = core::TextId::PhotoRefusedDamaged; ///< the catalogue's short reason
    std::string reason; ///< the end of an English sentence starting "it ", with the details (the log's)
};

/// The image checker's refusal, with the panel's words for its kind (the import's and the thumbnails').
PhotoRefused refusedFor(const render::ImageProblem& problem);

/// Reads and decodes the file in full (a header can look right on a file cut short): the photo, or why it is
/// refused, as the end of a sentence starting "it " ("does not exist.", "is a folder, not a photo file.",
/// the image loader's reason). Only a regular file of at most 256 MB is read, so a named pipe or a device
/// on a USB stick is refused at once instead of blocking the import; the check always ends.
std::variant<CheckedPhoto, PhotoRefused> checkPhoto(const std::filesystem::path& file,
                                                    const ImportSettings& settings = {});

/// The photo's size on the table: its longer side 300 mm (less on a small table), upright aspect.
core::Size importedPhotoSize(const render::ImageInfo& info, core::Vec2 surfaceMm);

/// The axis-aligned boxes (centre and size) around the photos on the board, as they lie (turned, scaled).
std::vector<std::pair<core::Vec2, core::Size>> photoBoxes(const core::Board& board);

/// The axis-aligned boxes around the cards on the table (the question's included), as they lie.
std::vector<std::pair<core::Vec2, core::Size>> cardBoxes(const core::Board& board);

/// The photo on the table (not removed) that shows the asset with this SHA-256, if any: an import does not
/// place the same picture twice.
std::optional<core::ItemId> photoShowing(const core::Board& board, std::string_view hash);

/// The asset's MIME type for the data file ("image/png" or "image/jpeg").
std::string photoMimeType(const render::ImageInfo& info);

/// Where a photo of `size` mm goes on a `surfaceMm` table that already holds `photos` and `cards`
/// (axis-aligned rectangles, centre and size), away from the seats' edges: the free spot nearest the middle
/// (workshop::nearestFreeSpot) when there is one; else, clear of every card, the spot on a 20 mm grid that
/// overlaps the photos least, nearest the middle among equals; a card is covered only when nothing else
/// is left, and then as little as can be.
core::Vec2 placeAmong(core::Vec2 surfaceMm, core::Size size,
                      const std::vector<std::pair<core::Vec2, core::Size>>& photos,
                      const std::vector<std::pair<core::Vec2, core::Size>>& cards = {});

} // namespace atelier::table

// --- The facilitator panel's import: listing a folder, checking on a worker thread.

namespace atelier::table {

/// The image and PDF files Atelier reads (by extension, any case: .jpg .jpeg .png .heic .heif .avif .webp
/// .tif .tiff .bmp .gif .pdf) in `folder` and its subfolders down to three levels
/// (a USB stick mounts at /media/<user>/<label>), sorted by path, at most `limit`; unreadable parts are
/// skipped. Only regular files are offered; a symbolic link only when it resolves inside `folder`. A folder
/// that does not exist gives none.
std::vector<std::filesystem::path> listPhotoFiles(const std::filesystem::path& folder,
                                                  std::size_t limit = 200);

/// One file's verdict from a PhotoCheckJob.
struct PhotoVerdict {
    std::size_t index = 0;               ///< in the job's list
    std::optional<CheckedPhoto> photo;   ///< set when good
    std::optional<PhotoRefused> refused; ///< set when not good
};

/// Checks files one after the other on a worker thread (decoding a 20-megapixel photo takes a while: the
/// table keeps drawing meanwhile). The owner takes the verdicts as they come; cancel() stops after the file
/// in hand. The destructor cancels and joins.
class PhotoCheckJob {
public:
    explicit PhotoCheckJob(std::vector<std::filesystem::path> files, ImportSettings settings = {});
    ~PhotoCheckJob();
    PhotoCheckJob(const PhotoCheckJob&) = delete;
    PhotoCheckJob& operator=(const PhotoCheckJob&) = delete;

    /// Stops after the file being checked; the files not yet checked are left alone.
    void cancel() { m_thread.request_stop(); }
    /// The files checked so far (taken or not) out of total().
    std::size_t checked() const { return m_checked.load(); }
    std::size_t total() const { return m_files.size(); }
    /// The share of the whole job done, 0..1, counting the part of the file being decoded now: a
    /// 400-megapixel orthophoto takes seconds.
    double progress() const;
    /// True when the worker is done: every file checked, or cancelled.
    bool finished() const { return m_finished.load(); }
    /// The verdicts since the last call, in order.
    std::vector<PhotoVerdict> take();
    const std::vector<std::filesystem::path>& files() const { return m_files; }

private:
    void run(const std::stop_token& stop);

    std::vector<std::filesystem::path> m_files;
    ImportSettings m_settings;
    std::atomic<double> m_fileShare{0.0}; ///< of the file being checked
    std::mutex m_mutex;
    std::vector<PhotoVerdict> m_verdicts;
    std::atomic<std::size_t> m_checked{0};
    std::atomic<bool> m_finished{false};
    std::jthread m_thread; ///< last: starts once the rest is ready
};

} // namespace atelier::table

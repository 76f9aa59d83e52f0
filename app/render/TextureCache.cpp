// Photo textures at the resolution the table shows them: a first decode fitted to the photo's on-screen
// size, a new one when it is zoomed past what is held; uploads time-boxed, least recently drawn evicted.
#include "render/TextureCache.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <glad/gl.h>

#include "render/GlCheck.hpp"

namespace atelier::render {

/// One photo: what is shown, what is being uploaded, what was asked for.
struct TextureCache::Entry {
    std::vector<PhotoTileTexture> shown;
    std::vector<PhotoTile> views;
    int width = 0, height = 0; ///< of the image shown
    std::optional<PhotoUpload> upload;
    int requested = 0;      ///< longer side of the last decode asked for
    int sourceLongSide = 0; ///< longer side of the file itself, 0 until known
    bool decoding = false;
    bool failed = false;
    ImageProblem problem;
    std::uint64_t revision = 0;
    std::uint64_t lastUsed = 0;
};

namespace {

/// Decodes ask for a quarter more than shown (zooming a little stays sharp), in steps of 256 pixels.
int decodeSide(int wanted, int maxDimension) {
    const int side = std::max(512, (wanted + wanted / 4 + 255) / 256 * 256);
    return std::min(side, maxDimension);
}

std::size_t bytesOf(const std::vector<PhotoTileTexture>& tiles) {
    std::size_t total = 0;
    for (const PhotoTileTexture& tile : tiles) {
        total += tile.texture.bytes();
    }
    return total;
}

} // namespace

TextureCache::TextureCache(ImageBytesSource source, TextureCacheOptions options) : m_options(options) {
    GLint maxSize = 0;
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &maxSize);
    if (maxSize > 0) {
        m_options.limits.maxDimension = std::min(m_options.limits.maxDimension, static_cast<int>(maxSize));
    }
    if (GLAD_GL_EXT_texture_filter_anisotropic || GLAD_GL_ARB_texture_filter_anisotropic) {
        GLfloat maxAnisotropy = 0;
        glGetFloatv(GL_MAX_TEXTURE_MAX_ANISOTROPY, &maxAnisotropy);
        m_anisotropy = std::min(maxAnisotropy, m_options.maxAnisotropy);
    }
    gl::checkErrors("TextureCache setup");
    m_decoder = std::make_unique<DecodeQueue>(std::move(source), m_options.limits, m_options.decodeThreads);
}

TextureCache::~TextureCache() {
    m_decoder.reset();
}

void TextureCache::request(Entry& entry, const std::string& hash, int longSide) {
    entry.requested = longSide;
    entry.decoding = true;
    // Handed to the workers at the next update(): the frame being drawn does not share the CPU with them.
    m_requests.emplace_back(hash, longSide);
}

PhotoTexture TextureCache::acquire(const std::string& hash, int wantedLongSide) {
    auto [it, inserted] = m_entries.try_emplace(hash);
    Entry& entry = it->second;
    entry.lastUsed = m_frame;
    const int wanted = decodeSide(wantedLongSide, m_options.limits.maxDimension);
    if (inserted) {
        request(entry, hash, wanted);
    } else if (!entry.failed && !entry.decoding && !entry.upload && wanted > entry.requested * 5 / 4 &&
               (entry.sourceLongSide == 0 || entry.requested < entry.sourceLongSide)) {
        request(entry, hash, wanted); // zoomed in: fetch more detail, keep showing what is there meanwhile
    }
    PhotoTexture view;
    view.tiles = entry.views;
    view.width = entry.width;
    view.height = entry.height;
    view.revision = entry.revision;
    if (entry.failed) {
        view.state = PhotoTexture::State::Failed;
        view.problem = &entry.problem;
    } else if (!entry.views.empty() && !entry.upload && !entry.decoding) {
        view.state = PhotoTexture::State::Ready;
    }
    return view;
}

void TextureCache::show(Entry& entry, std::vector<PhotoTileTexture> tiles, int width, int height) {
    entry.shown = std::move(tiles);
    entry.views.clear();
    for (const PhotoTileTexture& tile : entry.shown) {
        entry.views.push_back(PhotoTile{tile.texture.id(), tile.rect});
    }
    entry.width = width;
    entry.height = height;
    ++entry.revision;
}

void TextureCache::update() {
    ++m_frame;
    timespec cpuStart{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuStart);
    for (auto& [hash, longSide] : m_requests) {
        m_decoder->push(std::move(hash), longSide);
    }
    m_requests.clear();
    const auto start = std::chrono::steady_clock::now();
    const auto deadline = start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                      std::chrono::duration<double, std::milli>(m_options.uploadBudgetMs));
    for (DecodeResult& result : m_decoder->takeFinished()) {
        auto it = m_entries.find(result.hash);
        if (it == m_entries.end()) {
            continue;
        }
        Entry& entry = it->second;
        entry.decoding = false;
        if (auto* problem = std::get_if<ImageProblem>(&result.outcome)) {
            entry.failed = true;
            entry.problem = *problem;
            ++entry.revision;
            m_failures.push_back({result.hash, *problem});
            continue;
        }
        entry.sourceLongSide = std::max(result.info.uprightWidth, result.info.uprightHeight);
        auto& levels = std::get<std::vector<MipLevel>>(result.outcome);
        // The preview (a quarter-megabyte texture) goes up at once, so the photo shows in the next frame.
        entry.upload.emplace(std::move(levels), m_anisotropy, entry.shown.empty());
        if (entry.upload->previewReady()) {
            show(entry, entry.upload->takePreview(), entry.upload->width(), entry.upload->height());
        }
        m_uploadOrder.push_back(result.hash);
    }

    while (!m_uploadOrder.empty() && std::chrono::steady_clock::now() < deadline) {
        auto it = m_entries.find(m_uploadOrder.front());
        if (it == m_entries.end() || !it->second.upload) {
            m_uploadOrder.erase(m_uploadOrder.begin());
            continue;
        }
        Entry& entry = it->second;
        if (!entry.upload->step(deadline)) {
            break;
        }
        show(entry, entry.upload->takeTiles(), entry.upload->width(), entry.upload->height());
        entry.upload.reset();
        m_uploadOrder.erase(m_uploadOrder.begin());
    }
    gl::checkErrors("TextureCache::update");
    m_lastUploadWallMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    timespec cpuEnd{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuEnd);
    m_lastUploadMs = static_cast<double>(cpuEnd.tv_sec - cpuStart.tv_sec) * 1e3 +
                     static_cast<double>(cpuEnd.tv_nsec - cpuStart.tv_nsec) / 1e6;
    countBytes();
    evictOverBudget();
}

void TextureCache::countBytes() {
    m_residentBytes = 0;
    for (const auto& [hash, entry] : m_entries) {
        m_residentBytes += bytesOf(entry.shown) + (entry.upload ? entry.upload->bytes() : 0);
    }
}

void TextureCache::evictOverBudget() {
    while (m_residentBytes > m_options.budgetBytes) {
        auto oldest = m_entries.end();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            const Entry& entry = it->second;
            const bool holds = !entry.shown.empty() || entry.upload;
            if (holds && entry.lastUsed + 1 < m_frame &&
                (oldest == m_entries.end() || entry.lastUsed < oldest->second.lastUsed)) {
                oldest = it;
            }
        }
        if (oldest == m_entries.end()) {
            return; // everything held was drawn in the last frame: over budget until some photo leaves
        }
        std::erase(m_uploadOrder, oldest->first);
        m_entries.erase(oldest); // a decode still running for it finds no entry and is dropped
        countBytes();
    }
}

std::vector<PhotoFailure> TextureCache::takeFailures() {
    return std::exchange(m_failures, {});
}

bool TextureCache::busy() const {
    return !m_requests.empty() || m_decoder->pending() > 0 || !m_uploadOrder.empty();
}

} // namespace atelier::render

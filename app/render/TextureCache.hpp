// Photo textures by SHA-256: decoded on workers at the resolution the table needs, uploaded in time-boxed
// slices (preview first, then tiles), mipmapped and trilinear (anisotropic when available), within a budget.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "render/DecodeQueue.hpp"
#include "render/PhotoUpload.hpp"

namespace atelier::render {

/// Settings of the cache (the lead maps them from the config).
struct TextureCacheOptions {
    std::size_t budgetBytes = std::size_t{256} << 20; ///< texture memory for photos, all mip levels
    ImageLimits limits;          ///< decode and downscale limits (side capped by the GPU)
    double uploadBudgetMs = 3.0; ///< main-thread time per frame spent creating and filling textures
    int decodeThreads = 1;       ///< workers; more decode faster but compete with llvmpipe
    float maxAnisotropy = 8;     ///< used when the driver offers anisotropic filtering
};

/// A texture showing part of a photo (rect: u0, v0, u1, v1 of the photo).
struct PhotoTile {
    GLuint texture = 0;
    std::array<float, 4> rect{0, 0, 1, 1};
    friend bool operator==(const PhotoTile&, const PhotoTile&) = default;
};

/// What a renderer may draw for one photo this frame.
struct PhotoTexture {
    /// Where the photo is in its journey to the screen.
    enum class State { Loading, Ready, Failed };
    State state = State::Loading;
    std::span<const PhotoTile> tiles; ///< empty until something can be shown; valid until the next update()
    int width = 0;                    ///< pixels of the image held (upright, downscaled), 0 until decoded
    int height = 0;
    const ImageProblem* problem = nullptr; ///< set when Failed
    std::uint64_t revision = 0; ///< changes whenever what the tiles show changes (sharper, or failed)
};

/// A photo that could not be shown: which one and why (for the facilitator's message).
struct PhotoFailure {
    std::string hash;
    ImageProblem problem;
};

/// Owns the photo textures. Main thread only (the GL context must be current), except the bytes source,
/// which the decode workers call.
class TextureCache {
public:
    /// Starts the decode workers; reads GL_MAX_TEXTURE_SIZE and anisotropy support (GL context current).
    explicit TextureCache(ImageBytesSource source, TextureCacheOptions options = {});
    TextureCache(const TextureCache&) = delete;
    TextureCache& operator=(const TextureCache&) = delete;
    /// Stops the workers (waits for the decodes running) and frees the textures.
    ~TextureCache();

    /// The photo's tiles as far as they are loaded; asks for it the first time, and for more detail when
    /// it is shown with a longer side than held (wantedLongSide, pixels). Marks it used this frame.
    PhotoTexture acquire(const std::string& hash, int wantedLongSide);
    /// Once per frame, before drawing: takes finished decodes, creates and fills textures for at most
    /// uploadBudgetMs, and frees the least recently drawn photos while over the budget.
    void update();
    /// Photos that failed since the last call, each reported once.
    std::vector<PhotoFailure> takeFailures();

    /// True while a photo is decoding or uploading: keep drawing frames until it is false.
    bool busy() const;
    /// Main-thread CPU milliseconds the last update() spent creating and filling textures.
    double lastUploadMs() const { return m_lastUploadMs; }
    /// The same in wall-clock time (more when the system preempted the main thread meanwhile).
    double lastUploadWallMs() const { return m_lastUploadWallMs; }
    /// Texture bytes held now (shown and being filled).
    std::size_t residentBytes() const { return m_residentBytes; }
    /// The options in force (maxDimension already capped by the GPU).
    const TextureCacheOptions& options() const { return m_options; }

private:
    struct Entry;
    void request(Entry& entry, const std::string& hash, int longSide);
    void show(Entry& entry, std::vector<PhotoTileTexture> tiles, int width, int height);
    void countBytes();
    void evictOverBudget();

    TextureCacheOptions m_options;
    std::unique_ptr<DecodeQueue> m_decoder;
    std::unordered_map<std::string, Entry> m_entries;
    std::vector<std::string> m_uploadOrder;
    std::vector<std::pair<std::string, int>> m_requests;
    std::vector<PhotoFailure> m_failures;
    std::uint64_t m_frame = 0;
    std::size_t m_residentBytes = 0;
    double m_lastUploadMs = 0;
    double m_lastUploadWallMs = 0;
    float m_anisotropy = 0;
};

} // namespace atelier::render

// Turns a decoded photo into textures a slice at a time: a small preview first, then tiles of at most
// 1024 × 1024 pixels with their own mip chains, so that no frame allocates or copies more than a few
// megabytes (llvmpipe spends about 1 ms per megabyte of new texture memory).
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <vector>

#include "render/MipChain.hpp"
#include "render/Texture.hpp"

namespace atelier::render {

/// A texture showing part of a photo: rect is u0, v0, u1, v1 of the whole photo.
struct PhotoTileTexture {
    gl::Texture texture;
    std::array<float, 4> rect{0, 0, 1, 1};
};

/// The upload of one decoded photo. Main thread (GL).
class PhotoUpload {
public:
    /// Side of the tiles in pixels, at most.
    static constexpr int kTileSide = 1024;
    /// The preview is the first mip level whose longer side is at most this.
    static constexpr int kPreviewSide = 256;

    /// Starts uploading levels (level 0 = full size); makes a preview first when withPreview.
    PhotoUpload(std::vector<MipLevel> levels, float anisotropy, bool withPreview);

    /// Copies pixels until the deadline (at least one slice); returns true when every tile is complete.
    bool step(std::chrono::steady_clock::time_point deadline);
    /// True once the preview is uploaded (and not yet taken).
    bool previewReady() const { return m_previewReady; }
    /// Hands the finished preview over.
    std::vector<PhotoTileTexture> takePreview();
    /// Hands the finished tiles over (after step() returned true).
    std::vector<PhotoTileTexture> takeTiles() {
        m_bytes = 0;
        return std::move(m_tiles);
    }
    /// Bytes of texture memory it holds (tiles being filled, and the preview until taken).
    std::size_t bytes() const { return m_bytes; }
    /// Width of level 0.
    int width() const { return m_width; }
    /// Height of level 0.
    int height() const { return m_height; }

private:
    struct TileRect {
        int x = 0, y = 0, width = 0, height = 0;
    };
    gl::Texture allocate(int width, int height, int levels);
    void uploadPreview();
    /// Copies up to one slice of the current tile; returns true when the tile is complete.
    bool uploadSlice();

    std::vector<MipLevel> m_levels;
    int m_width = 0;
    int m_height = 0;
    float m_anisotropy = 0;
    bool m_previewReady = false;
    std::vector<PhotoTileTexture> m_preview;
    std::vector<TileRect> m_grid;
    std::vector<PhotoTileTexture> m_tiles;
    std::size_t m_tile = 0; ///< tile being uploaded
    int m_level = -1;       ///< its level being uploaded (from the coarsest), -1 before allocation
    int m_row = 0;          ///< next row of that level
    std::size_t m_bytes = 0;
};

} // namespace atelier::render

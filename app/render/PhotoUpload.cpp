// Tiling, allocation (mip filter and level range set first, so Mesa allocates the chain once) and sliced
// copies with GL_UNPACK_ROW_LENGTH / SKIP_*, straight from the decoded levels.
#include "render/PhotoUpload.hpp"

#include <algorithm>
#include <glad/gl.h>

namespace atelier::render {
namespace {

/// Rows per glTexSubImage2D call are chosen to copy about this many bytes, so deadlines are checked often.
constexpr std::size_t kSliceBytes = std::size_t{1} << 20;

std::vector<int> splits(int size) {
    const int count = (size + PhotoUpload::kTileSide - 1) / PhotoUpload::kTileSide;
    // Even tiles, on 32-pixel boundaries so that their mip levels line up with the photo's down to level 5.
    const int step = std::min(PhotoUpload::kTileSide, (size / count + 31) / 32 * 32);
    std::vector<int> edges;
    for (int at = 0; at < size; at += step) {
        edges.push_back(at);
    }
    edges.push_back(size);
    return edges;
}

} // namespace

PhotoUpload::PhotoUpload(std::vector<MipLevel> levels, float anisotropy, bool withPreview)
    : m_levels(std::move(levels)), m_anisotropy(anisotropy) {
    if (m_levels.empty()) {
        return;
    }
    m_width = m_levels.front().width;
    m_height = m_levels.front().height;
    const std::vector<int> xs = splits(m_levels.front().width);
    const std::vector<int> ys = splits(m_levels.front().height);
    for (std::size_t j = 0; j + 1 < ys.size(); ++j) {
        for (std::size_t i = 0; i + 1 < xs.size(); ++i) {
            m_grid.push_back({xs[i], ys[j], xs[i + 1] - xs[i], ys[j + 1] - ys[j]});
        }
    }
    if (withPreview && m_grid.size() > 1) {
        uploadPreview();
    }
}

gl::Texture PhotoUpload::allocate(int width, int height, int levels) {
    GLint previous = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
    gl::Texture texture = gl::Texture::allocate(width, height, GL_RGBA8, GL_RGBA, levels);
    if (m_anisotropy > 1.0f) {
        glTexParameterf(GL_TEXTURE_2D, GL_TEXTURE_MAX_ANISOTROPY, m_anisotropy);
    }
    m_bytes += texture.bytes();
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
    return texture;
}

void PhotoUpload::uploadPreview() {
    std::size_t first = 0;
    while (first + 1 < m_levels.size() &&
           std::max(m_levels[first].width, m_levels[first].height) > kPreviewSide) {
        ++first;
    }
    gl::Texture texture =
        allocate(m_levels[first].width, m_levels[first].height, static_cast<int>(m_levels.size() - first));
    GLint previous = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
    glBindTexture(GL_TEXTURE_2D, texture.id());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glPixelStorei(GL_UNPACK_SKIP_PIXELS, 0);
    glPixelStorei(GL_UNPACK_SKIP_ROWS, 0);
    for (std::size_t level = first; level < m_levels.size(); ++level) {
        const MipLevel& mip = m_levels[level];
        glTexSubImage2D(GL_TEXTURE_2D, static_cast<GLint>(level - first), 0, 0, mip.width, mip.height,
                        GL_RGBA, GL_UNSIGNED_BYTE, mip.rgba.data());
    }
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
    m_preview.push_back(PhotoTileTexture{std::move(texture), {0, 0, 1, 1}});
    m_previewReady = true;
}

std::vector<PhotoTileTexture> PhotoUpload::takePreview() {
    m_previewReady = false;
    for (const PhotoTileTexture& tile : m_preview) {
        m_bytes -= tile.texture.bytes();
    }
    return std::move(m_preview);
}

bool PhotoUpload::uploadSlice() {
    const TileRect& tile = m_grid[m_tile];
    if (m_level < 0) {
        const int levels =
            std::min(gl::Texture::fullMipCount(tile.width, tile.height), static_cast<int>(m_levels.size()));
        const MipLevel& full = m_levels.front();
        m_tiles.push_back(
            PhotoTileTexture{allocate(tile.width, tile.height, levels),
                             {static_cast<float>(tile.x) / static_cast<float>(full.width),
                              static_cast<float>(tile.y) / static_cast<float>(full.height),
                              static_cast<float>(tile.x + tile.width) / static_cast<float>(full.width),
                              static_cast<float>(tile.y + tile.height) / static_cast<float>(full.height)}});
        m_level = levels - 1;
        m_row = 0;
        return false;
    }
    const MipLevel& mip = m_levels[static_cast<std::size_t>(m_level)];
    const int width = std::max(1, tile.width >> m_level);
    const int height = std::max(1, tile.height >> m_level);
    // Narrow edge tiles reach the last column of the small levels: stay inside the level.
    const int x = std::min(tile.x >> m_level, mip.width - width);
    const int y = std::min(tile.y >> m_level, mip.height - height);
    const int rows =
        std::clamp(static_cast<int>(kSliceBytes / (static_cast<std::size_t>(width) * 4)), 1, height - m_row);
    GLint previous = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
    glBindTexture(GL_TEXTURE_2D, m_tiles.back().texture.id());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, mip.width);
    glPixelStorei(GL_UNPACK_SKIP_PIXELS, x);
    glPixelStorei(GL_UNPACK_SKIP_ROWS, y + m_row);
    glTexSubImage2D(GL_TEXTURE_2D, m_level, 0, m_row, width, rows, GL_RGBA, GL_UNSIGNED_BYTE,
                    mip.rgba.data());
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glPixelStorei(GL_UNPACK_SKIP_PIXELS, 0);
    glPixelStorei(GL_UNPACK_SKIP_ROWS, 0);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
    m_row += rows;
    if (m_row < height) {
        return false;
    }
    m_row = 0;
    if (m_level > 0) {
        --m_level;
        return false;
    }
    m_level = -1;
    ++m_tile;
    return true;
}

bool PhotoUpload::step(std::chrono::steady_clock::time_point deadline) {
    bool first = true;
    while (m_tile < m_grid.size()) {
        // A new tile allocates a few megabytes at once: start one only with time left for it.
        const bool allocating = m_level < 0;
        if (allocating && !first &&
            std::chrono::steady_clock::now() + std::chrono::milliseconds(3) > deadline) {
            return false;
        }
        first = false;
        uploadSlice();
        if (std::chrono::steady_clock::now() >= deadline) {
            break;
        }
    }
    if (m_tile >= m_grid.size()) {
        m_levels.clear();
        return true;
    }
    return false;
}

} // namespace atelier::render

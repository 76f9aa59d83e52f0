// Small pictures of site photos in the panel's lists: the pixels come from a worker, the GL texture is made
// here, on the main thread, the first time one is drawn.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace atelier::ui {

/// A photo shrunk for a list, decoded on a worker (RGBA, premultiplied, top row first).
struct ThumbnailPixels {
    std::string key; ///< the photo's hash: one texture per photo
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;
};

/// A list row's picture: the pixels once decoded, or why the photo cannot be shown.
struct RowThumbnail {
    std::shared_ptr<const ThumbnailPixels> pixels; ///< null while decoding or when broken
    std::string problem; ///< the sentence for a broken photo, in the panel's language
};

/// Draws the thumbnail as an ImGui image fitting `sidePx` × `sidePx` (its aspect kept), or a grey square
/// while it decodes; a broken photo draws nothing (its row says why).
void drawThumbnail(const RowThumbnail& thumbnail, float sidePx);

/// Deletes the thumbnails' textures; the ImGui backend calls it while the GL context is still current.
void releaseThumbnailTextures();

} // namespace atelier::ui

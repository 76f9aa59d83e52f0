// Keeps one baked layer per photo on the table (and one stroke layer for strokes on the bare table) current.
#pragma once

#include <filesystem>
#include <memory>
#include <unordered_map>
#include <vector>

#include "core/Board.hpp"
#include "render/FrameStats.hpp"
#include "render/PhotoLayer.hpp"
#include "render/StrokeLayer.hpp"
#include "render/StrokeProgram.hpp"
#include "render/View.hpp"

namespace atelier::render {

class CompositeBatch;
class PatternTextures;
class TextureCache;

/// Sorts strokes by what they are drawn on and keeps each layer current, drawing only what changed. Main
/// thread.
class PhotoLayerCache {
public:
    /// Largest side of a layer texture in pixels.
    static constexpr int kMaxLayerSide = 2048;
    /// Stroke segments drawn per frame at most (about 10 ms of llvmpipe vertex work); a table that appears
    /// with 100,000 points of sketches shows them over a few frames instead of in one long one.
    static constexpr std::size_t kSegmentsPerFrame = 12000;

    /// Loads the stroke program (throws RenderError); photos come from textures, placeholders from patterns.
    PhotoLayerCache(const std::filesystem::path& resourceRoot, TextureCache& textures,
                    const PatternTextures& patterns);

    /// Updates every layer from the board; bakes and draws what changed into their textures through batch.
    void update(const core::Board& board, const View& view, CompositeBatch& batch, FrameStats& stats);
    /// The baked layer of this photo, or nullptr when the photo is not on the table.
    const PhotoLayer* forPhoto(core::ItemId photo) const;
    /// The layer of strokes on the table itself, or nullptr when there are none.
    const StrokeLayer* table() const;
    /// True while strokes wait to be drawn into their layers.
    bool pending() const { return m_pending; }
    /// Memory held by the layer textures.
    std::size_t bytes() const;

private:
    PhotoSource sourceFor(const core::Photo& photo, int wantedLongSide);

    StrokeProgram m_program;
    TextureCache& m_textures;
    const PatternTextures& m_patterns;
    std::unordered_map<core::ItemId, std::unique_ptr<PhotoLayer>> m_photoLayers;
    std::unique_ptr<StrokeLayer> m_tableLayer;
    std::unordered_map<core::ItemId, std::vector<const core::Stroke*>> m_groups;
    bool m_pending = false;
};

} // namespace atelier::render

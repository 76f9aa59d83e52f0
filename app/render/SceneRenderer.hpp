// The table's scene from a const Board: photos, strokes, clusters, cards and overlays, batched and cached.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <unordered_map>
#include <vector>

#include "core/Board.hpp"
#include "core/Catalogue.hpp"
#include "render/CardCache.hpp"
#include "render/CompositeBatch.hpp"
#include "render/CopyRegion.hpp"
#include "render/DirtyRegion.hpp"
#include "render/FrameStats.hpp"
#include "render/GlyphTexture.hpp"
#include "render/ItemAtlas.hpp"
#include "render/Overlays.hpp"
#include "render/Palette.hpp"
#include "render/PatternTextures.hpp"
#include "render/PhotoLayerCache.hpp"
#include "render/SceneCache.hpp"
#include "render/TextureCache.hpp"
#include "render/View.hpp"

struct ImFont;

namespace atelier::render {

/// What the framebuffer a frame is drawn into still holds. A window's back buffer that keeps its pixels
/// between frames (EGL/GLX buffer age, a single-buffered surface) lets a frame write only where it differs
/// from the last one; by default the whole viewport is written.
struct PresentTarget {
    /// The framebuffer holds the last frame this renderer drew into it, except in `alsoRedraw`.
    bool keepsLastFrame = false;
    /// Pixels changed since that frame by something else (ImGui drawn over it) or by the frames in between
    /// (a back buffer two or three frames old); the renderer rewrites them too.
    std::vector<PixelRect> alsoRedraw;
};

/// Draws the board into the current framebuffer. Text, strokes and photos are cached in textures and
/// re-made only when they change; the composed scene is cached too, and a frame redraws only the
/// rectangles where something changed (then copies the cache and draws the overlays on top, only where the
/// frame changed when the caller's framebuffer kept the last one). Items that
/// are moving now and lie on top of everything else (a dragged card is raised) float: they are left out of
/// the cache and drawn over it each frame until they settle. Draw calls do not grow with the number of
/// cards or strokes. Main thread only; restores the GL state it changes.
class SceneRenderer {
public:
    /// An item whose pose has not changed for this long is no longer moving: it settles into the cache.
    static constexpr double kSettleMs = 300;
    /// At most this many items float; moving items below them take the cached path.
    static constexpr std::size_t kMaxFloating = 32;

    /// Loads the shaders from resourceRoot/shaders (throws RenderError); text uses `font` from ImGui's
    /// atlas (load one of about 48 px for sharp card text; cards show without text until ImGui has built
    /// the atlas, at its first NewFrame); photos come from `textures`.
    SceneRenderer(const std::filesystem::path& resourceRoot, ImFont& font, TextureCache& textures);

    /// Uses the workshop's category colours (0xRRGGBB) for cards; empty keeps the Okabe–Ito palette.
    void setCategoryColours(std::vector<std::uint32_t> colours);
    /// The table's language, for the words the scene writes itself (an unnamed cluster's "Groupe 1").
    void setLanguage(core::Language language);
    /// Draws one frame: updates the texture cache (uploads within its budget), then the board over the
    /// table colour and the overlays on top, into the framebuffer bound now, over view's viewport. When
    /// `target` keeps the last frame, only the pixels that differ from it are written (the union of what
    /// changed in the cached scene, the floating items and overlays of both frames, and target.alsoRedraw);
    /// the result is the same, pixel for pixel.
    void draw(const core::Board& board, const View& view, const Overlays& overlays = {},
              const PresentTarget& target = {});
    /// The pixels of the caller's framebuffer the last draw() wrote (the whole viewport, or the rectangles
    /// that changed when the target kept the last frame).
    const std::vector<PixelRect>& presented() const { return m_presented; }
    /// The clock (milliseconds, steady) that decides when a moving item settles; a steady clock by default.
    void setClock(std::function<double()> nowMs) { m_clock = std::move(nowMs); }

    /// What the last draw() did.
    const FrameStats& lastFrame() const { return m_stats; }
    /// True while photos load or cards and strokes wait to be painted.
    bool loading() const { return m_textures.busy() || m_cards.paintsPending() || m_photos.pending(); }
    /// True while loading or while items float (they settle into the cache after kSettleMs without moving):
    /// draw again even if the board did not change.
    bool needsAnotherFrame() const { return loading() || m_floating > 0; }

private:
    /// What the renderer knows of an item across frames: how it sits in the scene cache, and when it moved.
    struct Tracked {
        PixelRect bounds;        ///< the pixels it covers in the cache (when cached)
        std::uint64_t look = 0;  ///< its fingerprint in the cache (when cached)
        std::uint64_t pose = 0;  ///< fingerprint of where it lies, last seen
        double movedAt = 0;      ///< when that last changed (clock ms); -infinity: never since it appeared
        std::uint64_t frame = 0; ///< the last frame it was part of
        bool cached = false;     ///< drawn in the scene cache (false while it floats)
    };
    /// One item of the frame in stacking order (clusters sit just under their lowest card), with the
    /// pixels it covers and a fingerprint of how it looks, to find what changed since the last frame.
    struct Item {
        std::uint64_t z = 0;
        int kind = 0; ///< 0 table strokes, 1 cluster, 2 photo, 3 card
        core::ItemId id = core::kNoItem;
        const void* data = nullptr;
        const CachedItem* cached = nullptr;
        PixelRect bounds;
        std::uint64_t look = 0;
        std::uint64_t pose = 0;   ///< fingerprint of where it lies (pose and size), to tell it moved
        Tracked* track = nullptr; ///< its entry in m_tracked, this frame
        bool floating = false;    ///< drawn over the cache this frame, not into it
    };

    void collectItems(const core::Board& board, const View& view);
    void describe(Item& item, const core::Board& board, const View& view) const;
    void findChanges(bool everything);
    void emit(const Item& item, const core::Board& board, const View& view);
    void present(const View& view, const PresentTarget& target, bool everything, unsigned framebuffer,
                 FrameStats& stats);
    /// A card's fill: its category's colour, warm paper for the question.
    std::uint32_t cardFill(const core::Card& card) const;
    /// "Groupe N" for a cluster nobody named.
    std::string unnamedLabel(const core::Board& board, core::ItemId cluster) const;
    void emitCard(const core::Pose& pose, const CachedItem& item, std::uint32_t fill, const core::Size& size,
                  const View& view);
    /// The floating items into the batch (cleared first), noting the opaque insides of their cards.
    void emitFloating(const core::Board& board, const View& view);
    /// Notes the opaque inside of a floating card drawn over `corners` (its painted quad, shadow included).
    void noteOpaqueInside(const std::array<core::Vec2, 4>& corners, const CachedItem& item,
                          const core::Size& size, const View& view);
    /// What a partial present copies from the cache, given this frame's quads (m_copy).
    void fillCopyRegion(const std::vector<PixelQuad>& shapes, const PresentTarget& target);
    /// Where a card is drawn this frame: its pose, scaled about its centre while it is in motion.
    core::Pose shownPose(const core::Card& card) const;

    TextureCache& m_textures;
    Palette m_palette;
    core::Language m_language = core::Language::French;
    CompositeBatch m_batch;
    ItemAtlas m_atlas;
    GlyphTexture m_glyphs;
    PatternTextures m_patterns;
    CardCache m_cards;
    PhotoLayerCache m_photos;
    SceneCache m_cache;
    DirtyRegion m_dirty;
    View m_lastView;
    FrameStats m_stats;
    std::vector<Item> m_items;
    std::unordered_map<std::uint64_t, Tracked> m_tracked;
    std::function<double()> m_clock;
    std::size_t m_floating = 0; ///< items floating in the last frame
    std::unordered_map<core::ItemId, std::vector<const core::Vote*>>
        m_votes; ///< live dots on each card, per frame
    std::uint64_t m_frame = 0;
    std::unordered_map<core::ItemId, double> m_motions; ///< this frame's card scales (Overlays::motions)
    std::vector<PixelRect> m_lastQuads;  ///< what the floating items and overlays covered in the last frame
    std::vector<PixelQuad> m_lastShapes; ///< the same quads themselves (grown a pixel), not their boxes
    std::vector<PixelQuad> m_opaque;     ///< this frame's floating cards' opaque insides, in pixels
    bool m_emittingFloating = false;     ///< emit() is drawing the floating items (their insides are noted)
    CopyRegion m_copy;                   ///< what a partial present copies from the cache
    std::vector<PixelRect> m_presented;  ///< what the last frame wrote into the caller's framebuffer
    bool m_presentedBefore = false;      ///< a frame was drawn at this view (m_lastQuads is valid)
};

} // namespace atelier::render

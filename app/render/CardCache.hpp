// Cards and cluster labels painted once into the item atlas, repainted only when they change.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include <glad/gl.h>

#include "core/Board.hpp"
#include "core/Card.hpp"
#include "render/ItemAtlas.hpp"
#include "render/TextLayout.hpp"

struct ImFont;

namespace atelier::render {

class CompositeBatch;
class GlyphTexture;

/// A painted item: its atlas place and the rectangle (mm, item frame, centred) its pixels cover.
struct CachedItem {
    AtlasSlot slot;
    double rasterScale = 0; ///< pixels per mm (item frame) it was painted at
    double halfWidthMm = 0; ///< half the painted rectangle, shadow included
    double halfHeightMm = 0;
    std::uint64_t version = 0; ///< changes each time its pixels are painted
    bool painted = false;      ///< false until its pixels are in the atlas (drawn as a plain body until then)
    double capHeightMm = 0;    ///< its text's capitals at scale 1 (0 until laid out)
};

/// Keeps each card's and label's text layout and pixels; a card is laid out again only when its text or
/// size changes and repainted only when that, its colour or its on-screen scale changes. Main thread.
class CardCache {
public:
    /// Items painted per frame at most (each is one body and its glyphs).
    static constexpr int kMaxPaintsPerFrame = 64;

    /// Paints with this font (from ImGui's atlas) into atlas pages, drawing through batch.
    CardCache(ItemAtlas& atlas, CompositeBatch& batch, GlyphTexture& glyphs, ImFont& font);

    /// Starts a frame: items not asked for before endFrame() are dropped then. Makes the atlas big enough
    /// for the board's cards at once (growing it page by page would copy it each time).
    void beginFrame(const core::Board& board, double pxPerMm);
    /// The painted card (scheduling a repaint when it changed); fill is 0xRRGGBB; rasterScale is px per mm;
    /// dots are the colours (0xRRGGBB) of the vote dots on it, painted in this order along its bottom edge.
    const CachedItem& card(const core::Card& card, std::uint32_t fill, double rasterScale,
                           std::span<const std::uint32_t> dots = {});
    /// The painted label of a cluster's name.
    const CachedItem& label(core::ItemId cluster, const std::string& name, double rasterScale);
    /// Paints up to kMaxPaintsPerFrame scheduled items into the atlas; returns the draw calls made.
    int paintPending();
    /// Releases the atlas places of items that were not asked for this frame.
    void endFrame();

    /// True while items wait to be painted (the caller should draw another frame).
    bool paintsPending() const { return !m_pending.empty(); }
    /// Items painted by the last paintPending().
    int paintedLastFrame() const { return m_paintedLastFrame; }
    /// Text layouts made since the start (to check that text is laid out once).
    std::uint64_t layoutsMade() const { return m_layoutsMade; }

private:
    struct Entry {
        bool isLabel = false;
        bool isQuestion = false; ///< the workshop's question: large type, written twice, head to tail
        std::string text;
        core::Size sizeMm;
        std::uint32_t fill = 0;
        std::vector<std::uint32_t> dots; ///< vote dots' colours, along the bottom edge
        TextBlock block;
        CachedItem item;
        std::uint64_t lastUsed = 0;
        bool pending = false;
    };
    bool fontReady() const;
    void place(Entry& entry, double rasterScale);
    void paintBody(const Entry& entry);
    void paintDots(const Entry& entry);
    void paintText(const Entry& entry, GLuint glyphTexture);

    ItemAtlas& m_atlas;
    CompositeBatch& m_batch;
    GlyphTexture& m_glyphs;
    ImFont& m_font;
    std::unordered_map<std::uint64_t, Entry> m_entries;
    std::vector<std::uint64_t> m_pending;
    std::uint64_t m_frame = 0;
    std::uint64_t m_layoutsMade = 0;
    int m_paintedLastFrame = 0;
};

} // namespace atelier::render

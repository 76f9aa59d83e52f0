// Card and label painting: rounded body with soft shadow and edge, wrapped text, into atlas pages.
#include "render/CardCache.hpp"
#include "core/Limits.hpp"
#include "render/Theme.hpp"

#include <algorithm>
#include <cmath>
#include <glad/gl.h>
#include <imgui.h>

#include "render/CardStyle.hpp"
#include "render/CompositeBatch.hpp"
#include "render/Contrast.hpp"
#include "render/GlCheck.hpp"
#include "render/GlyphTexture.hpp"

namespace atelier::render {
namespace {

/// Labels share the map with cards; ids stay below 2^53, so the top bit tells them apart.
constexpr std::uint64_t kLabelKey = std::uint64_t{1} << 63;
/// Room around the body for the shadow and anti-aliasing.
constexpr double kMarginMm = kCardShadowMm + 0.5;
/// Labels: a pill around the name.
constexpr double kLabelPaddingMm = 2.5;
constexpr double kLabelMaxWidthMm = 220;

std::uint32_t shade(std::uint32_t rgb, double factor) {
    const auto channel = [&](int shift) {
        return static_cast<std::uint32_t>(std::lround(((rgb >> shift) & 0xFFu) * factor)) << shift;
    };
    return channel(16) | channel(8) | channel(0);
}

TextFit cardFit(core::Size size) {
    TextFit fit;
    fit.widthMm = std::max(1.0, size.width - 2 * kCardPaddingMm);
    fit.heightMm = std::max(1.0, size.height - 2 * kCardPaddingMm);
    fit.capHeightMm = kCardCapHeightMm;
    fit.minCapHeightMm = kMinCardCapHeightMm;
    fit.lineSpacing = kLineSpacing;
    return fit;
}

/// The question's text fits half its card: it is written twice, head to tail, so both long sides read it.
TextFit questionFit(core::Size size) {
    TextFit fit;
    fit.widthMm = std::max(1.0, size.width - 2 * kCardPaddingMm);
    fit.heightMm = std::max(1.0, (size.height - 3 * kCardPaddingMm) / 2);
    fit.capHeightMm = theme().questionCapMm;
    fit.minCapHeightMm = theme().minLargeCapMm;
    fit.lineSpacing = kLineSpacing;
    return fit;
}

TextFit labelFit(double widthMm) {
    TextFit fit;
    fit.widthMm = widthMm;
    fit.heightMm = kClusterLabelCapMm * 1.8;
    fit.capHeightMm = kClusterLabelCapMm;
    fit.minCapHeightMm = kClusterLabelCapMm;
    fit.lineSpacing = kLineSpacing;
    return fit;
}

} // namespace

CardCache::CardCache(ItemAtlas& atlas, CompositeBatch& batch, GlyphTexture& glyphs, ImFont& font)
    : m_atlas(atlas), m_batch(batch), m_glyphs(glyphs), m_font(font) {}

void CardCache::beginFrame(const core::Board& board, double pxPerMm) {
    ++m_frame;
    double pixels = 0;
    for (const auto& [id, card] : board.cards) {
        if (!card.deleted) {
            const double scale = pxPerMm * card.pose.scale;
            const double side = ItemAtlas::kPageSize;
            pixels += std::min(side, (card.size.width + 2 * kMarginMm) * scale + 12) *
                      std::min(side, (card.size.height + 2 * kMarginMm) * scale + 12);
        }
    }
    // Shelf packing fills about four fifths of a page; labels are few and small.
    constexpr double page = static_cast<double>(ItemAtlas::kPageSize) * ItemAtlas::kPageSize * 0.8;
    m_atlas.reserve(std::min(64, static_cast<int>(std::ceil(pixels / page))));
}

void CardCache::place(Entry& entry, double rasterScale) {
    const int usable = ItemAtlas::kPageSize - 2 * ItemAtlas::kGutter;
    const double widthMm = entry.sizeMm.width + 2 * kMarginMm;
    const double heightMm = entry.sizeMm.height + 2 * kMarginMm;
    // A card zoomed past what a page holds is painted at the largest scale that fits (and looks softer).
    const double scale = std::min({rasterScale, usable / widthMm, usable / heightMm});
    const int width = std::clamp(static_cast<int>(std::ceil(widthMm * scale)), 1, usable);
    const int height = std::clamp(static_cast<int>(std::ceil(heightMm * scale)), 1, usable);
    AtlasSlot& slot = entry.item.slot;
    const int slotWidth = slot.rect.width - 2 * ItemAtlas::kGutter;
    const int slotHeight = slot.rect.height - 2 * ItemAtlas::kGutter;
    const bool fits = slot.valid() && width <= slotWidth && height <= slotHeight;
    const bool wasteful = fits && static_cast<long>(slotWidth) * slotHeight > 2L * width * height + 4096;
    if (!fits || wasteful) {
        m_atlas.release(slot);
        slot = m_atlas.allocate(width, height);
        entry.item.painted = false; // a new place holds no pixels yet
    }
    entry.item.rasterScale = scale;
    entry.item.halfWidthMm = width / scale / 2;
    entry.item.halfHeightMm = height / scale / 2;
}

bool CardCache::fontReady() const {
    // ImGui builds its atlas at the first ImGui::NewFrame(): until then the font has no glyphs to lay out.
    return m_font.ContainerAtlas != nullptr && !m_font.Glyphs.empty();
}

const CachedItem& CardCache::card(const core::Card& card, std::uint32_t fill, double rasterScale,
                                  std::span<const std::uint32_t> dots) {
    Entry& entry = m_entries[card.id];
    entry.lastUsed = m_frame;
    if (!fontReady()) {
        return entry.item; // not placed: drawn as its plain body until the font is ready
    }
    // The facilitator's prompt, the workshop's question: laid by seat 0 with no category.
    const bool question = card.seat == 0 && card.category == core::kNoCategory;
    const bool relayout = !entry.item.slot.valid() || entry.text != card.text || entry.sizeMm != card.size ||
                          entry.isQuestion != question;
    if (relayout) {
        entry.text = card.text;
        entry.sizeMm = card.size;
        entry.isQuestion = question;
        entry.block = layoutText(m_font, entry.text, question ? questionFit(card.size) : cardFit(card.size));
        entry.item.capHeightMm = entry.block.capHeightMm;
        ++m_layoutsMade;
    }
    const bool rescaled = std::abs(entry.item.rasterScale - rasterScale) > 0.005 * rasterScale;
    const bool dotsChanged = !std::equal(entry.dots.begin(), entry.dots.end(), dots.begin(), dots.end());
    if (relayout || rescaled || entry.fill != fill || dotsChanged) {
        entry.fill = fill;
        entry.dots.assign(dots.begin(), dots.end());
        place(entry, rasterScale);
        if (!entry.pending) {
            entry.pending = true;
            m_pending.push_back(card.id);
        }
    }
    return entry.item;
}

const CachedItem& CardCache::label(core::ItemId cluster, const std::string& name, double rasterScale) {
    const std::uint64_t key = cluster | kLabelKey;
    Entry& entry = m_entries[key];
    entry.lastUsed = m_frame;
    entry.isLabel = true;
    if (!fontReady()) {
        return entry.item;
    }
    const bool relayout = !entry.item.slot.valid() || entry.text != name;
    if (relayout) {
        entry.text = name;
        const TextBlock measured = layoutText(m_font, name, labelFit(kLabelMaxWidthMm));
        entry.sizeMm =
            core::Size{measured.widthMm + 2 * kLabelPaddingMm, labelFit(0).heightMm + 2 * kLabelPaddingMm};
        entry.block = layoutText(m_font, name, labelFit(measured.widthMm + 0.5));
        entry.item.capHeightMm = entry.block.capHeightMm;
        m_layoutsMade += 2;
    }
    const bool rescaled = std::abs(entry.item.rasterScale - rasterScale) > 0.005 * rasterScale;
    if (relayout || rescaled) {
        place(entry, rasterScale);
        if (!entry.pending) {
            entry.pending = true;
            m_pending.push_back(key);
        }
    }
    return entry.item;
}

void CardCache::paintBody(const Entry& entry) {
    const CachedItem& item = entry.item;
    const double rs = item.rasterScale;
    ShapeStyle body;
    body.centre = {item.slot.rect.x + ItemAtlas::kGutter + item.halfWidthMm * rs,
                   item.slot.rect.y + ItemAtlas::kGutter + item.halfHeightMm * rs};
    body.halfWidth = entry.sizeMm.width / 2 * rs;
    body.halfHeight = entry.sizeMm.height / 2 * rs;
    if (entry.isLabel) {
        body.radius = body.halfHeight;
        body.fill = 0xFFFFFFEEu;
        body.edge = 0x00000055u;
        body.edgeWidth = std::max(1.0, 0.3 * rs);
    } else if (entry.isQuestion) { // warm paper framed in ink: no category's colour, unlike any idea
        body.radius = theme().radiusMm * rs;
        body.fill = (entry.fill << 8) | 0xFFu;
        body.edge = (theme().questionEdge << 8) | 0xFFu;
        body.edgeWidth = std::max(2.0, 1.2 * rs);
        body.shadowReach = theme().shadowMm * 1.6 * rs;
        body.shadowOpacity = kCardShadowOpacity;
    } else {
        body.radius = kCardCornerMm * rs;
        body.fill = (entry.fill << 8) | 0xFFu;
        body.edge = (shade(entry.fill, 0.72) << 8) | 0xFFu;
        body.edgeWidth = std::max(1.0, kCardEdgeMm * rs);
        body.shadowReach = kCardShadowMm * rs;
        body.shadowOpacity = kCardShadowOpacity;
    }
    m_batch.addShape(body, 1.0);
    if (!entry.isLabel) {
        paintDots(entry);
    }
}

void CardCache::paintDots(const Entry& entry) {
    if (entry.dots.empty()) {
        return;
    }
    const CachedItem& item = entry.item;
    const double rs = item.rasterScale;
    const double centreX = item.slot.rect.x + ItemAtlas::kGutter + item.halfWidthMm * rs;
    // core::cardDotOffset: the same places the workshop gives a finger to take a dot back.
    const double centreY = item.slot.rect.y + ItemAtlas::kGutter + item.halfHeightMm * rs;
    for (std::size_t i = 0; i < entry.dots.size(); ++i) {
        const core::Vec2 offset = core::cardDotOffset(entry.sizeMm, i, entry.dots.size());
        ShapeStyle dot;
        dot.centre = {centreX + offset.x * rs, centreY + offset.y * rs};
        dot.halfWidth = dot.halfHeight = dot.radius = kVoteDotRadiusMm * rs;
        dot.fill = (entry.dots[i] << 8) | 0xFFu;
        // A ring that contrasts with the card keeps a dot visible on a card of its own colour.
        dot.edge = voteDotRing(entry.fill);
        dot.edgeWidth = std::max(1.0, kVoteDotRingMm * rs);
        m_batch.addShape(dot, 1.0);
    }
}

void CardCache::paintText(const Entry& entry, GLuint glyphTexture) {
    const CachedItem& item = entry.item;
    const double rs = item.rasterScale;
    const double centreX = item.slot.rect.x + ItemAtlas::kGutter + item.halfWidthMm * rs;
    const double centreY = item.slot.rect.y + ItemAtlas::kGutter + item.halfHeightMm * rs;
    const double padding = entry.isLabel ? kLabelPaddingMm : kCardPaddingMm;
    const std::uint32_t textColour = entry.isLabel ? kDarkText : textColourOn(entry.fill);
    const std::uint32_t colour = premultipliedColour((textColour << 8) | 0xFFu);
    // Whole pixels for the text box, so that every card's baselines fall alike on the pixel grid. The
    // question's box is its card's lower half; its upper half gets the same text turned head to tail.
    const double boxTop = entry.isQuestion ? kCardPaddingMm / 2 : -(entry.sizeMm.height / 2 - padding);
    const double textX = std::round(centreX - (entry.sizeMm.width / 2 - padding) * rs);
    const double textY = std::round(centreY + boxTop * rs);
    // Small text (a few pixels per capital) is snapped to whole pixels glyph by glyph, as hinting would: a
    // stem 0.6 px wide then covers one pixel well instead of two pixels faintly ("jard n" at 1280 × 720).
    const bool snap = entry.block.capHeightMm * rs < 12.0;
    for (const PlacedGlyph& glyph : entry.block.glyphs) {
        double x0 = textX + glyph.x0 * rs;
        const double width = (glyph.x1 - glyph.x0) * rs;
        if (snap) {
            x0 = std::round(x0);
        }
        const double y0 = textY + glyph.y0 * rs;
        const double y1 = textY + glyph.y1 * rs;
        const std::array<double, 8> xy = {x0, y0, x0 + width, y0, x0, y1, x0 + width, y1};
        const std::array<float, 8> uv = {glyph.u0, glyph.v0, glyph.u1, glyph.v0,
                                         glyph.u0, glyph.v1, glyph.u1, glyph.v1};
        for (const bool turned : {false, true}) {
            if (turned && !entry.isQuestion) {
                break;
            }
            std::array<CompositeVertex, 4> quad{};
            for (std::size_t i = 0; i < 4; ++i) {
                // Turned head to tail about the card's centre: a half turn keeps the quad's winding.
                const double x = turned ? 2 * std::round(centreX) - xy[i * 2] : xy[i * 2];
                const double y = turned ? 2 * std::round(centreY) - xy[i * 2 + 1] : xy[i * 2 + 1];
                quad[i].x = static_cast<float>(x);
                quad[i].y = static_cast<float>(y);
                quad[i].u = uv[i * 2];
                quad[i].v = uv[i * 2 + 1];
                quad[i].fill = colour;
            }
            m_batch.add(quad, Pipeline::Glyph, glyphTexture);
        }
    }
}

int CardCache::paintPending() {
    m_paintedLastFrame = 0;
    if (m_pending.empty()) {
        return 0;
    }
    // At most kMaxPaintsPerFrame items a frame, oldest first: a table that appears with 300 new cards shows
    // their coloured bodies at once and their text over the next few frames, instead of one long frame.
    std::vector<std::vector<Entry*>> byPage(static_cast<std::size_t>(m_atlas.pageCount()));
    std::size_t taken = 0;
    for (; taken < m_pending.size() && m_paintedLastFrame < kMaxPaintsPerFrame; ++taken) {
        auto it = m_entries.find(m_pending[taken]);
        if (it == m_entries.end() || !it->second.pending) {
            continue;
        }
        it->second.pending = false;
        if (it->second.item.slot.valid()) {
            byPage[static_cast<std::size_t>(it->second.item.slot.page)].push_back(&it->second);
            ++m_paintedLastFrame;
        }
    }
    m_pending.erase(m_pending.begin(), m_pending.begin() + static_cast<std::ptrdiff_t>(taken));

    int calls = 0;
    constexpr auto page = static_cast<double>(ItemAtlas::kPageSize);
    const GLuint glyphTexture = m_glyphs.refresh(*m_font.ContainerAtlas).id();
    for (std::size_t index = 0; index < byPage.size(); ++index) {
        const auto& entries = byPage[index];
        if (entries.empty()) {
            continue;
        }
        glBindFramebuffer(GL_FRAMEBUFFER, m_atlas.framebuffer(static_cast<int>(index)).id());
        glViewport(0, 0, ItemAtlas::kPageSize, ItemAtlas::kPageSize);
        glEnable(GL_SCISSOR_TEST);
        glClearColor(0, 0, 0, 0);
        for (const Entry* entry : entries) {
            const AtlasRect& rect = entry->item.slot.rect;
            glScissor(rect.x, rect.y, rect.width, rect.height);
            glClear(GL_COLOR_BUFFER_BIT);
        }
        glDisable(GL_SCISSOR_TEST);
        // All bodies, then all text: two draw calls per page, however many items were painted.
        m_batch.clear();
        for (const Entry* entry : entries) {
            paintBody(*entry);
        }
        for (const Entry* entry : entries) {
            paintText(*entry, glyphTexture);
        }
        calls += m_batch.draw({static_cast<float>(2 / page), static_cast<float>(2 / page)}, {-1.0f, -1.0f});
        for (Entry* entry : entries) {
            ++entry->item.version;
            entry->item.painted = true;
        }
    }
    gl::checkErrors("CardCache::paintPending");
    return calls;
}

void CardCache::endFrame() {
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->second.lastUsed != m_frame) {
            m_atlas.release(it->second.item.slot);
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace atelier::render

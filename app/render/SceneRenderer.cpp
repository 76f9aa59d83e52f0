// Scene composition: sync the caches with the board, paint what changed, find the rectangles whose look
// changed, redraw only those into the scene cache (quads cut to them), copy it out, draw the overlays on top.
#include "render/SceneRenderer.hpp"
#include "core/Limits.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <ctime>
#include <glad/gl.h>
#include <imgui.h>
#include <limits>
#include <numbers>

#include "core/VotePlacement.hpp"
#include "render/CardStyle.hpp"
#include "render/GlCheck.hpp"
#include "render/GlStateGuard.hpp"
#include "render/Legibility.hpp"
#include "render/TableColour.hpp"
#include "render/Theme.hpp"

namespace atelier::render {
namespace {

enum Kind { kTableStrokes = 0, kCluster = 1, kPhoto = 2, kCard = 3 };

/// Redraw everything when more than this share of the screen changed (the stencil pass would not pay).
constexpr double kFullRedrawShare = 0.5;
/// Write the whole frame when more than this share of it changed (fewer, larger copies then).
constexpr double kFullPresentShare = 0.6;
/// Rectangles a partial present is cut into at most (each is one copy and one scissored draw).
constexpr int kPresentRects = 24;
constexpr std::uint32_t kClusterFill = 0x4A5D7326u;
constexpr std::uint32_t kClusterEdge = 0x4A5D73B0u;
constexpr double kClusterShadowMm = 4;

double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

/// FNV-1a over the values that decide how an item looks.
class Fingerprint {
public:
    template <class T>
    Fingerprint& add(const T& value) {
        unsigned char bytes[sizeof(T)];
        std::memcpy(bytes, &value, sizeof(T));
        for (unsigned char byte : bytes) {
            m_hash = (m_hash ^ byte) * 0x100000001B3ull;
        }
        return *this;
    }
    std::uint64_t value() const { return m_hash; }

private:
    std::uint64_t m_hash = 0xCBF29CE484222325ull;
};

/// Corners of an item's rectangle (local half sizes) on the table: TL, TR, BL, BR.
std::array<core::Vec2, 4> itemCorners(const core::Pose& pose, double halfWidth, double halfHeight) {
    return {core::localToTable(pose, {-halfWidth, -halfHeight}),
            core::localToTable(pose, {halfWidth, -halfHeight}),
            core::localToTable(pose, {-halfWidth, halfHeight}),
            core::localToTable(pose, {halfWidth, halfHeight})};
}

/// The pixels a set of table points covers, grown by two pixels for anti-aliasing and clipped to the view.
PixelRect pixelBounds(const std::array<core::Vec2, 4>& corners, const View& view) {
    double x0 = corners[0].x, y0 = corners[0].y, x1 = x0, y1 = y0;
    for (const core::Vec2& c : corners) {
        x0 = std::min(x0, c.x);
        y0 = std::min(y0, c.y);
        x1 = std::max(x1, c.x);
        y1 = std::max(y1, c.y);
    }
    const PixelRect rect{static_cast<int>(std::floor(x0 * view.pxPerMmX())) - 2,
                         static_cast<int>(std::floor(y0 * view.pxPerMmY())) - 2,
                         static_cast<int>(std::ceil(x1 * view.pxPerMmX())) + 2,
                         static_cast<int>(std::ceil(y1 * view.pxPerMmY())) + 2};
    return rect.clipped(view.viewportWidth, view.viewportHeight);
}

/// True when the rotation is a whole number of quarter turns (texels can then land on pixels exactly).
bool quarterTurn(double rotation) {
    return std::abs(std::remainder(rotation, std::numbers::pi / 2)) < 1e-4;
}

/// The table-space bounding box of the cluster's live cards (min x, min y, max x, max y), if any.
std::optional<std::array<double, 4>> clusterBox(const core::Board& board, const core::Cluster& cluster) {
    std::optional<std::array<double, 4>> box;
    for (core::ItemId id : cluster.cards) {
        const core::Card* card = board.findCard(id);
        if (card == nullptr || card->deleted) {
            continue;
        }
        for (const core::Vec2& c : itemCorners(card->pose, card->size.width / 2, card->size.height / 2)) {
            if (!box) {
                box = std::array<double, 4>{c.x, c.y, c.x, c.y};
            }
            auto& b = *box;
            b = {std::min(b[0], c.x), std::min(b[1], c.y), std::max(b[2], c.x), std::max(b[3], c.y)};
        }
    }
    return box;
}

/// Adds a rectangle, merging first when the region would otherwise collapse into one bounding rectangle.
void addMerging(DirtyRegion& region, const PixelRect& rect) {
    if (region.rects().size() + 1 >= DirtyRegion::kMaxCollected) {
        region.merge();
    }
    region.add(rect);
}

/// The pixels each quad of the batch covers (four vertices per quad: no clip is set when presenting),
/// grown by a pixel against rounding, merged.
DirtyRegion quadRects(const std::vector<CompositeVertex>& vertices, const View& view) {
    DirtyRegion region(kPresentRects);
    for (std::size_t i = 0; i + 4 <= vertices.size(); i += 4) {
        float x0 = vertices[i].x, y0 = vertices[i].y, x1 = x0, y1 = y0;
        for (std::size_t k = i + 1; k < i + 4; ++k) {
            x0 = std::min(x0, vertices[k].x);
            y0 = std::min(y0, vertices[k].y);
            x1 = std::max(x1, vertices[k].x);
            y1 = std::max(y1, vertices[k].y);
        }
        const PixelRect rect{static_cast<int>(std::floor(x0 * view.pxPerMmX())) - 1,
                             static_cast<int>(std::floor(y0 * view.pxPerMmY())) - 1,
                             static_cast<int>(std::ceil(x1 * view.pxPerMmX())) + 1,
                             static_cast<int>(std::ceil(y1 * view.pxPerMmY())) + 1};
        addMerging(region, rect.clipped(view.viewportWidth, view.viewportHeight));
    }
    region.merge();
    return region;
}

/// Each quad of the batch in pixels, grown by a pixel against rounding (four vertices per quad, in order
/// around it, as CompositeBatch pushes them when no clip is set).
std::vector<PixelQuad> quadShapes(const std::vector<CompositeVertex>& vertices, const View& view) {
    std::vector<PixelQuad> shapes;
    shapes.reserve(vertices.size() / 4);
    for (std::size_t i = 0; i + 4 <= vertices.size(); i += 4) {
        PixelQuad quad{};
        for (std::size_t k = 0; k < 4; ++k) {
            quad[k] = {vertices[i + k].x * view.pxPerMmX(), vertices[i + k].y * view.pxPerMmY()};
        }
        shapes.push_back(grown(quad, 1.0));
    }
    return shapes;
}

std::uint64_t keyOf(int kind, core::ItemId id) {
    return (static_cast<std::uint64_t>(kind) << 56) | id;
}

/// The turn that makes a label read from the table edge nearest to `centre`: 0 from the bottom edge, a half
/// turn from the top, a quarter turn from a side (clockwise on screen from the left edge).
double facingNearestEdge(core::Vec2 centre, const View& view) {
    const double w = view.surfaceMm.width;
    const double h = view.surfaceMm.height;
    const std::array<std::pair<double, double>, 4> edges = {
        std::pair{h - centre.y, 0.0}, std::pair{centre.y, std::numbers::pi},
        std::pair{centre.x, std::numbers::pi / 2}, std::pair{w - centre.x, -std::numbers::pi / 2}};
    return std::min_element(edges.begin(), edges.end())->second;
}

/// Where a cluster's label lies: over the outline's top-left corner as the nearest seat sees it, turned to
/// it.
core::Pose clusterLabelPose(const std::array<double, 4>& box, const CachedItem& label, const View& view) {
    const core::Vec2 centre{(box[0] + box[2]) / 2, (box[1] + box[3]) / 2};
    core::Pose pose;
    pose.rotation = facingNearestEdge(centre, view);
    const bool side = std::abs(std::sin(pose.rotation)) > 0.5;
    const double halfAcross = (side ? box[3] - box[1] : box[2] - box[0]) / 2 + kClusterPaddingMm;
    const double halfDeep = (side ? box[2] - box[0] : box[3] - box[1]) / 2 + kClusterPaddingMm;
    // In the reader's frame: from the outline's left end, 8 mm in; centred on its far edge.
    const core::Vec2 local{-halfAcross + 8 + label.halfWidthMm, -halfDeep};
    const double c = std::cos(pose.rotation);
    const double s = std::sin(pose.rotation);
    pose.centre = {centre.x + local.x * c - local.y * s, centre.y + local.x * s + local.y * c};
    return pose;
}

} // namespace

SceneRenderer::SceneRenderer(const std::filesystem::path& resourceRoot, ImFont& font, TextureCache& textures)
    : m_textures(textures), m_batch(resourceRoot), m_cards(m_atlas, m_batch, m_glyphs, font),
      m_photos(resourceRoot, textures, m_patterns), m_cache(resourceRoot), m_clock([] {
          return std::chrono::duration<double, std::milli>(
                     std::chrono::steady_clock::now().time_since_epoch())
              .count();
      }) {}

void SceneRenderer::setLanguage(core::Language language) {
    m_language = language;
}

std::uint32_t SceneRenderer::cardFill(const core::Card& card) const {
    return card.seat == 0 && card.category == core::kNoCategory ? theme().questionFill
                                                                : m_palette.category(card.category);
}

std::string SceneRenderer::unnamedLabel(const core::Board& board, core::ItemId cluster) const {
    // Numbered by creation among every cluster ever formed, so that a number never moves to another group.
    const auto number = std::distance(board.clusters.begin(), board.clusters.find(cluster)) + 1;
    return std::string(core::text(m_language, core::TextId::ClusterUnnamed)) + std::to_string(number);
}

void SceneRenderer::setCategoryColours(std::vector<std::uint32_t> colours) {
    m_palette.setCategoryColours(std::move(colours));
}

void SceneRenderer::collectItems(const core::Board& board, const View& view) {
    m_items.clear();
    if (m_photos.table() != nullptr && !m_photos.table()->empty()) {
        m_items.push_back(Item{0, kTableStrokes, 0, m_photos.table(), nullptr, {}, 0, 0, nullptr, false});
    }
    for (const auto& [id, photo] : board.photos) {
        if (!photo.deleted) {
            m_items.push_back(Item{photo.z, kPhoto, id, &photo, nullptr, {}, 0, 0, nullptr, false});
        }
    }
    // Vote dots by card in core::votePlace's order (grouped by seat), in the seats' colours.
    for (auto& [card, dots] : m_votes) {
        dots.clear();
    }
    for (const auto& [id, vote] : board.votes) {
        if (!vote.withdrawn) {
            m_votes[vote.target].push_back(&vote);
        }
    }
    std::vector<std::uint32_t> dotColours;
    for (const auto& [id, card] : board.cards) {
        if (!card.deleted) {
            dotColours.clear();
            if (auto votes = m_votes.find(id); votes != m_votes.end() && !votes->second.empty()) {
                std::sort(
                    votes->second.begin(), votes->second.end(),
                    [](const core::Vote* a, const core::Vote* b) { return core::dotComesBefore(*a, *b); });
                for (const core::Vote* vote : votes->second) {
                    dotColours.push_back(m_palette.seat(vote->seat));
                }
            }
            const std::uint32_t fill = cardFill(card);
            const CachedItem& cached = m_cards.card(card, fill, view.pxPerMm() * card.pose.scale, dotColours);
            const bool question = card.seat == 0 && card.category == core::kNoCategory;
            Legibility::frame().text(DrawnText{
                question ? "question" : "card", card.text, question ? TextRole::Large : TextRole::Body,
                cached.capHeightMm * card.pose.scale, textColourOn(fill), fill});
            m_items.push_back(Item{card.z, kCard, id, &card, &cached, {}, 0, 0, nullptr, false});
        }
    }
    for (const auto& [id, cluster] : board.clusters) {
        if (cluster.dissolved) {
            continue;
        }
        std::uint64_t lowest = UINT64_MAX;
        for (core::ItemId member : cluster.cards) {
            if (const core::Card* card = board.findCard(member); card != nullptr && !card->deleted) {
                lowest = std::min(lowest, card->z);
            }
        }
        if (lowest != UINT64_MAX) {
            // Every cluster has a label: "Groupe 3" (its number among the clusters) until someone names it.
            const std::string name = cluster.name.empty() ? unnamedLabel(board, id) : cluster.name;
            const CachedItem* label = &m_cards.label(id, name, view.pxPerMm());
            Legibility::frame().text(
                DrawnText{"cluster.label", name, TextRole::Body, label->capHeightMm, kDarkText, 0xFFFFFF});
            m_items.push_back(Item{lowest, kCluster, id, &cluster, label, {}, 0, 0, nullptr, false});
        }
    }
    // Photos (and what is drawn on the table) lie below every card and cluster outline, whatever their z.
    const auto layer = [](const Item& item) {
        return item.kind == kTableStrokes || item.kind == kPhoto ? 0 : 1;
    };
    std::sort(m_items.begin(), m_items.end(), [&](const Item& a, const Item& b) {
        if (layer(a) != layer(b)) {
            return layer(a) < layer(b);
        }
        return a.z != b.z ? a.z < b.z : a.kind != b.kind ? a.kind < b.kind : a.id < b.id;
    });
}

void SceneRenderer::describe(Item& item, const core::Board& board, const View& view) const {
    Fingerprint look;
    look.add(item.z);
    switch (item.kind) {
    case kTableStrokes: {
        const auto* layer = static_cast<const StrokeLayer*>(item.data);
        const auto b = layer->bounds();
        item.bounds = pixelBounds(
            {core::Vec2{b[0], b[1]}, core::Vec2{b[2], b[1]}, core::Vec2{b[0], b[3]}, core::Vec2{b[2], b[3]}},
            view);
        look.add(layer->version()).add(layer->texture().id());
        break;
    }
    case kPhoto: {
        const auto* photo = static_cast<const core::Photo*>(item.data);
        const double grow = (kCardShadowMm + 2 / view.pxPerMm()) / photo->pose.scale;
        item.bounds = pixelBounds(
            itemCorners(photo->pose, photo->size.width / 2 + grow, photo->size.height / 2 + grow), view);
        const PhotoLayer* layer = m_photos.forPhoto(photo->id);
        item.pose = Fingerprint{}.add(photo->pose).add(photo->size).value();
        look.add(photo->pose).add(photo->size).add(layer != nullptr ? layer->version() : 0);
        look.add(layer != nullptr ? layer->texture().id() : 0u);
        break;
    }
    case kCard: {
        const auto* card = static_cast<const core::Card*>(item.data);
        const CachedItem& cached = *item.cached;
        const double halfWidth = std::max(cached.halfWidthMm, card->size.width / 2 + kCardShadowMm + 0.5);
        const double halfHeight = std::max(cached.halfHeightMm, card->size.height / 2 + kCardShadowMm + 0.5);
        const core::Pose pose = shownPose(*card);
        item.bounds = pixelBounds(itemCorners(pose, halfWidth, halfHeight), view);
        item.pose = Fingerprint{}.add(pose).add(card->size).value();
        look.add(pose).add(card->size).add(card->category).add(cached.version).add(cached.painted);
        look.add(cached.slot.page).add(cached.slot.rect).add(m_palette.category(card->category));
        break;
    }
    default: {
        const auto* cluster = static_cast<const core::Cluster*>(item.data);
        const auto box = clusterBox(board, *cluster).value_or(std::array<double, 4>{0, 0, 0, 0});
        const double reach = kClusterPaddingMm + kClusterShadowMm + 1;
        double top = box[1] - reach;
        double right = box[2] + reach;
        double left = box[0] - reach;
        double bottom = box[3] + reach;
        if (item.cached != nullptr) {
            const core::Pose label = clusterLabelPose(box, *item.cached, view);
            for (const core::Vec2& c :
                 itemCorners(label, item.cached->halfWidthMm, item.cached->halfHeightMm)) {
                left = std::min(left, c.x);
                top = std::min(top, c.y);
                right = std::max(right, c.x);
                bottom = std::max(bottom, c.y);
            }
            look.add(item.cached->version).add(item.cached->painted).add(item.cached->slot.rect);
        }
        // The dots cast on the cluster, in a row right of its label.
        for (const auto& [id, vote] : board.votes) {
            if (vote.target != item.id) {
                continue;
            }
            if (const std::optional<core::VoteDotPlace> dot = core::votePlace(board, vote)) {
                right = std::max(right, dot->centre.x + dot->radiusMm + 1);
                look.add(dot->centre.x).add(dot->centre.y).add(m_palette.seat(vote.seat));
            }
        }
        item.bounds = pixelBounds({core::Vec2{left, top}, core::Vec2{right, top}, core::Vec2{left, bottom},
                                   core::Vec2{right, bottom}},
                                  view);
        look.add(box);
        item.pose = Fingerprint{}.add(box).value();
        break;
    }
    }
    look.add(item.bounds);
    item.look = look.value();
}

void SceneRenderer::findChanges(bool everything) {
    ++m_frame;
    m_dirty.clear();
    const double now = m_clock();
    // Which items move: their pose changed within the settle time (an item that just appeared has not).
    for (Item& item : m_items) {
        auto [entry, added] = m_tracked.try_emplace(keyOf(item.kind, item.id));
        Tracked& track = entry->second;
        if (added) {
            track.pose = item.pose;
            track.movedAt = -std::numeric_limits<double>::infinity();
        } else if (track.pose != item.pose) {
            track.pose = item.pose;
            track.movedAt = now;
        }
        if (everything) {
            track.cached = false;
        }
        track.frame = m_frame;
        item.track = &track;
    }
    // The floating layer: the moving items at the top of the stacking order, down to the first one that is
    // still (whatever lies under a still item stays in the cache, so that stacking stays right).
    m_floating = 0;
    for (auto it = m_items.rbegin(); it != m_items.rend() && m_floating < kMaxFloating; ++it) {
        if (!(now - it->track->movedAt < kSettleMs)) {
            break;
        }
        it->floating = true;
        ++m_floating;
    }
    // The cache holds every other item: one that starts floating leaves its place to redraw, one that
    // settles (or appears) is drawn in, one that changed is redrawn at its old and new place.
    for (const Item& item : m_items) {
        Tracked& track = *item.track;
        if (item.floating) {
            if (track.cached) {
                m_dirty.add(track.bounds);
                track.cached = false;
            }
        } else if (!track.cached || track.look != item.look) {
            if (track.cached) {
                m_dirty.add(track.bounds);
            }
            m_dirty.add(item.bounds);
            track.bounds = item.bounds;
            track.look = item.look;
            track.cached = true;
        }
    }
    // What was drawn last frame and is gone now leaves its place to redraw.
    for (auto it = m_tracked.begin(); it != m_tracked.end();) {
        if (it->second.frame != m_frame) {
            if (it->second.cached) {
                m_dirty.add(it->second.bounds);
            }
            it = m_tracked.erase(it);
        } else {
            ++it;
        }
    }
    m_dirty.merge();
}

void SceneRenderer::emitCard(const core::Pose& pose, const CachedItem& item, std::uint32_t fill,
                             const core::Size& size, const View& view) {
    if (!item.painted || !item.slot.valid()) {
        // Not painted yet (a table that just appeared): its coloured body, text follows in a few frames.
        ShapeStyle body;
        body.centre = pose.centre;
        body.rotation = pose.rotation;
        body.halfWidth = size.width / 2 * pose.scale;
        body.halfHeight = size.height / 2 * pose.scale;
        body.radius = kCardCornerMm * pose.scale;
        body.fill = (fill << 8) | 0xFFu;
        body.shadowReach = kCardShadowMm * pose.scale;
        body.shadowOpacity = kCardShadowOpacity;
        m_batch.addShape(body, 1 / view.pxPerMm());
        return;
    }
    auto corners = itemCorners(pose, item.halfWidthMm, item.halfHeightMm);
    const double wanted = view.pxPerMm() * pose.scale;
    if (quarterTurn(pose.rotation) && std::abs(item.rasterScale - wanted) < 1e-3 * wanted) {
        // Put texel centres on pixel centres so that text is copied, not resampled.
        const double px = corners[0].x * view.pxPerMmX();
        const double py = corners[0].y * view.pxPerMmY();
        const double dx = (std::round(px) - px) / view.pxPerMmX();
        const double dy = (std::round(py) - py) / view.pxPerMmY();
        for (core::Vec2& corner : corners) {
            corner.x += dx;
            corner.y += dy;
        }
    }
    if (m_emittingFloating) {
        noteOpaqueInside(corners, item, size, view);
    }
    const AtlasRect& r = item.slot.rect;
    constexpr auto page = static_cast<float>(ItemAtlas::kPageSize);
    const float u0 = static_cast<float>(r.x + ItemAtlas::kGutter) / page;
    const float v0 = static_cast<float>(r.y + ItemAtlas::kGutter) / page;
    const float u1 = u0 + static_cast<float>(item.halfWidthMm * 2 * item.rasterScale) / page;
    const float v1 = v0 + static_cast<float>(item.halfHeightMm * 2 * item.rasterScale) / page;
    m_batch.addAtlasQuad(corners, {u0, v0, u1, v1}, item.slot.page, m_atlas.texture()->id());
}

void SceneRenderer::emitFloating(const core::Board& board, const View& view) {
    m_batch.clear();
    m_opaque.clear();
    m_emittingFloating = true; // their opaque insides are noted: the copy leaves them out
    for (auto it = m_items.end() - static_cast<std::ptrdiff_t>(m_floating); it != m_items.end(); ++it) {
        emit(*it, board, view);
    }
    m_emittingFloating = false;
}

void SceneRenderer::noteOpaqueInside(const std::array<core::Vec2, 4>& corners, const CachedItem& item,
                                     const core::Size& size, const View& view) {
    // The painted quad holds the card's body and, around it, its shadow; the body is opaque (its fill, edge,
    // text and dots all are) except in its rounded corners. Inside the body less a corner's radius on every
    // side, and two more pixels for the texture's filtering, the card covers whatever lies under it.
    if (size.width <= 0 || size.height <= 0 || item.halfWidthMm <= 0 || item.halfHeightMm <= 0) {
        return; // a cluster's label: translucent
    }
    const double px = view.pxPerMm() * std::hypot(corners[1].x - corners[0].x, corners[1].y - corners[0].y) /
                      (2 * item.halfWidthMm);
    const double insetX = (item.halfWidthMm - size.width / 2 + kCardCornerMm) / (2 * item.halfWidthMm) +
                          2 / std::max(px * 2 * item.halfWidthMm, 1e-9);
    const double insetY = (item.halfHeightMm - size.height / 2 + kCardCornerMm) / (2 * item.halfHeightMm) +
                          2 / std::max(px * 2 * item.halfHeightMm, 1e-9);
    if (insetX >= 0.5 || insetY >= 0.5) {
        return;
    }
    const auto at = [&](double s, double t) {
        const double x = corners[0].x + s * (corners[1].x - corners[0].x) + t * (corners[2].x - corners[0].x);
        const double y = corners[0].y + s * (corners[1].y - corners[0].y) + t * (corners[2].y - corners[0].y);
        return core::Vec2{x * view.pxPerMmX(), y * view.pxPerMmY()};
    };
    m_opaque.push_back(
        {at(insetX, insetY), at(1 - insetX, insetY), at(1 - insetX, 1 - insetY), at(insetX, 1 - insetY)});
}

core::Pose SceneRenderer::shownPose(const core::Card& card) const {
    core::Pose pose = card.pose;
    if (const auto motion = m_motions.find(card.id); motion != m_motions.end()) {
        pose.scale *= motion->second;
    }
    return pose;
}

void SceneRenderer::emit(const Item& item, const core::Board& board, const View& view) {
    const double unitsPerPixel = 1 / view.pxPerMm();
    switch (item.kind) {
    case kTableStrokes: {
        // Only the part of the table holding strokes is sampled, not the whole surface.
        const auto* layer = static_cast<const StrokeLayer*>(item.data);
        const auto b = layer->bounds();
        const double x0 = std::clamp(b[0], 0.0, view.surfaceMm.width);
        const double y0 = std::clamp(b[1], 0.0, view.surfaceMm.height);
        const double x1 = std::clamp(b[2], x0 + 0.1, view.surfaceMm.width + 0.1);
        const double y1 = std::clamp(b[3], y0 + 0.1, view.surfaceMm.height + 0.1);
        PhotoQuad quad;
        quad.pose.centre = {(x0 + x1) / 2, (y0 + y1) / 2};
        quad.size = {x1 - x0, y1 - y0};
        quad.texture = layer->texture().id();
        quad.uv = {
            static_cast<float>(x0 / view.surfaceMm.width), static_cast<float>(y0 / view.surfaceMm.height),
            static_cast<float>(x1 / view.surfaceMm.width), static_cast<float>(y1 / view.surfaceMm.height)};
        quad.softEdges = false;
        m_batch.addPhoto(quad, unitsPerPixel);
        break;
    }
    case kPhoto: {
        const auto* photo = static_cast<const core::Photo*>(item.data);
        if (const PhotoLayer* layer = m_photos.forPhoto(photo->id)) {
            PhotoQuad quad;
            quad.pose = photo->pose;
            quad.size = photo->size;
            quad.texture = layer->texture().id();
            quad.shadowReach = kCardShadowMm * photo->pose.scale;
            quad.shadowOpacity = kCardShadowOpacity;
            m_batch.addPhoto(quad, unitsPerPixel);
        }
        break;
    }
    case kCard: {
        const auto* card = static_cast<const core::Card*>(item.data);
        emitCard(shownPose(*card), *item.cached, cardFill(*card), card->size, view);
        break;
    }
    default: {
        const auto* cluster = static_cast<const core::Cluster*>(item.data);
        const auto box = clusterBox(board, *cluster);
        if (!box) {
            break;
        }
        const auto& b = *box;
        ShapeStyle outline;
        outline.centre = {(b[0] + b[2]) / 2, (b[1] + b[3]) / 2};
        outline.halfWidth = (b[2] - b[0]) / 2 + kClusterPaddingMm;
        outline.halfHeight = (b[3] - b[1]) / 2 + kClusterPaddingMm;
        outline.radius = 10;
        outline.edgeWidth = 1.2;
        outline.fill = kClusterFill;
        outline.edge = kClusterEdge;
        outline.shadowReach = kClusterShadowMm;
        outline.shadowOpacity = 0.12f;
        m_batch.addShape(outline, unitsPerPixel);
        if (item.cached != nullptr && item.cached->painted) {
            emitCard(clusterLabelPose(b, *item.cached, view), *item.cached, 0xFFFFFF, {}, view);
        }
        // Its dots over the label's end and the outline, where the workshop lets a finger take them back.
        for (const auto& [id, vote] : board.votes) {
            if (vote.target != item.id) {
                continue;
            }
            if (const std::optional<core::VoteDotPlace> place = core::votePlace(board, vote)) {
                ShapeStyle dot;
                dot.centre = place->centre;
                dot.halfWidth = dot.halfHeight = dot.radius = place->radiusMm;
                dot.fill = (m_palette.seat(vote.seat) << 8) | 0xFFu;
                dot.edge = voteDotRing(0xFFFFFF); // on the label's white pill or the cluster's pale outline
                dot.edgeWidth = std::max(unitsPerPixel, kVoteDotRingMm);
                m_batch.addShape(dot, unitsPerPixel);
            }
        }
        break;
    }
    }
}

void SceneRenderer::fillCopyRegion(const std::vector<PixelQuad>& shapes, const PresentTarget& target) {
    // Restore where the cache changed or others drew, where the last frame's floating quads lay (less where
    // this frame's lie: those are restored next) and where this frame's lie; then leave out the opaque
    // insides of this frame's floating cards, which cover what is under them. Pieces of the last frame's
    // quads overlap this frame's by CopyRegion::kOverlapPx, so no pixel is left between them.
    m_copy.clear();
    for (const PixelQuad& quad : m_lastShapes) {
        m_copy.add(quad);
    }
    for (const PixelQuad& quad : shapes) {
        m_copy.subtract(quad);
    }
    for (const PixelQuad& quad : shapes) {
        m_copy.add(quad);
    }
    for (const std::vector<PixelRect>* rects : {&m_dirty.rects(), &target.alsoRedraw}) {
        for (const PixelRect& rect : *rects) {
            m_copy.add(rect);
        }
    }
    for (const PixelQuad& inside : m_opaque) {
        m_copy.subtract(inside);
    }
}

void SceneRenderer::present(const View& view, const PresentTarget& target, bool everything,
                            unsigned framebuffer, FrameStats& stats) {
    const std::array<float, 2> scale{static_cast<float>(2 / view.surfaceMm.width),
                                     static_cast<float>(-2 / view.surfaceMm.height)};
    const std::array<float, 2> offset{-1.0f, 1.0f};
    const PixelRect screen{0, 0, view.viewportWidth, view.viewportHeight};
    // The frame differs from the last one where the cached scene changed, where this frame's and the last
    // frame's floating items and overlays lie, and where others drew since.
    const DirtyRegion quads = quadRects(m_batch.vertices(), view);
    bool whole = everything || !target.keepsLastFrame || !m_presentedBefore;
    std::vector<PixelRect> damage;
    if (!whole) {
        DirtyRegion region(kPresentRects);
        const std::array<const std::vector<PixelRect>*, 4> sources{&m_dirty.rects(), &m_lastQuads,
                                                                   &quads.rects(), &target.alsoRedraw};
        for (const std::vector<PixelRect>* rects : sources) {
            for (const PixelRect& rect : *rects) {
                addMerging(region, rect.clipped(view.viewportWidth, view.viewportHeight));
            }
        }
        region.merge();
        damage = region.rects();
    }
    m_lastQuads = quads.rects();
    std::vector<PixelQuad> shapes = quadShapes(m_batch.vertices(), view);
    if (!whole) {
        // The copy: what changed less the opaque card bodies drawn over it; the changed rectangles instead
        // when they are smaller (small cards have small insides, and a quad's box may hold less than the
        // last frame's quad and this one's together); the whole cache when even that is most of the screen.
        fillCopyRegion(shapes, target);
        const auto rectangles = static_cast<double>(DirtyRegion::areaOf(damage));
        if (m_copy.area() > rectangles) {
            m_copy.clear();
            for (const PixelRect& rect : damage) {
                m_copy.add(rect);
            }
        }
        whole = m_copy.area() > kFullPresentShare * static_cast<double>(screen.area());
    }
    m_lastShapes = std::move(shapes);
    m_presentedBefore = true;
    if (whole) {
        m_cache.copyTo(framebuffer);
        glViewport(0, 0, view.viewportWidth, view.viewportHeight);
        stats.drawCalls += m_batch.draw(scale, offset);
        m_presented.assign(1, screen);
    } else {
        // Only the copy region: the cached scene copied into it (one draw for all of its pieces: a blit per
        // rectangle cost llvmpipe ~0.1 ms of main-thread setup each), then the floating items and overlays
        // drawn once: the region holds every quad less the opaque bodies the quads themselves draw, so no
        // quad writes outside it what the last frame had. What a full frame would put there, pixel for pixel.
        const std::vector<float> triangles = m_copy.triangles();
        m_cache.drawCopy(framebuffer, triangles);
        stats.drawCalls += triangles.empty() ? 0 : 1;
        stats.copiedPixels = static_cast<long>(m_copy.area());
        glViewport(0, 0, view.viewportWidth, view.viewportHeight);
        stats.drawCalls += m_batch.draw(scale, offset);
        m_presented = std::move(damage);
    }
    for (const PixelRect& rect : m_presented) {
        stats.presentedPixels += rect.area();
    }
}

void SceneRenderer::draw(const core::Board& board, const View& view, const Overlays& overlays,
                         const PresentTarget& target) {
    gl::clearErrors();
    const gl::StateGuard guard;
    FrameStats stats;
    if (!view.drawable()) {
        m_floating = 0;
        m_presentedBefore = false;
        m_presented.clear();
        m_stats = stats;
        return;
    }
    const double start = threadCpuMs();
    m_textures.update();
    stats.uploadMs = m_textures.lastUploadMs();
    stats.uploadWallMs = m_textures.lastUploadWallMs();
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    glPixelStorei(GL_UNPACK_SKIP_ROWS, 0);
    glPixelStorei(GL_UNPACK_SKIP_PIXELS, 0);

    // Offscreen work first: strokes and photos into their layers, changed cards and labels into the atlas.
    m_photos.update(board, view, m_batch, stats);
    m_motions.clear();
    for (const ItemMotion& motion : overlays.motions) {
        m_motions[motion.item] = motion.scale;
    }
    m_cards.beginFrame(board, view.pxPerMm());
    collectItems(board, view);
    stats.drawCalls += m_cards.paintPending();
    stats.itemsPainted = m_cards.paintedLastFrame();
    for (Item& item : m_items) {
        describe(item, board, view);
    }
    const bool everything = m_cache.prepare(view.viewportWidth, view.viewportHeight) || !(view == m_lastView);
    m_lastView = view;
    findChanges(everything);
    const long screen = static_cast<long>(view.viewportWidth) * view.viewportHeight;
    const bool full =
        everything || static_cast<double>(m_dirty.area()) > kFullRedrawShare * static_cast<double>(screen);
    const double offscreenDone = threadCpuMs();
    stats.offscreenCpuMs = offscreenDone - start;

    // Redraw the changed part of the cached scene: one quad per item, in stacking order.
    const std::array<float, 2> scale{static_cast<float>(2 / view.surfaceMm.width),
                                     static_cast<float>(-2 / view.surfaceMm.height)};
    const std::array<float, 2> offset{-1.0f, 1.0f};
    const std::uint32_t table = (std::uint32_t{kTableColour.r} << 24) |
                                (std::uint32_t{kTableColour.g} << 16) | (std::uint32_t{kTableColour.b} << 8) |
                                0xFFu;
    m_cache.bind();
    if (full || !m_dirty.empty()) {
        m_batch.clear();
        if (full) {
            glClearColor(kTableColour.r / 255.0f, kTableColour.g / 255.0f, kTableColour.b / 255.0f, 1.0f);
            glClear(GL_COLOR_BUFFER_BIT);
        } else {
            // Clear the changed rectangles to the table's colour, then cut every quad to them: llvmpipe bins
            // and shades only the changed pixels, and every other pixel of the cache stays as it was.
            std::vector<ClipRect> clip;
            for (const PixelRect& rect : m_dirty.rects()) {
                const ClipRect mm{static_cast<float>(rect.x0 / view.pxPerMmX()),
                                  static_cast<float>(rect.y0 / view.pxPerMmY()),
                                  static_cast<float>(rect.x1 / view.pxPerMmX()),
                                  static_cast<float>(rect.y1 / view.pxPerMmY())};
                m_batch.addRect(mm.x0, mm.y0, mm.x1, mm.y1, table);
                clip.push_back(mm);
            }
            m_batch.setClip(std::move(clip));
        }
        for (const Item& item : m_items) {
            if (!item.floating && (full || m_dirty.intersects(item.bounds))) {
                emit(item, board, view);
            }
        }
        stats.compositeTriangles = static_cast<int>(m_batch.triangles());
        stats.drawCalls += m_batch.draw(scale, offset);
    }
    stats.redrawnPixels = full ? screen : m_dirty.area();

    // The cached scene into the caller's framebuffer, the floating items over it (whole, in stacking order:
    // they are the top of the order), the overlays over them; only where the frame changed when the
    // caller's framebuffer kept the last one.
    emitFloating(board, view);
    stats.floatingItems = static_cast<int>(m_floating);
    addOverlays(m_batch, board, overlays, m_palette, 1 / view.pxPerMm());
    present(view, target, full, guard.callerDrawFramebuffer(), stats);
    m_cards.endFrame();
    stats.compositeCpuMs = threadCpuMs() - offscreenDone;
    stats.textureBytes = m_textures.residentBytes() + m_atlas.bytes() + m_photos.bytes() + m_cache.bytes();
    m_stats = stats;
    gl::checkErrors("SceneRenderer::draw");
}

} // namespace atelier::render

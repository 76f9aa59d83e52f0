// Photo layers sized to the photo's on-screen pixels (resized only past a 25 % change), and the table layer.
#include "render/PhotoLayerCache.hpp"

#include <algorithm>
#include <cmath>

#include "render/PatternTextures.hpp"
#include "render/TextureCache.hpp"

namespace atelier::render {
namespace {

struct PixelSize {
    int width = 1, height = 1;
};

PixelSize layerPixels(double widthMm, double heightMm, double pxPerMm, int maxSide) {
    double w = widthMm * pxPerMm;
    double h = heightMm * pxPerMm;
    const double shrink = std::min(1.0, maxSide / std::max(w, h));
    w *= shrink;
    h *= shrink;
    return {std::clamp(static_cast<int>(std::lround(w)), 1, maxSide),
            std::clamp(static_cast<int>(std::lround(h)), 1, maxSide)};
}

/// Diagonal stripes repeat every this many millimetres on a placeholder.
constexpr double kStripePeriodMm = 12;

} // namespace

PhotoLayerCache::PhotoLayerCache(const std::filesystem::path& resourceRoot, TextureCache& textures,
                                 const PatternTextures& patterns)
    : m_program(resourceRoot), m_textures(textures), m_patterns(patterns) {}

PhotoSource PhotoLayerCache::sourceFor(const core::Photo& photo, int wantedLongSide) {
    const PhotoTexture texture = m_textures.acquire(photo.assetHash, wantedLongSide);
    PhotoSource source;
    source.revision = texture.revision;
    source.tiles.assign(texture.tiles.begin(), texture.tiles.end());
    const bool failed = texture.state == PhotoTexture::State::Failed;
    source.pattern = failed ? m_patterns.broken().id() : m_patterns.loading().id();
    source.patternUv = {0, 0, static_cast<float>(photo.size.width / kStripePeriodMm),
                        static_cast<float>(photo.size.height / kStripePeriodMm)};
    return source;
}

void PhotoLayerCache::update(const core::Board& board, const View& view, CompositeBatch& batch,
                             FrameStats& stats) {
    for (auto& [parent, strokes] : m_groups) {
        strokes.clear();
    }
    for (const auto& [id, stroke] : board.strokes) {
        if (stroke.erased || stroke.points.empty()) {
            continue;
        }
        if (stroke.parent != core::kNoItem) {
            const core::Photo* photo = board.findPhoto(stroke.parent);
            if (photo == nullptr || photo->deleted) {
                continue;
            }
        }
        m_groups[stroke.parent].push_back(&stroke);
    }

    // One layer per photo on the table, in the photo's own frame.
    for (auto it = m_photoLayers.begin(); it != m_photoLayers.end();) {
        const core::Photo* photo = board.findPhoto(it->first);
        it = (photo == nullptr || photo->deleted) ? m_photoLayers.erase(it) : std::next(it);
    }
    static const std::vector<const core::Stroke*> kNoStrokes;
    std::size_t budget = kSegmentsPerFrame;
    m_pending = false;
    for (const auto& [id, photo] : board.photos) {
        if (photo.deleted) {
            continue;
        }
        const PixelSize wanted = layerPixels(photo.size.width, photo.size.height,
                                             view.pxPerMm() * photo.pose.scale, kMaxLayerSide);
        auto& layer = m_photoLayers[id];
        if (!layer || layer->frameSize() != photo.size) {
            layer = std::make_unique<PhotoLayer>(photo.size, wanted.width, wanted.height);
        } else if (const double ratio = static_cast<double>(wanted.width) / layer->pixelWidth();
                   ratio < 0.8 || ratio > 1.25) {
            layer->resize(wanted.width, wanted.height);
            ++stats.layersRedrawn;
        }
        auto group = m_groups.find(id);
        const auto& strokes = group == m_groups.end() ? kNoStrokes : group->second;
        const PhotoSource source = sourceFor(photo, std::max(wanted.width, wanted.height));
        const std::size_t drawn = layer->update(strokes, source, m_program, batch, stats.drawCalls, budget);
        stats.segmentsDrawn += drawn;
        budget -= std::min(budget, drawn);
        m_pending = m_pending || layer->pending();
        stats.layersBaked += layer->bakedLastUpdate() ? 1 : 0;
    }

    // The table layer covers the whole surface at the viewport's resolution.
    auto table = m_groups.find(core::kNoItem);
    if (table == m_groups.end() || table->second.empty()) {
        m_tableLayer.reset();
        return;
    }
    const PixelSize wanted = layerPixels(view.surfaceMm.width, view.surfaceMm.height, view.pxPerMm(), 4096);
    if (!m_tableLayer || m_tableLayer->frameSize() != view.surfaceMm) {
        m_tableLayer =
            std::make_unique<StrokeLayer>(core::Vec2{0, 0}, view.surfaceMm, wanted.width, wanted.height);
    } else if (wanted.width != m_tableLayer->pixelWidth() || wanted.height != m_tableLayer->pixelHeight()) {
        m_tableLayer->resize(wanted.width, wanted.height);
        ++stats.layersRedrawn;
    }
    m_tableLayer->sync(table->second);
    const std::size_t drawn = m_tableLayer->render(m_program, nullptr, budget);
    stats.segmentsDrawn += drawn;
    stats.drawCalls += drawn > 0 ? 1 : 0;
    m_pending = m_pending || m_tableLayer->pending();
}

const PhotoLayer* PhotoLayerCache::forPhoto(core::ItemId photo) const {
    auto it = m_photoLayers.find(photo);
    return it == m_photoLayers.end() ? nullptr : it->second.get();
}

const StrokeLayer* PhotoLayerCache::table() const {
    return m_tableLayer.get();
}

std::size_t PhotoLayerCache::bytes() const {
    std::size_t total = m_tableLayer ? m_tableLayer->texture().bytes() : 0;
    for (const auto& [id, layer] : m_photoLayers) {
        total += layer->bytes();
    }
    return total;
}

} // namespace atelier::render

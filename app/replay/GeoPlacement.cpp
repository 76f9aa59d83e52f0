// Folds table millimetres through a photo's pixels and its georeference to WGS 84.
#include "replay/GeoPlacement.hpp"

#include "core/Georef.hpp"

namespace atelier::replay {

GeoPlacement::GeoPlacement(const core::Board& board,
                           const std::map<std::string, store::AssetGeoreference>& georeferences)
    : m_board(board) {
    for (const auto& [id, photo] : board.photos) {
        const auto found = georeferences.find(photo.assetHash);
        if (photo.deleted || found == georeferences.end() || found->second.width <= 0 ||
            found->second.height <= 0) {
            continue;
        }
        const std::string& crs = found->second.georeference.crs;
        auto transform = ToWgs84::open(crs);
        if (const std::string* problem = std::get_if<std::string>(&transform)) {
            m_problems.push_back("Photo " + std::to_string(id) + " (" + photo.assetHash.substr(0, 12) +
                                 "…) is left off the map: its georeference (" +
                                 found->second.georeference.source + ") " + *problem);
            continue;
        }
        m_photos.emplace(id, PhotoOnMap{&photo, found->second, std::move(std::get<ToWgs84>(transform))});
    }
}

std::optional<core::Vec2> GeoPlacement::pixelLonLat(const PhotoOnMap& photo, core::Vec2 pixel) const {
    return photo.toWgs84.lonLat(photo.georeference.georeference.pixelToMap.apply(pixel));
}

std::optional<std::vector<core::Vec2>> GeoPlacement::strokeLonLat(const core::Stroke& stroke) const {
    const auto found = m_photos.find(stroke.parent);
    if (found == m_photos.end() || stroke.points.empty()) {
        return std::nullopt;
    }
    const PhotoOnMap& photo = found->second;
    std::vector<core::Vec2> points;
    points.reserve(stroke.points.size());
    for (const core::Vec2 local : stroke.points) {
        const core::Vec2 pixel =
            core::photoLocalToPixel(*photo.photo, local, photo.georeference.width, photo.georeference.height);
        const std::optional<core::Vec2> lonLat = pixelLonLat(photo, pixel);
        if (!lonLat) {
            return std::nullopt;
        }
        points.push_back(*lonLat);
    }
    return points;
}

std::optional<CardOnMap> GeoPlacement::cardOnMap(const core::Card& card) const {
    const core::Photo* top = nullptr;
    for (const auto& [id, photo] : m_board.photos) {
        if (!photo.deleted && core::photoCovers(photo, card.pose.centre) &&
            (top == nullptr || photo.z > top->z)) {
            top = &photo;
        }
    }
    if (top == nullptr) {
        return std::nullopt;
    }
    const std::optional<core::Vec2> lonLat = tableLonLat(top->id, card.pose.centre);
    if (!lonLat) {
        return std::nullopt;
    }
    return CardOnMap{top->id, *lonLat};
}

std::optional<core::Vec2> GeoPlacement::tableLonLat(core::ItemId photo, core::Vec2 table) const {
    const auto found = m_photos.find(photo);
    if (found == m_photos.end()) {
        return std::nullopt;
    }
    const PhotoOnMap& onMap = found->second;
    return pixelLonLat(onMap, core::tableToPhotoPixel(*onMap.photo, table, onMap.georeference.width,
                                                      onMap.georeference.height));
}

} // namespace atelier::replay

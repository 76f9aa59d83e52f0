// Where a board's strokes and cards lie in WGS 84, through the georeferenced photos they are on.
#pragma once

#include "core/Board.hpp"
#include "replay/MapProjection.hpp"
#include "store/AssetGeoreferences.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace atelier::replay {

/// A card's place on the map: the photo it lies on and its centre's longitude and latitude.
struct CardOnMap {
    core::ItemId photo = core::kNoItem;
    core::Vec2 lonLat;
};

/// The board's photos that lie on the map (their asset has a georeference PROJ can read), and the WGS 84
/// positions of what lies on them: photo pixel → map coordinates (the stored affine transform) → longitude,
/// latitude (PROJ). Holds a reference to the board, which must outlive it.
class GeoPlacement {
public:
    GeoPlacement(const core::Board& board,
                 const std::map<std::string, store::AssetGeoreference>& georeferences);

    /// One sentence per photo whose georeference cannot be used (a CRS PROJ does not know), for the log.
    const std::vector<std::string>& problems() const noexcept { return m_problems; }
    /// How many photos on the board lie on the map.
    std::size_t photosOnMap() const noexcept { return m_photos.size(); }

    /// The stroke's points as longitude, latitude when it was drawn on a photo that lies on the map (every
    /// point transformed); nothing otherwise.
    std::optional<std::vector<core::Vec2>> strokeLonLat(const core::Stroke& stroke) const;

    /// Where a card lies on the map: the topmost photo under its centre, when that photo lies on the map.
    std::optional<CardOnMap> cardOnMap(const core::Card& card) const;

    /// The longitude, latitude of a table point on this photo, if it lies on the map.
    std::optional<core::Vec2> tableLonLat(core::ItemId photo, core::Vec2 table) const;

private:
    struct PhotoOnMap {
        const core::Photo* photo = nullptr;
        store::AssetGeoreference georeference;
        ToWgs84 toWgs84;
    };

    std::optional<core::Vec2> pixelLonLat(const PhotoOnMap& photo, core::Vec2 pixel) const;

    const core::Board& m_board;
    std::map<core::ItemId, PhotoOnMap> m_photos;
    std::vector<std::string> m_problems;
};

} // namespace atelier::replay

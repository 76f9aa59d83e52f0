// Map coordinates of a photo's CRS to WGS 84 longitude and latitude, through PROJ.
#pragma once

#include "core/Geometry.hpp"

#include <memory>
#include <optional>
#include <string>
#include <variant>

namespace atelier::replay {

/// A transformation from one coordinate reference system (as PROJ reads it: "EPSG:2154", WKT, a PROJ
/// string) to WGS 84, longitude first (RFC 7946's order). Movable, not copyable; owns its PROJ context, so
/// one instance is used by one thread.
class ToWgs84 {
public:
    /// The transformation from `crs`, or why there is none as the end of a sentence starting "it "
    /// ("names a coordinate system PROJ does not know: …").
    static std::variant<ToWgs84, std::string> open(const std::string& crs);

    ToWgs84(ToWgs84&&) noexcept;
    ToWgs84& operator=(ToWgs84&&) noexcept;
    ToWgs84(const ToWgs84&) = delete;
    ToWgs84& operator=(const ToWgs84&) = delete;
    ~ToWgs84();

    /// The longitude (x) and latitude (y) in degrees of a map point given in the source CRS's own axis units
    /// and in easting, northing order (longitude, latitude for a geographic CRS); nothing when PROJ cannot
    /// transform it (far outside the projection's area).
    std::optional<core::Vec2> lonLat(core::Vec2 map) const;

    /// The source CRS's name as PROJ gives it ("RGF93 v1 / Lambert-93").
    const std::string& sourceName() const noexcept { return m_name; }

private:
    struct Handles;
    explicit ToWgs84(std::unique_ptr<Handles> handles, std::string name);

    std::unique_ptr<Handles> m_handles;
    std::string m_name;
};

} // namespace atelier::replay

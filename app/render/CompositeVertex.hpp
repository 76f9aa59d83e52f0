// The vertex format shared by the scene, photo and glyph programs (see shaders/*.vert).
#pragma once

#include <cstdint>

namespace atelier::render {

/// One corner of a quad; each program reads the fields it needs.
struct CompositeVertex {
    float x = 0, y = 0;             ///< projection units
    float u = 0, v = 0, layer = 0;  ///< atlas, photo or glyph texture coordinates (layer: atlas page)
    float localX = 0, localY = 0;   ///< position in the shape's own frame
    float shape[4] = {0, 0, 0, 0};  ///< half width, half height, corner radius, edge width
    std::uint32_t fill = 0;         ///< premultiplied RGBA, bytes in memory order R, G, B, A
    std::uint32_t edge = 0;         ///< premultiplied edge colour
    float effect[4] = {0, 0, 0, 0}; ///< shadow reach, shadow opacity, atlas weight, unused
};

} // namespace atelier::render

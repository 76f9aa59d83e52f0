// Collects the quads of a pass in draw order and draws them in as few calls as the textures allow.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <utility>
#include <vector>

#include "core/Geometry.hpp"
#include "render/Buffer.hpp"
#include "render/CompositeVertex.hpp"
#include "render/Program.hpp"
#include "render/QuadClipper.hpp"
#include "render/VertexArray.hpp"

namespace atelier::render {

/// Which program draws a quad.
enum class Pipeline {
    Scene, ///< cards and labels from the atlas array (texture unit 2), and SDF shapes
    Photo, ///< a photo layer (unit 0) with its shadow, or a plain textured quad when baking
    Glyph, ///< text painted into the atlas from ImGui's glyphs (unit 3)
};

/// A rounded rectangle (also circles and capsules) placed on the projection plane.
struct ShapeStyle {
    core::Vec2 centre;
    double rotation = 0;
    double halfWidth = 0, halfHeight = 0;
    double radius = 0;
    double edgeWidth = 0;
    double shadowReach = 0;
    float shadowOpacity = 0;
    std::uint32_t fill = 0; ///< 0xRRGGBBAA, straight alpha
    std::uint32_t edge = 0; ///< 0xRRGGBBAA, straight alpha
};

/// A photo quad: where it lies, the texture it shows and its shadow.
struct PhotoQuad {
    core::Pose pose;
    core::Size size;    ///< mm at scale 1
    GLuint texture = 0; ///< a baked photo layer, a stroke layer, or a photo or pattern when baking
    std::array<float, 4> uv{0, 0, 1, 1}; ///< u0, v0, u1, v1 over the quad
    double shadowReach = 0;
    float shadowOpacity = 0;
    bool softEdges = true; ///< anti-alias the photo's edge (off when baking into a layer)
};

/// Packs 0xRRGGBBAA (straight alpha) into the vertex colour, premultiplied.
std::uint32_t premultipliedColour(std::uint32_t rgba);

/// Quads drawn in the order added; consecutive quads sharing a program and texture make one draw call.
/// With clip rectangles set, each quad is cut to them first (a partial redraw bins and shades nothing else).
class CompositeBatch {
public:
    /// Loads shaders/scene, photo and glyph from resourceRoot (throws RenderError).
    explicit CompositeBatch(const std::filesystem::path& resourceRoot);

    /// Forgets the quads of the previous pass and the clip rectangles (keeps the buffers).
    void clear();
    /// Cuts every quad added from now on to these rectangles (which must not overlap); empty for no cut.
    void setClip(std::vector<ClipRect> rects) { m_clip = std::move(rects); }
    /// Adds a quad; corners in order top-left, top-right, bottom-left, bottom-right.
    void add(const std::array<CompositeVertex, 4>& corners, Pipeline pipeline, GLuint texture);
    /// Adds a card or label: corners on the table and its rectangle on an atlas page.
    void addAtlasQuad(const std::array<core::Vec2, 4>& corners, std::array<float, 4> uv, int page,
                      GLuint atlas);
    /// Adds a rounded shape, grown by its shadow and one pixel for anti-aliasing.
    void addShape(const ShapeStyle& style, double unitsPerPixel);
    /// Adds an axis-aligned opaque rectangle with hard edges (clearing part of a cached scene).
    void addRect(double x0, double y0, double x1, double y1, std::uint32_t rgba);
    /// Adds a photo (or any textured rectangle) with the photo program.
    void addPhoto(const PhotoQuad& quad, double unitsPerPixel);
    /// Triangles added since clear().
    std::size_t triangles() const { return m_indices.size() / 3; }
    /// The vertices added since clear(), four per quad when no clip rectangles are set (projection units).
    const std::vector<CompositeVertex>& vertices() const { return m_vertices; }

    /// Draws everything into the bound framebuffer with premultiplied blending; `scale`/`offset` map
    /// projection units to clip space. Returns the number of draw calls made. Drawing the same quads again
    /// (under another scissor box) sends them to GL only once.
    int draw(std::array<float, 2> scale, std::array<float, 2> offset);

private:
    struct Run {
        Pipeline pipeline = Pipeline::Scene;
        GLuint texture = 0;
        std::size_t firstIndex = 0;
        std::size_t indices = 0;
    };
    struct Stage {
        gl::Program program;
        GLint scale = -1;
        GLint offset = -1;
    };

    static Stage loadStage(const std::filesystem::path& root, const char* name,
                           std::initializer_list<std::pair<const char*, GLint>> samplers);

    Run& runFor(Pipeline pipeline, GLuint texture);
    void push(const CompositeVertex* vertices, std::size_t count, Run& run);

    std::array<Stage, 3> m_stages;
    gl::VertexArray m_vertexArray;
    gl::Buffer m_vertexBuffer;
    gl::Buffer m_indexBuffer;
    std::vector<CompositeVertex> m_vertices;
    std::vector<std::uint32_t> m_indices;
    std::vector<Run> m_runs;
    std::vector<ClipRect> m_clip;
    bool m_uploaded = false; ///< the buffers hold the quads added since clear()
};

} // namespace atelier::render

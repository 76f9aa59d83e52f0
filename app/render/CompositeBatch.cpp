// The composite batch: vertices built on the CPU (four per item, or the clipped part), one upload per pass,
// one draw per run.
#include "render/CompositeBatch.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "render/GlCheck.hpp"

namespace atelier::render {
namespace {

/// Texture units, fixed per sampler so that a program switch never rebinds the others.
constexpr GLint kPhotoUnit = 0;
constexpr GLint kAtlasUnit = 2;
constexpr GLint kGlyphUnit = 3;

std::array<core::Vec2, 4> orientedCorners(core::Vec2 centre, double rotation, double halfWidth,
                                          double halfHeight) {
    const double c = std::cos(rotation);
    const double s = std::sin(rotation);
    const auto at = [&](double x, double y) {
        return core::Vec2{centre.x + x * c - y * s, centre.y + x * s + y * c};
    };
    return {at(-halfWidth, -halfHeight), at(halfWidth, -halfHeight), at(-halfWidth, halfHeight),
            at(halfWidth, halfHeight)};
}

constexpr std::array<float, 8> kCornerSigns = {-1, -1, 1, -1, -1, 1, 1, 1};

} // namespace

CompositeBatch::Stage
CompositeBatch::loadStage(const std::filesystem::path& root, const char* name,
                          std::initializer_list<std::pair<const char*, GLint>> samplers) {
    CompositeBatch::Stage stage{gl::Program::load(root, name), -1, -1};
    glUseProgram(stage.program.id());
    for (const auto& [sampler, unit] : samplers) {
        glUniform1i(stage.program.uniform(sampler), unit);
    }
    stage.scale = stage.program.uniform("u_scale");
    stage.offset = stage.program.uniform("u_offset");
    return stage;
}

std::uint32_t premultipliedColour(std::uint32_t rgba) {
    const std::uint32_t a = rgba & 0xFFu;
    const auto scale = [a](std::uint32_t channel) { return (channel * a + 127) / 255; };
    const std::uint32_t r = scale((rgba >> 24) & 0xFFu);
    const std::uint32_t g = scale((rgba >> 16) & 0xFFu);
    const std::uint32_t b = scale((rgba >> 8) & 0xFFu);
    return r | (g << 8) | (b << 16) | (a << 24);
}

CompositeBatch::CompositeBatch(const std::filesystem::path& resourceRoot)
    : m_stages{loadStage(resourceRoot, "scene", {{"u_atlas", kAtlasUnit}}),
               loadStage(resourceRoot, "photo", {{"u_photo", kPhotoUnit}}),
               loadStage(resourceRoot, "glyph", {{"u_glyphs", kGlyphUnit}})},
      m_vertexArray(gl::VertexArray::create()), m_vertexBuffer(gl::Buffer::create()),
      m_indexBuffer(gl::Buffer::create()) {
    glBindVertexArray(m_vertexArray.id());
    glBindBuffer(GL_ARRAY_BUFFER, m_vertexBuffer.id());
    constexpr std::size_t stride = sizeof(CompositeVertex);
    using gl::VertexArray;
    VertexArray::floatAttribute(0, 2, GL_FLOAT, false, stride, offsetof(CompositeVertex, x));
    VertexArray::floatAttribute(1, 3, GL_FLOAT, false, stride, offsetof(CompositeVertex, u));
    VertexArray::floatAttribute(3, 2, GL_FLOAT, false, stride, offsetof(CompositeVertex, localX));
    VertexArray::floatAttribute(4, 4, GL_FLOAT, false, stride, offsetof(CompositeVertex, shape));
    VertexArray::floatAttribute(5, 4, GL_UNSIGNED_BYTE, true, stride, offsetof(CompositeVertex, fill));
    VertexArray::floatAttribute(6, 4, GL_UNSIGNED_BYTE, true, stride, offsetof(CompositeVertex, edge));
    VertexArray::floatAttribute(7, 4, GL_FLOAT, false, stride, offsetof(CompositeVertex, effect));
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, m_indexBuffer.id());
    glBindVertexArray(0);
    gl::checkErrors("CompositeBatch setup");
}

void CompositeBatch::clear() {
    m_vertices.clear();
    m_indices.clear();
    m_runs.clear();
    m_clip.clear();
    m_uploaded = false;
}

CompositeBatch::Run& CompositeBatch::runFor(Pipeline pipeline, GLuint texture) {
    // Shapes sample the atlas with weight 0: they join whatever atlas run is open, and the other way round.
    Run* run = m_runs.empty() ? nullptr : &m_runs.back();
    const bool joins =
        run != nullptr && run->pipeline == pipeline &&
        (run->texture == texture || (pipeline == Pipeline::Scene && (texture == 0 || run->texture == 0)));
    if (joins) {
        run->texture = run->texture != 0 ? run->texture : texture;
        return *run;
    }
    m_runs.push_back(Run{pipeline, texture, m_indices.size(), 0});
    return m_runs.back();
}

void CompositeBatch::push(const CompositeVertex* vertices, std::size_t count, Run& run) {
    // A convex polygon as a fan of triangles.
    m_uploaded = false;
    const auto base = static_cast<std::uint32_t>(m_vertices.size());
    m_vertices.insert(m_vertices.end(), vertices, vertices + count);
    for (std::uint32_t i = 1; i + 1 < count; ++i) {
        m_indices.insert(m_indices.end(), {base, base + i, base + i + 1});
    }
    run.indices += (count - 2) * 3;
}

void CompositeBatch::add(const std::array<CompositeVertex, 4>& corners, Pipeline pipeline, GLuint texture) {
    Run& run = runFor(pipeline, texture);
    if (m_clip.empty()) {
        const std::array<CompositeVertex, 4> polygon{corners[0], corners[1], corners[3], corners[2]};
        push(polygon.data(), 4, run);
        return;
    }
    float x0 = corners[0].x, y0 = corners[0].y, x1 = x0, y1 = y0;
    for (const CompositeVertex& c : corners) {
        x0 = std::min(x0, c.x);
        y0 = std::min(y0, c.y);
        x1 = std::max(x1, c.x);
        y1 = std::max(y1, c.y);
    }
    std::array<CompositeVertex, 8> polygon{};
    for (const ClipRect& rect : m_clip) {
        if (x1 <= rect.x0 || x0 >= rect.x1 || y1 <= rect.y0 || y0 >= rect.y1) {
            continue;
        }
        if (const std::size_t count = clipQuad(corners, rect, polygon); count >= 3) {
            push(polygon.data(), count, run);
        }
    }
}

void CompositeBatch::addAtlasQuad(const std::array<core::Vec2, 4>& corners, std::array<float, 4> uv, int page,
                                  GLuint atlas) {
    const std::array<float, 8> uvs = {uv[0], uv[1], uv[2], uv[1], uv[0], uv[3], uv[2], uv[3]};
    std::array<CompositeVertex, 4> quad{};
    for (std::size_t i = 0; i < 4; ++i) {
        CompositeVertex& v = quad[i];
        v.x = static_cast<float>(corners[i].x);
        v.y = static_cast<float>(corners[i].y);
        v.u = uvs[i * 2];
        v.v = uvs[i * 2 + 1];
        v.layer = static_cast<float>(page);
        v.fill = 0xFFFFFFFFu;
        v.effect[2] = 1; // all atlas
    }
    add(quad, Pipeline::Scene, atlas);
}

void CompositeBatch::addShape(const ShapeStyle& style, double unitsPerPixel) {
    const double grow = style.shadowReach + 1.5 * unitsPerPixel;
    const double halfWidth = style.halfWidth + grow;
    const double halfHeight = style.halfHeight + grow;
    const auto corners = orientedCorners(style.centre, style.rotation, halfWidth, halfHeight);
    std::array<CompositeVertex, 4> quad{};
    for (std::size_t i = 0; i < 4; ++i) {
        CompositeVertex& v = quad[i];
        v.x = static_cast<float>(corners[i].x);
        v.y = static_cast<float>(corners[i].y);
        v.localX = static_cast<float>(kCornerSigns[i * 2] * halfWidth);
        v.localY = static_cast<float>(kCornerSigns[i * 2 + 1] * halfHeight);
        v.fill = premultipliedColour(style.fill);
        v.edge = premultipliedColour(style.edge);
        v.shape[0] = static_cast<float>(style.halfWidth);
        v.shape[1] = static_cast<float>(style.halfHeight);
        v.shape[2] = static_cast<float>(std::min({style.radius, style.halfWidth, style.halfHeight}));
        v.shape[3] = static_cast<float>(style.edgeWidth);
        v.effect[0] = static_cast<float>(style.shadowReach);
        v.effect[1] = style.shadowOpacity;
    }
    add(quad, Pipeline::Scene, 0);
}

void CompositeBatch::addRect(double x0, double y0, double x1, double y1, std::uint32_t rgba) {
    const std::array<double, 8> xy = {x0, y0, x1, y0, x0, y1, x1, y1};
    std::array<CompositeVertex, 4> quad{};
    for (std::size_t i = 0; i < 4; ++i) {
        CompositeVertex& v = quad[i];
        v.x = static_cast<float>(xy[i * 2]);
        v.y = static_cast<float>(xy[i * 2 + 1]);
        v.localX = static_cast<float>(xy[i * 2] - (x0 + x1) / 2);
        v.localY = static_cast<float>(xy[i * 2 + 1] - (y0 + y1) / 2);
        // A shape much larger than the quad: every pixel of the quad is fully inside.
        v.shape[0] = static_cast<float>(x1 - x0);
        v.shape[1] = static_cast<float>(y1 - y0);
        v.fill = premultipliedColour(rgba);
    }
    add(quad, Pipeline::Scene, 0);
}

void CompositeBatch::addPhoto(const PhotoQuad& photo, double unitsPerPixel) {
    const double halfWidth = photo.size.width / 2 * photo.pose.scale;
    const double halfHeight = photo.size.height / 2 * photo.pose.scale;
    const double grow = photo.shadowReach + 1.5 * unitsPerPixel;
    const auto corners =
        orientedCorners(photo.pose.centre, photo.pose.rotation, halfWidth + grow, halfHeight + grow);
    // Texture coordinates run 0..1 over the photo itself and a little beyond over the shadow rim.
    const double du = grow / (2 * halfWidth);
    const double dv = grow / (2 * halfHeight);
    const auto& uv = photo.uv;
    std::array<CompositeVertex, 4> quad{};
    for (std::size_t i = 0; i < 4; ++i) {
        CompositeVertex& v = quad[i];
        const bool right = kCornerSigns[i * 2] > 0;
        const bool bottom = kCornerSigns[i * 2 + 1] > 0;
        v.x = static_cast<float>(corners[i].x);
        v.y = static_cast<float>(corners[i].y);
        const double s = right ? 1 + du : -du;
        const double t = bottom ? 1 + dv : -dv;
        v.u = static_cast<float>(uv[0] + (uv[2] - uv[0]) * s);
        v.v = static_cast<float>(uv[1] + (uv[3] - uv[1]) * t);
        v.localX = static_cast<float>(kCornerSigns[i * 2] * (halfWidth + grow));
        v.localY = static_cast<float>(kCornerSigns[i * 2 + 1] * (halfHeight + grow));
        v.shape[0] = static_cast<float>(photo.softEdges ? halfWidth : 1e6);
        v.shape[1] = static_cast<float>(photo.softEdges ? halfHeight : 1e6);
        v.shape[2] = static_cast<float>(photo.softEdges ? 0.6 * photo.pose.scale : 0);
        v.effect[0] = static_cast<float>(photo.shadowReach);
        v.effect[1] = photo.shadowOpacity;
    }
    add(quad, Pipeline::Photo, photo.texture);
}

int CompositeBatch::draw(std::array<float, 2> scale, std::array<float, 2> offset) {
    if (m_indices.empty()) {
        return 0;
    }
    glBindVertexArray(m_vertexArray.id());
    if (!m_uploaded) {
        m_vertexBuffer.upload(GL_ARRAY_BUFFER, m_vertices.data(), m_vertices.size() * sizeof(CompositeVertex),
                              GL_STREAM_DRAW);
        m_indexBuffer.upload(GL_ELEMENT_ARRAY_BUFFER, m_indices.data(),
                             m_indices.size() * sizeof(std::uint32_t), GL_STREAM_DRAW);
        m_uploaded = true;
    }
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    int calls = 0;
    const Stage* current = nullptr;
    for (const Run& run : m_runs) {
        const Stage& stage = m_stages[static_cast<std::size_t>(run.pipeline)];
        if (run.indices == 0) {
            continue;
        }
        if (&stage != current) {
            glUseProgram(stage.program.id());
            glUniform2f(stage.scale, scale[0], scale[1]);
            glUniform2f(stage.offset, offset[0], offset[1]);
            current = &stage;
        }
        switch (run.pipeline) {
        case Pipeline::Scene:
            glActiveTexture(GL_TEXTURE0 + kAtlasUnit);
            glBindTexture(GL_TEXTURE_2D_ARRAY, run.texture);
            break;
        case Pipeline::Photo:
            glActiveTexture(GL_TEXTURE0 + kPhotoUnit);
            glBindTexture(GL_TEXTURE_2D, run.texture);
            break;
        case Pipeline::Glyph:
            glActiveTexture(GL_TEXTURE0 + kGlyphUnit);
            glBindTexture(GL_TEXTURE_2D, run.texture);
            break;
        }
        glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(run.indices), GL_UNSIGNED_INT,
                       reinterpret_cast<const void*>(run.firstIndex * sizeof(std::uint32_t)));
        ++calls;
    }
    glActiveTexture(GL_TEXTURE0);
    gl::checkErrors("CompositeBatch::draw");
    return calls;
}

} // namespace atelier::render

// Stroke layers: incremental geometry (append-only while pens move) and incremental drawing.
#include "render/StrokeLayer.hpp"

#include <algorithm>
#include <cstddef>
#include <glad/gl.h>

#include "render/GlCheck.hpp"
#include "render/StrokeProgram.hpp"

namespace atelier::render {

StrokeLayer::StrokeLayer(core::Vec2 origin, core::Size size, int pixelWidth, int pixelHeight)
    : m_origin(origin), m_size(size),
      m_texture(gl::Texture::allocate(pixelWidth, pixelHeight, GL_RGBA8, GL_RGBA)),
      m_framebuffer(gl::Framebuffer::forTexture(m_texture)), m_vertexArray(gl::VertexArray::create()),
      m_instances(gl::Buffer::create()) {
    glBindVertexArray(m_vertexArray.id());
    glBindBuffer(GL_ARRAY_BUFFER, m_instances.id());
    glBufferData(GL_ARRAY_BUFFER, 0, nullptr, GL_DYNAMIC_DRAW);
    glBindVertexArray(0);
}

void StrokeLayer::grow(const StrokeSegment& s) {
    const double reach = s.halfWidth;
    if (m_segments.size() == 1) {
        m_bounds = {std::min(s.x0, s.x1) - reach, std::min(s.y0, s.y1) - reach, std::max(s.x0, s.x1) + reach,
                    std::max(s.y0, s.y1) + reach};
        return;
    }
    m_bounds[0] = std::min({m_bounds[0], s.x0 - reach, s.x1 - reach});
    m_bounds[1] = std::min({m_bounds[1], s.y0 - reach, s.y1 - reach});
    m_bounds[2] = std::max({m_bounds[2], s.x0 + reach, s.x1 + reach});
    m_bounds[3] = std::max({m_bounds[3], s.y0 + reach, s.y1 + reach});
}

void StrokeLayer::rebuild(std::span<const core::Stroke* const> strokes) {
    m_segments.clear();
    m_records.clear();
    for (const core::Stroke* stroke : strokes) {
        const std::size_t before = m_segments.size();
        appendSegments(*stroke, 0, m_segments);
        for (std::size_t i = before; i < m_segments.size(); ++i) {
            grow(m_segments[i]);
        }
        m_records.push_back(Record{stroke->id, stroke->points.size(), stroke->colour, stroke->width});
    }
    m_uploaded = 0;
    m_drawn = 0;
    m_clear = true;
}

void StrokeLayer::sync(std::span<const core::Stroke* const> strokes) {
    // Pens only ever add points to strokes and add strokes with higher ids: anything else re-makes it all.
    std::size_t record = 0;
    bool appendOnly = true;
    for (const core::Stroke* stroke : strokes) {
        if (record < m_records.size()) {
            const Record& known = m_records[record];
            if (known.id != stroke->id || known.colour != stroke->colour || known.width != stroke->width ||
                known.points > stroke->points.size()) {
                appendOnly = false;
                break;
            }
        }
        ++record;
    }
    if (!appendOnly || record < m_records.size()) {
        rebuild(strokes);
        return;
    }
    for (std::size_t i = 0; i < strokes.size(); ++i) {
        const core::Stroke& stroke = *strokes[i];
        if (i == m_records.size()) {
            m_records.push_back(Record{stroke.id, 0, stroke.colour, stroke.width});
        }
        Record& known = m_records[i];
        if (stroke.points.size() > known.points) {
            const std::size_t before = m_segments.size();
            appendSegments(stroke, known.points, m_segments);
            for (std::size_t s = before; s < m_segments.size(); ++s) {
                grow(m_segments[s]);
            }
            known.points = stroke.points.size();
        }
    }
}

void StrokeLayer::resize(int pixelWidth, int pixelHeight) {
    if (pixelWidth == m_texture.width() && pixelHeight == m_texture.height()) {
        return;
    }
    m_texture = gl::Texture::allocate(pixelWidth, pixelHeight, GL_RGBA8, GL_RGBA);
    m_framebuffer = gl::Framebuffer::forTexture(m_texture);
    m_drawn = 0;
    m_clear = true;
}

std::size_t StrokeLayer::render(const StrokeProgram& program, const gl::Framebuffer* alsoInto,
                                std::size_t maxSegments) {
    if (!m_clear && m_drawn == m_segments.size()) {
        return 0;
    }
    glBindVertexArray(m_vertexArray.id());
    if (m_uploaded < m_segments.size()) {
        constexpr std::size_t stride = sizeof(StrokeSegment);
        m_instances.write(GL_ARRAY_BUFFER, m_uploaded * stride, m_segments.data() + m_uploaded,
                          (m_segments.size() - m_uploaded) * stride);
        m_uploaded = m_segments.size();
    }
    glBindFramebuffer(GL_FRAMEBUFFER, m_framebuffer.id());
    glViewport(0, 0, m_texture.width(), m_texture.height());
    glDisable(GL_SCISSOR_TEST);
    const bool everything = m_clear;
    if (m_clear) {
        glClearColor(0, 0, 0, 0);
        glClear(GL_COLOR_BUFFER_BIT);
        m_drawn = 0;
        m_clear = false;
        ++m_version;
    }
    const double pixelsPerUnit = m_texture.width() / m_size.width;
    program.use(static_cast<float>(2 / m_size.width), static_cast<float>(2 / m_size.height),
                static_cast<float>(-1 - 2 * m_origin.x / m_size.width),
                static_cast<float>(-1 - 2 * m_origin.y / m_size.height), static_cast<float>(pixelsPerUnit));
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    const std::size_t count = std::min(m_segments.size() - m_drawn, maxSegments);
    if (count == 0) {
        glBindVertexArray(0);
        return 0;
    }
    // The instance attributes start at the first segment not drawn yet.
    constexpr std::size_t stride = sizeof(StrokeSegment);
    const std::size_t base = m_drawn * stride;
    glBindBuffer(GL_ARRAY_BUFFER, m_instances.id());
    gl::VertexArray::floatAttribute(0, 2, GL_FLOAT, false, stride, base + offsetof(StrokeSegment, x0), 1);
    gl::VertexArray::floatAttribute(1, 2, GL_FLOAT, false, stride, base + offsetof(StrokeSegment, x1), 1);
    gl::VertexArray::floatAttribute(2, 1, GL_FLOAT, false, stride, base + offsetof(StrokeSegment, halfWidth),
                                    1);
    gl::VertexArray::floatAttribute(3, 4, GL_UNSIGNED_BYTE, true, stride,
                                    base + offsetof(StrokeSegment, colour), 1);
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(count));
    if (alsoInto != nullptr && !everything) {
        glBindFramebuffer(GL_FRAMEBUFFER, alsoInto->id());
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(count));
    }
    m_drawn += count;
    ++m_version;
    glBindVertexArray(0);
    gl::checkErrors("StrokeLayer::render");
    return count;
}

} // namespace atelier::render

// Draws the table surface.
#include "render/TableRenderer.hpp"

#include <glad/gl.h>

namespace atelier::render {

void TableRenderer::draw(int width, int height) {
    glViewport(0, 0, width, height);
    glDisable(GL_SCISSOR_TEST);
    glClearColor(kTableColour.r / 255.0f, kTableColour.g / 255.0f, kTableColour.b / 255.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
}

} // namespace atelier::render

// Atelier glyph painting: ImGui's glyphs are baked at one size, so shrinking them averages a 4 × 4 grid of
// samples over the pixel's footprint (runs only when a card is painted, never per frame).
#version 330 core

in vec2 v_uv;
flat in vec4 v_colour;

uniform sampler2D u_glyphs;

out vec4 o_colour;

void main() {
    vec2 dx = dFdx(v_uv);
    vec2 dy = dFdy(v_uv);
    float coverage = 0.0;
    for (int i = 0; i < 4; ++i) {
        for (int j = 0; j < 4; ++j) {
            vec2 offset = (float(i) - 1.5) * 0.25 * dx + (float(j) - 1.5) * 0.25 * dy;
            coverage += textureLod(u_glyphs, v_uv + offset, 0.0).r;
        }
    }
    o_colour = v_colour * (coverage / 16.0);
}

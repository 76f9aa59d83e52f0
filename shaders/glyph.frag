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
    // Shrunk a lot (small text on a 720p table), thin stems average to a faint grey and seem to vanish
    // ("jard n"): darken the partial coverage as the footprint grows, as a font's hinting would.
    float footprint = max(length(dx), length(dy)) * float(textureSize(u_glyphs, 0).x);
    float darken = mix(1.0, 0.6, clamp((footprint - 2.0) / 4.0, 0.0, 1.0));
    o_colour = v_colour * pow(coverage / 16.0, darken);
}

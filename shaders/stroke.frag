// Atelier pen strokes: anti-aliased capsule per segment; their union gives round joins and caps.
#version 330 core

in vec2 v_local;
flat in float v_halfLength;
flat in float v_halfWidth;
flat in vec4 v_colour;

uniform float u_pixelsPerUnit;

out vec4 o_colour;

void main() {
    float alongOutside = max(abs(v_local.x) - v_halfLength, 0.0);
    float d = length(vec2(alongOutside, v_local.y)) - v_halfWidth;
    float coverage = clamp(0.5 - d * u_pixelsPerUnit, 0.0, 1.0);
    if (coverage <= 0.0) {
        discard;
    }
    o_colour = v_colour * coverage;
}

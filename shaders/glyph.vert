// Atelier glyph painting: text quads drawn into atlas pages from Dear ImGui's font atlas.
#version 330 core

layout(location = 0) in vec2 a_position; // page pixels
layout(location = 1) in vec3 a_uvLayer;  // coordinates in ImGui's atlas (z unused)
layout(location = 5) in vec4 a_fill;     // premultiplied text colour

uniform vec2 u_scale;
uniform vec2 u_offset;

out vec2 v_uv;
flat out vec4 v_colour;

void main() {
    v_uv = a_uvLayer.xy;
    v_colour = a_fill;
    gl_Position = vec4(a_position * u_scale + u_offset, 0.0, 1.0);
}

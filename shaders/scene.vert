// Atelier scene pass: cards and labels from the atlas array, and soft rounded shapes, in one vertex format.
#version 330 core

layout(location = 0) in vec2 a_position; // table mm (or page pixels when painting the atlas)
layout(location = 1) in vec3 a_uvLayer;  // atlas coordinates and page
layout(location = 3) in vec2 a_local;    // position in the shape's own frame, same units as a_shape
layout(location = 4) in vec4 a_shape;    // half width, half height, corner radius, edge width
layout(location = 5) in vec4 a_fill;     // premultiplied fill, or tint of the atlas pixels
layout(location = 6) in vec4 a_edge;     // premultiplied edge colour
layout(location = 7) in vec4 a_effect;   // shadow reach, shadow opacity, atlas weight (1 = card, 0 = shape)

uniform vec2 u_scale; // projection units to clip space
uniform vec2 u_offset;

out vec3 v_uvLayer;
out vec2 v_local;
flat out vec4 v_shape;
flat out vec4 v_fill;
flat out vec4 v_edge;
flat out vec4 v_effect;

void main() {
    v_uvLayer = a_uvLayer;
    v_local = a_local;
    v_shape = a_shape;
    v_fill = a_fill;
    v_edge = a_edge;
    v_effect = a_effect;
    gl_Position = vec4(a_position * u_scale + u_offset, 0.0, 1.0);
}

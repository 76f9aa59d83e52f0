// Atelier photo pass: a photo (with the sketch drawn on it) and its soft shadow, in one quad.
#version 330 core

layout(location = 0) in vec2 a_position; // table mm
layout(location = 1) in vec3 a_uvLayer;  // photo texture coordinates (z unused)
layout(location = 3) in vec2 a_local;    // mm from the photo's centre, on the table
layout(location = 4) in vec4 a_shape;    // half width, half height (mm on the table), corner radius
layout(location = 7) in vec4 a_effect;   // shadow reach, shadow opacity

uniform vec2 u_scale;
uniform vec2 u_offset;

out vec2 v_uv;
out vec2 v_local;
flat out vec4 v_shape;
flat out vec4 v_effect;

void main() {
    v_uv = a_uvLayer.xy;
    v_local = a_local;
    v_shape = a_shape;
    v_effect = a_effect;
    gl_Position = vec4(a_position * u_scale + u_offset, 0.0, 1.0);
}

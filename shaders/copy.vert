// Atelier cache copy: rectangles of the cached scene copied pixel for pixel into the frame (partial presents).
#version 330 core

layout(location = 0) in vec2 a_position; // pixels, y downwards from the top of the viewport

uniform vec2 u_viewport; // width, height in pixels

out vec2 v_uv;

void main() {
    // The cache's rows run upwards, as the frame's: the same texel under each pixel.
    v_uv = vec2(a_position.x / u_viewport.x, 1.0 - a_position.y / u_viewport.y);
    gl_Position = vec4(v_uv * 2.0 - 1.0, 0.0, 1.0);
}

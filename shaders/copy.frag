// Atelier cache copy: the cached scene's texel under each pixel (nearest filtering: the same bytes a blit
// copies). A plain sample of interpolated coordinates, which llvmpipe runs on its fast linear path.
#version 330 core

in vec2 v_uv;

uniform sampler2D u_cache;

out vec4 o_colour;

void main() {
    o_colour = texture(u_cache, v_uv);
}

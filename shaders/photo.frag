// Atelier photo pass: one plain texture sample per pixel (the photo and its strokes, baked at screen
// resolution), then the soft shadow outside; no branch, since llvmpipe would run both sides.
#version 330 core

in vec2 v_uv;
in vec2 v_local;
flat in vec4 v_shape;
flat in vec4 v_effect;

uniform sampler2D u_photo; // a baked photo layer, a stroke layer, or (when baking) the photo itself

out vec4 o_colour;

float roundedBox(vec2 p, vec2 halfSize, float radius) {
    vec2 q = abs(p) - halfSize + vec2(radius);
    return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - radius;
}

void main() {
    vec4 colour = texture(u_photo, v_uv);

    float d = roundedBox(v_local, v_shape.xy, v_shape.z);
    float pixel = max(fwidth(d), 1e-4);
    float inside = clamp(0.5 - d / pixel, 0.0, 1.0);
    float reach = max(v_effect.x, 1e-4);
    float shadow = v_effect.y * (1.0 - smoothstep(-0.25 * reach, reach, d));
    o_colour = colour * inside + (1.0 - inside) * vec4(0.0, 0.0, 0.0, shadow);
}

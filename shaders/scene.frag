// Atelier scene pass. Branch-free on purpose: llvmpipe runs both sides of a branch for every pixel, so each
// pixel takes exactly one texture sample and a few dozen arithmetic operations, whatever the quad is.
#version 330 core

in vec3 v_uvLayer;
in vec2 v_local;
flat in vec4 v_shape;
flat in vec4 v_fill;
flat in vec4 v_edge;
flat in vec4 v_effect;

uniform sampler2DArray u_atlas;

out vec4 o_colour;

// Signed distance to a rounded rectangle centred on the origin; negative inside.
float roundedBox(vec2 p, vec2 halfSize, float radius) {
    vec2 q = abs(p) - halfSize + vec2(radius);
    return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - radius;
}

void main() {
    vec4 card = texture(u_atlas, v_uvLayer) * v_fill;

    float d = roundedBox(v_local, v_shape.xy, v_shape.z);
    float pixel = max(fwidth(d), 1e-4);
    float inside = clamp(0.5 - d / pixel, 0.0, 1.0);
    float innerEdge = clamp(0.5 - (d + v_shape.w) / pixel, 0.0, 1.0);
    vec4 shape = v_edge * (inside - innerEdge) + v_fill * innerEdge;
    float reach = max(v_effect.x, 1e-4);
    float shadow = v_effect.y * (1.0 - smoothstep(-0.25 * reach, reach, d));
    shape += (1.0 - shape.a) * vec4(0.0, 0.0, 0.0, shadow);

    o_colour = mix(shape, card, v_effect.z);
}

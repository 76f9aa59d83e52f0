// Atelier pen strokes: one instance per segment, expanded into a quad around the capsule it covers.
#version 330 core

layout(location = 0) in vec2 a_from;      // segment start, in the layer's units (photo-local or table mm)
layout(location = 1) in vec2 a_to;        // segment end
layout(location = 2) in float a_halfWidth; // half the pen width, same units
layout(location = 3) in vec4 a_colour;    // straight RGBA

uniform vec2 u_scale;         // layer units to clip space
uniform vec2 u_offset;
uniform float u_pixelsPerUnit; // how many layer pixels one unit covers

out vec2 v_local;             // position in the segment's frame: along, across
flat out float v_halfLength;
flat out float v_halfWidth;
flat out vec4 v_colour;

void main() {
    vec2 corner = vec2((gl_VertexID & 1) == 0 ? -1.0 : 1.0, (gl_VertexID & 2) == 0 ? -1.0 : 1.0);
    vec2 delta = a_to - a_from;
    float len = length(delta);
    vec2 along = len > 1e-6 ? delta / len : vec2(1.0, 0.0);
    vec2 across = vec2(-along.y, along.x);
    float margin = a_halfWidth + 1.5 / u_pixelsPerUnit;
    vec2 local = vec2(corner.x * (0.5 * len + margin), corner.y * margin);
    vec2 position = 0.5 * (a_from + a_to) + along * local.x + across * local.y;
    v_local = local;
    v_halfLength = 0.5 * len;
    v_halfWidth = a_halfWidth;
    v_colour = vec4(a_colour.rgb * a_colour.a, a_colour.a);
    gl_Position = vec4(position * u_scale + u_offset, 0.0, 1.0);
}

// Turning what was just added to an ImGui draw list.
#include "ui/DrawListTurn.hpp"

#include <cmath>

namespace atelier::ui {

void turnVertices(ImDrawList& list, int first, ImVec2 centre, double angle) {
    const float c = static_cast<float>(std::cos(angle));
    const float s = static_cast<float>(std::sin(angle));
    for (int i = first; i < list.VtxBuffer.Size; ++i) {
        ImVec2& p = list.VtxBuffer[i].pos;
        const float dx = p.x - centre.x;
        const float dy = p.y - centre.y;
        p = ImVec2(centre.x + dx * c - dy * s, centre.y + dx * s + dy * c);
    }
}

} // namespace atelier::ui

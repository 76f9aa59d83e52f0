// Hands a touch pointer to Dear ImGui's legacy mouse input (no input queue before 1.87).
#include "ui/ImGuiPointer.hpp"

#include <cfloat>
#include <imgui.h>

namespace atelier::ui {

void setImGuiPointer(std::optional<core::Vec2> pixels, bool down) {
    ImGuiIO& io = ImGui::GetIO();
    if (!pixels) {
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        io.MouseDown[0] = false;
        return;
    }
    io.MousePos = ImVec2(static_cast<float>(pixels->x), static_cast<float>(pixels->y));
    io.MouseDown[0] = down;
}

} // namespace atelier::ui

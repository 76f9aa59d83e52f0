// The touch handed to ImGui's single mouse is where the finger is, and up when the finger lifts.
#include <cfloat>
#include <imgui.h>

#include "ImGuiFrame.hpp"
#include "ui/ImGuiPointer.hpp"

namespace atelier::ui::testing {
namespace {

using ImGuiPointerTest = ImGuiFrame;

TEST_F(ImGuiPointerTest, ThePointerIsWhereTheTouchIsAndDownWhileItPresses) {
    setImGuiPointer(core::Vec2{640.7, 212.2}, true);
    frame([] {
        // ImGui 1.86 snaps the pointer to the pixel the touch lies in.
        EXPECT_FLOAT_EQ(ImGui::GetMousePos().x, 640.0f);
        EXPECT_FLOAT_EQ(ImGui::GetMousePos().y, 212.0f);
        EXPECT_TRUE(ImGui::IsMouseDown(0));
        EXPECT_TRUE(ImGui::IsMouseClicked(0)) << "the first frame of a touch is a press";
    });
    setImGuiPointer(core::Vec2{650.0, 220.0}, false);
    frame([] {
        EXPECT_FLOAT_EQ(ImGui::GetMousePos().x, 650.0f);
        EXPECT_FALSE(ImGui::IsMouseDown(0));
        EXPECT_TRUE(ImGui::IsMouseReleased(0)) << "the lift is a release";
    });
}

TEST_F(ImGuiPointerTest, NoTouchMeansThePointerIsNowhere) {
    setImGuiPointer(core::Vec2{100, 100}, true);
    frame([] {});
    setImGuiPointer(std::nullopt, false);
    frame([] {
        EXPECT_FALSE(ImGui::IsMousePosValid()) << "no hover is left behind on the screen";
        EXPECT_FALSE(ImGui::IsMouseDown(0));
    });
}

} // namespace
} // namespace atelier::ui::testing

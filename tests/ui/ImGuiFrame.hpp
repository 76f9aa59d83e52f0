// A Dear ImGui context set up as the table sets it up, without GL: frames are built, never rendered.
#pragma once

#include <functional>

#include <gtest/gtest.h>

namespace atelier::ui::testing {

/// The table of the default config: 1210 mm wide shown on 1920 × 1080 pixels.
constexpr float kDisplayWidthPx = 1920;
constexpr float kDisplayHeightPx = 1080;
constexpr float kPxPerMm = kDisplayWidthPx / 1210.0f;

/// One ImGui context per test, styled and with the UI font at the size the table would pick.
class ImGuiFrame : public ::testing::Test {
protected:
    void SetUp() override;
    /// The same for another screen showing the same 1210 mm table (`SetUp` is this for 1920 × 1080).
    void setUpFor(float widthPx, float heightPx);
    void TearDown() override;
    /// Runs one frame: NewFrame, draw, EndFrame (nothing is rendered).
    void frame(const std::function<void()>& draw);
};

} // namespace atelier::ui::testing

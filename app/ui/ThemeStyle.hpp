// The theme applied to Dear ImGui (its colours and rounding) and the reports of what ImGui drew to the
// frame's legibility registry, in table millimetres.
#pragma once

#include <cstdint>
#include <string>

#include <imgui.h>

#include "render/Legibility.hpp"

namespace atelier::ui {

/// Sets ImGui's colours from the theme: ink on paper, muted ink for secondary text (8.4:1, where ImGui's grey
/// had 2.6:1), a pressed button a clear step darker.
void applyTheme(ImGuiStyle& style);

/// A theme colour 0xRRGGBB with an alpha, for ImGui's draw lists.
ImU32 themeColour(std::uint32_t rgb, float alpha = 1.0f);

/// An ImGui colour as 0xRRGGBB, composited over `under` when not opaque.
std::uint32_t rgbOf(const ImVec4& colour, std::uint32_t under = 0xFFFFFF);

/// The cap height in mm of `font` drawn at `sizePx` on a surface of `pxPerMm`.
double capMmOf(const ImFont& font, float sizePx, double pxPerMm);

/// Reports a text drawn with `font` at `sizePx` in `ink` over `background` (0xRRGGBB).
void reportText(const std::string& what, const std::string& text, render::TextRole role, const ImFont& font,
                float sizePx, double pxPerMm, std::uint32_t ink, std::uint32_t background);

/// Reports the last ImGui item as a touch target named `what`.
void reportLastItem(const std::string& what, double pxPerMm);

} // namespace atelier::ui

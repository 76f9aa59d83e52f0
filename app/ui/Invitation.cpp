// Draws the exhibition's invitation: one bilingual card facing each edge, with the question and privacy.
#include "ui/Invitation.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <imgui.h>
#include <numbers>
#include <string>
#include <string_view>
#include <vector>

#include "render/TableColour.hpp"
#include "render/TextLayout.hpp"
#include "render/Theme.hpp"
#include "ui/DrawListTurn.hpp"
#include "ui/ThemeStyle.hpp"

namespace atelier::ui {
namespace {

/// Capital heights on the table, in millimetres: the invitation and its translation; the question and the
/// privacy sentences take the theme's question and body sizes (render::Theme), so they meet its floors.
constexpr double kInvitationCapMm = 16.0;
constexpr double kTranslationCapMm = 9.5;
/// Distance of each card's centre from its edge.
constexpr double kEdgeInsetMm = 95.0;
/// The touch point beside the invitation, and how far its ripple grows.
constexpr double kTouchDotMm = 7.0;
constexpr double kRippleReachMm = 20.0;

constexpr ImU32 kPaper = IM_COL32(250, 248, 242, 245);
constexpr ImU32 kInk = IM_COL32(26, 26, 26, 255);
constexpr ImU32 kSoftInk = IM_COL32(84, 84, 84, 255);
constexpr ImU32 kAccent = IM_COL32(0, 114, 178, 255); // Okabe–Ito blue

struct Line {
    std::string_view text;
    float px = 0;
    ImU32 colour = kInk;
    float wrap = 0; ///< wrap width in pixels (0: one line)
    ImVec2 size;
    const char* what = "invitation"; ///< its name in the legibility report
};

/// An ImGui colour (ABGR) as 0xRRGGBB, laid over `under` by its alpha.
std::uint32_t rgbOver(ImU32 colour, std::uint32_t under) {
    const ImVec4 c = ImGui::ColorConvertU32ToFloat4(colour);
    return rgbOf(c, under);
}

/// The table's colour as 0xRRGGBB: what the invitation's paper lies over.
std::uint32_t tableRgb() {
    return (std::uint32_t{render::kTableColour.r} << 16) | (std::uint32_t{render::kTableColour.g} << 8) |
           render::kTableColour.b;
}

/// Tells the legibility check what a card says, in table millimetres, ink over its paper.
void reportLines(const std::vector<Line>& lines, ImFont& font, const render::View& view) {
    const std::uint32_t paper = rgbOver(kPaper, tableRgb());
    for (const Line& line : lines) {
        const std::string_view what = line.what;
        reportText(std::string(what), std::string(line.text),
                   what == "invitation.question" ? render::TextRole::Large : render::TextRole::Body, font,
                   line.px, view.pxPerMm(), rgbOver(line.colour, paper), paper);
    }
}

/// The card's lines, measured.
std::vector<Line> linesOf(const InvitationContent& content, const render::View& view, ImFont& font) {
    const core::Language other =
        content.language == core::Language::French ? core::Language::English : core::Language::French;
    const auto px = [&view](double mm) { return static_cast<float>(mm * view.pxPerMm()); };
    const double capRatio = render::capHeightRatio(font);
    const auto cap = [&](double capMm) { return static_cast<float>(capMm * view.pxPerMm() / capRatio); };
    const render::Theme& theme = render::theme();
    std::vector<Line> lines = {
        {core::text(content.language, core::TextId::AttractInvitation),
         cap(kInvitationCapMm),
         kInk,
         0,
         {},
         "invitation.title"},
        {core::text(other, core::TextId::AttractInvitation),
         cap(kTranslationCapMm),
         kSoftInk,
         0,
         {},
         "invitation.translation"},
    };
    const float width = font.CalcTextSizeA(lines[0].px, 1e6f, 0.0f, lines[0].text.data(),
                                           lines[0].text.data() + lines[0].text.size())
                            .x +
                        px(kTouchDotMm * 4);
    if (!content.question.empty()) {
        lines.push_back(
            {content.question, cap(theme.questionCapMm), kAccent, width, {}, "invitation.question"});
    }
    lines.push_back({core::text(content.language, core::TextId::AttractPrivacy),
                     cap(theme.bodyCapMm),
                     kSoftInk,
                     width,
                     {},
                     "invitation.privacy"});
    lines.push_back({core::text(other, core::TextId::AttractPrivacy),
                     cap(theme.bodyCapMm),
                     kSoftInk,
                     width,
                     {},
                     "invitation.privacy"});
    for (Line& line : lines) {
        line.size = font.CalcTextSizeA(line.px, 1e6f, line.wrap, line.text.data(),
                                       line.text.data() + line.text.size());
    }
    return lines;
}

/// One card drawn about `c` (the screen's middle, where ImGui does not cull glyphs), then moved to `to` and
/// turned by `angle`; its commands are clipped to where it ends up.
void drawCard(ImDrawList& list, ImFont& font, const std::vector<Line>& lines,
              const InvitationContent& content, const render::View& view, ImVec2 to, double angle,
              int index) {
    const auto px = [&view](double mm) { return static_cast<float>(mm * view.pxPerMm()); };
    const ImVec2 c(static_cast<float>(view.viewportWidth) / 2, static_cast<float>(view.viewportHeight) / 2);
    const float pad = lines[0].px * 0.55f;
    const float gap = lines[0].px * 0.25f;
    const float dotRoom = px(kTouchDotMm * 4); // the touch point's column left of the invitation
    float width = lines[0].size.x + dotRoom;
    float height = 0;
    for (const Line& line : lines) {
        width = std::max(width, line.size.x);
        height += line.size.y + gap;
    }
    width += 2 * pad;
    height += 2 * pad - gap;
    // A distinct wide clip rectangle starts a command of its own for this card.
    list.PushClipRect(ImVec2(-1.0e5f - static_cast<float>(index), -1.0e5f), ImVec2(1.0e5f, 1.0e5f), false);
    const int firstCommand = list.CmdBuffer.Size - 1;
    const int first = list.VtxBuffer.Size;
    const ImVec2 min(c.x - width / 2, c.y - height / 2);
    const ImVec2 max(c.x + width / 2, c.y + height / 2);
    list.AddRectFilled(ImVec2(min.x, min.y + pad * 0.12f), ImVec2(max.x, max.y + pad * 0.12f),
                       IM_COL32(0, 0, 0, 36), pad * 0.9f);
    list.AddRectFilled(min, max, kPaper, pad * 0.9f);
    float y = min.y + pad;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line& line = lines[i];
        const float x = i == 0 ? c.x - (line.size.x + dotRoom) / 2 + dotRoom : c.x - line.size.x / 2;
        list.AddText(&font, line.px, ImVec2(x, y), line.colour, line.text.data(),
                     line.text.data() + line.text.size(), line.wrap);
        y += line.size.y + gap;
    }
    // The touch point at the invitation's left, its ring rippling out while a ripple runs.
    const ImVec2 dot(c.x - (lines[0].size.x + dotRoom) / 2 + px(kTouchDotMm * 1.4),
                     min.y + pad + lines[0].size.y / 2);
    list.AddCircleFilled(dot, px(kTouchDotMm), kAccent, 32);
    if (content.ripple) {
        const auto t = static_cast<float>(std::clamp(*content.ripple, 0.0, 1.0));
        const float radius = px(kTouchDotMm + kRippleReachMm * t);
        const auto alpha = static_cast<int>(200 * (1.0f - t));
        list.AddCircle(dot, radius, IM_COL32(0, 114, 178, alpha), 48, px(1.6));
    }
    turnVertices(list, first, c, angle);
    ImVec2 low(1e9f, 1e9f);
    ImVec2 high(-1e9f, -1e9f);
    const ImVec2 shift(to.x - c.x, to.y - c.y);
    for (int i = first; i < list.VtxBuffer.Size; ++i) {
        ImVec2& p = list.VtxBuffer[i].pos;
        p = ImVec2(p.x + shift.x, p.y + shift.y);
        low = ImVec2(std::min(low.x, p.x), std::min(low.y, p.y));
        high = ImVec2(std::max(high.x, p.x), std::max(high.y, p.y));
    }
    list.PopClipRect();
    // Where the card lies now: what the stage redraws for it (its commands' bounds), and its scissor.
    for (int i = std::max(0, firstCommand); i < list.CmdBuffer.Size; ++i) {
        if (list.CmdBuffer[i].ElemCount > 0 && list.CmdBuffer[i].ClipRect.x < -9.0e4f) {
            list.CmdBuffer[i].ClipRect = ImVec4(low.x - 1, low.y - 1, high.x + 1, high.y + 1);
        }
    }
}

} // namespace

void drawInvitation(const InvitationContent& content, const render::View& view) {
    if (!view.drawable()) {
        return;
    }
    ImDrawList& list = *ImGui::GetBackgroundDrawList();
    ImFont& font = *ImGui::GetFont();
    const std::vector<Line> lines = linesOf(content, view, font);
    const double w = view.surfaceMm.width;
    const double h = view.surfaceMm.height;
    struct Side {
        core::Vec2 centreMm;
        double angle; // clockwise on screen: the reader stands at this edge
    };
    const Side sides[] = {
        {{w / 2, h - kEdgeInsetMm}, 0.0},
        {{w / 2, kEdgeInsetMm}, std::numbers::pi},
        {{kEdgeInsetMm, h / 2}, std::numbers::pi / 2},
        {{w - kEdgeInsetMm, h / 2}, -std::numbers::pi / 2},
    };
    int index = 0;
    for (const Side& side : sides) {
        reportLines(lines, font, view); // each side's card says it all
        const core::Vec2 centre = view.toPixels(side.centreMm);
        drawCard(list, font, lines, content, view,
                 ImVec2(static_cast<float>(centre.x), static_cast<float>(centre.y)), side.angle, index++);
    }
}

} // namespace atelier::ui

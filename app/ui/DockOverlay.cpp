// Rotated rounded buttons, keys and dots for each seat, drawn in ImGui's background list.
#include "ui/DockOverlay.hpp"
#include "ui/DecideOverlay.hpp"
#include "ui/DockPictograms.hpp"
#include "ui/DrawListTurn.hpp"
#include "ui/Fonts.hpp"
#include "ui/ThemeStyle.hpp"

#include "render/Contrast.hpp"
#include "render/TextLayout.hpp"
#include "render/Theme.hpp"

#include <cmath>
#include <imgui.h>
#include <optional>
#include <string>
#include <string_view>

namespace atelier::ui {
namespace {

/// The symbol printed on a named button or key (DejaVu Sans has them all; see ui::frenchGlyphRanges).
const char* symbolOf(std::string_view icon) {
    struct Symbol {
        std::string_view icon;
        const char* text;
    };
    static constexpr Symbol symbols[] = {
        {"new_card", "+"},   {"pen", "\u270E"},   {"eraser", "\u2327"}, {"undo", "\u21B6"},
        {"redo", "\u21B7"},  {"bin", "\u2716"},   {"shift", "\u21E7"},  {"backspace", "\u232B"},
        {"enter", "\u21B5"}, {"space", "\u2423"}, {"accept", "\u2714"}, {"dismiss", "\u2716"},
        {"next", "\u21E8"},
    };
    for (const Symbol& symbol : symbols) {
        if (symbol.icon == icon) {
            return symbol.text;
        }
    }
    return "";
}

ImU32 colourOf(std::uint32_t rgb, float alpha) {
    return ImGui::GetColorU32(ImVec4(static_cast<float>((rgb >> 16) & 0xFF) / 255.0f,
                                     static_cast<float>((rgb >> 8) & 0xFF) / 255.0f,
                                     static_cast<float>(rgb & 0xFF) / 255.0f, alpha));
}

/// The counter shows from this many characters before the limit (earlier it would only distract).
constexpr int kCounterShownBeforeLimit = 20;

/// The keyboard's counter band (its top 10 mm inside the 3 mm margin), drawn unturned: the characters left
/// near the limit, an amber "full" band at it, and the notice of a phase change that lets the card be
/// finished.
void drawCounterBand(ImDrawList& list, ImFont* font, const workshop::Widget& widget, ImVec2 min, ImVec2 max,
                     float mm, core::Language language) {
    const bool full = widget.characterLimit > 0 && widget.characters >= widget.characterLimit;
    const bool near =
        widget.characterLimit > 0 && widget.characters >= widget.characterLimit - kCounterShownBeforeLimit;
    if (!full && !near && !widget.finishing) {
        return;
    }
    const ImVec2 bandMin(min.x + 3 * mm, min.y + 3 * mm);
    const ImVec2 bandMax(max.x - 3 * mm, min.y + 13 * mm);
    const float size = 6.5f * mm;
    const float textY = (bandMin.y + bandMax.y - size) / 2;
    if (full) {
        list.AddRectFilled(bandMin, bandMax, colourOf(0xFFD54F, 1.0f), 2 * mm);
    }
    const ImU32 ink = full ? colourOf(0x1A1A1A, 1.0f) : colourOf(0xFFFFFF, 1.0f);
    const std::uint32_t inkRgb = full ? 0x1A1A1A : 0xFFFFFF;
    const std::uint32_t under = full ? 0xFFD54F : 0x2B2D31;
    if (widget.finishing) {
        const std::string finish(core::text(language, core::TextId::KeyboardFinishCard));
        list.AddText(font, size, ImVec2(bandMin.x + 2 * mm, textY), ink, finish.c_str());
        reportText("keyboard.notice", finish, render::TextRole::Body, *font, size, mm, inkRgb, under);
    }
    if (full || near) {
        std::string counter =
            std::to_string(widget.characters) + " / " + std::to_string(widget.characterLimit);
        if (full) {
            counter = std::string(core::text(language, core::TextId::KeyboardCardFull)) + " · " + counter;
        }
        const ImVec2 extent = font->CalcTextSizeA(size, 1e5f, 0.0f, counter.c_str());
        list.AddText(font, size, ImVec2(bandMax.x - 2 * mm - extent.x, textY), ink, counter.c_str());
        reportText("keyboard.counter", counter, render::TextRole::Body, *font, size, mm, inkRgb, under);
    }
}

/// A dark panel facing its seat: the title in the seat's colour, then one line per item, and how many more
/// tie with the last. Laid out unturned, then turned: a side seat's text starts off the screen before it is
/// turned, so ImGui must not clip it there.
void drawRanking(ImDrawList& list, ImFont& font, const workshop::Widget& widget, ImVec2 min, ImVec2 max,
                 float mm, core::Language language) {
    list.AddRectFilled(min, max, colourOf(0x2B2D31, 0.92f), 4 * mm);
    list.AddRect(min, max, colourOf(widget.colour, 1.0f), 4 * mm, 0, 2.0f);
    const float titleSize = 10 * mm;
    const float lineSize = 8 * mm;
    list.PushClipRect(ImVec2(-1e5f, -1e5f), ImVec2(1e5f, 1e5f), false);
    ImVec2 pen(min.x + 6 * mm, min.y + 5 * mm);
    // The title in white: a seat's colour on the dark panel (blue, black) falls under AA contrast.
    const std::string title(core::text(language, core::TextId::RankingTitle));
    const render::Theme& theme = render::theme();
    list.AddText(&font, titleSize, pen, themeColour(theme.nightInk), title.c_str());
    reportText("ranking.title", title, render::TextRole::Body, font, titleSize, mm, theme.nightInk,
               theme.night);
    pen.y += titleSize + 3 * mm;
    if (widget.lines.empty()) {
        const std::string empty(core::text(language, core::TextId::RankingEmpty));
        list.AddText(&font, lineSize, pen, colourOf(0xFFFFFF, 0.8f), empty.c_str());
        reportText("ranking.line", empty, render::TextRole::Body, font, lineSize, mm,
                   rgbOf(ImGui::ColorConvertU32ToFloat4(colourOf(0xFFFFFF, 0.8f)), theme.night), theme.night);
    }
    for (const std::string& line : widget.lines) {
        list.AddText(&font, lineSize, pen, colourOf(0xFFFFFF, 1.0f), line.c_str());
        reportText("ranking.line", line, render::TextRole::Body, font, lineSize, mm, theme.nightInk,
                   theme.night);
        pen.y += lineSize + 2.5f * mm;
    }
    if (widget.moreTied > 0) { // no tied item is hidden without a sign
        const std::string more = "+" + std::to_string(widget.moreTied) + " " +
                                 std::string(core::text(language, core::TextId::RankingMoreTied));
        list.AddText(&font, lineSize, pen, colourOf(0xFFFFFF, 0.85f), more.c_str());
        reportText("ranking.line", more, render::TextRole::Body, font, lineSize, mm,
                   rgbOf(ImGui::ColorConvertU32ToFloat4(colourOf(0xFFFFFF, 0.85f)), theme.night),
                   theme.night);
    }
    list.PopClipRect();
}

/// The ranking's dark panel, with one large sentence: nobody wonders why the docks went grey.
void drawPaused(ImDrawList& list, ImFont& font, const workshop::Widget& widget, ImVec2 min, ImVec2 max,
                float mm, core::Language language) {
    list.AddRectFilled(min, max, colourOf(0x2B2D31, 0.92f), 4 * mm);
    list.AddRect(min, max, colourOf(widget.colour, 1.0f), 4 * mm, 0, 2.0f);
    list.PushClipRect(ImVec2(-1e5f, -1e5f), ImVec2(1e5f, 1e5f), false);
    const std::string paused(core::text(language, core::TextId::TablePaused));
    list.AddText(&font, 12 * mm, ImVec2(min.x + 8 * mm, min.y + 8 * mm), colourOf(0xFFFFFF, 1.0f),
                 paused.c_str());
    reportText("paused", paused, render::TextRole::Body, font, 12 * mm, mm, render::theme().nightInk,
               render::theme().night);
    list.PopClipRect();
}

/// The word under a dock button's pictogram, or nothing (keys, a suggestion's accept and dismiss).
std::optional<core::TextId> wordOf(std::string_view icon) {
    struct Word {
        std::string_view icon;
        core::TextId text;
    };
    static constexpr Word words[] = {
        {"new_card", core::TextId::DockIdea}, {"pen", core::TextId::DockDraw},
        {"eraser", core::TextId::DockEraser}, {"undo", core::TextId::DockUndo},
        {"redo", core::TextId::DockRedo},     {"bin", core::TextId::DockBin},
        {"next", core::TextId::DockNext},
    };
    for (const Word& word : words) {
        if (word.icon == icon) {
            return word.text;
        }
    }
    return std::nullopt;
}

/// Font pixels for the theme's body capitals on this surface.
float bodyPixels(const ImFont& font, double pxPerMm) {
    return static_cast<float>(render::theme().bodyCapMm * pxPerMm / render::capHeightRatio(font));
}

/// A dock button: its pictogram over its word, lit in the seat's colour while pressed or on, pale and in
/// muted ink while the phase does not allow it (still readable: touching it says why). Keys keep their
/// character. Returns the colour the text lies on.
void drawButton(ImDrawList& list, ImFont& font, const workshop::Widget& widget, ImVec2 min, ImVec2 max,
                double pxPerMm, core::Language language) {
    const render::Theme& theme = render::theme();
    const float w = max.x - min.x;
    const float h = max.y - min.y;
    const bool lit = widget.pressed || widget.active || widget.latched;
    const std::uint32_t fill = !widget.enabled ? 0xECECEC : lit ? widget.colour : theme.paper;
    const std::uint32_t ink = !widget.enabled                   ? theme.mutedInk
                              : render::textColourOn(fill) == 0 ? theme.ink
                                                                : theme.nightInk;
    const float radius = static_cast<float>(theme.smallRadiusMm * pxPerMm);
    // A pressed button sinks a little: drawn 4 % smaller, with a darker rim.
    const float inset = widget.pressed ? std::min(w, h) * 0.04f : 0.0f;
    const ImVec2 lo(min.x + inset, min.y + inset);
    const ImVec2 hi(max.x - inset, max.y - inset);
    list.AddRectFilled(lo, hi, themeColour(fill), radius);
    const float rim = static_cast<float>(std::max(1.0, (widget.pressed ? 0.9 : 0.6) * pxPerMm));
    list.AddRect(lo, hi, widget.enabled ? colourOf(widget.colour, 1.0f) : themeColour(0xA0A0A0), radius, 0,
                 rim);
    const std::optional<core::TextId> word =
        widget.kind == workshop::WidgetKind::DockButton ? wordOf(widget.icon) : std::nullopt;
    const ImVec2 c((lo.x + hi.x) / 2, (lo.y + hi.y) / 2);
    if (word) {
        const float side = std::min(w, h * 0.56f);
        drawPictogram(list, widget.icon, ImVec2(c.x, min.y + h * 0.36f), side, themeColour(ink),
                      themeColour(fill));
        const std::string text(core::text(language, *word));
        const float size = bodyPixels(font, pxPerMm);
        const ImVec2 extent = font.CalcTextSizeA(size, 1e5f, 0.0f, text.c_str());
        list.AddText(&font, size, ImVec2(c.x - extent.x / 2, max.y - h * 0.08f - extent.y), themeColour(ink),
                     text.c_str());
        reportText("dock." + widget.icon, text, render::TextRole::Body, font, size, pxPerMm, ink, fill);
    } else if (!drawPictogram(list, widget.icon, c, std::min(w, h) * 0.7f, themeColour(ink),
                              themeColour(fill))) {
        const char* text = widget.label.empty() ? symbolOf(widget.icon) : widget.label.c_str();
        const float size = std::min(w, h) * 0.6f;
        const ImVec2 extent = font.CalcTextSizeA(size, w, 0.0f, text);
        list.AddText(&font, size, ImVec2(c.x - extent.x / 2, c.y - extent.y / 2), themeColour(ink), text);
        reportText("key", text, render::TextRole::Body, font, size, pxPerMm, ink, fill);
    }
}

/// Why the tool the seat touched is dimmed, and with which step it comes, in one line facing the seat.
void drawNotice(ImDrawList& list, ImFont& font, const workshop::Widget& widget, ImVec2 centre, double pxPerMm,
                core::Language language) {
    const render::Theme& theme = render::theme();
    std::string text;
    const bool later = !widget.phaseName.empty();
    if (widget.icon == "new_card") {
        text = later ? std::string(core::text(language, core::TextId::ToolIdeasComeIn)) + widget.phaseName
                     : std::string(core::text(language, core::TextId::ToolIdeasNotNow));
    } else if (widget.icon == "pen" || widget.icon == "eraser") {
        text = later ? std::string(core::text(language, core::TextId::ToolDrawingComesIn)) + widget.phaseName
                     : std::string(core::text(language, core::TextId::ToolDrawingNotNow));
    } else if (widget.icon == "undo") {
        text = std::string(core::text(language, core::TextId::ToolNothingToUndo));
    } else {
        text = std::string(core::text(language, core::TextId::ToolNothingToRedo));
    }
    const auto size = static_cast<float>(theme.headingCapMm * pxPerMm / render::capHeightRatio(font));
    const ImVec2 extent = font.CalcTextSizeA(size, 1e5f, 0.0f, text.c_str());
    const float padX = static_cast<float>(theme.paddingMm * 2 * pxPerMm);
    const float padY = static_cast<float>(theme.paddingMm * pxPerMm);
    const ImVec2 min(centre.x - extent.x / 2 - padX, centre.y - extent.y / 2 - padY);
    const ImVec2 max(centre.x + extent.x / 2 + padX, centre.y + extent.y / 2 + padY);
    list.AddRectFilled(min, max, themeColour(theme.night), (max.y - min.y) / 2);
    list.AddRect(min, max, colourOf(widget.colour, 1.0f), (max.y - min.y) / 2, 0,
                 static_cast<float>(std::max(1.0, 0.6 * pxPerMm)));
    list.AddText(&font, size, ImVec2(centre.x - extent.x / 2, centre.y - extent.y / 2),
                 themeColour(theme.nightInk), text.c_str());
    reportText("notice", text, render::TextRole::Body, font, size, pxPerMm, theme.nightInk, theme.night);
}

/// Reports a widget a finger may touch as a target, in mm.
void reportTarget(const workshop::Widget& widget) {
    render::Legibility& registry = render::Legibility::frame();
    switch (widget.kind) {
    case workshop::WidgetKind::Keyboard:
    case workshop::WidgetKind::Ranking:
    case workshop::WidgetKind::Suggestion:
    case workshop::WidgetKind::Paused:
    case workshop::WidgetKind::Notice:
        return;
    default:
        registry.target(render::DrawnTarget{widget.name.empty() ? widget.icon : widget.name,
                                            widget.size.width, widget.size.height});
    }
}

} // namespace

void drawWidgets(const std::vector<workshop::Widget>& widgets, const render::View& view,
                 core::Language language) {
    ImDrawList& list = *ImGui::GetBackgroundDrawList();
    ImFont* font = ImGui::GetFont();
    for (const workshop::Widget& widget : widgets) {
        const core::Vec2 centre = view.toPixels(widget.pose.centre);
        const ImVec2 c(static_cast<float>(centre.x), static_cast<float>(centre.y));
        const float w = static_cast<float>(widget.size.width * view.pxPerMmX());
        const float h = static_cast<float>(widget.size.height * view.pxPerMmY());
        const int first = list.VtxBuffer.Size;
        const float alpha = widget.enabled ? 1.0f : 0.35f;
        reportTarget(widget);
        const ImVec2 min(c.x - w / 2, c.y - h / 2);
        const ImVec2 max(c.x + w / 2, c.y + h / 2);
        if (drawDecideWidget(list, *font, widget, min, max, static_cast<float>(view.pxPerMmY()), language)) {
            ui::turnVertices(list, first, c,
                             widget.pose.rotation); // coins, cost pads, rating controls, status
            continue;
        }
        switch (widget.kind) {
        case workshop::WidgetKind::Keyboard:
            list.AddRectFilled(min, max, colourOf(0x2B2D31, 0.88f), h * 0.06f);
            list.PushClipRect(ImVec2(-1e5f, -1e5f), ImVec2(1e5f, 1e5f), false); // turned after: no clipping
            drawCounterBand(list, font, widget, min, max, static_cast<float>(view.pxPerMmY()), language);
            list.PopClipRect();
            break;
        case workshop::WidgetKind::VoteDot:
            list.AddCircleFilled(c, std::min(w, h) / 2, colourOf(widget.colour, alpha));
            list.AddCircle(c, std::min(w, h) / 2, colourOf(0x000000, 0.5f * alpha), 0, 1.5f);
            break;
        case workshop::WidgetKind::Suggestion:
            // A proposed cluster: its outline only, thin, until someone accepts it.
            list.AddRect(min, max, colourOf(widget.colour, 0.9f), 6 * static_cast<float>(view.pxPerMmY()), 0,
                         2.5f);
            break;
        case workshop::WidgetKind::Ranking:
            drawRanking(list, *font, widget, min, max, static_cast<float>(view.pxPerMmY()), language);
            break;
        case workshop::WidgetKind::Paused:
            drawPaused(list, *font, widget, min, max, static_cast<float>(view.pxPerMmY()), language);
            break;
        case workshop::WidgetKind::PenColour: {
            // The colour itself, ringed in the seat's frame colour when chosen.
            const float radius = std::min(w, h) / 2;
            list.AddCircleFilled(c, radius * (widget.active ? 0.8f : 0.7f), colourOf(widget.colour, alpha));
            list.AddCircle(c, radius * (widget.active ? 0.8f : 0.7f), colourOf(0x555555, alpha), 0, 1.0f);
            if (widget.active || widget.pressed) {
                list.AddCircle(c, radius, colourOf(0x1A1A1A, alpha), 0, 2.5f);
            }
            break;
        }
        case workshop::WidgetKind::PenWidth: {
            // A short line as thick as the pen draws, in the chosen colour, on a light tile.
            const bool lit = widget.pressed || widget.active;
            list.AddRectFilled(min, max, colourOf(0xFFFFFF, alpha), std::min(w, h) * 0.18f);
            list.AddRect(min, max, colourOf(lit ? 0x1A1A1A : 0xBBBBBB, alpha), std::min(w, h) * 0.18f, 0,
                         lit ? 2.5f : 1.0f);
            const float thickness = std::max(1.0f, static_cast<float>(widget.lineMm * view.pxPerMmX()));
            list.AddLine(ImVec2(min.x + w * 0.2f, c.y), ImVec2(max.x - w * 0.2f, c.y),
                         colourOf(widget.colour, alpha), thickness);
            break;
        }
        case workshop::WidgetKind::Notice:
            drawNotice(list, *largeUiFont(), widget, c, view.pxPerMm(), language);
            break;
        default:
            drawButton(list, *font, widget, min, max, view.pxPerMm(), language);
            break;
        }
        ui::turnVertices(list, first, c, widget.pose.rotation);
    }
}

} // namespace atelier::ui

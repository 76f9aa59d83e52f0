// Cost tags, coins, funded outlines and charts on proposals; the seats' coins, pads, controls and status.
#include "ui/DecideOverlay.hpp"

#include "core/Criteria.hpp"
#include "core/Funding.hpp"
#include "render/TextLayout.hpp"
#include "render/Theme.hpp"
#include "ui/DrawListTurn.hpp"
#include "ui/ThemeStyle.hpp"
#include "workshop/DecidePlaces.hpp"
#include "workshop/NumberPad.hpp"
#include "workshop/SeatLayout.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

namespace atelier::ui {
namespace {

constexpr std::uint32_t kInk = 0x1A1A1A;
constexpr std::uint32_t kPanel = 0x2B2D31;
constexpr std::uint32_t kGold = 0xE8B923;
constexpr std::uint32_t kFunded = 0x167441; // white on it 5.8:1, it on the table 4.9:1 (AA)
constexpr std::int64_t kCentsPerEuro = 100;

ImU32 colourOf(std::uint32_t rgb, float alpha = 1.0f) {
    return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, static_cast<int>(alpha * 255));
}

/// The bare table under what lies on it (0xRRGGBB).
constexpr std::uint32_t kTable = 0xEEEAE2;

/// Draws a text and tells the legibility check about it: its size on the table (`mm`: pixels per mm), its ink
/// laid over `background` (0xRRGGBB).
void text(ImDrawList& list, ImFont& font, float size, ImVec2 at, ImU32 colour, const std::string& words,
          const char* what, std::uint32_t background, float mm) {
    list.AddText(&font, size, at, colour, words.c_str());
    reportText(what, words, render::TextRole::Body, font, size, mm,
               rgbOf(ImGui::ColorConvertU32ToFloat4(colour), background), background);
}

ImVec2 pixels(const render::View& view, core::Vec2 mm) {
    const core::Vec2 p = view.toPixels(mm);
    return ImVec2(static_cast<float>(p.x), static_cast<float>(p.y));
}

std::string euros(std::int64_t cents) {
    return workshop::formatEuros(cents / kCentsPerEuro);
}

/// The font size (pixels) of the theme's smallest body text on a surface of `mm` pixels per mm: no text of
/// these overlays is smaller.
float floorSize(const ImFont& font, float mm) {
    return static_cast<float>(render::theme().minBodyCapMm) * mm /
           static_cast<float>(render::capHeightRatio(font));
}

/// The body text's font size (pixels).
float bodySize(const ImFont& font, float mm) {
    return static_cast<float>(render::theme().bodyCapMm) * mm /
           static_cast<float>(render::capHeightRatio(font));
}

/// A coin's value in few characters: "5 k€", "2,5 k€", "500 €".
std::string shortEuros(std::int64_t cents) {
    const std::int64_t euro = cents / kCentsPerEuro;
    if (euro < 1000) {
        return std::to_string(euro) + " €";
    }
    std::string text = std::to_string(euro / 1000);
    if (const std::int64_t hundreds = (euro % 1000) / 100; hundreds != 0) {
        text += "," + std::to_string(hundreds);
    }
    return text + " k€";
}

/// Text centred on a point, reported as `what` over `background`.
void centredText(ImDrawList& list, ImFont& font, float size, ImVec2 centre, ImU32 colour,
                 const std::string& words, const char* what, std::uint32_t background, float mm) {
    const ImVec2 extent = font.CalcTextSizeA(size, 1e5f, 0.0f, words.c_str());
    text(list, font, size, ImVec2(centre.x - extent.x / 2, centre.y - extent.y / 2), colour, words, what,
         background, mm);
}

/// A rectangle of `sizeMm` centred at `pose`, drawn by `paint(min, max, mm)` unturned, then turned.
template <class Paint>
void turned(ImDrawList& list, const render::View& view, const core::Pose& pose, core::Size sizeMm,
            Paint&& paint) {
    const ImVec2 c = pixels(view, pose.centre);
    const float mm = static_cast<float>(view.pxPerMm());
    const float w = static_cast<float>(sizeMm.width) * mm;
    const float h = static_cast<float>(sizeMm.height) * mm;
    const int first = list.VtxBuffer.Size;
    paint(ImVec2(c.x - w / 2, c.y - h / 2), ImVec2(c.x + w / 2, c.y + h / 2), mm);
    turnVertices(list, first, c, pose.rotation);
}

void drawCostTag(ImDrawList& list, ImFont& font, const render::View& view, const core::Board& board,
                 core::ItemId item, const workshop::ProposalFrame& frame, core::Language language) {
    const std::int64_t cost = core::costOf(board, item);
    const bool funded = cost > 0 && core::isFunded(board, item);
    std::string text = "? €";
    if (funded) {
        text = "\u2714 " + euros(cost);
    } else if (cost > 0) {
        const std::int64_t pledged = core::pledgedCents(board, item);
        text = pledged > 0 ? euros(pledged) + " / " + euros(cost) : euros(cost);
    }
    turned(list, view, workshop::costTagPose(frame), workshop::kCostTagSize,
           [&](ImVec2 min, ImVec2 max, float mm) {
               const std::uint32_t fillRgb = funded ? kFunded : cost > 0 ? 0xFFFFFF : 0xEDEDED;
               const ImU32 fill = colourOf(fillRgb);
               list.AddRectFilled(min, max, fill, 3 * mm);
               list.AddRect(min, max, colourOf(funded ? kFunded : kInk, cost > 0 ? 1.0f : 0.5f), 3 * mm, 0,
                            1.5f);
               list.PushClipRect(ImVec2(-1e5f, -1e5f), ImVec2(1e5f, 1e5f), false);
               const ImU32 ink = funded ? colourOf(0xFFFFFF) : colourOf(kInk, cost > 0 ? 1.0f : 0.6f);
               float size = 6.5f * mm;
               const float room = max.x - min.x - 3 * mm;
               const float wide = font.CalcTextSizeA(size, 1e5f, 0.0f, text.c_str()).x;
               if (wide > room) { // "45 000 € / 50 000 €" shrinks to fit its tag, never under the floor
                   size = std::max(size * room / wide, floorSize(font, mm));
               }
               centredText(list, font, size, ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2), ink, text,
                           "decide.cost_tag", fillRgb, mm);
               if (funded) {
                   const std::string word(core::text(language, core::TextId::CostFunded));
                   const float wordSize = bodySize(font, mm);
                   ui::text(list, font, wordSize, ImVec2(min.x, min.y - wordSize - 0.5f * mm),
                            colourOf(kFunded), word, "decide.funded", kTable, mm);
               }
               list.PopClipRect();
           });
}

void drawChart(ImDrawList& list, ImFont& font, const render::View& view, const core::Board& board,
               core::ItemId item, const workshop::ProposalFrame& frame) {
    const std::vector<std::string>& criteria = board.decision.criteria;
    const std::vector<core::CriterionScore> scores = core::criteriaScores(board, item);
    turned(list, view, workshop::chartPose(frame, criteria.size()), workshop::chartSize(criteria.size()),
           [&](ImVec2 min, ImVec2 max, float mm) {
               list.AddRectFilled(min, max, colourOf(kPanel, 0.9f), 2 * mm);
               list.PushClipRect(ImVec2(-1e5f, -1e5f), ImVec2(1e5f, 1e5f), false);
               const float labelW = 21 * mm; // six letters of a criterion's name in 4 mm capitals
               const float valueW = 10 * mm;
               const float rowMm = static_cast<float>(workshop::kChartBarMm);
               const float size = floorSize(font, mm);
               const float barMax = max.x - min.x - 4 * mm - labelW - valueW;
               for (std::size_t c = 0; c < criteria.size(); ++c) {
                   const float top = min.y + 2 * mm + static_cast<float>(c) * (rowMm + 1) * mm;
                   std::string label = criteria[c].substr(0, std::min<std::size_t>(criteria[c].size(), 6));
                   while (!label.empty() && (static_cast<unsigned char>(label.back()) & 0xC0) == 0x80) {
                       label.pop_back(); // never half a UTF-8 character
                   }
                   if (!label.empty() && (static_cast<unsigned char>(label.back()) & 0xC0) == 0xC0) {
                       label.pop_back();
                   }
                   text(list, font, size, ImVec2(min.x + 2 * mm, top - 0.2f * mm), colourOf(0xFFFFFF, 0.85f),
                        label, "decide.chart", kPanel, mm);
                   const float x0 = min.x + 2 * mm + labelW;
                   list.AddRectFilled(ImVec2(x0, top + 0.5f * mm),
                                      ImVec2(x0 + barMax, top + (rowMm - 0.5f) * mm),
                                      colourOf(0xFFFFFF, 0.15f), 1 * mm);
                   const core::CriterionScore score = c < scores.size() ? scores[c] : core::CriterionScore{};
                   if (score.count == 0) {
                       continue;
                   }
                   const float fill = barMax * static_cast<float>(score.mean() / 5.0);
                   list.AddRectFilled(ImVec2(x0, top + 0.5f * mm),
                                      ImVec2(x0 + fill, top + (rowMm - 0.5f) * mm), colourOf(kGold), 1 * mm);
                   char value[16];
                   std::snprintf(value, sizeof value, "%.1f", score.mean());
                   std::string shown = value;
                   std::replace(shown.begin(), shown.end(), '.', ','); // French decimals
                   text(list, font, size, ImVec2(x0 + barMax + 1 * mm, top - 0.2f * mm), colourOf(0xFFFFFF),
                        shown, "decide.chart", kPanel, mm);
               }
               list.PopClipRect();
           });
}

void drawCoin(ImDrawList& list, ImVec2 centre, float radius, std::uint32_t seatColour, float alpha) {
    list.AddCircleFilled(centre, radius, colourOf(kGold, alpha));
    list.AddCircle(centre, radius * 0.72f, colourOf(0x9C7A12, alpha), 0, std::max(1.0f, radius * 0.08f));
    list.AddCircle(centre, radius, colourOf(seatColour, alpha), 0, std::max(1.5f, radius * 0.22f));
}

/// The restitution of deciding, facing one seat: the funded set and what it costs of the envelope, then the
/// proposals ranked by criteria. Lines come composed (names, amounts, scores); the headings are worded here.
void drawDecision(ImDrawList& list, ImFont& font, const workshop::Widget& widget, ImVec2 min, ImVec2 max,
                  float mm, core::Language language) {
    list.AddRectFilled(min, max, colourOf(kPanel, 0.94f), 4 * mm);
    list.AddRect(min, max, colourOf(widget.colour), 4 * mm, 0, 2.0f);
    ImVec2 pen(min.x + 6 * mm, min.y + 4 * mm);
    const std::string title =
        std::string(core::text(language, core::TextId::DecisionTitle)) +
        (widget.totalCents > 0 ? "  ·  " + euros(widget.amountCents) + " / " + euros(widget.totalCents)
                               : std::string());
    // In white: a seat's blue or vermillion on the dark panel is under AA (the seat's colour is the frame's).
    text(list, font, 8.5f * mm, pen, colourOf(0xFFFFFF), title, "decide.decision", kPanel, mm);
    pen.y += 11 * mm;
    const auto heading = [&](core::TextId id) {
        text(list, font, floorSize(font, mm), pen, colourOf(0xFFFFFF, 0.7f),
             std::string(core::text(language, id)), "decide.decision", kPanel, mm);
        pen.y += 6.5f * mm;
    };
    const auto line = [&](const std::string& words, std::uint32_t colour) {
        text(list, font, 6.5f * mm, ImVec2(pen.x + 3 * mm, pen.y), colourOf(colour), words, "decide.decision",
             kPanel, mm);
        pen.y += 8 * mm;
    };
    heading(core::TextId::DecisionFunded);
    const std::size_t funded = static_cast<std::size_t>(std::max(widget.characters, 0));
    if (funded == 0) {
        line(std::string(core::text(language, core::TextId::DecisionNothingFunded)), 0xFFFFFF);
    }
    for (std::size_t k = 0; k < funded && k < widget.lines.size(); ++k) {
        line(widget.lines[k], 0x7BE0A4);
    }
    if (widget.moreTied > 0) {
        line("+" + std::to_string(widget.moreTied), 0x7BE0A4);
    }
    if (widget.lines.size() > funded) {
        pen.y += 1.5f * mm;
        heading(core::TextId::DecisionCriteria);
        for (std::size_t k = funded; k < widget.lines.size(); ++k) {
            line(widget.lines[k], 0xFFFFFF);
        }
    }
}

} // namespace

void drawDecisions(const core::Board& board, const render::View& view, core::Language language) {
    if (!board.hasDecision()) {
        return;
    }
    ImDrawList& list = *ImGui::GetBackgroundDrawList();
    ImFont& font = *ImGui::GetFont();
    const std::vector<std::string>& tools = board.phase.tools;
    const bool budget = std::find(tools.begin(), tools.end(), "budget") != tools.end();
    const bool rating = std::find(tools.begin(), tools.end(), "criteria") != tools.end();
    const float mm = static_cast<float>(view.pxPerMm());
    for (const core::ItemId item : workshop::proposals(board)) {
        const std::optional<workshop::ProposalFrame> frame = workshop::proposalFrame(board, item);
        if (!frame) {
            continue;
        }
        if (core::isFunded(board, item)) { // lit up: a green band around what the envelope pays for
            turned(list, view, frame->pose, frame->size, [&](ImVec2 min, ImVec2 max, float px) {
                list.AddRect(ImVec2(min.x - 2 * px, min.y - 2 * px), ImVec2(max.x + 2 * px, max.y + 2 * px),
                             colourOf(kFunded), 5 * px, 0, 2.5f * px);
            });
        }
        if (core::costOf(board, item) > 0 || budget) {
            drawCostTag(list, font, view, board, item, *frame, language);
        }
        bool rated = false;
        for (const core::CriterionScore& score : core::criteriaScores(board, item)) {
            rated = rated || score.count > 0;
        }
        if (!board.decision.criteria.empty() && (rating || rated)) {
            drawChart(list, font, view, board, item, *frame);
        }
    }
    // A coin wears its seat's colour (the colours depend on the seat's number only).
    const workshop::SeatLayout seats(board.seatCount,
                                     core::Vec2{view.surfaceMm.width, view.surfaceMm.height});
    for (const workshop::CoinPlace& place : workshop::coinPlaces(board)) {
        const workshop::Seat* seat = seats.seat(place.seat);
        drawCoin(list, pixels(view, place.centre), static_cast<float>(workshop::kPlacedCoinMm) / 2 * mm,
                 seat != nullptr ? seat->colour : 0x888888, 1.0f);
    }
}

bool drawDecideWidget(ImDrawList& list, ImFont& font, const workshop::Widget& widget, ImVec2 min, ImVec2 max,
                      float mm, core::Language language) {
    const ImVec2 c((min.x + max.x) / 2, (min.y + max.y) / 2);
    list.PushClipRect(ImVec2(-1e5f, -1e5f), ImVec2(1e5f, 1e5f), false); // turned after: no clipping
    switch (widget.kind) {
    case workshop::WidgetKind::Coin: {
        const float radius = std::min(max.x - min.x, max.y - min.y) / 2 * (widget.pressed ? 1.1f : 1.0f);
        drawCoin(list, c, radius, widget.colour, 1.0f);
        // Its value in 4 mm capitals when that fits the coin ("5 000 €", else "5 k€"), else no words at all.
        const float size = floorSize(font, mm);
        const float room = 2 * radius * 0.9f;
        std::string label = widget.label;
        if (font.CalcTextSizeA(size, 1e5f, 0.0f, label.c_str()).x > room) {
            label = shortEuros(widget.amountCents);
        }
        if (font.CalcTextSizeA(size, 1e5f, 0.0f, label.c_str()).x <= room) {
            centredText(list, font, size, c, colourOf(kInk), label, "decide.coin", kGold, mm);
        }
        break;
    }
    case workshop::WidgetKind::CostPad: {
        list.AddRectFilled(min, max, colourOf(kPanel, 0.92f), 4 * mm);
        list.AddRect(min, max, colourOf(widget.colour), 4 * mm, 0, 2.0f);
        const std::string title = std::string(core::text(language, core::TextId::CostPadTitle)) + " " +
                                  (widget.lines.empty() ? std::string() : widget.lines.front());
        text(list, font, floorSize(font, mm), ImVec2(min.x + 4 * mm, min.y + 2 * mm),
             colourOf(0xFFFFFF, 0.8f), title, "decide.cost_pad", kPanel, mm);
        const ImVec2 extent = font.CalcTextSizeA(9 * mm, 1e5f, 0.0f, widget.label.c_str());
        text(list, font, 9 * mm, ImVec2(max.x - 4 * mm - extent.x, min.y + 8.5f * mm), colourOf(0xFFFFFF),
             widget.label, "decide.cost_pad", kPanel, mm);
        break;
    }
    case workshop::WidgetKind::RatingPanel: {
        list.AddRectFilled(min, max, colourOf(kPanel, 0.92f), 4 * mm);
        list.AddRect(min, max, colourOf(widget.colour), 4 * mm, 0, 2.0f);
        const std::string title =
            std::string(core::text(language, core::TextId::RatingPanelTitle)) + " " + widget.label;
        text(list, font, 6 * mm, ImVec2(min.x + 4 * mm, min.y + 7 * mm), colourOf(0xFFFFFF), title,
             "decide.rating", kPanel, mm);
        for (std::size_t k = 0; k < widget.lines.size(); ++k) {
            const float y = min.y + 4 * mm + 20 * mm + (static_cast<float>(k) + 0.5f) * 19 * mm - 3 * mm;
            text(list, font, 6 * mm, ImVec2(min.x + 5 * mm, y), colourOf(0xFFFFFF), widget.lines[k],
                 "decide.rating", kPanel, mm);
        }
        break;
    }
    case workshop::WidgetKind::Envelope: {
        list.AddRectFilled(min, max, colourOf(kPanel, 0.92f), 3 * mm);
        list.AddRect(min, max, colourOf(widget.colour), 3 * mm, 0, 2.0f);
        const std::string placed = std::string(core::text(language, core::TextId::EnvelopePlaced)) + " " +
                                   euros(widget.amountCents) + " / " + euros(widget.totalCents);
        const std::string inHand = std::to_string(widget.characters) + " " +
                                   std::string(core::text(language, core::TextId::EnvelopeCoinsLeft));
        std::string funded(core::text(language, core::TextId::EnvelopeNothingFunded));
        if (!widget.lines.empty()) {
            funded = std::string(core::text(language, core::TextId::EnvelopeFunded));
            for (std::size_t k = 0; k < widget.lines.size(); ++k) {
                funded += (k == 0 ? " " : " · ") + widget.lines[k];
            }
        }
        // Three lines at the theme's smallest body text: legible across the table, within the band.
        const float size = static_cast<float>(render::theme().minBodyCapMm) * mm /
                           static_cast<float>(render::capHeightRatio(font));
        const float step = (max.y - min.y - 2 * mm) / 3;
        text(list, font, size, ImVec2(min.x + 2.5f * mm, min.y + 1.2f * mm), colourOf(0xFFFFFF), placed,
             "decide.envelope", kPanel, mm);
        text(list, font, size, ImVec2(min.x + 2.5f * mm, min.y + 1.2f * mm + step), colourOf(0xFFFFFF, 0.8f),
             inHand, "decide.envelope", kPanel, mm);
        text(list, font, size, ImVec2(min.x + 2.5f * mm, min.y + 1.2f * mm + 2 * step),
             colourOf(widget.lines.empty() ? 0xFFFFFF : 0x7BE0A4, 0.95f), funded, "decide.envelope", kPanel,
             mm);
        break;
    }
    case workshop::WidgetKind::Decision:
        drawDecision(list, font, widget, min, max, mm, language);
        break;
    default:
        list.PopClipRect();
        return false;
    }
    list.PopClipRect();
    return true;
}

} // namespace atelier::ui

// Text layout on ImGui's glyph metrics: word wrap with ImFont::CalcWordWrapPositionA, French-safe UTF-8.
#include "render/TextLayout.hpp"

#include <algorithm>
#include <cmath>
#include <imgui.h>
#include <string>

namespace atelier::render {
namespace {

/// The code point at text[pos] and its length; ill-formed bytes read as U+FFFD one byte at a time.
unsigned decodeUtf8(std::string_view text, std::size_t pos, std::size_t& length) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[pos + i]); };
    const unsigned c = byte(0);
    length = 1;
    if (c < 0x80) {
        return c;
    }
    std::size_t count = 0;
    unsigned value = 0;
    if ((c & 0xE0) == 0xC0) {
        count = 2;
        value = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        count = 3;
        value = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        count = 4;
        value = c & 0x07;
    } else {
        return 0xFFFD;
    }
    if (pos + count > text.size()) {
        return 0xFFFD;
    }
    for (std::size_t i = 1; i < count; ++i) {
        if ((byte(i) & 0xC0) != 0x80) {
            return 0xFFFD;
        }
        value = (value << 6) | (byte(i) & 0x3F);
    }
    length = count;
    return value;
}

const ImFontGlyph* glyphFor(const ImFont& font, unsigned codepoint) {
    if (codepoint == '\t') {
        codepoint = ' ';
    }
    if (codepoint > 0xFFFF) {
        return font.FallbackGlyph;
    }
    return font.FindGlyph(static_cast<ImWchar>(codepoint));
}

/// Width of a line in font pixels.
float lineWidth(const ImFont& font, std::string_view line) {
    float width = 0;
    for (std::size_t pos = 0; pos < line.size();) {
        std::size_t length = 1;
        const unsigned codepoint = decodeUtf8(line, pos, length);
        pos += length;
        if (const ImFontGlyph* glyph = glyphFor(font, codepoint)) {
            width += glyph->AdvanceX;
        }
    }
    return width;
}

std::string_view trimBlanks(std::string_view line) {
    while (!line.empty() &&
           (line.back() == ' ' || line.back() == '\t' || line.back() == '\n' || line.back() == '\r')) {
        line.remove_suffix(1);
    }
    return line;
}

/// Splits the text into lines that fit wrapWidth (font pixels), as ImGui's own RenderText does.
std::vector<std::string_view> wrapLines(const ImFont& font, std::string_view text, float wrapWidth) {
    std::vector<std::string_view> lines;
    const char* s = text.data();
    const char* end = text.data() + text.size();
    while (s < end) {
        const char* eol = font.CalcWordWrapPositionA(1.0f, s, end, wrapWidth);
        if (eol == s) {
            ++eol; // a single glyph wider than the box still takes a line
        }
        // CalcWordWrapPositionA stops at '\n' only when it is found before the wrap point.
        const char* newline = std::find(s, eol, '\n');
        const char* lineEnd = newline < eol ? newline : eol;
        lines.push_back(trimBlanks(std::string_view(s, static_cast<std::size_t>(lineEnd - s))));
        s = lineEnd;
        if (s < end && *s == '\n') {
            ++s;
        } else {
            while (s < end && (*s == ' ' || *s == '\t')) {
                ++s;
            }
            if (s < end && *s == '\n') {
                ++s;
            }
        }
    }
    return lines;
}

} // namespace

double capHeightRatio(const ImFont& font) {
    const ImFontGlyph* h = font.FindGlyphNoFallback('H');
    if (h == nullptr || font.FontSize <= 0) {
        return 0.73;
    }
    return std::clamp(static_cast<double>(h->Y1 - h->Y0) / font.FontSize, 0.4, 1.0);
}

TextBlock layoutText(const ImFont& font, std::string_view text, const TextFit& fit) {
    TextBlock block;
    if (font.FontSize <= 0 || fit.widthMm <= 0 || fit.heightMm <= 0) {
        return block;
    }
    const double ratio = capHeightRatio(font);
    double cap = std::max(fit.capHeightMm, fit.minCapHeightMm);
    std::vector<std::string_view> lines;
    std::string lastLine;
    double mmPerPx = 0;
    while (true) {
        mmPerPx = cap / ratio / font.FontSize;
        const auto wrapWidth = static_cast<float>(fit.widthMm / mmPerPx);
        lines = wrapLines(font, text, wrapWidth);
        const double lineHeight = font.FontSize * fit.lineSpacing * mmPerPx;
        const auto fitting =
            static_cast<std::size_t>(std::max(1.0, std::floor(fit.heightMm / lineHeight + 1e-6)));
        if (lines.size() <= fitting) {
            break;
        }
        if (cap <= fit.minCapHeightMm + 1e-9) {
            // Smallest size and still too long: keep what fits and end the last line with an ellipsis.
            lines.resize(fitting);
            block.truncated = true;
            const ImFontGlyph* ellipsis = font.FindGlyphNoFallback(0x2026);
            const std::string mark = ellipsis != nullptr ? "\xE2\x80\xA6" : "...";
            std::string last(lines.back());
            while (!last.empty() && lineWidth(font, last + mark) > wrapWidth) {
                do {
                    last.pop_back();
                } while (!last.empty() && (static_cast<unsigned char>(last.back()) & 0xC0) == 0x80);
                if (!last.empty()) {
                    last.pop_back();
                }
            }
            lastLine = std::string(trimBlanks(last)) + mark;
            lines.back() = lastLine;
            break;
        }
        cap = std::max(fit.minCapHeightMm, cap * 0.92);
    }

    block.capHeightMm = cap;
    block.lines = static_cast<int>(lines.size());
    const double lineHeight = font.FontSize * fit.lineSpacing * mmPerPx;
    // Centre the block on the cap-height band of its lines, not on the font's full line box.
    const double ascentGap = (font.Ascent - ratio * font.FontSize) * mmPerPx;
    const double blockHeight = (static_cast<double>(lines.size()) - 1) * lineHeight + cap;
    double top = (fit.heightMm - blockHeight) / 2 - ascentGap;
    for (std::string_view line : lines) {
        const double width = lineWidth(font, line) * mmPerPx;
        block.widthMm = std::max(block.widthMm, width);
        double x = (fit.widthMm - width) / 2;
        for (std::size_t pos = 0; pos < line.size();) {
            std::size_t length = 1;
            const unsigned codepoint = decodeUtf8(line, pos, length);
            pos += length;
            const ImFontGlyph* glyph = glyphFor(font, codepoint);
            if (glyph == nullptr) {
                continue;
            }
            if (glyph->Visible) {
                PlacedGlyph placed;
                placed.x0 = static_cast<float>(x + glyph->X0 * mmPerPx);
                placed.x1 = static_cast<float>(x + glyph->X1 * mmPerPx);
                placed.y0 = static_cast<float>(top + glyph->Y0 * mmPerPx);
                placed.y1 = static_cast<float>(top + glyph->Y1 * mmPerPx);
                placed.u0 = glyph->U0;
                placed.v0 = glyph->V0;
                placed.u1 = glyph->U1;
                placed.v1 = glyph->V1;
                block.glyphs.push_back(placed);
            }
            x += glyph->AdvanceX * mmPerPx;
        }
        top += lineHeight;
    }
    return block;
}

} // namespace atelier::render

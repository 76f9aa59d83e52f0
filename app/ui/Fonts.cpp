// Picks a Debian font file and registers it with ImGui with French glyph ranges.
#include "ui/Fonts.hpp"

#include <imgui.h>
#include <system_error>

namespace atelier::ui {

const std::vector<std::filesystem::path>& fontCandidates() {
    static const std::vector<std::filesystem::path> candidates = {
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    };
    return candidates;
}

const unsigned short* frenchGlyphRanges() {
    static const ImWchar ranges[] = {
        0x0020, 0x00FF, // Basic Latin + Latin-1 Supplement: é è à ç « » …
        0x0100, 0x017F, // Latin Extended-A: œ Œ
        0x2000, 0x206F, // General Punctuation: ’ … – — and the narrow no-break space U+202F
        0x20AC, 0x20AC, // €
        0,
    };
    return ranges;
}

const unsigned short* interfaceGlyphRanges() {
    static const ImWchar ranges[] = {
        0x0020, 0x00FF, 0x0100, 0x017F, 0x2000,
        0x206F, 0x20AC, 0x20AC, 0x2190, 0x21FF, // arrows: undo ↶, redo ↷, shift ⇧, enter ↵
        0x2300, 0x232B,                         // ⌧ eraser, ⌫ backspace
        0x2423, 0x2423,                         // ␣ space
        0x270E, 0x2716,                         // ✎ pen, ✖ bin
        0,
    };
    return ranges;
}

ImFont* loadCardFont(float pixelSize) {
    ImGuiIO& io = ImGui::GetIO();
    for (const std::filesystem::path& file : fontCandidates()) {
        std::error_code error;
        if (std::filesystem::is_regular_file(file, error)) {
            ImFontConfig config;
            config.OversampleH = 1;
            config.OversampleV = 1;
            if (ImFont* font =
                    io.Fonts->AddFontFromFileTTF(file.c_str(), pixelSize, &config, frenchGlyphRanges())) {
                return font;
            }
        }
    }
    return nullptr;
}

namespace {

/// Where the large font was added: its atlas and its index there (a pointer to the font would dangle once a
/// test's ImGui context is gone).
const ImFontAtlas* g_largeAtlas = nullptr;
int g_largeIndex = -1;

} // namespace

double uiFontCapRatio() {
    return 0.73; // DejaVu Sans and Noto Sans alike, as ImGui sizes them
}

void loadLargeUiFont(float pixelSize) {
    ImGuiIO& io = ImGui::GetIO();
    g_largeAtlas = nullptr;
    for (const std::filesystem::path& file : fontCandidates()) {
        std::error_code error;
        if (std::filesystem::is_regular_file(file, error)) {
            ImFontConfig config;
            config.OversampleH = 2;
            config.OversampleV = 2;
            if (io.Fonts->AddFontFromFileTTF(file.c_str(), pixelSize, &config, frenchGlyphRanges()) !=
                nullptr) {
                g_largeAtlas = io.Fonts;
                g_largeIndex = io.Fonts->Fonts.Size - 1;
                return;
            }
        }
    }
}

ImFont* largeUiFont() {
    const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    if (atlas == g_largeAtlas && g_largeIndex >= 0 && g_largeIndex < atlas->Fonts.Size) {
        return atlas->Fonts[g_largeIndex];
    }
    return ImGui::GetFont();
}

std::string loadUiFont(float pixelSize) {
    ImGuiIO& io = ImGui::GetIO();
    for (const std::filesystem::path& file : fontCandidates()) {
        std::error_code error;
        if (!std::filesystem::is_regular_file(file, error)) {
            continue;
        }
        ImFontConfig config;
        config.OversampleH = 2;
        config.OversampleV = 2;
        if (io.Fonts->AddFontFromFileTTF(file.c_str(), pixelSize, &config, interfaceGlyphRanges()) !=
            nullptr) {
            return {};
        }
    }
    io.Fonts->AddFontDefault();
    return "no usable font found (install fonts-dejavu-core); accented letters will show as '?'";
}

} // namespace atelier::ui

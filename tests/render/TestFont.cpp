// Loads DejaVu Sans into a standalone ImGui font atlas with the glyph ranges French needs.
#include "TestFont.hpp"

#include <filesystem>
#include <imgui.h>

namespace atelier::render::testing {
namespace {

const ImWchar kFrenchRanges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2000, 0x206F, 0x20AC, 0x20AC, 0};
constexpr const char* kDejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

} // namespace

TestFont::TestFont(float pixels) : m_atlas(std::make_unique<ImFontAtlas>()) {
    if (std::filesystem::exists(kDejaVu)) {
        ImFontConfig config;
        config.OversampleH = 2;
        config.OversampleV = 2;
        m_font = m_atlas->AddFontFromFileTTF(kDejaVu, pixels, &config, kFrenchRanges);
        m_dejaVu = m_font != nullptr;
    }
    if (m_font == nullptr) {
        m_font = m_atlas->AddFontDefault();
    }
    m_atlas->Build();
}

TestFont::~TestFont() = default;

} // namespace atelier::render::testing

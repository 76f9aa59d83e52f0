// A Dear ImGui font atlas for tests: DejaVu Sans with French glyphs, as the table loads it.
#pragma once

#include <memory>

struct ImFont;
struct ImFontAtlas;

namespace atelier::render::testing {

/// Owns an ImFontAtlas (no ImGui context needed) holding DejaVu Sans at `pixels` with French ranges.
class TestFont {
public:
    /// Builds the atlas; falls back on ImGui's default font when DejaVu is not installed.
    explicit TestFont(float pixels = 48.0f);
    ~TestFont();
    TestFont(const TestFont&) = delete;
    TestFont& operator=(const TestFont&) = delete;

    /// The font, for layouts and renderers.
    ImFont& font() { return *m_font; }
    /// True when DejaVu Sans was found (text checks need real glyphs).
    bool isDejaVu() const { return m_dejaVu; }

private:
    std::unique_ptr<ImFontAtlas> m_atlas;
    ImFont* m_font = nullptr;
    bool m_dejaVu = false;
};

} // namespace atelier::render::testing

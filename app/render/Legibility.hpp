// What the last frame drew that people read or touch, in table millimetres: every text with its cap height
// and colours, every touch target with its size. Filled only while a check asks for it; read by the
// legibility test and by `--legibility FILE`.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "render/Theme.hpp"

namespace atelier::render {

/// Which floor a text must reach: the body's, or the question's and banner's.
enum class TextRole { Body, Large };

/// One text as drawn: what it is ("banner", "card", "dock.label"), its words, its capitals' height on the
/// table, its colour and the colour under it (0xRRGGBB).
struct DrawnText {
    std::string what;
    std::string text;
    TextRole role = TextRole::Body;
    double capMm = 0;
    std::uint32_t ink = 0;
    std::uint32_t background = 0xFFFFFF;
};

/// One touch target as drawn: its name and its size on the table.
struct DrawnTarget {
    std::string what;
    double widthMm = 0;
    double heightMm = 0;
};

/// The registry of one frame. Main thread only; costs nothing while disabled.
class Legibility {
public:
    /// The registry the drawing code reports to.
    static Legibility& frame();

    /// Starts (or stops) recording; recording is off by default.
    void enable(bool on) { m_enabled = on; }
    bool enabled() const { return m_enabled; }
    /// Forgets the previous frame (called as a frame starts to draw).
    void clear();

    /// Records a text (nothing while disabled).
    void text(DrawnText drawn);
    /// Records a touch target (nothing while disabled).
    void target(DrawnTarget drawn);

    const std::vector<DrawnText>& texts() const { return m_texts; }
    const std::vector<DrawnTarget>& targets() const { return m_targets; }

    /// One sentence per text or target below the theme's floors (cap height, target size, WCAG contrast).
    std::vector<std::string> problems(const Theme& theme) const;

    /// The records as tab-separated lines ("text\twhat\trole\tcapMm\tink\tbackground\twords",
    /// "target\twhat\twidthMm\theightMm"), read back by readTsv.
    std::string tsv() const;
    /// Reads what tsv wrote; a malformed line is skipped.
    static Legibility readTsv(std::string_view text);

private:
    bool m_enabled = false;
    std::vector<DrawnText> m_texts;
    std::vector<DrawnTarget> m_targets;
};

} // namespace atelier::render

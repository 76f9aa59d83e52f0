// The frame's registry of texts and targets, its check against the theme and its tab-separated form.
#include "render/Legibility.hpp"

#include <algorithm>
#include <cstdio>
#include <exception>
#include <sstream>

#include "render/Contrast.hpp"

namespace atelier::render {
namespace {

std::string oneLine(std::string_view text) {
    std::string line(text);
    for (char& c : line) {
        if (c == '\t' || c == '\n' || c == '\r') {
            c = ' ';
        }
    }
    return line;
}

std::string format(const char* pattern, double a, double b = 0, double c = 0) {
    char buffer[128];
    std::snprintf(buffer, sizeof buffer, pattern, a, b, c);
    return buffer;
}

std::vector<std::string> split(const std::string& line) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (std::size_t tab = line.find('\t'); tab != std::string::npos; tab = line.find('\t', start)) {
        fields.push_back(line.substr(start, tab - start));
        start = tab + 1;
    }
    fields.push_back(line.substr(start));
    return fields;
}

} // namespace

Legibility& Legibility::frame() {
    static Legibility registry;
    return registry;
}

void Legibility::clear() {
    m_texts.clear();
    m_targets.clear();
}

void Legibility::text(DrawnText drawn) {
    if (m_enabled && !drawn.text.empty()) {
        m_texts.push_back(std::move(drawn));
    }
}

void Legibility::target(DrawnTarget drawn) {
    if (m_enabled) {
        m_targets.push_back(std::move(drawn));
    }
}

std::vector<std::string> Legibility::problems(const Theme& theme) const {
    std::vector<std::string> found;
    for (const DrawnText& t : m_texts) {
        const double floor = t.role == TextRole::Large ? theme.minLargeCapMm : theme.minBodyCapMm;
        const std::string name = t.what + " \"" + oneLine(t.text) + "\"";
        if (t.capMm + 1e-6 < floor) {
            found.push_back(name + format(": capitals %.1f mm high, under %.1f mm", t.capMm, floor));
        }
        const double ratio = contrastRatio(t.ink, t.background);
        if (ratio + 1e-6 < theme.minContrast) {
            found.push_back(name + format(": contrast %.2f:1, under %.1f:1", ratio, theme.minContrast));
        }
    }
    for (const DrawnTarget& t : m_targets) {
        if (std::min(t.widthMm, t.heightMm) + 1e-6 < theme.minTargetMm) {
            found.push_back(
                "target " + t.what +
                format(": %.1f × %.1f mm, under %.0f mm", t.widthMm, t.heightMm, theme.minTargetMm));
        }
    }
    return found;
}

std::string Legibility::tsv() const {
    std::ostringstream out;
    for (const DrawnText& t : m_texts) {
        char numbers[96];
        std::snprintf(numbers, sizeof numbers, "%.3f\t%06X\t%06X", t.capMm, t.ink & 0xFFFFFFu,
                      t.background & 0xFFFFFFu);
        out << "text\t" << oneLine(t.what) << '\t' << (t.role == TextRole::Large ? "large" : "body") << '\t'
            << numbers << '\t' << oneLine(t.text) << '\n';
    }
    for (const DrawnTarget& t : m_targets) {
        char numbers[64];
        std::snprintf(numbers, sizeof numbers, "%.3f\t%.3f", t.widthMm, t.heightMm);
        out << "target\t" << oneLine(t.what) << '\t' << numbers << '\n';
    }
    return out.str();
}

Legibility Legibility::readTsv(std::string_view text) {
    Legibility read;
    read.enable(true);
    std::istringstream in{std::string(text)};
    std::string line;
    while (std::getline(in, line)) {
        const std::vector<std::string> f = split(line);
        try {
            if (f.size() == 7 && f[0] == "text") {
                read.text(DrawnText{f[1], f[6], f[2] == "large" ? TextRole::Large : TextRole::Body,
                                    std::stod(f[3]),
                                    static_cast<std::uint32_t>(std::stoul(f[4], nullptr, 16)),
                                    static_cast<std::uint32_t>(std::stoul(f[5], nullptr, 16))});
            } else if (f.size() == 4 && f[0] == "target") {
                read.target(DrawnTarget{f[1], std::stod(f[2]), std::stod(f[3])});
            }
        } catch (const std::exception&) {
            continue; // a malformed number: the line is skipped
        }
    }
    read.enable(false);
    return read;
}

} // namespace atelier::render

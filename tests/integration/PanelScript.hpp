// Input scripts that open the facilitator's panel (corner gesture, PIN) and tap its controls, for the tests
// that drive the real binary's panel.
#pragma once

#include <cctype>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <sstream>
#include <string>

#include "Image.hpp"
#include "Process.hpp"

namespace atelier::testing {

/// The hash of PIN 2468 (salt 00112233…eeff, 1000 rounds: fast enough for a Debug + ASan run).
constexpr const char* kPinHash = "pbkdf2-sha256$1000$00112233445566778899aabbccddeeff$"
                                 "23ad2daa4e59be477bd7ef0eb0dc22c3e4f52a97976a7824b1a17a910ff6bc66";
/// Script lines: three fingers held in the bottom-left corner, then taps on named targets.
class PanelScript {
public:
    /// A script that starts with the gesture.
    PanelScript() { gesture(); }
    /// A script where something happens before the gesture.
    struct Later {};
    explicit PanelScript(Later) {}
    /// Three fingers held 1.3 s in the bottom-left corner (the tests' gesture_hold_s is 1).
    void gesture() {
        const double fingers[3][2] = {{0.03, 0.93}, {0.06, 0.95}, {0.04, 0.90}};
        for (int i = 0; i < 3; ++i) {
            at(m_t, 20 + i, "down", fingers[i][0], fingers[i][1]);
        }
        for (int i = 0; i < 3; ++i) {
            at(m_t + 1300, 20 + i, "up", fingers[i][0], fingers[i][1]);
        }
        m_t += 1600;
    }
    /// The same gesture with the three fingers held around (x, y) (0..1 of the surface): another corner.
    void gestureAt(double x, double y) {
        const double fingers[3][2] = {{x - 0.01, y}, {x + 0.01, y + 0.01}, {x, y - 0.01}};
        for (int i = 0; i < 3; ++i) {
            at(m_t, 20 + i, "down", fingers[i][0], fingers[i][1]);
        }
        for (int i = 0; i < 3; ++i) {
            at(m_t + 1300, 20 + i, "up", fingers[i][0], fingers[i][1]);
        }
        m_t += 1600;
    }
    /// The frame shown at this point of the script is saved as `file` (a picture of each screen passed).
    void screenshot(const std::filesystem::path& file) {
        m_out << R"({"t":)" << m_t << R"(,"screenshot":)" << std::quoted(file.string()) << "}\n";
    }
    /// A finger (id 2) carries what lies under one target onto another, in a few steps.
    void carry(const std::string& from, const std::string& to) {
        m_out << R"({"t":)" << m_t << R"(,"id":2,"phase":"down","target":")" << from << "\"}\n";
        for (int i = 1; i <= 3; ++i) {
            m_out << R"({"t":)" << m_t + 30 * i << R"(,"id":2,"phase":"move","target":")" << to << "\"}\n";
        }
        m_out << R"({"t":)" << m_t + 120 << R"(,"id":2,"phase":"up","target":")" << to << "\"}\n";
        m_t += 300;
    }
    /// A finger (id 3) dragged in a few steps between two points of the surface (0..1).
    void drag(double x0, double y0, double x1, double y1) {
        at(m_t, 3, "down", x0, y0);
        for (int i = 1; i <= 3; ++i) {
            at(m_t + 40 * i, 3, "move", x0 + (x1 - x0) * i / 3, y0 + (y1 - y0) * i / 3);
        }
        at(m_t + 160, 3, "up", x1, y1);
        m_t += 300;
    }
    /// Nothing for `ms`: a script that fell behind a slow step (a replay opening) catches up before a gesture
    /// whose fingers must be held in real time.
    void wait(int ms) { m_t += ms; }
    /// A tap (finger 1) on a named target.
    void tap(const std::string& target) {
        m_out << R"({"t":)" << m_t << R"(,"id":1,"phase":"down","target":")" << target << "\"}\n";
        m_out << R"({"t":)" << m_t + 30 << R"(,"id":1,"phase":"up","target":")" << target << "\"}\n";
        m_t += 100;
    }
    /// The digits on the PIN pad, then OK.
    void pin(const std::string& digits) {
        for (char digit : digits) {
            tap(std::string("pinpad.") + digit);
        }
        tap("pinpad.ok");
        m_t += 200; // the panel's controls are drawn before the next tap looks for them
    }
    /// Writes the script for --input-script.
    void save(const std::filesystem::path& file) const { std::ofstream(file) << m_out.str(); }

private:
    void at(int t, int id, const char* phase, double x, double y) {
        m_out << R"({"t":)" << t << R"(,"id":)" << id << R"(,"phase":")" << phase << R"(","x":)" << x
              << R"(,"y":)" << y << "}\n";
    }
    std::ostringstream m_out;
    int m_t = 0;
};

/// The keys of the panel's keyboard that type `text` (ASCII and two-byte letters; capitals through shift).
inline void typeOn(PanelScript& script, const std::string& text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = (static_cast<unsigned char>(text[i]) & 0x80) != 0 ? 2 : 1;
        std::string key = text.substr(i, length);
        i += length;
        if (key == " ") {
            script.tap("keyboard.space");
        } else if (key == "É") {
            script.tap("keyboard.shift");
            script.tap("keyboard.é");
        } else if (length == 1 && std::isupper(static_cast<unsigned char>(key[0])) != 0) {
            script.tap("keyboard.shift");
            script.tap("keyboard." + std::string(1, static_cast<char>(std::tolower(key[0]))));
        } else {
            script.tap("keyboard." + key);
        }
    }
}

/// A config with the test PIN, the language and `more` (TOML lines of the [panel] section and after).
inline std::filesystem::path writeConfig(const std::filesystem::path& dir, const char* language,
                                         const std::string& more = "") {
    const std::filesystem::path file = dir / (std::string("atelier-") + language + ".toml");
    std::ofstream(file) << "[input]\ntuio = false\n[ui]\nlanguage = \"" << language
                        << "\"\n[panel]\ngesture_hold_s = 1\npin_hash = \"" << kPinHash << "\"\n"
                        << more;
    return file;
}

/// Runs the table at 1210 × 680 px (1 px per mm) through the script, then a screenshot.
inline ProcessResult run(const std::filesystem::path& config, const std::filesystem::path& data,
                         const std::filesystem::path& script, const std::filesystem::path& shot) {
    return runProcess(std::filesystem::path(ATELIER_BINARY),
                      {"--config", config.string(), "--data", data.string(), "--headless", "--size",
                       "1210x680", "--input-script", script.string(), "--quit-after-script", "--screenshot",
                       shot.string()},
                      std::chrono::seconds(90), atelierEnvironment());
}

/// Pixels of the box near `colour`.
inline int countNear(const Image& image, Colour colour, int x0, int y0, int x1, int y1) {
    int count = 0;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            count += near(image.at(x, y), colour, 16) ? 1 : 0;
        }
    }
    return count;
}

/// Pixels of the box that differ between two pictures.
inline int countDifferent(const Image& a, const Image& b, int x0, int y0, int x1, int y1) {
    int count = 0;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            count += near(a.at(x, y), b.at(x, y), 24) ? 0 : 1;
        }
    }
    return count;
}

} // namespace atelier::testing

// The on-screen keyboards, AZERTY and QWERTY: rows, key geometry, accent variants and capitals.
#include "workshop/KeyboardLayout.hpp"

#include "workshop/Dimensions.hpp"
#include "workshop/SeatFrame.hpp"

#include <array>
#include <cmath>
#include <utility>

namespace atelier::workshop {
namespace {

/// One key of a row as written below: what it types or does, and its width in key units.
struct KeySpec {
    std::string_view text;
    KeyKind kind = KeyKind::Character;
    int units = 1;
};

constexpr int kColumns = 13;
constexpr KeySpec kShift{"", KeyKind::Shift, 2};
constexpr KeySpec kBackspace{"", KeyKind::Backspace, 1};
constexpr KeySpec kEnter{"", KeyKind::Enter, 1};
constexpr KeySpec kSpace{"", KeyKind::Space, 3};
constexpr KeySpec kLayout{"", KeyKind::Layout, 1};

/// The five French rows, each 13 units wide. The most frequent French accents have their own keys, as on a
/// French keyboard; the others hide behind a long press on their letter.
const std::vector<std::vector<KeySpec>>& frenchRows() {
    static const std::vector<std::vector<KeySpec>> rows = {
        {{"1"}, {"2"}, {"3"}, {"4"}, {"5"}, {"6"}, {"7"}, {"8"}, {"9"}, {"0"}, {"«"}, {"»"}, kBackspace},
        {{"a"}, {"z"}, {"e"}, {"r"}, {"t"}, {"y"}, {"u"}, {"i"}, {"o"}, {"p"}, {"é"}, {"è"}, {"ù"}},
        {{"q"}, {"s"}, {"d"}, {"f"}, {"g"}, {"h"}, {"j"}, {"k"}, {"l"}, {"m"}, {"à"}, {"ç"}, kEnter},
        {kShift, {"w"}, {"x"}, {"c"}, {"v"}, {"b"}, {"n"}, {"’"}, {"'"}, {"-"}, {"—"}, {"…"}},
        {{","}, {"."}, {";"}, {":"}, {"!"}, {"?"}, kSpace, kLayout, {"("}, {")"}, {"€"}},
    };
    return rows;
}

/// The five English rows: QWERTY, the same panel; accents only by long press.
const std::vector<std::vector<KeySpec>>& englishRows() {
    static const std::vector<std::vector<KeySpec>> rows = {
        {{"1"}, {"2"}, {"3"}, {"4"}, {"5"}, {"6"}, {"7"}, {"8"}, {"9"}, {"0"}, {"-"}, {"'"}, kBackspace},
        {{"q"}, {"w"}, {"e"}, {"r"}, {"t"}, {"y"}, {"u"}, {"i"}, {"o"}, {"p"}, {"("}, {")"}, {"/"}},
        {{"a"}, {"s"}, {"d"}, {"f"}, {"g"}, {"h"}, {"j"}, {"k"}, {"l"}, {"\""}, {"&"}, {"@"}, kEnter},
        {kShift, {"z"}, {"x"}, {"c"}, {"v"}, {"b"}, {"n"}, {"m"}, {"’"}, {"—"}, {"…"}},
        {{","}, {"."}, {";"}, {":"}, {"!"}, {"?"}, kSpace, kLayout, {"$"}, {"€"}, {"%"}},
    };
    return rows;
}

std::string_view nameOf(KeyKind kind) {
    switch (kind) {
    case KeyKind::Shift:
        return "shift";
    case KeyKind::Backspace:
        return "backspace";
    case KeyKind::Enter:
        return "enter";
    case KeyKind::Space:
        return "space";
    case KeyKind::Layout:
        return "layout";
    case KeyKind::Character:
        break;
    }
    return "";
}

/// Lower-case letters and their capitals beyond ASCII, as French writes them.
constexpr std::array<std::pair<std::string_view, std::string_view>, 17> kCapitals = {{
    {"à", "À"},
    {"â", "Â"},
    {"æ", "Æ"},
    {"ç", "Ç"},
    {"é", "É"},
    {"è", "È"},
    {"ê", "Ê"},
    {"ë", "Ë"},
    {"î", "Î"},
    {"ï", "Ï"},
    {"ô", "Ô"},
    {"ö", "Ö"},
    {"œ", "Œ"},
    {"ù", "Ù"},
    {"û", "Û"},
    {"ü", "Ü"},
    {"ÿ", "Ÿ"},
}};

} // namespace

KeyboardLayout::KeyboardLayout(bool english) : m_english(english) {
    const std::vector<std::vector<KeySpec>>& rows = english ? englishRows() : frenchRows();
    const double width = kColumns * dims::kKeyPitchMm + 2 * dims::kKeyboardPaddingMm;
    const auto rowCount = static_cast<double>(rows.size());
    const double height =
        rowCount * dims::kKeyPitchMm + dims::kKeyboardHeaderMm + 2 * dims::kKeyboardPaddingMm;
    m_panelSize = core::Size{width, height};
    const double left = -width / 2 + dims::kKeyboardPaddingMm;
    const double top = -height / 2 + dims::kKeyboardPaddingMm + dims::kKeyboardHeaderMm;
    const double gap = dims::kKeyPitchMm - dims::kKeyMm;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        int column = 0;
        const double centreY = top + (static_cast<double>(r) + 0.5) * dims::kKeyPitchMm;
        for (const KeySpec& spec : rows[r]) {
            Key key;
            key.kind = spec.kind;
            key.text = spec.kind == KeyKind::Space ? " " : std::string(spec.text);
            key.name =
                spec.kind == KeyKind::Character ? std::string(spec.text) : std::string(nameOf(spec.kind));
            key.size = core::Size{spec.units * dims::kKeyPitchMm - gap, dims::kKeyMm};
            key.centreMm = core::Vec2{left + (column + spec.units / 2.0) * dims::kKeyPitchMm, centreY};
            m_keys.push_back(std::move(key));
            column += spec.units;
        }
    }
}

const KeyboardLayout& KeyboardLayout::french() {
    static const KeyboardLayout layout(false);
    return layout;
}

const KeyboardLayout& KeyboardLayout::english() {
    static const KeyboardLayout layout(true);
    return layout;
}

const Key* KeyboardLayout::keyAt(core::Vec2 localMm, double growMm) const {
    const Key* best = nullptr;
    double bestDistance = INFINITY;
    for (const Key& key : m_keys) {
        if (!rectContains(core::Pose{key.centreMm, 0, 1}, key.size, localMm, growMm)) {
            continue;
        }
        const double distance = std::hypot(localMm.x - key.centreMm.x, localMm.y - key.centreMm.y);
        if (distance < bestDistance) { // grown rectangles overlap: the nearest centre wins
            bestDistance = distance;
            best = &key;
        }
    }
    return best;
}

const Key* KeyboardLayout::find(std::string_view name) const {
    for (const Key& key : m_keys) {
        if (key.name == name) {
            return &key;
        }
    }
    return nullptr;
}

core::Vec2 KeyboardLayout::counterCentre() const {
    return core::Vec2{m_panelSize.width / 4,
                      -m_panelSize.height / 2 + dims::kKeyboardPaddingMm + dims::kKeyboardHeaderMm / 2};
}

const std::vector<std::string>& KeyboardLayout::variantsOf(std::string_view letter) {
    static const std::vector<std::pair<std::string_view, std::vector<std::string>>> table = {
        {"e", {"é", "è", "ê", "ë"}}, {"a", {"à", "â", "æ"}}, {"c", {"ç"}}, {"o", {"ô", "ö", "œ"}},
        {"u", {"ù", "û", "ü"}},      {"i", {"î", "ï"}},      {"y", {"ÿ"}},
    };
    static const std::vector<std::string> none;
    for (const auto& [base, variants] : table) {
        if (base == letter) {
            return variants;
        }
    }
    return none;
}

std::string KeyboardLayout::capitalOf(std::string_view character) {
    if (character.size() == 1 && character[0] >= 'a' && character[0] <= 'z') {
        return std::string(1, static_cast<char>(character[0] - 'a' + 'A'));
    }
    for (const auto& [lower, upper] : kCapitals) {
        if (lower == character) {
            return std::string(upper);
        }
    }
    return std::string(character);
}

} // namespace atelier::workshop

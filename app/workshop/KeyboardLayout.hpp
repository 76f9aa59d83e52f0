// The on-screen keyboards (AZERTY in French, QWERTY in English): keys, places, accented variants, capitals.
#pragma once

#include "core/Geometry.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace atelier::workshop {

/// What a key does: type its character, or one of the named keys.
enum class KeyKind { Character, Shift, Backspace, Space, Enter, Layout };

/// One key of the layout, in the panel's own frame (mm from the panel's centre; y towards the person).
struct Key {
    KeyKind kind = KeyKind::Character;
    std::string text; ///< the character typed (lower case for letters); empty for named keys
    std::string
        name; ///< its part of the target name: the character itself, or space|backspace|enter|shift|layout
    core::Vec2 centreMm;
    core::Size size;
};

/// A layout of the participants' keyboard. French: five rows — digits and « », AZERTY letters with é è ù,
/// à ç and enter, shift and ’ ' - — …, punctuation around the space bar and the layout key. English: the
/// same panel with QWERTY letters. In both, letters hide their accented variants behind a long press, shift
/// gives capitals, and the layout key (`layout`) switches that seat to the other layout. One instance of
/// each serves every seat.
class KeyboardLayout {
public:
    /// The AZERTY layout (a French-speaking table's default).
    static const KeyboardLayout& french();
    /// The QWERTY layout (an English-speaking table's default); the same panel size as french().
    static const KeyboardLayout& english();
    /// The layout the layout key switches to.
    const KeyboardLayout& other() const { return m_english ? french() : english(); }
    /// What the layout key shows: the other layout's language ("EN" on the French one, "FR" on the English).
    std::string_view switchLabel() const { return m_english ? "FR" : "EN"; }

    /// Every key, row by row.
    const std::vector<Key>& keys() const { return m_keys; }
    /// The panel's size: the keys, a header band for the character counter, a margin.
    core::Size panelSize() const { return m_panelSize; }
    /// The key whose rectangle (grown by `growMm`) holds this panel-local point, or nullptr.
    const Key* keyAt(core::Vec2 localMm, double growMm = 0) const;
    /// The key with this target name ("é", "space"), or nullptr.
    const Key* find(std::string_view name) const;
    /// Where the character counter sits in the panel's frame (centre of the header band's right half).
    core::Vec2 counterCentre() const;

    /// The accented variants a long press on this letter offers (e → é è ê ë), in lower case; empty if none.
    static const std::vector<std::string>& variantsOf(std::string_view letter);
    /// The capital of a lower-case letter, accented ones included (é → É, œ → Œ); anything else unchanged.
    static std::string capitalOf(std::string_view character);

private:
    explicit KeyboardLayout(bool english);

    bool m_english = false;
    std::vector<Key> m_keys;
    core::Size m_panelSize;
};

} // namespace atelier::workshop

// The on-screen AZERTY keyboard: its keys, their places on the panel, accented variants and capitals.
#pragma once

#include "core/Geometry.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace atelier::workshop {

/// What a key does: type its character, or one of the named keys.
enum class KeyKind { Character, Shift, Backspace, Space, Enter };

/// One key of the layout, in the panel's own frame (mm from the panel's centre; y towards the person).
struct Key {
    KeyKind kind = KeyKind::Character;
    std::string text; ///< the character typed (lower case for letters); empty for named keys
    std::string name; ///< its part of the target name: the character itself, or space|backspace|enter|shift
    core::Vec2 centreMm;
    core::Size size;
};

/// The French layout of the participants' keyboard: five rows — digits and « », AZERTY letters with é è ù,
/// à ç and enter, shift and ’ ' - — …, punctuation around the space bar. Letters hide their accented
/// variants behind a long press; shift gives capitals. One instance serves every seat.
class KeyboardLayout {
public:
    /// The layout every seat uses.
    static const KeyboardLayout& french();

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
    KeyboardLayout();

    std::vector<Key> m_keys;
    core::Size m_panelSize;
};

} // namespace atelier::workshop

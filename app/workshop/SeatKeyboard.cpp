// Presses, slides and releases on one seat's keyboard; shift, accent choices, widgets and targets.
#include "workshop/SeatKeyboard.hpp"

#include "workshop/Dimensions.hpp"
#include "workshop/SeatFrame.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <utility>

namespace atelier::workshop {
namespace {

/// Two taps on shift closer than this lock it (the gesture engine's double-tap time).
constexpr std::int64_t kShiftLockMs = 400;

std::string prefix(int seat) {
    return "seat." + std::to_string(seat) + ".keyboard";
}

} // namespace

SeatKeyboard::SeatKeyboard(int seat, core::Pose panelPose, std::int64_t longPressMs,
                           const KeyboardLayout& layout)
    : m_seat(seat), m_layout(&layout), m_pose(panelPose), m_longPressMs(longPressMs) {}

void SeatKeyboard::open(CardEditor editor) {
    m_shift = editor.text().empty() ? Shift::Once : Shift::Off;
    // An automatic capital: the next tap on shift releases it rather than locking it.
    m_shiftTappedMs = std::numeric_limits<std::int64_t>::min() / 2;
    m_editor.emplace(std::move(editor));
    m_presses.clear();
}

void SeatKeyboard::close() {
    m_editor.reset();
    m_presses.clear();
    m_shift = Shift::Off;
}

bool SeatKeyboard::covers(core::Vec2 tableMm) const {
    return isOpen() && rectContains(m_pose, layout().panelSize(), tableMm);
}

core::Pose SeatKeyboard::keyPose(const Key& key) const {
    return core::Pose{core::localToTable(m_pose, key.centreMm), m_pose.rotation, 1.0};
}

void SeatKeyboard::press(const input::Contact& contact) {
    if (!isOpen()) {
        return;
    }
    const Key* key = layout().keyAt(core::tableToLocal(m_pose, contact.posMm));
    if (key != nullptr) {
        m_presses.insert_or_assign(contact.key(), Press{key, contact.tMs, true, false, -1});
    }
}

bool SeatKeyboard::openChoicesIfDue(Press& press, std::int64_t nowMs) const {
    if (press.choosing || !press.inside || press.key->kind != KeyKind::Character ||
        KeyboardLayout::variantsOf(press.key->text).empty() || nowMs - press.downMs < m_longPressMs) {
        return false;
    }
    press.choosing = true;
    press.choice = -1;
    return true;
}

KeyOutcome SeatKeyboard::follow(const input::Contact& contact) {
    const auto found = m_presses.find(contact.key());
    if (found == m_presses.end()) {
        return KeyOutcome::Nothing;
    }
    Press& press = found->second;
    const core::Vec2 local = core::tableToLocal(m_pose, contact.posMm);
    press.inside =
        rectContains(core::Pose{press.key->centreMm, 0, 1}, press.key->size, local, dims::kReleaseGraceMm);
    openChoicesIfDue(press, contact.tMs);
    if (press.choosing) {
        press.choice = choiceAt(*press.key, local);
    }
    if (contact.phase == input::Phase::Move || contact.phase == input::Phase::Down) {
        return KeyOutcome::Nothing;
    }
    const Press done = press;
    m_presses.erase(found);
    if (contact.phase == input::Phase::Cancel) {
        return KeyOutcome::Nothing;
    }
    if (done.choosing && done.choice >= 0) {
        return activate(*done.key,
                        &KeyboardLayout::variantsOf(done.key->text)[static_cast<std::size_t>(done.choice)],
                        contact.tMs);
    }
    return done.inside ? activate(*done.key, nullptr, contact.tMs) : KeyOutcome::Nothing;
}

bool SeatKeyboard::tick(std::int64_t nowMs) {
    bool opened = false;
    for (auto& [contact, press] : m_presses) {
        opened = openChoicesIfDue(press, nowMs) || opened;
    }
    return opened;
}

std::optional<std::int64_t> SeatKeyboard::nextDeadlineMs() const {
    std::optional<std::int64_t> next;
    for (const auto& [contact, press] : m_presses) {
        if (!press.choosing && press.inside && press.key->kind == KeyKind::Character &&
            !KeyboardLayout::variantsOf(press.key->text).empty()) {
            const std::int64_t due = press.downMs + m_longPressMs;
            next = next ? std::min(*next, due) : due;
        }
    }
    return next;
}

std::string SeatKeyboard::typed(std::string_view lower) const {
    return shiftOn() ? KeyboardLayout::capitalOf(lower) : std::string(lower);
}

KeyOutcome SeatKeyboard::activate(const Key& key, const std::string* variant, std::int64_t tMs) {
    if (!m_editor) {
        return KeyOutcome::Nothing;
    }
    switch (key.kind) {
    case KeyKind::Shift:
        if (m_shift == Shift::Off) {
            m_shift = Shift::Once;
            m_shiftTappedMs = tMs;
        } else if (m_shift == Shift::Once && tMs - m_shiftTappedMs <= kShiftLockMs) {
            m_shift = Shift::Locked;
        } else {
            m_shift = Shift::Off;
        }
        return KeyOutcome::Nothing;
    case KeyKind::Enter:
        close();
        return KeyOutcome::Closed;
    case KeyKind::Backspace:
        return m_editor->backspace() ? KeyOutcome::Edited : KeyOutcome::Nothing;
    case KeyKind::Space:
        return m_editor->insert(" ") ? KeyOutcome::Edited : KeyOutcome::Nothing;
    case KeyKind::Layout: // AZERTY ⇄ QWERTY for this seat; fingers still down keep the key they pressed
        m_layout = &m_layout->other();
        m_presses.clear();
        return KeyOutcome::Nothing;
    case KeyKind::Character:
        break;
    }
    if (!m_editor->insert(typed(variant != nullptr ? *variant : key.text))) {
        return KeyOutcome::Nothing;
    }
    if (m_shift == Shift::Once) {
        m_shift = Shift::Off;
    }
    return KeyOutcome::Edited;
}

core::Vec2 SeatKeyboard::choiceCentre(const Key& key, std::size_t index) const {
    const std::size_t count = KeyboardLayout::variantsOf(key.text).size();
    const double rowWidth = static_cast<double>(count) * dims::kKeyPitchMm;
    const double halfPanel = layout().panelSize().width / 2 - dims::kKeyboardPaddingMm;
    const double left = std::clamp(key.centreMm.x - rowWidth / 2, -halfPanel, halfPanel - rowWidth);
    return core::Vec2{left + (static_cast<double>(index) + 0.5) * dims::kKeyPitchMm,
                      key.centreMm.y - dims::kKeyPitchMm};
}

int SeatKeyboard::choiceAt(const Key& key, core::Vec2 localMm) const {
    const std::size_t count = KeyboardLayout::variantsOf(key.text).size();
    const core::Size cell{dims::kKeyMm, dims::kKeyMm};
    for (std::size_t i = 0; i < count; ++i) {
        // Half the gap each side: neighbouring choices share their border, so a slide never falls between.
        if (rectContains(core::Pose{choiceCentre(key, i), 0, 1}, cell, localMm,
                         (dims::kKeyPitchMm - dims::kKeyMm) / 2)) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

std::vector<std::string> SeatKeyboard::choicesFor(input::ContactKey contact) const {
    const auto found = m_presses.find(contact);
    if (found == m_presses.end() || !found->second.choosing) {
        return {};
    }
    return KeyboardLayout::variantsOf(found->second.key->text);
}

void SeatKeyboard::appendWidgets(std::vector<Widget>& out, std::uint32_t colour) const {
    if (!m_editor) {
        return;
    }
    Widget panel;
    panel.kind = WidgetKind::Keyboard;
    panel.seat = m_seat;
    panel.name = prefix(m_seat);
    panel.pose = m_pose;
    panel.size = layout().panelSize();
    panel.colour = colour;
    panel.card = m_editor->card();
    panel.characters = static_cast<int>(m_editor->characters());
    panel.characterLimit = static_cast<int>(m_editor->limit());
    panel.active = m_editor->full();
    panel.counterMm = core::localToTable(m_pose, layout().counterCentre());
    out.push_back(std::move(panel));
    for (const Key& key : layout().keys()) {
        Widget widget;
        widget.kind = WidgetKind::Key;
        widget.seat = m_seat;
        widget.name = prefix(m_seat) + "." + key.name;
        if (key.kind == KeyKind::Character) {
            widget.label = typed(key.text);
        } else if (key.kind == KeyKind::Layout) {
            widget.label = std::string(layout().switchLabel());
        } else {
            widget.icon = key.name;
        }
        widget.pose = keyPose(key);
        widget.size = key.size;
        widget.colour = colour;
        widget.active = key.kind == KeyKind::Shift && shiftOn();
        widget.latched = key.kind == KeyKind::Shift && shiftLocked();
        widget.pressed = std::any_of(m_presses.begin(), m_presses.end(), [&](const auto& entry) {
            return entry.second.key == &key && entry.second.inside && !entry.second.choosing;
        });
        out.push_back(std::move(widget));
    }
    for (const auto& [contact, press] : m_presses) {
        if (!press.choosing) {
            continue;
        }
        const std::vector<std::string>& variants = KeyboardLayout::variantsOf(press.key->text);
        for (std::size_t i = 0; i < variants.size(); ++i) {
            Widget choice;
            choice.kind = WidgetKind::AccentChoice;
            choice.seat = m_seat;
            choice.label = typed(variants[i]);
            choice.pose =
                core::Pose{core::localToTable(m_pose, choiceCentre(*press.key, i)), m_pose.rotation, 1.0};
            choice.size = core::Size{dims::kKeyMm, dims::kKeyMm};
            choice.colour = colour;
            choice.pressed = press.choice == static_cast<int>(i);
            out.push_back(std::move(choice));
        }
    }
}

void SeatKeyboard::addTargets(input::TargetRegistry& targets) const {
    if (!m_editor) {
        return;
    }
    for (const Key& key : layout().keys()) {
        targets.addRotated(prefix(m_seat) + "." + key.name, keyPose(key), key.size);
    }
}

} // namespace atelier::workshop

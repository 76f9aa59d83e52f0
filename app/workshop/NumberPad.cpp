// The numeric pad's keys, amount, widgets and targets.
#include "workshop/NumberPad.hpp"

#include "workshop/Dimensions.hpp"
#include "workshop/SeatFrame.hpp"

#include <algorithm>

namespace atelier::workshop {
namespace {

/// Distance between the centres of two neighbouring keys; a key is this less a 2 mm gap.
constexpr double kPitchMm = 20;
constexpr double kKeyMm = kPitchMm - 2;
/// The band at the top that shows the amount typed.
constexpr double kBandMm = 18;
constexpr double kPaddingMm = dims::kKeyboardPaddingMm;
/// Nine digits: under a billion euros, far above any workshop's envelope, and cents fit in 64 bits.
constexpr std::size_t kMaxDigits = 9;

constexpr double kWidthMm = 4 * kPitchMm + 2 * kPaddingMm;
constexpr double kHeightMm = kBandMm + 4 * kPitchMm + 2 * kPaddingMm;

/// The centre of the key in column `col` (0..3) and row `row` (0..3), `span` rows tall.
core::Vec2 cell(double col, double row, double span = 1) {
    const double left = -kWidthMm / 2 + kPaddingMm;
    const double top = -kHeightMm / 2 + kPaddingMm + kBandMm;
    return core::Vec2{left + (col + 0.5) * kPitchMm, top + (row + span / 2) * kPitchMm};
}

std::string prefix(int seat) {
    return "seat." + std::to_string(seat) + ".pad.";
}

PanelKey key(std::string name, std::string label, std::string icon, core::Vec2 centre, core::Size size) {
    return PanelKey{std::move(name), std::move(label), std::move(icon), centre, size};
}

std::vector<PanelKey> makeKeys() {
    std::vector<PanelKey> keys;
    const core::Size one{kKeyMm, kKeyMm};
    for (int digit = 1; digit <= 9; ++digit) {
        const std::string text = std::to_string(digit);
        keys.push_back(key(text, text, "", cell((digit - 1) % 3, (digit - 1) / 3), one));
    }
    keys.push_back(key("0", "0", "", cell(0.5, 3), core::Size{kPitchMm + kKeyMm, kKeyMm}));
    keys.push_back(key("000", "000", "", cell(2, 3), one));
    keys.push_back(key("cancel", "", "dismiss", cell(3, 0), one));
    keys.push_back(key("backspace", "", "backspace", cell(3, 1), one));
    keys.push_back(key("ok", "", "accept", cell(3, 2, 2), core::Size{kKeyMm, kPitchMm + kKeyMm}));
    return keys;
}

} // namespace

std::string formatEuros(std::int64_t euros) {
    const bool negative = euros < 0;
    std::string digits = std::to_string(negative ? -euros : euros);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            out += "\u202F";
        }
        out += digits[i];
    }
    return (negative ? "-" : "") + out + "\u00A0€";
}

NumberPad::NumberPad(int seat, core::Pose panelPose) : m_seat(seat), m_pose(panelPose) {}

core::Size NumberPad::panelSize() {
    return core::Size{kWidthMm, kHeightMm};
}

const std::vector<PanelKey>& NumberPad::keys() {
    static const std::vector<PanelKey> all = makeKeys();
    return all;
}

void NumberPad::open(core::ItemId item, std::optional<std::int64_t> euros) {
    m_item = item;
    m_digits = euros && *euros > 0 ? std::to_string(*euros) : std::string();
    if (m_digits.size() > kMaxDigits) {
        m_digits.clear();
    }
    m_keys.clear();
}

void NumberPad::close() {
    m_item = core::kNoItem;
    m_digits.clear();
    m_keys.clear();
}

std::optional<std::int64_t> NumberPad::euros() const {
    if (m_digits.empty()) {
        return std::nullopt;
    }
    return std::stoll(m_digits);
}

bool NumberPad::covers(core::Vec2 tableMm) const {
    return isOpen() && rectContains(m_pose, panelSize(), tableMm);
}

bool NumberPad::press(const input::Contact& contact) {
    if (!covers(contact.posMm)) {
        return false;
    }
    m_keys.press(contact, m_pose, keys());
    return true;
}

PadOutcome NumberPad::follow(const input::Contact& contact) {
    const std::optional<std::string> released = m_keys.follow(contact, m_pose);
    return released && isOpen() ? activate(*released) : PadOutcome::Nothing;
}

PadOutcome NumberPad::activate(const std::string& name) {
    if (name == "ok") { // nothing typed: nothing to set (the key is dimmed)
        return m_digits.empty() ? PadOutcome::Nothing : PadOutcome::Confirmed;
    }
    if (name == "cancel") {
        return PadOutcome::Cancelled;
    }
    if (name == "backspace") {
        if (m_digits.empty()) {
            return PadOutcome::Nothing;
        }
        m_digits.pop_back();
        return PadOutcome::Typed;
    }
    const std::string before = m_digits;
    for (const char digit : name) {
        if (digit < '0' || digit > '9' || m_digits.size() >= kMaxDigits) {
            break;
        }
        if (!(digit == '0' && m_digits.empty())) { // no leading zeros: "000" on nothing types nothing
            m_digits += digit;
        }
    }
    return m_digits != before ? PadOutcome::Typed : PadOutcome::Nothing;
}

void NumberPad::appendWidgets(std::vector<Widget>& out, std::uint32_t colour) const {
    if (!isOpen()) {
        return;
    }
    Widget panel = seatPanelWidget(WidgetKind::CostPad, m_seat, m_pose, panelSize(), colour, m_item);
    panel.name = "seat." + std::to_string(m_seat) + ".pad";
    panel.label = m_digits.empty() ? std::string("…") : formatEuros(*euros());
    out.push_back(std::move(panel));
    for (const PanelKey& key : keys()) {
        Widget widget = m_keys.widget(key, m_pose, m_seat, prefix(m_seat), colour);
        widget.enabled = key.name != "ok" || !m_digits.empty();
        out.push_back(std::move(widget));
    }
}

void NumberPad::addTargets(input::TargetRegistry& targets) const {
    if (isOpen()) {
        addKeyTargets(targets, prefix(m_seat), m_pose, keys());
    }
}

} // namespace atelier::workshop

// The screenless table of the workshop tests.
#include "WorkshopTestSupport.hpp"

#include "core/Apply.hpp"
#include "workshop/CardText.hpp"
#include "workshop/KeyboardLayout.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace atelier::workshop::testing {

core::Board configuredBoard(int seats, int votes) {
    core::Board board;
    const core::ApplyResult result =
        core::apply(board, core::SessionConfigured{seats, votes, "Atelier test", 0});
    EXPECT_TRUE(result.applied) << result.reason;
    return board;
}

std::string_view typeOf(const core::Event& event) {
    return std::visit(
        [](const auto& e) -> std::string_view {
            if constexpr (requires { e.kType; }) {
                return e.kType;
            } else {
                return "unknown";
            }
        },
        event);
}

std::string lowerOf(std::string_view character) {
    if (character.size() == 1 && character[0] >= 'A' && character[0] <= 'Z') {
        return std::string(1, static_cast<char>(character[0] - 'A' + 'a'));
    }
    for (const Key& key : KeyboardLayout::french().keys()) {
        if (key.kind != KeyKind::Character) {
            continue;
        }
        if (KeyboardLayout::capitalOf(key.text) == character && key.text != character) {
            return key.text;
        }
        for (const std::string& variant : KeyboardLayout::variantsOf(key.text)) {
            if (KeyboardLayout::capitalOf(variant) == character && variant != character) {
                return variant;
            }
        }
    }
    return std::string(character);
}

double angleBetween(double a, double b) {
    const double d = std::fmod(std::abs(a - b), 2 * std::numbers::pi);
    return std::min(d, 2 * std::numbers::pi - d);
}

TestTable::TestTable(int seats, WorkshopOptions options)
    : m_initial(configuredBoard(seats)), m_board(m_initial), m_seats(seats, core::Vec2{1210, 680}),
      m_workshop(m_board, m_seats, std::move(options)), m_engine(input::GestureOptions{}, &m_workshop) {}

input::Contact TestTable::contact(input::ContactId id, input::Phase phase, core::Vec2 pos,
                                  double sizeMm) const {
    input::Contact c;
    c.id = id;
    c.source = input::Source::Touch;
    c.phase = phase;
    c.posMm = pos;
    c.tMs = m_now;
    c.sizeMm = sizeMm;
    return c;
}

core::ApplyResult TestTable::applyOne(const core::Event& event, bool persist) {
    core::ApplyResult result = core::apply(m_board, event);
    if (!result.applied) {
        m_refusals.push_back(std::string(typeOf(event)) + ": " + result.reason);
    } else if (persist) {
        m_log.push_back(event);
    }
    return result;
}

void TestTable::drain(input::GestureResult& result) {
    const auto apply = [this](const core::Event& event, bool persist) { return applyOne(event, persist); };
    for (const input::GestureOutput& output : result.outputs) {
        m_workshop.submit(output, apply);
    }
    for (const input::GestureNotification& notification : result.notifications) {
        m_workshop.onGesture(notification);
    }
    result.clear();
    flush();
}

void TestTable::flush() {
    const auto apply = [this](const core::Event& event, bool persist) { return applyOne(event, persist); };
    while (m_workshop.hasOutputs()) {
        for (const WorkshopOutput& output : m_workshop.takeOutputs()) {
            m_workshop.submit(output, apply);
        }
    }
}

core::ApplyResult TestTable::submit(const core::Event& event) {
    const auto apply = [this](const core::Event& e, bool persist) { return applyOne(e, persist); };
    return m_workshop.submit(input::GestureOutput{event, true}, apply);
}

void TestTable::touch(input::ContactId id, input::Phase phase, core::Vec2 pos, double sizeMm) {
    const input::Contact sample = contact(id, phase, pos, sizeMm);
    m_engine.handle(sample, m_board, m_result);
    m_workshop.observeContact(sample);
    drain(m_result);
}

void TestTable::frame() {
    m_engine.update(m_now, m_board, m_result);
    m_workshop.update(m_now);
    drain(m_result);
}

void TestTable::tapAt(core::Vec2 pos, input::ContactId id) {
    touch(id, input::Phase::Down, pos);
    m_now += 50;
    touch(id, input::Phase::Up, pos);
    m_now += 50;
    frame();
}

void TestTable::tap(std::string_view target, input::ContactId id) {
    tapAt(at(target), id);
}

void TestTable::drag(input::ContactId id, core::Vec2 from, core::Vec2 to, int steps) {
    touch(id, input::Phase::Down, from);
    for (int i = 1; i <= steps; ++i) {
        m_now += 16;
        const double f = static_cast<double>(i) / steps;
        touch(id, input::Phase::Move, core::Vec2{from.x + (to.x - from.x) * f, from.y + (to.y - from.y) * f});
        frame();
    }
    m_now += 200; // held still before lifting: a drop, not a throw
    touch(id, input::Phase::Move, to);
    frame();
    touch(id, input::Phase::Up, to);
    frame();
}

std::string TestTable::nextKey(int seat, std::string_view text) const {
    const SeatKeyboard* keyboard = m_workshop.keyboard(seat);
    const std::size_t length = firstCharacterBytes(text);
    const std::string character(text.substr(0, length));
    if (character == " ") {
        return "space";
    }
    const std::string lower = lowerOf(character);
    const bool capital = lower != character;
    const bool caseMatters = KeyboardLayout::capitalOf(lower) != lower;
    if (caseMatters && capital != keyboard->shiftOn()) {
        return "shift";
    }
    if (KeyboardLayout::french().find(lower) != nullptr) {
        return lower;
    }
    return "";
}

void TestTable::type(int seat, std::string_view text) {
    const std::string prefix = "seat." + std::to_string(seat) + ".keyboard.";
    while (!text.empty()) {
        const SeatKeyboard* keyboard = m_workshop.keyboard(seat);
        if (keyboard == nullptr || !keyboard->isOpen()) {
            ADD_FAILURE() << "seat " << seat << " has no open keyboard for \"" << text << "\"";
            return;
        }
        const std::string key = nextKey(seat, text);
        if (key == "shift") {
            tap(prefix + key);
            continue;
        }
        const std::size_t length = firstCharacterBytes(text);
        const std::string character(text.substr(0, length));
        text.remove_prefix(length);
        if (!key.empty()) {
            tap(prefix + key);
            continue;
        }
        // An accent with no key of its own: hold its base letter, slide onto it, lift.
        std::string base;
        for (const Key& candidate : KeyboardLayout::french().keys()) {
            for (const std::string& variant : KeyboardLayout::variantsOf(candidate.text)) {
                if (variant == lowerOf(character)) {
                    base = candidate.text;
                }
            }
        }
        ASSERT_FALSE(base.empty()) << "no key reaches " << character;
        const core::Vec2 start = at(prefix + base);
        touch(901, input::Phase::Down, start);
        m_now += 650;
        frame();
        core::Vec2 choice{-1, -1};
        for (const Widget& widget : m_workshop.widgets()) {
            if (widget.kind == WidgetKind::AccentChoice && widget.seat == seat && widget.label == character) {
                choice = widget.pose.centre;
            }
        }
        ASSERT_GE(choice.x, 0) << "no accent choice " << character;
        touch(901, input::Phase::Move, choice);
        m_now += 30;
        touch(901, input::Phase::Up, choice);
        m_now += 50;
        frame();
    }
}

input::ClaimDecision TestTable::claimDown(input::ContactId id, core::Vec2 pos) {
    return m_workshop.onContactDown(contact(id, input::Phase::Down, pos));
}

void TestTable::claimUp(input::ContactId id, core::Vec2 pos) {
    m_workshop.onClaimedContact(contact(id, input::Phase::Up, pos));
}

core::Vec2 TestTable::at(std::string_view target) {
    m_targets.clear();
    m_targets.addBoard(m_board);
    m_workshop.addTargets(m_targets);
    const input::Target* found = m_targets.find(target);
    EXPECT_NE(found, nullptr) << "no target " << target;
    return found != nullptr ? found->centreMm : core::Vec2{-100, -100};
}

bool TestTable::has(std::string_view target) {
    m_targets.clear();
    m_targets.addBoard(m_board);
    m_workshop.addTargets(m_targets);
    return m_targets.find(target) != nullptr;
}

std::size_t TestTable::logged(std::string_view type) const {
    std::size_t count = 0;
    for (const core::Event& event : m_log) {
        count += typeOf(event) == type ? 1 : 0;
    }
    return count;
}

core::Board TestTable::replayed() const {
    core::Board board = m_initial;
    for (const core::Event& event : m_log) {
        core::apply(board, event);
    }
    return board;
}

} // namespace atelier::workshop::testing

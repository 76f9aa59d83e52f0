// The window-less table used by the gesture tests and the benchmark.
#include "GestureHarness.hpp"

#include "core/Apply.hpp"
#include "core/EventCodec.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace atelier::input::testing {
namespace {

void mustApply(core::Board& board, const core::Event& event) {
    const core::ApplyResult result = core::apply(board, event);
    if (!result) {
        throw std::runtime_error("test setup: " + result.reason);
    }
}

} // namespace

core::Board tableBoard(int seats) {
    core::Board board;
    mustApply(board, core::SessionConfigured{seats, 3, "Atelier test", 0});
    return board;
}

core::ItemId addCard(core::Board& board, core::Vec2 centre, core::Size size, double rotation, int seat) {
    const core::ItemId id = board.nextId;
    mustApply(board, core::CardCreated{id, core::Pose{centre, rotation, 1}, size, "idée", 0, seat});
    return id;
}

core::ItemId addPhoto(core::Board& board, core::Vec2 centre, core::Size size, double rotation) {
    const core::ItemId id = board.nextId;
    mustApply(board, core::PhotoPlaced{id, std::string(64, 'a'), core::Pose{centre, rotation, 1}, size, 0});
    return id;
}

Contact contact(ContactId id, Phase phase, core::Vec2 pos, std::int64_t tMs, Source source) {
    Contact c;
    c.id = id;
    c.source = source;
    c.phase = phase;
    c.posMm = pos;
    c.tMs = tMs;
    return c;
}

GestureHarness::GestureHarness(core::Board board, GestureOptions options, ContactClaimer* claimer)
    : m_initial(board), m_board(std::move(board)), m_tracker(TrackerOptions{options.surfaceMm, 50.0, 64}),
      m_engine(options, claimer) {}

void GestureHarness::send(const Contact& raw) {
    m_clean.clear();
    m_tracker.accept(raw, m_clean);
    for (const Contact& c : m_clean) {
        m_engine.handle(c, m_board, m_result);
    }
}

bool GestureHarness::frame(std::int64_t nowMs) {
    const bool animating = m_engine.update(nowMs, m_board, m_result);
    for (const GestureOutput& output : m_result.outputs) {
        const core::ApplyResult applied = core::apply(m_board, output.event);
        if (!applied) {
            m_refusals.push_back(std::string(core::eventType(output.event)) + ": " + applied.reason);
        }
        m_emitted.push_back(output.event);
        if (output.persist) {
            m_persisted.push_back(output.event);
        }
    }
    m_notifications.insert(m_notifications.end(), m_result.notifications.begin(),
                           m_result.notifications.end());
    m_result.clear();
    return animating;
}

std::int64_t GestureHarness::settle(std::int64_t fromMs, std::int64_t stepMs, std::int64_t limitMs) {
    std::int64_t t = fromMs;
    while (frame(t) && t - fromMs < limitMs) {
        t += stepMs;
    }
    return t;
}

std::int64_t GestureHarness::glide(ContactId id, core::Vec2 from, core::Vec2 to, std::int64_t startMs,
                                   std::int64_t durationMs, std::int64_t stepMs) {
    std::int64_t t = startMs;
    const std::int64_t steps = std::max<std::int64_t>(durationMs / stepMs, 1);
    for (std::int64_t i = 1; i <= steps; ++i) {
        t = startMs + i * stepMs;
        const double f = static_cast<double>(i) / static_cast<double>(steps);
        move(id, core::Vec2{from.x + (to.x - from.x) * f, from.y + (to.y - from.y) * f}, t);
        frame(t);
    }
    return t;
}

core::Board GestureHarness::replayed() const {
    core::Board board = m_initial;
    for (const core::Event& event : m_persisted) {
        core::apply(board, event);
    }
    return board;
}

std::size_t GestureHarness::count(GestureKind kind) const {
    std::size_t n = 0;
    for (const GestureNotification& notification : m_notifications) {
        n += notification.kind == kind ? 1 : 0;
    }
    return n;
}

std::size_t GestureHarness::persistedCount(std::string_view type) const {
    std::size_t n = 0;
    for (const core::Event& event : m_persisted) {
        n += core::eventType(event) == type ? 1 : 0;
    }
    return n;
}

} // namespace atelier::input::testing

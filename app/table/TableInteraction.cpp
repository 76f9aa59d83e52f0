// Routes contacts through the gesture engine and the workshop layer and submits what they produce.
#include "table/TableInteraction.hpp"

#include <algorithm>

namespace atelier::table {
namespace {

/// The workshop's options with the engine's gesture limits (two pen fingers move a photo like the engine).
workshop::WorkshopOptions withGestures(workshop::WorkshopOptions options,
                                       const input::GestureOptions& gestures) {
    options.gestures = gestures;
    return options;
}

} // namespace

TableInteraction::TableInteraction(SessionHost& session, const workshop::SeatLayout& seats,
                                   input::GestureOptions gestures, workshop::WorkshopOptions options)
    : m_session(session), m_workshop(session.board(), seats, withGestures(std::move(options), gestures)),
      m_gestures(gestures, &m_workshop), m_firstSteps(static_cast<int>(seats.seats().size())) {
    m_firstSteps.follow(session.board());
}

core::ApplyResult TableInteraction::submitToSession(const core::Event& event, bool persist) {
    core::ApplyResult result = m_session.submit(event, persist);
    if (result.applied) {
        m_firstSteps.observe(event); // a seat that used a tool no longer needs its hint
        noteMotion(event);
    }
    return result;
}

void TableInteraction::noteMotion(const core::Event& event) {
    if (const auto* created = std::get_if<core::CardCreated>(&event)) {
        m_motionNotes.push_back({created->id, MotionKind::GrowIn});
    } else if (const auto* joined = std::get_if<core::ClusterJoined>(&event)) {
        m_motionNotes.push_back({joined->card, MotionKind::JoinIn});
    } else if (const auto* formed = std::get_if<core::ClusterFormed>(&event)) {
        for (const core::ItemId card : formed->cards) {
            m_motionNotes.push_back({card, MotionKind::JoinIn});
        }
    } else if (const auto* moved = std::get_if<core::CardMoved>(&event); moved != nullptr && m_lifting) {
        m_moved.push_back(moved->id);
    }
}

bool TableInteraction::drain() {
    bool changed = false;
    auto submit = [this](const core::Event& event, bool persist) { return submitToSession(event, persist); };
    // The engine's events first (the workshop reads the board they leave), then its notifications,
    // then whatever the workshop made of them.
    for (const input::GestureOutput& output : m_result.outputs) {
        changed = m_workshop.submit(output, submit).applied || changed;
    }
    for (const input::GestureNotification& notification : m_result.notifications) {
        m_workshop.onGesture(notification);
    }
    m_result.clear();
    for (const workshop::WorkshopOutput& output : m_workshop.takeOutputs()) {
        changed = m_workshop.submit(output, submit).applied || changed;
    }
    if (m_workshop.version() != m_seenVersion) {
        m_seenVersion = m_workshop.version();
        changed = true;
    }
    return m_firstSteps.follow(m_session.board()) || changed;
}

bool TableInteraction::handle(const std::vector<input::Contact>& contacts) {
    bool changed = false;
    for (const input::Contact& contact : contacts) {
        m_lifting = contact.phase == input::Phase::Up;
        const bool gliding = m_gestures.animating();
        m_gestures.handle(contact, m_session.board(), m_result);
        m_workshop.observeContact(contact);
        changed = drain() || changed;
        const bool thrown = !gliding && m_gestures.animating(); // a thrown card slides instead of settling
        for (const core::ItemId card : m_moved) {
            if (!thrown) {
                m_motionNotes.push_back({card, MotionKind::Settle});
            }
        }
        m_moved.clear();
        m_lifting = false;
    }
    return changed;
}

bool TableInteraction::update(std::int64_t nowMs) {
    m_gestures.update(nowMs, m_session.board(), m_result);
    m_workshop.update(nowMs);
    return drain();
}

bool TableInteraction::submitFacilitator(const core::Event& event) {
    const workshop::WorkshopOutput output{event, workshop::Origin::Action, true, {}};
    const bool applied = m_workshop
                             .submit(output, [this](const core::Event& e,
                                                    bool persist) { return submitToSession(e, persist); })
                             .applied;
    drain();
    return applied;
}

std::size_t TableInteraction::suggestClusters(double distanceMm) {
    const std::size_t count = m_workshop.suggestClusters(distanceMm);
    drain();
    return count;
}

input::TargetRegistry TableInteraction::targets() const {
    input::TargetRegistry targets;
    targets.addBoard(m_session.board());
    m_workshop.addTargets(targets);
    return targets;
}

std::optional<std::int64_t> TableInteraction::nextDeadlineMs() const {
    std::optional<std::int64_t> gesture = m_gestures.nextDeadlineMs();
    std::optional<std::int64_t> key = m_workshop.nextDeadlineMs();
    if (gesture && key) {
        return std::min(*gesture, *key);
    }
    return gesture ? gesture : key;
}

} // namespace atelier::table

// Undo steps from live events: inverses taken before apply, drags and strokes grouped, stale steps skipped.
#include "workshop/UndoRecorder.hpp"

#include "core/Apply.hpp"
#include "core/Undo.hpp"

#include <type_traits>
#include <utility>

namespace atelier::workshop {
namespace {

/// Facilitator set-up and stacking are not a seat's work: the dock's undo never takes them back.
bool undoable(const core::Event& event) {
    return !std::holds_alternative<core::SessionConfigured>(event) &&
           !std::holds_alternative<core::PhaseStarted>(event) &&
           !std::holds_alternative<core::ItemRaised>(event) &&
           !std::holds_alternative<core::UnknownEvent>(event);
}

} // namespace

int seatOf(const core::Event& event) {
    return std::visit([](const auto& e) { return e.seat; }, event);
}

UndoRecorder::UndoRecorder(const core::Board& board, std::size_t limit) : m_board(&board), m_history(limit) {}

void UndoRecorder::noteTouched(core::ItemId item) {
    m_touches.insert_or_assign(item, ++m_touchSerial);
}

StepGroup UndoRecorder::groupOf(const core::Event& event) const {
    const auto motion = [&](core::ItemId id) {
        const auto found = m_touches.find(id);
        return StepGroup{StepGroup::Kind::Motion, id, found == m_touches.end() ? 0 : found->second};
    };
    return std::visit(
        [&](const auto& e) -> StepGroup {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, core::CardMoved> || std::is_same_v<T, core::PhotoMoved>) {
                return motion(e.id);
            } else if constexpr (std::is_same_v<T, core::StrokeBegun> ||
                                 std::is_same_v<T, core::StrokeExtended> ||
                                 std::is_same_v<T, core::StrokeEnded>) {
                return StepGroup{StepGroup::Kind::Stroke, e.id, 0};
            } else {
                return StepGroup{};
            }
        },
        event);
}

PreparedEvent UndoRecorder::prepare(const core::Event& event, Origin origin, StepGroup group) const {
    PreparedEvent prepared;
    prepared.seat = seatOf(event);
    prepared.origin = origin;
    prepared.group = group.kind != StepGroup::Kind::None ? group : groupOf(event);
    if (origin == Origin::Action && undoable(event)) {
        prepared.inverse = core::inverseOf(*m_board, event);
    }
    return prepared;
}

bool UndoRecorder::settle(const PreparedEvent& prepared, bool applied) {
    if (!applied || !prepared.inverse) {
        return false;
    }
    const bool couldRedo = m_history.canRedo(prepared.seat);
    const bool pushed = m_history.record(prepared.seat, *prepared.inverse, prepared.group);
    return pushed && (m_history.undoDepth(prepared.seat) == 1 || couldRedo);
}

core::Board UndoRecorder::trialBoard(const std::vector<WorkshopOutput>& pending) const {
    core::Board trial = *m_board; // a copy per undo press: people press at human speed
    for (const WorkshopOutput& output : pending) {
        core::apply(trial, output.event);
    }
    return trial;
}

std::optional<core::Event> UndoRecorder::undo(int seat, const std::vector<WorkshopOutput>& pending) {
    if (!m_history.canUndo(seat)) {
        return std::nullopt;
    }
    core::Board trial = trialBoard(pending);
    while (std::optional<UndoStep> step = m_history.popUndo(seat)) {
        std::optional<core::Event> back = core::inverseOf(trial, step->inverse);
        if (core::apply(trial, step->inverse)) {
            if (back) {
                m_history.pushRedo(seat, std::move(*back));
            }
            return std::move(step->inverse);
        }
    }
    return std::nullopt;
}

std::optional<core::Event> UndoRecorder::redo(int seat, const std::vector<WorkshopOutput>& pending) {
    if (!m_history.canRedo(seat)) {
        return std::nullopt;
    }
    core::Board trial = trialBoard(pending);
    while (std::optional<UndoStep> step = m_history.popRedo(seat)) {
        std::optional<core::Event> back = core::inverseOf(trial, step->inverse);
        if (core::apply(trial, step->inverse)) {
            if (back) {
                m_history.pushUndo(seat, std::move(*back));
            }
            return std::move(step->inverse);
        }
    }
    return std::nullopt;
}

} // namespace atelier::workshop

// apply() rules of the stroke events; stroke.extended appends in amortised O(points).
#include "core/ApplyRules.hpp"

#include "core/Limits.hpp"
#include "core/Quantise.hpp"

#include <cmath>

namespace atelier::core::detail {
namespace {

/// The stroke a pen event names, when it belongs to this seat and is still being drawn; otherwise why not.
Stroke* strokeBeingDrawn(Board& board, ItemId id, int seat, std::string& why) {
    const auto found = board.strokes.find(id);
    if (found == board.strokes.end()) {
        why = missing(board, "stroke", id);
        return nullptr;
    }
    Stroke& stroke = found->second;
    if (stroke.seat != seat) {
        why = "stroke " + std::to_string(id) + " belongs to seat " + std::to_string(stroke.seat) +
              ", not seat " + std::to_string(seat);
        return nullptr;
    }
    if (stroke.erased) {
        why = "stroke " + std::to_string(id) + " is erased";
        return nullptr;
    }
    if (stroke.ended) {
        why = "stroke " + std::to_string(id) + " has already ended";
        return nullptr;
    }
    return &stroke;
}

} // namespace

ApplyResult applyEvent(Board& board, const StrokeBegun& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Participant)) {
        return rejected(std::move(*problem));
    }
    if (Problem problem = newIdProblem(board, event.id)) {
        return rejected(std::move(*problem));
    }
    if (event.parent != kNoItem) {
        const Photo* photo = board.findPhoto(event.parent);
        if (photo == nullptr) {
            return rejected(missing(board, "photo", event.parent));
        }
        if (photo->deleted) {
            return rejected("photo " + std::to_string(event.parent) + " is removed");
        }
    }
    if (!std::isfinite(event.width)) {
        return rejected("the stroke width is not a finite number");
    }
    const double width = quantiseMm(event.width);
    if (width < kMinStrokeWidthMm || width > kMaxStrokeWidthMm) {
        return rejected("the stroke width must be " + std::to_string(static_cast<int>(kMinStrokeWidthMm)) +
                        ".." + std::to_string(static_cast<int>(kMaxStrokeWidthMm)) + " mm");
    }
    if (Problem problem = pointsProblem(event.points)) {
        return rejected(std::move(*problem));
    }
    Stroke stroke{event.id, event.parent, event.seat, event.colour, width, {}, false, false};
    appendQuantised(stroke.points, event.points);
    board.strokes.emplace(event.id, std::move(stroke));
    noteIdUsed(board, event.id);
    return accepted();
}

ApplyResult applyEvent(Board& board, const StrokeExtended& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Participant)) {
        return rejected(std::move(*problem));
    }
    std::string why;
    Stroke* stroke = strokeBeingDrawn(board, event.id, event.seat, why);
    if (stroke == nullptr) {
        return rejected(std::move(why));
    }
    if (Problem problem = pointsProblem(event.points)) {
        return rejected(std::move(*problem));
    }
    if (stroke->points.size() + event.points.size() > kMaxPointsPerStroke) {
        return rejected("stroke " + std::to_string(event.id) + " would hold more than " +
                        std::to_string(kMaxPointsPerStroke) + " points; end it and begin another");
    }
    appendQuantised(stroke->points, event.points);
    return accepted();
}

ApplyResult applyEvent(Board& board, const StrokeEnded& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Participant)) {
        return rejected(std::move(*problem));
    }
    std::string why;
    Stroke* stroke = strokeBeingDrawn(board, event.id, event.seat, why);
    if (stroke == nullptr) {
        return rejected(std::move(why));
    }
    stroke->ended = true;
    return accepted();
}

ApplyResult applyEvent(Board& board, const StrokeErased& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    const auto found = board.strokes.find(event.id);
    if (found == board.strokes.end()) {
        return rejected(missing(board, "stroke", event.id));
    }
    if (found->second.erased) {
        return rejected("stroke " + std::to_string(event.id) + " is already erased");
    }
    found->second.erased = true;
    return accepted();
}

ApplyResult applyEvent(Board& board, const StrokeRestored& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    const auto found = board.strokes.find(event.id);
    if (found == board.strokes.end()) {
        return rejected(missing(board, "stroke", event.id));
    }
    if (!found->second.erased) {
        return rejected("stroke " + std::to_string(event.id) + " is not erased");
    }
    found->second.erased = false;
    return accepted();
}

} // namespace atelier::core::detail

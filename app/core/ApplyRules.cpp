// The checks every family of events shares: seats, ids, poses, sizes, points, phases.
#include "core/ApplyRules.hpp"

#include "core/Limits.hpp"
#include "core/Quantise.hpp"
#include "core/Utf8.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace atelier::core::detail {
namespace {

std::string formatNumber(double value) {
    const bool plain = std::fabs(value) < 1e15;
    char buffer[64];
    const auto result = plain ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed)
                              : std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

Problem coordinateProblem(double value, std::string_view name) {
    if (!std::isfinite(value)) {
        return std::string(name) + " is not a finite number";
    }
    if (std::fabs(quantiseMm(value)) > kMaxCoordinateMm) {
        return std::string(name) + " = " + formatNumber(value) +
               " mm is farther than the 100 m a table may span";
    }
    return std::nullopt;
}

Problem lengthProblem(double value, std::string_view name, double least, double most) {
    if (!std::isfinite(value)) {
        return std::string(name) + " is not a finite number";
    }
    const double snapped = quantiseMm(value);
    if (snapped < least || snapped > most) {
        return std::string(name) + " = " + formatNumber(value) + " mm is outside " + formatNumber(least) +
               ".." + formatNumber(most) + " mm";
    }
    return std::nullopt;
}

bool isToolCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

} // namespace

ApplyResult rejected(std::string reason) {
    return ApplyResult{false, std::move(reason)};
}

ApplyResult accepted() {
    return ApplyResult{true, {}};
}

Problem seatProblem(const Board& board, int seat, Actor actor) {
    if (!board.configured()) {
        return std::string("the session is not configured yet: session.configured must come first");
    }
    if (actor == Actor::Facilitator) {
        if (seat != 0) {
            return "only the facilitator (seat 0) may do this, not seat " + std::to_string(seat);
        }
        return std::nullopt;
    }
    if (seat == 0) {
        if (actor == Actor::Anyone) {
            return std::nullopt;
        }
        return std::string("the facilitator (seat 0) may not do this: it belongs to a seat of the table");
    }
    if (seat < 1 || seat > board.seatCount) {
        return "seat " + std::to_string(seat) + " is not at this table, which has " +
               std::to_string(board.seatCount) + " seats";
    }
    return std::nullopt;
}

Problem newIdProblem(const Board& board, ItemId id) {
    if (id == kNoItem) {
        return std::string("id 0 is not allowed: it means \"no item\"");
    }
    if (id > kMaxItemId) {
        return "id " + std::to_string(id) + " is above the largest id, 2^53 - 1";
    }
    const std::string_view kind = board.kindOf(id);
    if (!kind.empty()) {
        return "id " + std::to_string(id) + " is already used by a " + std::string(kind);
    }
    return std::nullopt;
}

Problem poseProblem(const Pose& pose) {
    if (Problem problem = coordinateProblem(pose.centre.x, "pose.x")) {
        return problem;
    }
    if (Problem problem = coordinateProblem(pose.centre.y, "pose.y")) {
        return problem;
    }
    if (!std::isfinite(pose.rotation)) {
        return std::string("pose.rotation is not a finite number");
    }
    if (!std::isfinite(pose.scale)) {
        return std::string("pose.scale is not a finite number");
    }
    const double scale = quantiseScale(pose.scale);
    if (scale < kMinScale || scale > kMaxScale) {
        return "pose.scale = " + formatNumber(pose.scale) + " is outside " + formatNumber(kMinScale) + ".." +
               formatNumber(kMaxScale);
    }
    return std::nullopt;
}

Problem sizeProblem(const Size& size) {
    if (Problem problem = lengthProblem(size.width, "size.width", kMinItemSizeMm, kMaxItemSizeMm)) {
        return problem;
    }
    return lengthProblem(size.height, "size.height", kMinItemSizeMm, kMaxItemSizeMm);
}

Problem pointsProblem(const std::vector<Vec2>& points) {
    if (points.empty()) {
        return std::string("the event carries no points");
    }
    if (points.size() > kMaxPointsPerEvent) {
        return "the event carries " + std::to_string(points.size()) + " points, more than the " +
               std::to_string(kMaxPointsPerEvent) + " one event may carry";
    }
    for (std::size_t i = 0; i < points.size(); ++i) {
        const Vec2& point = points[i];
        if (!std::isfinite(point.x) || !std::isfinite(point.y) ||
            std::fabs(quantiseMm(point.x)) > kMaxCoordinateMm ||
            std::fabs(quantiseMm(point.y)) > kMaxCoordinateMm) {
            return "point " + std::to_string(i) + " is not a finite number within 100 m";
        }
    }
    return std::nullopt;
}

Problem phaseProblem(int index, std::string_view name, const std::vector<std::string>& tools, int durationS) {
    if (index < 0 || index > kMaxPhaseIndex) {
        return "phase index " + std::to_string(index) + " is outside 0.." + std::to_string(kMaxPhaseIndex);
    }
    if (Problem problem = textProblem(name, kMaxNameBytes, "the phase name")) {
        return problem;
    }
    if (tools.size() > kMaxPhaseTools) {
        return "the phase lists " + std::to_string(tools.size()) + " tools, more than " +
               std::to_string(kMaxPhaseTools);
    }
    for (std::size_t i = 0; i < tools.size(); ++i) {
        const std::string& tool = tools[i];
        if (tool.empty() || tool.size() > kMaxToolNameBytes ||
            !std::all_of(tool.begin(), tool.end(), isToolCharacter)) {
            return "tool " + std::to_string(i) +
                   " is not a tool name (1 to 32 characters among a-z, 0-9, '_' and '-')";
        }
        if (std::find(tools.begin(), tools.begin() + static_cast<std::ptrdiff_t>(i), tool) !=
            tools.begin() + static_cast<std::ptrdiff_t>(i)) {
            return "tool \"" + tool + "\" is listed twice";
        }
    }
    if (durationS < 0 || durationS > kMaxPhaseDurationS) {
        return "phase duration " + std::to_string(durationS) + " s is outside 0.." +
               std::to_string(kMaxPhaseDurationS) + " s";
    }
    return std::nullopt;
}

Pose quantised(const Pose& pose) {
    return Pose{Vec2{quantiseMm(pose.centre.x), quantiseMm(pose.centre.y)}, quantiseAngle(pose.rotation),
                quantiseScale(pose.scale)};
}

Size quantised(const Size& size) {
    return Size{quantiseMm(size.width), quantiseMm(size.height)};
}

void appendQuantised(std::vector<Vec2>& destination, const std::vector<Vec2>& points) {
    // Grow geometrically: reserving the exact size on every stroke.extended would copy the stroke each time.
    const std::size_t needed = destination.size() + points.size();
    if (needed > destination.capacity()) {
        destination.reserve(std::max(needed, 2 * destination.capacity()));
    }
    for (const Vec2& point : points) {
        destination.push_back(Vec2{quantiseMm(point.x), quantiseMm(point.y)});
    }
}

std::string missing(const Board& board, std::string_view kind, ItemId id) {
    const std::string_view actual = board.kindOf(id);
    if (actual.empty()) {
        return std::string(kind) + " " + std::to_string(id) + " does not exist";
    }
    return "id " + std::to_string(id) + " is a " + std::string(actual) + ", not a " + std::string(kind);
}

void noteIdUsed(Board& board, ItemId id) {
    board.nextId = std::max(board.nextId, id + 1);
}

} // namespace atelier::core::detail

// Strokes from pen contacts (smoothed, batched at 20 Hz, in the photo's frame) and erasers crossing strokes.
#include "workshop/SketchTool.hpp"

#include "core/Limits.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace atelier::workshop {
namespace {

double distance(core::Vec2 a, core::Vec2 b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

double pointToSegment(core::Vec2 p, core::Vec2 a, core::Vec2 b) {
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double length2 = dx * dx + dy * dy;
    const double t =
        length2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / length2, 0.0, 1.0) : 0.0;
    return distance(p, core::Vec2{a.x + t * dx, a.y + t * dy});
}

/// The stroke's pose on the table: its photo's, or the table itself for strokes on the board.
std::optional<core::Pose> strokeFrame(const core::Board& board, const core::Stroke& stroke) {
    if (stroke.parent == core::kNoItem) {
        return core::Pose{};
    }
    const core::Photo* photo = board.findPhoto(stroke.parent);
    if (photo == nullptr || photo->deleted) {
        return std::nullopt;
    }
    return photo->pose;
}

} // namespace

void SketchTool::penDown(const input::Contact& contact, int seat, const core::Photo& photo,
                         core::ItemId strokeId, PenStyle style, std::vector<WorkshopOutput>& out) {
    (void)out;
    if (const auto grip = m_grips.find(photo.id); grip != m_grips.end() && grip->second.seat == seat) {
        grip->second.manipulation.addContact(contact.key(), contact.posMm); // a third finger joins the grip
        m_gripped.insert_or_assign(contact.key(), photo.id);
        return;
    }
    for (auto it = m_pens.begin(); it != m_pens.end(); ++it) {
        const Pen& first = it->second;
        if (!first.begun && first.photo == photo.id && first.seat == seat && !m_grips.contains(photo.id)) {
            // Two fingers of one seat on one photo before a line started: they hold the photo, as in move
            // mode.
            Grip grip{seat, input::Manipulation(photo.pose, m_gestures), contact.tMs};
            grip.manipulation.addContact(it->first, first.rawMm);
            grip.manipulation.addContact(contact.key(), contact.posMm);
            m_gripped.insert_or_assign(it->first, photo.id);
            m_gripped.insert_or_assign(contact.key(), photo.id);
            m_grips.insert_or_assign(photo.id, std::move(grip));
            m_pens.erase(it);
            return;
        }
    }
    Pen pen;
    pen.stroke = strokeId;
    pen.photo = photo.id;
    pen.seat = seat;
    pen.style = style;
    pen.downMm = contact.posMm;
    pen.rawMm = contact.posMm;
    pen.downMs = contact.tMs;
    pen.smoothed = contact.posMm;
    pen.lastTable = contact.posMm;
    pen.early.push_back(contact.posMm);
    m_pens.insert_or_assign(contact.key(), std::move(pen));
}

void SketchTool::eraserDown(const input::Contact& contact, int seat, const core::Board& board,
                            std::vector<WorkshopOutput>& out) {
    Eraser& eraser = m_erasers.insert_or_assign(contact.key(), Eraser{seat, contact.posMm, {}}).first->second;
    erase(eraser, contact.posMm, contact.posMm, board, out);
}

void SketchTool::addPoint(Pen& pen, const core::Photo& photo, core::Vec2 table) {
    if (distance(table, pen.lastTable) < m_options.minSpacingMm ||
        pen.points + pen.pending.size() + pen.early.size() >= core::kMaxPointsPerStroke) {
        return;
    }
    pen.lastTable = table;
    if (!pen.begun) {
        pen.early.push_back(table);
        return;
    }
    pen.pending.push_back(core::tableToLocal(photo.pose, table));
}

void SketchTool::begin(Pen& pen, const core::Photo& photo, std::vector<WorkshopOutput>& out) {
    std::vector<core::Vec2> points;
    points.reserve(pen.early.size());
    for (const core::Vec2 table : pen.early) {
        points.push_back(core::tableToLocal(photo.pose, table));
    }
    pen.points = points.size();
    pen.early.clear();
    pen.begun = true;
    out.push_back(WorkshopOutput{core::StrokeBegun{pen.stroke, photo.id, pen.style.rgba(),
                                                   pen.style.widthMm(), std::move(points), pen.seat},
                                 Origin::Action,
                                 true,
                                 {}});
}

void SketchTool::send(Pen& pen, std::int64_t nowMs, std::vector<WorkshopOutput>& out) {
    if (pen.pending.empty()) {
        return;
    }
    pen.points += pen.pending.size();
    out.push_back(WorkshopOutput{core::StrokeExtended{pen.stroke, std::exchange(pen.pending, {}), pen.seat},
                                 Origin::Action,
                                 true,
                                 {}});
    pen.lastSentMs = nowMs;
}

void SketchTool::followGrip(const input::Contact& contact, const core::Board& board,
                            std::vector<WorkshopOutput>& out) {
    const auto gripped = m_gripped.find(contact.key());
    const auto found = m_grips.find(gripped->second);
    const bool lifted = contact.phase == input::Phase::Up || contact.phase == input::Phase::Cancel;
    if (lifted) {
        m_gripped.erase(gripped);
    }
    const core::Photo* photo = board.findPhoto(found == m_grips.end() ? core::kNoItem : found->first);
    if (found == m_grips.end() || photo == nullptr || photo->deleted) {
        return;
    }
    Grip& grip = found->second;
    const bool moved = grip.manipulation.moveContact(contact.key(), contact.posMm);
    const bool persist = lifted || contact.tMs - grip.persistedMs >= m_options.batchMs;
    if (moved || lifted) {
        if (persist) {
            grip.persistedMs = contact.tMs;
        }
        out.push_back(WorkshopOutput{
            core::PhotoMoved{photo->id, grip.manipulation.pose(), grip.seat}, Origin::Action, persist, {}});
    }
    if (lifted) {
        grip.manipulation.removeContact(contact.key());
        if (grip.manipulation.contactCount() == 0) {
            m_grips.erase(found);
        }
    }
}

void SketchTool::follow(const input::Contact& contact, const core::Board& board,
                        std::vector<WorkshopOutput>& out) {
    const bool lifted = contact.phase == input::Phase::Up || contact.phase == input::Phase::Cancel;
    if (m_gripped.contains(contact.key())) {
        followGrip(contact, board, out);
        return;
    }
    if (const auto found = m_erasers.find(contact.key()); found != m_erasers.end()) {
        erase(found->second, found->second.last, contact.posMm, board, out);
        found->second.last = contact.posMm;
        if (lifted) {
            m_erasers.erase(found);
        }
        return;
    }
    const auto found = m_pens.find(contact.key());
    if (found == m_pens.end()) {
        return;
    }
    Pen& pen = found->second;
    pen.rawMm = contact.posMm;
    const core::Photo* photo = board.findPhoto(pen.photo);
    if (photo == nullptr || photo->deleted) {
        if (lifted) {
            if (pen.begun) {
                out.push_back(
                    WorkshopOutput{core::StrokeEnded{pen.stroke, pen.seat}, Origin::Action, true, {}});
            }
            m_pens.erase(found);
        }
        return;
    }
    const double a = std::clamp(m_options.smoothing, 0.05, 1.0);
    pen.smoothed = core::Vec2{pen.smoothed.x + a * (contact.posMm.x - pen.smoothed.x),
                              pen.smoothed.y + a * (contact.posMm.y - pen.smoothed.y)};
    // The lift point itself ends the line, where the finger was: smoothing must not shorten it.
    addPoint(pen, *photo, lifted ? contact.posMm : pen.smoothed);
    if (!pen.begun && (lifted || distance(contact.posMm, pen.downMm) >= m_options.startMm ||
                       contact.tMs - pen.downMs >= m_options.startMs)) {
        begin(pen, *photo, out);
        pen.lastSentMs = contact.tMs;
    }
    if (pen.begun && (lifted || contact.tMs - pen.lastSentMs >= m_options.batchMs)) {
        send(pen, contact.tMs, out);
    }
    if (lifted) {
        out.push_back(WorkshopOutput{core::StrokeEnded{pen.stroke, pen.seat}, Origin::Action, true, {}});
        m_pens.erase(found);
    }
}

void SketchTool::flush(std::int64_t nowMs, const core::Board& board, std::vector<WorkshopOutput>& out) {
    for (auto& [key, pen] : m_pens) {
        const core::Photo* photo = board.findPhoto(pen.photo);
        if (!pen.begun && nowMs - pen.downMs >= m_options.startMs && photo != nullptr && !photo->deleted) {
            begin(pen, *photo, out);
            pen.lastSentMs = nowMs;
        }
        if (pen.begun && nowMs - pen.lastSentMs >= m_options.batchMs) {
            send(pen, nowMs, out);
        }
    }
}

std::optional<std::int64_t> SketchTool::nextDeadlineMs() const {
    std::optional<std::int64_t> next;
    for (const auto& [key, pen] : m_pens) {
        std::optional<std::int64_t> due;
        if (!pen.begun) {
            due = pen.downMs + m_options.startMs;
        } else if (!pen.pending.empty()) {
            due = pen.lastSentMs + m_options.batchMs;
        }
        if (due) {
            next = next ? std::min(*next, *due) : *due;
        }
    }
    return next;
}

void SketchTool::erase(Eraser& eraser, core::Vec2 from, core::Vec2 to, const core::Board& board,
                       std::vector<WorkshopOutput>& out) {
    // Samples along the eraser's path, 2 mm apart, taken into each stroke's own frame (a few conversions
    // per stroke instead of one per point), against every segment whose box comes near them.
    const int steps = std::max(1, static_cast<int>(std::ceil(distance(from, to) / 2.0)));
    std::vector<core::Vec2> samples;
    for (int s = 0; s <= steps; ++s) {
        const double t = static_cast<double>(s) / steps;
        samples.push_back({from.x + t * (to.x - from.x), from.y + t * (to.y - from.y)});
    }
    std::vector<core::Vec2> local(samples.size());
    for (const auto& [id, stroke] : board.strokes) {
        if (stroke.erased || eraser.erased.contains(id) || stroke.points.empty()) {
            continue;
        }
        const std::optional<core::Pose> frame = strokeFrame(board, stroke);
        if (!frame || frame->scale <= 0) {
            continue;
        }
        const double reach = m_options.eraserRadiusMm / frame->scale + stroke.width / 2;
        core::Vec2 lo{1e300, 1e300};
        core::Vec2 hi{-1e300, -1e300};
        for (std::size_t k = 0; k < samples.size(); ++k) {
            local[k] = core::tableToLocal(*frame, samples[k]);
            lo = {std::min(lo.x, local[k].x - reach), std::min(lo.y, local[k].y - reach)};
            hi = {std::max(hi.x, local[k].x + reach), std::max(hi.y, local[k].y + reach)};
        }
        const auto near = [&](core::Vec2 a, core::Vec2 b) {
            if (std::max(a.x, b.x) < lo.x || std::min(a.x, b.x) > hi.x || std::max(a.y, b.y) < lo.y ||
                std::min(a.y, b.y) > hi.y) {
                return false; // the segment's box misses the eraser's: nothing to measure
            }
            return std::any_of(local.begin(), local.end(),
                               [&](core::Vec2 p) { return pointToSegment(p, a, b) <= reach; });
        };
        bool hit = stroke.points.size() == 1 && near(stroke.points.front(), stroke.points.front());
        for (std::size_t i = 1; i < stroke.points.size() && !hit; ++i) {
            hit = near(stroke.points[i - 1], stroke.points[i]);
        }
        if (hit) {
            eraser.erased.insert(id);
            out.push_back(WorkshopOutput{core::StrokeErased{id, eraser.seat}, Origin::Action, true, {}});
        }
    }
}

} // namespace atelier::workshop

// Held, gliding and resting items; motion events with 20 Hz persistence and an exact final pose.
#include "input/ItemTool.hpp"

#include "core/Quantise.hpp"

#include <algorithm>
#include <cmath>

namespace atelier::input {
namespace {

/// The pose as the board will hold it, so that what is logged is exactly what is shown.
core::Pose quantised(const core::Pose& pose) {
    return core::Pose{{core::quantiseMm(pose.centre.x), core::quantiseMm(pose.centre.y)},
                      core::quantiseAngle(pose.rotation),
                      core::quantiseScale(pose.scale)};
}

core::Event movedEvent(ItemRef item, const core::Pose& pose, int seat) {
    if (item.kind == ItemKind::Photo) {
        return core::PhotoMoved{item.id, pose, seat};
    }
    return core::CardMoved{item.id, pose, seat};
}

} // namespace

void ItemTool::grab(const Contact& contact, ItemRef item, const core::Pose& boardPose, int seat) {
    auto found = m_items.find(item.id);
    if (found == m_items.end()) {
        const core::Pose start = quantised(boardPose);
        const double maxScale = item.kind == ItemKind::Card ? kCardMaxScale : m_options->maxScale;
        Active active{item,
                      seat,
                      Manipulation(start, *m_options, maxScale),
                      VelocityEstimator(m_options->velocityWindowMs),
                      {},
                      start,
                      start};
        found = m_items.emplace(item.id, std::move(active)).first;
    }
    Active& active = found->second;
    if (active.glide) {
        active.glide.reset(); // caught: it stays where it is, under the finger
        active.velocity.clear();
    }
    active.manipulation.addContact(contact.key(), contact.posMm);
    active.velocity.addSample(contact.tMs, active.manipulation.pose().centre);
}

void ItemTool::move(const Contact& contact, core::ItemId item) {
    const auto found = m_items.find(item);
    if (found == m_items.end()) {
        return;
    }
    Active& active = found->second;
    if (!active.manipulation.moveContact(contact.key(), contact.posMm)) {
        return;
    }
    active.dirty = true;
    active.dirtyMs = std::max(active.dirtyMs, contact.tMs);
    active.velocity.addSample(contact.tMs, active.manipulation.pose().centre);
}

void ItemTool::release(const Contact& contact, core::ItemId item, GestureResult& out,
                       const GlideStops& stops) {
    const auto found = m_items.find(item);
    if (found == m_items.end() || !found->second.manipulation.holds(contact.key())) {
        return;
    }
    Active& active = found->second;
    if (contact.phase == Phase::Up) {
        move(contact, item);
    }
    active.manipulation.removeContact(contact.key());
    if (active.manipulation.contactCount() > 0) {
        return;
    }
    core::Vec2 velocity = active.velocity.velocityAt(contact.tMs);
    const double speed = std::hypot(velocity.x, velocity.y);
    active.velocity.clear();
    const bool onStop = !stops.boxes.empty() && overlapsStop(active.manipulation.pose(), stops);
    if (contact.phase == Phase::Up && speed >= m_options->throwMinSpeedMmPerS && !onStop) {
        if (speed > m_options->throwMaxSpeedMmPerS) {
            const double factor = m_options->throwMaxSpeedMmPerS / speed;
            velocity = core::Vec2{velocity.x * factor, velocity.y * factor};
        }
        active.glide.emplace(active.manipulation.pose(), velocity, contact.tMs, *m_options, stops);
        if (active.dirty) {
            emit(active, active.dirtyMs, Emit::Motion, out);
        }
        return;
    }
    emit(active, contact.tMs, Emit::Final, out);
    m_items.erase(found);
}

bool ItemTool::update(std::int64_t nowMs, const core::Board& board, GestureResult& out) {
    for (auto it = m_items.begin(); it != m_items.end();) {
        Active& active = it->second;
        if (livePose(board, active.item) == nullptr) {
            it = m_items.erase(it); // deleted meanwhile (undo, another seat): its contacts now hold nothing
            continue;
        }
        if (active.glide) {
            active.manipulation.place(active.glide->poseAt(nowMs));
            if (active.glide->stopped()) {
                emit(active, nowMs, Emit::Final, out);
                it = m_items.erase(it);
                continue;
            }
            emit(active, nowMs, Emit::Motion, out);
        } else if (active.dirty) {
            emit(active, active.dirtyMs, Emit::Motion, out);
        } else {
            emit(active, nowMs, Emit::Trailing, out);
        }
        ++it;
    }
    return animating();
}

bool ItemTool::animating() const {
    return std::any_of(m_items.begin(), m_items.end(),
                       [](const auto& entry) { return entry.second.glide.has_value(); });
}

ItemRef ItemTool::inMotionAt(const core::Board& board, core::Vec2 point, double minTargetMm) const {
    ItemRef best;
    std::uint64_t bestZ = 0;
    for (const auto& [id, active] : m_items) {
        const core::Card* card = active.item.kind == ItemKind::Card ? board.findCard(id) : nullptr;
        const core::Photo* photo = active.item.kind == ItemKind::Photo ? board.findPhoto(id) : nullptr;
        if ((card == nullptr || card->deleted) && (photo == nullptr || photo->deleted)) {
            continue;
        }
        const core::Size size = card != nullptr ? card->size : photo->size;
        const std::uint64_t z = card != nullptr ? card->z : photo->z;
        if ((!best || z >= bestZ) && containsPoint(active.manipulation.pose(), size, point, minTargetMm)) {
            best = active.item;
            bestZ = z;
        }
    }
    return best;
}

void ItemTool::emit(Active& active, std::int64_t tMs, Emit kind, GestureResult& out) const {
    const core::Pose pose = quantised(active.manipulation.pose());
    active.dirty = false;
    const bool due = !active.everPersisted || tMs - active.persistedMs >= m_options->persistIntervalMs;
    bool persist = false;
    switch (kind) {
    case Emit::Motion:
        if (pose == active.emitted) {
            return;
        }
        persist = due;
        break;
    case Emit::Trailing:
        // A contact resting after a move: the log gets the pose it rests at within one interval.
        if (pose != active.emitted || pose == active.persisted || !due) {
            return;
        }
        persist = true;
        break;
    case Emit::Final:
        if (pose == active.emitted && pose == active.persisted) {
            return;
        }
        persist = pose != active.persisted;
        break;
    }
    out.outputs.push_back(GestureOutput{movedEvent(active.item, pose, active.seat), persist});
    active.emitted = pose;
    if (persist) {
        active.persisted = pose;
        active.persistedMs = tMs;
        active.everPersisted = true;
    }
}

} // namespace atelier::input

// The tool for cards and photos: drag with one contact, pinch/rotate with more, throw on a fast release.
#pragma once

#include "core/Board.hpp"
#include "input/Contact.hpp"
#include "input/GestureOptions.hpp"
#include "input/GestureOutput.hpp"
#include "input/HitTest.hpp"
#include "input/Manipulation.hpp"
#include "input/ThrowMotion.hpp"
#include "input/VelocityEstimator.hpp"

#include <cstdint>
#include <map>
#include <optional>

namespace atelier::input {

/// Items in motion and their small state machine: Held (by one or more contacts) → Gliding (thrown) → at
/// rest. Each item has its own state, so ten contacts on ten items never meet. Motion is emitted once per
/// frame per item (update), persisted at most every persistIntervalMs, and the final pose is always
/// persisted.
class ItemTool {
public:
    /// Limits from `options`, which must outlive the tool.
    explicit ItemTool(const GestureOptions& options) : m_options(&options) {}

    /// A contact lands on `item`, whose board pose is `boardPose`: it holds the item (with any other contacts
    /// on it); a gliding item is caught where it is.
    void grab(const Contact& contact, ItemRef item, const core::Pose& boardPose, int seat);

    /// A contact holding `item` moved.
    void move(const Contact& contact, core::ItemId item);

    /// A contact holding `item` lifted (Up) or was lost (Cancel). When it was the last, the item is thrown if
    /// the release was fast (Up only), else it rests and its final pose is emitted, persisted. A throw stops
    /// at the edge of `stops`; an item let go already on one of them is not thrown (it rests, and the
    /// workshop moves it off).
    void release(const Contact& contact, core::ItemId item, GestureResult& out, const GlideStops& stops = {});

    /// Emits the motion of items moved since the last call, advances glides to `nowMs`, and forgets items the
    /// board no longer has (deleted meanwhile). True while something glides.
    bool update(std::int64_t nowMs, const core::Board& board, GestureResult& out);

    /// True while an item glides.
    bool animating() const;

    /// The topmost item in motion whose pose here (not the board's, a frame behind) lies under `point`, or
    /// none: a finger landing on a card that another finger is moving joins that gesture even when the frame
    /// that moved it has not been applied yet.
    ItemRef inMotionAt(const core::Board& board, core::Vec2 point, double minTargetMm) const;

private:
    struct Active {
        ItemRef item;
        int seat = 0;
        Manipulation manipulation;
        VelocityEstimator velocity;
        std::optional<ThrowMotion> glide;
        core::Pose emitted;   ///< the pose the board has (last emitted)
        core::Pose persisted; ///< the pose the log has (last persisted)
        std::int64_t persistedMs = 0;
        bool everPersisted = false;
        bool dirty = false;
        std::int64_t dirtyMs = 0;
    };

    enum class Emit { Motion, Final, Trailing };
    void emit(Active& active, std::int64_t tMs, Emit kind, GestureResult& out) const;

    const GestureOptions* m_options;
    std::map<core::ItemId, Active> m_items;
};

} // namespace atelier::input

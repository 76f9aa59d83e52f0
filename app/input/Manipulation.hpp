// The pose of one held item as a function of the contacts on it: drag with one, translate/rotate/scale with
// more.
#pragma once

#include "core/Geometry.hpp"
#include "input/Contact.hpp"
#include "input/GestureOptions.hpp"

#include <vector>

namespace atelier::input {

/// Fingers on one item. The item follows them as a similarity transform about their centroid, measured from
/// an anchor (the pose and finger positions when the set of fingers last changed), so that adding or lifting
/// a finger never makes it jump. One finger translates only.
class Manipulation {
public:
    /// An item at `pose` with no finger yet; limits from `options`, its scale at most `maxScale` (the item
    /// kind's bound, at most the options' one). At a limit the fingers re-anchor, so pinching back acts at
    /// once: they never have to come back to where the limit was first reached.
    Manipulation(const core::Pose& pose, const GestureOptions& options, double maxScale);
    /// The same with the options' scale limits.
    Manipulation(const core::Pose& pose, const GestureOptions& options);

    /// A finger lands on the item at `pos`.
    void addContact(ContactKey key, core::Vec2 pos);

    /// A finger moved: the pose follows. False if the finger is not on this item.
    bool moveContact(ContactKey key, core::Vec2 pos);

    /// A finger lifted; the others carry on from the current pose.
    void removeContact(ContactKey key);

    /// Puts the item at `pose` (a glide moves it with no finger on it); the fingers, if any, carry on from
    /// there.
    void place(const core::Pose& pose);

    /// True when a finger is on the item.
    bool holds(ContactKey key) const;

    /// How many fingers are on the item.
    std::size_t contactCount() const { return m_fingers.size(); }

    /// The item's pose now.
    const core::Pose& pose() const { return m_pose; }

private:
    struct Finger {
        ContactKey key;
        core::Vec2 anchor;
        core::Vec2 current;
    };

    void reanchor();
    void recompute();

    const GestureOptions* m_options;
    double m_maxScale;
    core::Pose m_pose;
    core::Pose m_anchorPose;
    std::vector<Finger> m_fingers;
};

} // namespace atelier::input

// How cards move into place on the live table: a new card grows in, a dropped card settles, a card that joins
// a cluster eases in. Presentation only: the board and the log never see it.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "core/Ids.hpp"
#include "render/Overlays.hpp"

namespace atelier::table {

/// What just happened to a card that the table shows with a short motion.
enum class MotionKind : std::uint8_t {
    GrowIn, ///< the card was just written: it grows from kGrowFrom to its size
    JoinIn, ///< the card just joined a cluster: it eases in from kJoinFrom
    Settle, ///< the card was just dropped: it settles from kSettleFrom down to its size
};

/// One card to animate, as the interaction saw it (the loop stamps it with its clock).
struct MotionNote {
    core::ItemId card = core::kNoItem;
    MotionKind kind = MotionKind::GrowIn;
};

/// The cards in motion now and how far each is: a scale factor over the card's pose, easing out to 1 within
/// its duration (all ≤ kLongestMs), after which nothing is left to draw.
class CardMotion {
public:
    static constexpr std::int64_t kGrowMs = 220;
    static constexpr std::int64_t kSettleMs = 160;
    static constexpr std::int64_t kJoinMs = 200;
    static constexpr std::int64_t kLongestMs = 250;
    static constexpr double kGrowFrom = 0.8;
    static constexpr double kSettleFrom = 1.04;
    static constexpr double kJoinFrom = 0.92;

    /// Starts the motions of `notes` at the loop's clock `nowMs` (a later one on the same card replaces
    /// it; of two in the same instant the first kind listed in MotionKind wins).
    void start(const std::vector<MotionNote>& notes, std::int64_t nowMs);
    /// The scale factor a motion of `kind` shows `sinceMs` after it started: 1 once it is over.
    static double scaleAt(MotionKind kind, std::int64_t sinceMs);
    /// True until the frame that finds every motion over has drawn the cards at rest (the loop keeps
    /// drawing).
    bool active() const { return !m_moving.empty(); }
    /// Adds this frame's card scales to `overlays`; forgets the motions that are over.
    void addTo(render::Overlays& overlays, std::int64_t nowMs);
    /// Forgets every motion (a fresh session).
    void clear() { m_moving.clear(); }

private:
    struct Moving {
        MotionKind kind = MotionKind::GrowIn;
        std::int64_t startMs = 0;
    };
    std::map<core::ItemId, Moving> m_moving;
};

} // namespace atelier::table

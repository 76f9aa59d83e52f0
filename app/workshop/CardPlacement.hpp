// Where new and duplicated cards go, and where on a card a tap changes its category.
#pragma once

#include "core/Card.hpp"
#include "core/Geometry.hpp"
#include "workshop/SeatLayout.hpp"

#include <vector>

namespace atelier::workshop {

/// The first of a few spots along the seat's edge, starting at `base` (DockLayout::newCardPose), whose centre
/// is at least kCardSpacingMm from every centre in `occupied` and keeps the card on the surface; `base` when
/// all are taken. Keeps base's rotation (the seat's facing).
core::Pose freeCardSpot(const core::Pose& base, const std::vector<core::Vec2>& occupied,
                        core::Vec2 surfaceMm);

/// Where a duplicate of `original` made by `seat` goes: beside the original, towards the seat and its right,
/// turned to face the seat (what a seat creates faces it), on the surface.
core::Pose duplicatePose(const core::Card& original, const Seat& seat, core::Vec2 surfaceMm);

/// True when the point lies in the card's top-right corner zone (kCornerZoneMm on the table, as the card's
/// reader sees it): the tap zone that cycles its category.
bool inCornerZone(const core::Card& card, core::Vec2 posMm);

} // namespace atelier::workshop

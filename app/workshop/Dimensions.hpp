// The physical sizes of the workshop's touch elements, in table millimetres (docs/workshop.md: every target
// is ≥ 15 mm).
#pragma once

#include "core/Geometry.hpp"

#include <cstddef>

namespace atelier::workshop::dims {

/// Gap between the table's edge and the dock: fingers at the bezel are read badly by most touch frames.
inline constexpr double kEdgeMarginMm = 4;
/// Side of a square button (a suggested cluster's accept and dismiss).
inline constexpr double kButtonMm = 18;
/// Width of a dock button (new card, pen, eraser, undo, redo, bin, next): its pictogram and, under it, its
/// word in 4.5 mm capitals ("Corbeille" is 27 mm long).
inline constexpr double kDockButtonWidthMm = 30;
/// Depth of a dock button: a 13 mm pictogram over its one-line label.
inline constexpr double kDockButtonDepthMm = 26;
/// Gap between two dock buttons.
inline constexpr double kButtonGapMm = 4;
/// Diameter of a vote dot in the dock.
inline constexpr double kDotMm = 16;
/// Gap between two vote dots.
inline constexpr double kDotGapMm = 3;
/// Most dots a dock lays out; more dots left wait their turn (a seat rarely has more than a dozen).
inline constexpr int kMaxDotsShown = 12;

/// Distance between the centres of two neighbouring keys.
inline constexpr double kKeyPitchMm = 17.5;
/// Side of a key (the pitch less a 1.5 mm gap), above the 15 mm minimum.
inline constexpr double kKeyMm = 16;
/// Margin of the keyboard's panel around its keys.
inline constexpr double kKeyboardPaddingMm = 3;
/// Band at the top of the keyboard's panel where the character counter is drawn.
inline constexpr double kKeyboardHeaderMm = 10;
/// Gap between the dock and the keyboard above it.
inline constexpr double kDockToKeyboardMm = 6;
/// Gap between the keyboard and a new card above it.
inline constexpr double kKeyboardToCardMm = 8;

/// Size of a new card: 110 × 72 mm holds 140 characters in five lines of ~32 at 4.5 mm cap height.
inline constexpr core::Size kCardSize{110, 72};
/// Cap height card text should have at scale 1 (≥ 4 mm, readable from across a 55" table).
inline constexpr double kCardCapHeightMm = 4.5;
/// Side of the zone at a card's top-right corner (as its reader sees it) where a tap changes its category.
inline constexpr double kCornerZoneMm = 15;
/// Centres of new cards closer than this to a live card's centre count as covering it; the next spot is
/// tried.
inline constexpr double kCardSpacingMm = 20;
/// Step between the spots tried for a new card, along the seat's edge.
inline constexpr double kNewCardStepMm = 40;
/// How far a duplicate lands from its original, towards the seat's right and towards the seat.
inline constexpr double kDuplicateOffsetMm = 15;

/// The ranking shown in a presenting phase in front of each seat, centred where its keyboard would be.
inline constexpr core::Size kRankingSize{230, 100};

/// A press still counts as inside its button or key this far outside it (a finger rolls as it lifts).
inline constexpr double kReleaseGraceMm = 3;
/// A contact that travelled less than this since its down is a tap, not a drag (the gesture engine's slop).
inline constexpr double kDragSlopMm = 6;
/// Items smaller than this on the table are hit as if this large (the gesture engine's rule).
inline constexpr double kMinTargetMm = 15;

} // namespace atelier::workshop::dims

// How cards and cluster labels look, in millimetres on the surface (legible from across a 55" table).
#pragma once

#include "core/Geometry.hpp"
#include "core/VotePlacement.hpp"
#include "render/Contrast.hpp"

#include <cstdint>

namespace atelier::render {

/// The card size legibility is specified at (what a seat's "new card" makes).
inline constexpr core::Size kDefaultCardSizeMm{75, 75};
/// Cap height of card text at scale 1: above the 4 mm needed to read it from the far side of the table.
inline constexpr double kCardCapHeightMm = 5.0;
/// Long texts shrink down to this cap height, then end with "…"; never smaller.
inline constexpr double kMinCardCapHeightMm = 4.0;
/// Space between the card's edge and its text.
inline constexpr double kCardPaddingMm = 4.5;
/// Rounded corners of cards.
inline constexpr double kCardCornerMm = 3.0;
/// Reach of the soft shadow around a card; symmetric, since the table is seen from every side.
inline constexpr double kCardShadowMm = 2.5;
/// Opacity of the shadow right at the card's edge.
inline constexpr float kCardShadowOpacity = 0.35f;
/// A thin edge in a darker shade of the fill, so pale cards stand out from the pale table.
inline constexpr double kCardEdgeMm = 0.35;
/// Line spacing as a multiple of the font size.
inline constexpr double kLineSpacing = 1.12;
/// Cluster outlines keep this much room around their cards.
inline constexpr double kClusterPaddingMm = 7.0;
/// Cap height of cluster names.
inline constexpr double kClusterLabelCapMm = 5.0;

/// Vote dots: filled discs in the voting seat's colour, laid out by core::votePlace (on a card, a row
/// centred along its bottom edge, painted into the card so that they turn and scale with it). Each has a ring
/// in black or white, whichever contrasts more with what lies under it (voteDotRing), so that a dot stays
/// visible on a card of its own colour: seat 2's sky blue on a sky-blue "Se poser" card.
inline constexpr double kVoteDotRadiusMm = core::kVoteDotRadiusMm;
/// The ring's width: wider than core::kVoteDotRingMm's hint so it reads on a 1080p table (about 1.3 px).
inline constexpr double kVoteDotRingMm = 0.8;
/// From the card's bottom edge to the dots' centres.
inline constexpr double kVoteDotInsetMm = core::kVoteDotInsetMm;
/// Between neighbouring dots' centres, when the card is wide enough.
inline constexpr double kVoteDotSpacingMm = core::kVoteDotSpacingMm;

/// The ring around a vote dot lying on `background` (0xRRGGBB), as 0xRRGGBBAA: black on light colours, white
/// on dark ones (at least 4.5:1 against any background, where a white ring on sky blue had 2.3:1).
inline std::uint32_t voteDotRing(std::uint32_t background) {
    return (textColourOn(background) << 8) | 0xFFu;
}

} // namespace atelier::render

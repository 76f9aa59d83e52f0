// The bounds apply enforces on everything an event may put on the board (documented in docs/events.md).
#pragma once

#include <cstddef>

namespace atelier::core {

/// Seats a table may have; 0 on a board means "not configured yet".
inline constexpr int kMinSeats = 2;
/// See kMinSeats.
inline constexpr int kMaxSeats = 8;
/// Most dots a seat may be given for voting.
inline constexpr int kMaxVotesPerSeat = 99;
/// Most budget coins a seat may be given.
inline constexpr int kMaxCoinsPerSeat = 99;
/// Largest envelope, coin value or cost in euro cents: 100 billion euros.
inline constexpr long long kMaxCents = 10'000'000'000'000LL;
/// Fewest criteria a set-up with criteria names.
inline constexpr int kMinCriteria = 2;
/// Most criteria (the seven enjeux).
inline constexpr int kMaxCriteria = 7;
/// Ratings run from 1 to this.
inline constexpr int kMaxRating = 5;
/// Longest card text in bytes of UTF-8 (about 300 words: more does not fit on a card).
inline constexpr std::size_t kMaxCardTextBytes = 1000;
/// Longest workshop title, phase name or cluster name in bytes of UTF-8.
inline constexpr std::size_t kMaxNameBytes = 200;
/// Card categories are indexes into the workshop's palette.
inline constexpr int kMaxCategory = 63;
/// A card's category before anyone picks one ("Sans catégorie"): written as -1 in events and snapshots.
/// Logs from before it existed always name a category (0 and up), so they replay as they did.
inline constexpr int kNoCategory = -1;
/// Coordinates farther than this from the origin (100 m) are mistakes, not table positions.
inline constexpr double kMaxCoordinateMm = 100000;
/// Largest width or height of a card or photo at scale 1.
inline constexpr double kMaxItemSizeMm = 10000;
/// Smallest item size: anything smaller cannot be seen, let alone touched.
inline constexpr double kMinItemSizeMm = 1;
/// Pinch-zoom limits of a card or photo.
inline constexpr double kMinScale = 0.05;
/// See kMinScale.
inline constexpr double kMaxScale = 20;
/// Pen widths in millimetres.
inline constexpr double kMinStrokeWidthMm = 1;
/// See kMinStrokeWidthMm.
inline constexpr double kMaxStrokeWidthMm = 20;
/// Most points one stroke.begun or stroke.extended may carry.
inline constexpr std::size_t kMaxPointsPerEvent = 10000;
/// Most points one stroke may hold; a pen should end its stroke and begin another before this.
inline constexpr std::size_t kMaxPointsPerStroke = 100000;
/// Most cards a cluster.formed may list.
inline constexpr std::size_t kMaxClusterCards = 1000;
/// Phase indexes run from 0 to this.
inline constexpr int kMaxPhaseIndex = 999;
/// Longest phase: a day.
inline constexpr int kMaxPhaseDurationS = 86400;
/// Most tools a phase may allow.
inline constexpr std::size_t kMaxPhaseTools = 16;
/// Longest tool name in bytes.
inline constexpr std::size_t kMaxToolNameBytes = 32;

} // namespace atelier::core

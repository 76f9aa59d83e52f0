// Boards and events the core tests share: a session in full swing and one event of every type.
#pragma once

#include "core/Apply.hpp"
#include "core/Board.hpp"
#include "core/Event.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace atelier::core::testing {

/// The hash of a photo blob used by the sample boards.
std::string sampleAssetHash();

/// A configured table of 4 seats, 3 dots each, no items.
Board configuredBoard();

/// A board holding every kind of item in every state (see TestBoards.cpp for the list of ids):
/// photo 1, cards 2-5 (5 a prompt), deleted card 6, stroke 7 being drawn by seat 1 on photo 1, ended
/// stroke 8 of seat 2, erased stroke 9, cluster 10 {2, 3}, dissolved cluster 11 {4}, votes 12 (seat 1 on
/// card 2) and 13 (seat 2 on cluster 10), withdrawn vote 14, removed photo 15. nextId is 16.
Board sampleBoard();

/// sampleBoard() with deciding under way: a set-up (envelope 100,000 €, 10 coins of 10,000 € a seat,
/// criteria Utilité, Accessibilité, Durabilité), cluster 10 costing 30,000 € and card 3 50,000 €, coins
/// 16 (seat 1) and 17 (seat 2) on cluster 10, coin 18 of seat 1 withdrawn from card 3, ratings of cluster
/// 10 by seat 1 (Utilité 4, Accessibilité 3). nextId is 19.
Board decisionBoard();

/// One event of every known type but the deciding ones, each applicable on its own to sampleBoard(), then
/// an UnknownEvent.
std::vector<Event> oneEventOfEachType();

/// One deciding event of every type, each applicable on its own to decisionBoard().
std::vector<Event> oneDecisionEventOfEachType();

/// Applies an event that must succeed (the test fails with apply's reason otherwise).
void applyOrFail(Board& board, const Event& event);

/// Checks that the event is refused with a reason containing `reasonPart` and that the board is exactly
/// as it was (same value, same hash).
void expectRejected(const Board& board, const Event& event, std::string_view reasonPart);

} // namespace atelier::core::testing

// What an export says about a session: its cards, clusters, votes, phases and photos, as plain values.
#pragma once

#include "core/Board.hpp"
#include "replay/DecisionReport.hpp"
#include "replay/Recording.hpp"
#include "replay/SessionTime.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace atelier::replay {

/// What the workshop definition adds to the recorded board: the question asked and the category names.
struct WorkshopLabels {
    std::string question;
    std::vector<std::string> categoryNames;     ///< by category index
    std::vector<std::uint32_t> categoryColours; ///< 0xRRGGBB by category index
};

/// One card on the board at the end (deleted cards are left out).
struct ReportCard {
    core::ItemId id = core::kNoItem;
    std::string text;
    int category = 0;
    std::string categoryName;                    ///< empty when the definition names no such category
    std::optional<std::uint32_t> categoryColour; ///< 0xRRGGBB; nothing when the definition names none
    int seat = 0;                                ///< 1..8; 0 for a facilitator's prompt card
    core::ItemId cluster = core::kNoItem;
    std::string clusterName;
    int votes = 0; ///< dots on the card itself
    std::int64_t createdMs = 0;
    std::int64_t editedMs = 0;
    bool question = false; ///< the workshop's question on the table, not an idea
};

/// One cluster (not dissolved) and the dots placed on it.
struct ReportCluster {
    core::ItemId id = core::kNoItem;
    std::string name;
    int number = 0;                  ///< 1 for the session's first cluster: "Groupe 1" until it is named
    std::vector<core::ItemId> cards; ///< members that are still on the board
    int votes = 0;                   ///< dots on the cluster itself
};

/// One phase as it ran: when it began, how long it lasted (until the next phase or the end, pauses
/// included) and the pauses inside it.
struct ReportPhase {
    int index = 0;
    std::string name;
    std::int64_t seq = 0; ///< its first phase.started event
    std::int64_t startMs = 0;
    std::int64_t durationMs = 0;
    std::vector<PhasePause> pauses;
};

/// One photo on the board at the end and the sketches drawn on it.
struct ReportPhoto {
    core::ItemId id = core::kNoItem;
    std::string assetHash;
    int strokes = 0; ///< strokes on it that are not erased
};

/// A card or a cluster in the vote ranking, as the exports write it.
struct RankedItem {
    std::string kind; ///< "card" or "cluster"
    core::ItemId id = core::kNoItem;
    std::string label; ///< the card's text or the cluster's name
    int votes = 0;
    int rank = 0; ///< 1 for the most dots; ties share a rank
};

/// Everything the JSON, CSV and HTML exports are made of.
struct SessionReport {
    SessionInfo session;
    std::string title; ///< the board's title (session.configured), else the workshop's
    std::string question;
    std::int64_t durationMs = 0;
    std::int64_t eventCount = 0;
    std::vector<ReportPhase> phases;
    std::vector<ReportCard> cards;          ///< by id
    std::vector<ReportCluster> clusters;    ///< by id
    std::vector<ReportPhoto> photos;        ///< by id
    std::vector<RankedItem> ranking;        ///< items with at least one dot, most dots first
    std::optional<ReportDecision> decision; ///< costs, coins, funded set and criteria; none if never decided
};

/// Builds the report of `recording` from its board at the end (`endBoard`, from a Player at the end).
SessionReport buildReport(Recording& recording, const core::Board& endBoard, const WorkshopLabels& labels);

/// The table's vote ranking (core::rankByVotes, the one its locked phase shows) with each item's label,
/// keeping the items that hold at least one dot: withdrawn dots and dots on deleted cards or dissolved
/// clusters do not count; equal counts share a rank, clusters before cards, then by id.
std::vector<RankedItem> reportRanking(const core::Board& board);

} // namespace atelier::replay

// "Suggest clusters": proposed groups of nearby cards shown on the table, each accepted or dismissed by a
// tap.
#pragma once

#include "core/Board.hpp"
#include "input/Contact.hpp"
#include "input/TargetRegistry.hpp"
#include "workshop/Clustering.hpp"
#include "workshop/Widget.hpp"

#include <map>
#include <optional>
#include <vector>

namespace atelier::workshop {

/// One proposed group: the cards `suggestClusters` linked, where they lay when it was proposed.
struct Suggestion {
    int number = 0; ///< 1.. in the order proposed; stable until the next proposal (targets use it)
    std::vector<core::ItemId> cards;
    TableBox box; ///< around the cards, as they lay
};

/// A tap on a proposal's button: accept (form the cluster) or dismiss.
struct SuggestionDecision {
    int number = 0;
    bool accept = false;
};

/// The proposals on the table and their two buttons each (✔ accept, ✖ dismiss, 18 mm, at the top right of
/// the group's outline). A button acts on a release inside it (3 mm of grace), like the docks'.
class ClusterSuggestions {
public:
    /// Replaces the proposals with the groups of free cards within `distanceMm` (single linkage) now; how
    /// many.
    std::size_t propose(const core::Board& board, double distanceMm, core::Vec2 surfaceMm);
    /// Takes every proposal away (a new phase).
    void clear();
    /// The proposals shown.
    const std::vector<Suggestion>& all() const { return m_suggestions; }
    /// A contact going down: true (and pressed) when it lands on a button.
    bool press(const input::Contact& contact);
    /// A later sample of a pressed contact; on a release inside its button, what was decided.
    std::optional<SuggestionDecision> follow(const input::Contact& contact);
    /// Takes a proposal away; its cards, or nothing when there is no such proposal.
    std::optional<std::vector<core::ItemId>> take(int number);
    /// Appends each proposal's outline and buttons.
    void appendWidgets(std::vector<Widget>& out) const;
    /// Adds suggestion.<k>.accept and suggestion.<k>.dismiss for each proposal.
    void addTargets(input::TargetRegistry& targets) const;

private:
    struct Press {
        SuggestionDecision decision;
        bool inside = true;
    };
    core::Pose buttonPose(const Suggestion& suggestion, bool accept) const;

    std::vector<Suggestion> m_suggestions;
    std::map<input::ContactKey, Press> m_presses;
    core::Vec2 m_surfaceMm{1210, 680};
};

} // namespace atelier::workshop

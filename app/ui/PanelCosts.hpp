// The facilitator panel's screen of estimated costs: a proposal chosen from a list, its cost typed on a pad.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace atelier::ui {

struct PanelModel;
struct PanelFrame;

/// A proposal (a cluster or a card) as the costs screen lists it.
struct PanelProposal {
    std::int64_t id = 0;
    std::string title;      ///< "[name]" for a cluster, the card's text
    std::int64_t cents = 0; ///< its cost, 0 when none
};

/// What the costs screen shows, filled by the facilitator's controller.
struct PanelCosts {
    bool open = false;   ///< the screen replaces the controls
    bool canSet = false; ///< the current phase has the `budget` tool
    std::vector<PanelProposal> proposals;
    std::int64_t selected = 0; ///< the proposal whose cost is typed, 0 none
    std::string typed;         ///< whole euros typed so far ("45000"), empty none
    bool tooLarge = false;     ///< the last digit was refused: nine digits at most
};

/// The presses of the costs screen, carried in PanelAction::value (Kind::Cost); digits are 0..9.
enum PanelCostPress : int {
    kCostThousand = 10, ///< "000"
    kCostErase = 11,
    kCostSet = 12,    ///< sets the typed amount on the selected proposal
    kCostClear = 13,  ///< takes the selected proposal's cost away
    kCostSelect = 14, ///< PanelAction::card: the proposal chosen
    kCostOpen = 15,   ///< from the controls: show the costs screen
    kCostBack = 16,   ///< back to the controls
};

/// The controls' button that opens the costs screen (live in a phase with `budget`): panel.costs.
void drawCostsEntry(const PanelModel& model, PanelFrame& frame, float width, float row);

/// The costs screen: the proposals (panel.costs.item.<id>), the amount, a pad (panel.costs.key.<0-9|000|
/// erase>), panel.costs.set, panel.costs.clear and panel.costs.back.
void drawCosts(const PanelModel& model, PanelFrame& frame);

} // namespace atelier::ui

// The facilitator's estimated costs: the panel's costs screen state, and the cost.set events it gives.
#pragma once

#include "core/Board.hpp"
#include "core/Event.hpp"
#include "ui/PanelScreens.hpp"

#include <functional>
#include <string>

namespace atelier::table {

/// What the panel's costs screen remembers between frames (which proposal, the euros typed) and what a
/// press on it does: "Set" logs cost.set from seat 0 (the facilitator), "Clear" logs cost.set with 0. Costs
/// are set only in a phase with the `budget` tool (the board's rule, checked here to explain it on screen).
class CostsDesk {
public:
    /// Over the session's board (read only); `submit` applies and logs a facilitator's event (true: applied).
    CostsDesk(const core::Board& board, std::function<bool(const core::Event&)> submit);

    /// Fills the screen's part of the panel's model.
    void fill(ui::PanelCosts& costs, core::Language language) const;
    /// Carries out a press of the costs screen (PanelAction::Kind::Cost).
    void carryOut(const ui::PanelAction& action);
    /// Back to the controls (the panel closed, or a new phase came).
    void close();

private:
    bool canSet() const;

    const core::Board& m_board;
    std::function<bool(const core::Event&)> m_submit;
    bool m_open = false;
    core::ItemId m_selected = core::kNoItem;
    std::string m_typed;
    bool m_tooLarge = false;
};

} // namespace atelier::table

// The costs screen's choices and the facilitator's cost.set events.
#include "table/CostsDesk.hpp"

#include "core/Funding.hpp"
#include "workshop/DecidePlaces.hpp"
#include "workshop/DecideTable.hpp"

#include <algorithm>
#include <spdlog/spdlog.h>

namespace atelier::table {
namespace {

/// Whole euros typed: nine digits at most (under a billion euros), as on the seats' pads.
constexpr std::size_t kMaxDigits = 9;
constexpr std::int64_t kCentsPerEuro = 100;
constexpr std::size_t kTitleCharacters = 40;

} // namespace

CostsDesk::CostsDesk(const core::Board& board, std::function<bool(const core::Event&)> submit)
    : m_board(board), m_submit(std::move(submit)) {}

bool CostsDesk::canSet() const {
    const std::vector<std::string>& tools = m_board.phase.tools;
    return m_board.phase.index >= 0 && std::find(tools.begin(), tools.end(), "budget") != tools.end();
}

void CostsDesk::fill(ui::PanelCosts& costs, core::Language language) const {
    costs.open = m_open;
    costs.canSet = canSet();
    costs.typed = m_typed;
    costs.tooLarge = m_tooLarge;
    costs.selected = static_cast<std::int64_t>(m_selected);
    if (!m_open) {
        return;
    }
    for (const core::ItemId item : workshop::proposals(m_board)) {
        costs.proposals.push_back(ui::PanelProposal{
            static_cast<std::int64_t>(item),
            workshop::proposalTitle(m_board, item, kTitleCharacters, language), core::costOf(m_board, item)});
    }
}

void CostsDesk::close() {
    m_open = false;
    m_selected = core::kNoItem;
    m_typed.clear();
    m_tooLarge = false;
}

void CostsDesk::carryOut(const ui::PanelAction& action) {
    m_tooLarge = false;
    if (action.value >= 0 && action.value <= 9) {
        if (m_typed.size() >= kMaxDigits) {
            m_tooLarge = true;
        } else if (action.value != 0 || !m_typed.empty()) {
            m_typed += static_cast<char>('0' + action.value);
        }
        return;
    }
    switch (action.value) {
    case ui::kCostThousand:
        m_tooLarge = !m_typed.empty() && m_typed.size() + 3 > kMaxDigits;
        if (!m_typed.empty() && !m_tooLarge) {
            m_typed += "000";
        }
        return;
    case ui::kCostErase:
        if (!m_typed.empty()) {
            m_typed.pop_back();
        }
        return;
    case ui::kCostSelect: {
        m_selected = static_cast<core::ItemId>(action.card);
        const std::int64_t cents = core::costOf(m_board, m_selected);
        m_typed = cents > 0 ? std::to_string(cents / kCentsPerEuro) : std::string();
        return;
    }
    case ui::kCostSet:
    case ui::kCostClear: {
        const std::int64_t cents =
            action.value == ui::kCostSet && !m_typed.empty() ? std::stoll(m_typed) * kCentsPerEuro : 0;
        if (m_selected == core::kNoItem || !canSet() || (action.value == ui::kCostSet && cents == 0)) {
            return;
        }
        if (m_submit(core::CostSet{m_selected, cents, 0})) {
            spdlog::info("the facilitator set the cost of item {} to {} cents", m_selected, cents);
        }
        return;
    }
    case ui::kCostOpen:
        m_open = canSet();
        return;
    case ui::kCostBack:
        close();
        return;
    default:
        return;
    }
}

} // namespace atelier::table

// Which first-steps hint each seat still sees: given at a phase's start, gone once the seat used the tool.
#include "table/FirstSteps.hpp"

#include <algorithm>
#include <optional>
#include <string>

namespace atelier::table {
namespace {

/// The hints a phase's tools call for (a phase without these tools has none).
std::vector<Hint> hintsOf(const std::vector<std::string>& tools) {
    std::vector<Hint> hints;
    auto has = [&tools](const char* name) {
        return std::find(tools.begin(), tools.end(), name) != tools.end();
    };
    if (has("locked")) {
        return hints;
    }
    if (has("cards")) {
        hints.push_back(Hint::NewCard);
    }
    if (has("cluster")) {
        hints.push_back(Hint::Cluster);
    }
    if (has("vote")) {
        hints.push_back(Hint::Vote);
    }
    return hints;
}

/// The tool an event shows its seat used, if any.
std::optional<Hint> usedBy(const core::Event& event) {
    if (std::holds_alternative<core::CardCreated>(event)) {
        return Hint::NewCard;
    }
    if (std::holds_alternative<core::ClusterFormed>(event) ||
        std::holds_alternative<core::ClusterJoined>(event)) {
        return Hint::Cluster;
    }
    if (std::holds_alternative<core::VoteCast>(event)) {
        return Hint::Vote;
    }
    return std::nullopt;
}

int seatOf(const core::Event& event) {
    return std::visit([](const auto& e) { return e.seat; }, event);
}

} // namespace

core::TextId hintText(Hint hint) {
    switch (hint) {
    case Hint::NewCard:
        return core::TextId::HintNewCard;
    case Hint::Cluster:
        return core::TextId::HintCluster;
    case Hint::Vote:
        return core::TextId::HintVote;
    }
    return core::TextId::HintNewCard;
}

bool FirstSteps::follow(const core::Board& board) {
    if (board.phase.index == m_phaseIndex) {
        return false;
    }
    m_phaseIndex = board.phase.index;
    m_pending.clear();
    const std::vector<Hint> hints = hintsOf(board.phase.tools);
    for (int seat = 1; seat <= m_seats && !hints.empty(); ++seat) {
        m_pending[seat] = hints;
    }
    return true;
}

bool FirstSteps::observe(const core::Event& event) {
    const std::optional<Hint> used = usedBy(event);
    if (!used) {
        return false;
    }
    const auto it = m_pending.find(seatOf(event));
    if (it == m_pending.end()) {
        return false;
    }
    std::vector<Hint>& hints = it->second;
    const auto before = hints.size();
    hints.erase(std::remove(hints.begin(), hints.end(), *used), hints.end());
    return hints.size() != before;
}

std::vector<Hint> FirstSteps::hintsFor(int seat) const {
    const auto it = m_pending.find(seat);
    return it == m_pending.end() ? std::vector<Hint>{} : it->second;
}

bool FirstSteps::empty() const {
    return std::all_of(m_pending.begin(), m_pending.end(),
                       [](const auto& entry) { return entry.second.empty(); });
}

} // namespace atelier::table

// apply(): dispatches each event to its family's rules (ApplySession.cpp, ApplyCards.cpp, ...).
#include "core/Apply.hpp"

#include "core/ApplyRules.hpp"

namespace atelier::core {

ApplyResult apply(Board& board, const Event& event) {
    return std::visit([&board](const auto& e) { return detail::applyEvent(board, e); }, event);
}

} // namespace atelier::core

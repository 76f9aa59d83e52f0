// The locked phase, the bounds of a card's pose, and the refusal of events that change nothing.
#include "workshop/BoardRules.hpp"

#include "core/Quantise.hpp"

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace atelier::workshop {
namespace {

core::Pose quantised(const core::Pose& pose) {
    return core::Pose{{core::quantiseMm(pose.centre.x), core::quantiseMm(pose.centre.y)},
                      core::quantiseAngle(pose.rotation),
                      core::quantiseScale(pose.scale)};
}

/// True for what a seat does to the board that a locked phase forbids: everything but removing a blank card
/// its keyboard left (the dock's bin and undo are off in such a phase anyway).
bool lockedOut(const core::Event& event) {
    return std::visit(
        [](const auto& e) {
            using E = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<E, core::SessionConfigured> ||
                          std::is_same_v<E, core::PhaseStarted> || std::is_same_v<E, core::CardDeleted> ||
                          std::is_same_v<E, core::UnknownEvent>) {
                return false;
            } else {
                return e.seat != 0;
            }
        },
        event);
}

/// The card's pose with its scale bounded and its box kept on the table.
core::Pose bounded(core::Pose pose, const core::Size& size, core::Vec2 surfaceMm) {
    pose.scale = std::min(pose.scale, kCardMaxScale);
    const double c = std::abs(std::cos(pose.rotation));
    const double s = std::abs(std::sin(pose.rotation));
    const double halfW = (size.width * c + size.height * s) * pose.scale / 2;
    const double halfH = (size.width * s + size.height * c) * pose.scale / 2;
    if (2 * halfW <= surfaceMm.x) {
        pose.centre.x = std::clamp(pose.centre.x, halfW, surfaceMm.x - halfW);
    }
    if (2 * halfH <= surfaceMm.y) {
        pose.centre.y = std::clamp(pose.centre.y, halfH, surfaceMm.y - halfH);
    }
    return quantised(pose);
}

} // namespace

BoardRules::BoardRules(const core::Board& board, core::Vec2 surfaceMm)
    : m_board(board), m_surfaceMm(surfaceMm) {}

bool BoardRules::locked() const {
    const std::vector<std::string>& tools = m_board.phase.tools;
    return m_board.paused ||
           (m_board.phase.index >= 0 && std::find(tools.begin(), tools.end(), "locked") != tools.end());
}

std::optional<core::Event> BoardRules::admit(const core::Event& event) const {
    if (locked() && lockedOut(event)) {
        return std::nullopt;
    }
    core::Event shaped = event;
    if (auto* moved = std::get_if<core::CardMoved>(&shaped)) {
        if (const core::Card* card = m_board.findCard(moved->id); card != nullptr) {
            moved->pose = bounded(moved->pose, card->size, m_surfaceMm);
        }
    }
    if (changesNothing(shaped)) {
        return std::nullopt;
    }
    return shaped;
}

bool BoardRules::changesNothing(const core::Event& event) const {
    if (const auto* moved = std::get_if<core::CardMoved>(&event)) {
        const core::Card* card = m_board.findCard(moved->id);
        return card != nullptr && !card->deleted && card->pose == quantised(moved->pose) &&
               !m_unlogged.contains(moved->id);
    }
    if (const auto* moved = std::get_if<core::PhotoMoved>(&event)) {
        const core::Photo* photo = m_board.findPhoto(moved->id);
        return photo != nullptr && !photo->deleted && photo->pose == quantised(moved->pose) &&
               !m_unlogged.contains(moved->id);
    }
    if (const auto* edited = std::get_if<core::CardEdited>(&event)) {
        const core::Card* card = m_board.findCard(edited->id);
        return card != nullptr && !card->deleted && card->text == edited->text;
    }
    if (const auto* recoloured = std::get_if<core::CardRecoloured>(&event)) {
        const core::Card* card = m_board.findCard(recoloured->id);
        return card != nullptr && !card->deleted && card->category == recoloured->category;
    }
    if (const auto* renamed = std::get_if<core::ClusterRenamed>(&event)) {
        const core::Cluster* cluster = m_board.findCluster(renamed->id);
        return cluster != nullptr && !cluster->dissolved && cluster->name == renamed->name;
    }
    if (const auto* cost = std::get_if<core::CostSet>(&event)) { // the same cost typed again
        const auto found = m_board.costs.find(cost->item);
        return (found != m_board.costs.end() ? found->second : 0) == cost->cents;
    }
    if (const auto* rating = std::get_if<core::RatingGiven>(&event)) { // the lit step tapped as it is
        const auto found =
            m_board.ratings.find(core::RatingKey{rating->item, rating->seat, rating->criterion});
        return (found != m_board.ratings.end() ? found->second : 0) == rating->value;
    }
    return false;
}

void BoardRules::noteApplied(const core::Event& event, bool logged) {
    core::ItemId item = core::kNoItem;
    if (const auto* moved = std::get_if<core::CardMoved>(&event)) {
        item = moved->id;
    } else if (const auto* photo = std::get_if<core::PhotoMoved>(&event)) {
        item = photo->id;
    } else {
        return;
    }
    if (logged) {
        m_unlogged.erase(item);
    } else {
        m_unlogged.insert_or_assign(item, event);
    }
}

std::vector<core::Event> BoardRules::unloggedMotion() const {
    std::vector<core::Event> events;
    for (const auto& [item, event] : m_unlogged) {
        events.push_back(event);
    }
    return events;
}

} // namespace atelier::workshop

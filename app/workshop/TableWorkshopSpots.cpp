// Where the workshop puts cards so that nothing is buried: new cards and duplicates on free spots, cards let
// go over a dock or a keyboard bounced off it, cards pushed off a keyboard that opens or the ranking that
// shows over them, thrown cards stopped at docks and keyboards, blank cards removed when their keyboard
// closes. Part of TableWorkshop, split from TableWorkshop.cpp for size.
#include "workshop/TableWorkshop.hpp"

#include "workshop/CardPlacement.hpp"
#include "workshop/Dimensions.hpp"
#include "workshop/FreeSpot.hpp"
#include "workshop/KeyboardLayout.hpp"

#include <algorithm>

namespace atelier::workshop {

bool TableWorkshop::locked() const {
    return showsRanking();
}

std::vector<Area> TableWorkshop::panelAreas(int openingSeat) const {
    std::vector<Area> areas;
    for (const SeatKeyboard& keyboard : m_keyboards.all()) {
        if (keyboard.isOpen() || keyboard.seat() == openingSeat) {
            areas.push_back(areaOf(keyboard.pose(), KeyboardLayout::french().panelSize()));
        }
    }
    for (const SeatDock& own : m_docks) {
        for (const DockPlace& place : m_layout.buttons(own.seat())) {
            areas.push_back(areaOf(place.pose, place.size));
        }
        for (int k = 1; k <= dotsShown(own.seat()); ++k) {
            const DockPlace place = m_layout.dot(own.seat(), k, dotsGiven());
            areas.push_back(areaOf(place.pose, place.size));
        }
    }
    return areas;
}

std::vector<Area> TableWorkshop::takenAreas(core::ItemId except, int openingSeat) const {
    std::vector<Area> areas = panelAreas(openingSeat);
    for (const auto& [id, card] : m_board.cards) {
        if (!card.deleted && id != except) {
            areas.push_back(areaOf(card.pose, card.size));
        }
    }
    for (const WorkshopOutput& output : m_outputs) {
        if (const auto* created = std::get_if<core::CardCreated>(&output.event)) {
            areas.push_back(areaOf(created->pose, created->size));
        }
    }
    return areas;
}

core::Pose TableWorkshop::freeSpotFor(int seat) const {
    const core::Pose base = m_layout.newCardPose(seat);
    const auto inZone = [&](core::Vec2 centre) { return m_seats.seatAt(centre).number == seat; };
    if (const auto spot = nearestFreeSpot(base, dims::kCardSize, takenAreas(core::kNoItem, seat),
                                          m_seats.surfaceMm(), inZone)) {
        return *spot;
    }
    return base; // a table full in front of the seat: the card goes where it always does
}

core::Pose TableWorkshop::duplicateSpot(const core::Card& original, const Seat& seat) const {
    core::Pose wanted = original.pose;
    wanted.rotation = seat.facing; // what a seat creates faces it
    if (const auto spot =
            nearestFreeSpot(wanted, original.size, takenAreas(core::kNoItem, 0), m_seats.surfaceMm())) {
        return *spot;
    }
    return duplicatePose(original, seat, m_seats.surfaceMm());
}

std::optional<core::Pose> TableWorkshop::bounceSpot(const core::Card& card) const {
    const Area box = areaOf(card.pose, card.size);
    const std::vector<Area> panels = panelAreas(0);
    if (std::none_of(panels.begin(), panels.end(), [&](const Area& area) { return box.overlaps(area); })) {
        return std::nullopt; // not on a dock or an open keyboard: it stays where it was let go
    }
    if (const auto spot =
            nearestFreeSpot(card.pose, card.size, takenAreas(card.id, 0), m_seats.surfaceMm())) {
        return spot;
    }
    return nearestFreeSpot(card.pose, card.size, panels, m_seats.surfaceMm()); // off the panels, on cards
}

std::vector<input::Bounds> TableWorkshop::glideStops() const {
    std::vector<input::Bounds> stops;
    for (const Area& area : panelAreas(0)) {
        stops.push_back(input::Bounds{area.min, area.max});
    }
    return stops;
}

Area TableWorkshop::keyboardArea(int seat) const {
    return areaOf(m_layout.keyboardPose(seat), KeyboardLayout::french().panelSize());
}

std::vector<Area> TableWorkshop::rankingAreas() const {
    std::vector<Area> areas;
    for (const Seat& seat : m_seats.seats()) {
        areas.push_back(areaOf(m_layout.keyboardPose(seat.number), dims::kRankingSize));
    }
    return areas;
}

void TableWorkshop::pushCardsOff(const std::vector<Area>& covers, int seat) {
    const auto pending = [&](core::ItemId id) { // held by a finger (it bounces when let go), or going
        return std::any_of(m_held.begin(), m_held.end(),
                           [&](const auto& e) { return e.second.card == id; }) ||
               std::any_of(m_outputs.begin(), m_outputs.end(), [&](const WorkshopOutput& output) {
                   const auto* deleted = std::get_if<core::CardDeleted>(&output.event);
                   return deleted != nullptr && deleted->id == id;
               });
    };
    std::vector<const core::Card*> covered;
    std::vector<Area> fixed = panelAreas(0);
    fixed.insert(fixed.end(), covers.begin(), covers.end());
    std::vector<Area> taken = fixed;
    for (const auto& [id, card] : m_board.cards) {
        if (card.deleted || pending(id)) {
            continue;
        }
        const Area box = areaOf(card.pose, card.size);
        const bool under =
            std::any_of(covers.begin(), covers.end(), [&](const Area& cover) { return box.overlaps(cover); });
        if (under) {
            covered.push_back(&card);
        } else {
            taken.push_back(box);
        }
    }
    for (const WorkshopOutput& output : m_outputs) {
        if (const auto* created = std::get_if<core::CardCreated>(&output.event)) {
            taken.push_back(areaOf(created->pose, created->size));
        }
    }
    for (const core::Card* card : covered) {
        std::optional<core::Pose> spot = nearestFreeSpot(card->pose, card->size, taken, m_seats.surfaceMm());
        if (!spot) {
            spot = nearestFreeSpot(card->pose, card->size, fixed, m_seats.surfaceMm()); // a full table
        }
        if (spot) {
            emit(core::CardMoved{card->id, *spot, seat}, Origin::Rule); // in sight, and not an undo step
            taken.push_back(areaOf(*spot, card->size));
        }
    }
}

core::ItemId TableWorkshop::blankBeingWritten(int seat) const {
    const SeatKeyboard* keyboard = m_keyboards.seat(seat);
    const CardEditor* editor = keyboard != nullptr ? keyboard->editor() : nullptr;
    if (editor == nullptr || !editor->text().empty()) {
        return core::kNoItem;
    }
    const core::Card* card = liveCard(editor->card());
    return card != nullptr && card->text.empty() ? card->id : core::kNoItem;
}

core::ItemId TableWorkshop::writtenBy(int seat) const {
    const SeatKeyboard* keyboard = m_keyboards.seat(seat);
    const CardEditor* editor = keyboard != nullptr ? keyboard->editor() : nullptr;
    return editor != nullptr ? editor->card() : core::kNoItem;
}

void TableWorkshop::leaveBlank(int seat, core::ItemId id) {
    const core::Card* card = liveCard(id);
    if (card == nullptr || !card->text.empty() || card->seat == 0) {
        return; // written, gone, or the facilitator's prompt
    }
    const bool stillWritten =
        std::any_of(m_keyboards.all().begin(), m_keyboards.all().end(),
                    [&](const SeatKeyboard& keyboard) {
                        return keyboard.editor() != nullptr && keyboard.editor()->card() == id;
                    }) ||
        (facilitatorEditor() != nullptr && facilitatorEditor()->card() == id);
    const bool typed = std::any_of(m_outputs.begin(), m_outputs.end(), [&](const WorkshopOutput& output) {
        const auto* edited = std::get_if<core::CardEdited>(&output.event);
        return edited != nullptr && edited->id == id;
    });
    if (!stillWritten && !typed) {
        emit(core::CardDeleted{id, seat}); // a card closed empty goes; the seat's undo brings it back
    }
}

} // namespace atelier::workshop

// apply() rules of the card events and item.raised.
#include "core/ApplyRules.hpp"

#include "core/Limits.hpp"
#include "core/Utf8.hpp"

namespace atelier::core::detail {
namespace {

Problem categoryProblem(int category) {
    if (category < kNoCategory || category > kMaxCategory) {
        return "category " + std::to_string(category) + " is outside -1 (none) .." +
               std::to_string(kMaxCategory);
    }
    return std::nullopt;
}

Problem cardTextProblem(std::string_view text) {
    return textProblem(text, kMaxCardTextBytes, "the card text");
}

/// The card an event names, when it exists and is not deleted; otherwise why not.
Card* liveCard(Board& board, ItemId id, std::string& why) {
    const auto found = board.cards.find(id);
    if (found == board.cards.end()) {
        why = missing(board, "card", id);
        return nullptr;
    }
    if (found->second.deleted) {
        why = "card " + std::to_string(id) + " is deleted";
        return nullptr;
    }
    return &found->second;
}

} // namespace

ApplyResult applyEvent(Board& board, const CardCreated& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    if (Problem problem = newIdProblem(board, event.id)) {
        return rejected(std::move(*problem));
    }
    if (Problem problem = poseProblem(event.pose)) {
        return rejected(std::move(*problem));
    }
    if (Problem problem = sizeProblem(event.size)) {
        return rejected(std::move(*problem));
    }
    if (Problem problem = cardTextProblem(event.text)) {
        return rejected(std::move(*problem));
    }
    if (Problem problem = categoryProblem(event.category)) {
        return rejected(std::move(*problem));
    }
    Card card{event.id,
              quantised(event.pose),
              quantised(event.size),
              event.text,
              event.category,
              event.seat,
              ++board.zCounter,
              false};
    board.cards.emplace(event.id, std::move(card));
    noteIdUsed(board, event.id);
    return accepted();
}

ApplyResult applyEvent(Board& board, const CardMoved& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    std::string why;
    Card* card = liveCard(board, event.id, why);
    if (card == nullptr) {
        return rejected(std::move(why));
    }
    if (Problem problem = poseProblem(event.pose)) {
        return rejected(std::move(*problem));
    }
    card->pose = quantised(event.pose);
    return accepted();
}

ApplyResult applyEvent(Board& board, const CardEdited& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    std::string why;
    Card* card = liveCard(board, event.id, why);
    if (card == nullptr) {
        return rejected(std::move(why));
    }
    if (Problem problem = cardTextProblem(event.text)) {
        return rejected(std::move(*problem));
    }
    card->text = event.text;
    return accepted();
}

ApplyResult applyEvent(Board& board, const CardRecoloured& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    std::string why;
    Card* card = liveCard(board, event.id, why);
    if (card == nullptr) {
        return rejected(std::move(why));
    }
    if (Problem problem = categoryProblem(event.category)) {
        return rejected(std::move(*problem));
    }
    card->category = event.category;
    return accepted();
}

ApplyResult applyEvent(Board& board, const CardDeleted& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    std::string why;
    Card* card = liveCard(board, event.id, why);
    if (card == nullptr) {
        return rejected(std::move(why));
    }
    card->deleted = true;
    return accepted();
}

ApplyResult applyEvent(Board& board, const CardRestored& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    const auto found = board.cards.find(event.id);
    if (found == board.cards.end()) {
        return rejected(missing(board, "card", event.id));
    }
    if (!found->second.deleted) {
        return rejected("card " + std::to_string(event.id) + " is not deleted");
    }
    found->second.deleted = false;
    found->second.hidden = false;
    return accepted();
}

ApplyResult applyEvent(Board& board, const CardHidden& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Facilitator)) {
        return rejected(std::move(*problem));
    }
    std::string why;
    Card* card = liveCard(board, event.id, why);
    if (card == nullptr) {
        return rejected(std::move(why));
    }
    card->deleted = true; // off the table like a deleted card; the board remembers who took it away
    card->hidden = true;
    return accepted();
}

ApplyResult applyEvent(Board& board, const ItemRaised& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    std::uint64_t* z = nullptr;
    if (const auto card = board.cards.find(event.id); card != board.cards.end()) {
        if (card->second.deleted) {
            return rejected("card " + std::to_string(event.id) + " is deleted");
        }
        z = &card->second.z;
    } else if (const auto photo = board.photos.find(event.id); photo != board.photos.end()) {
        if (photo->second.deleted) {
            return rejected("photo " + std::to_string(event.id) + " is removed");
        }
        z = &photo->second.z;
    } else {
        return rejected(missing(board, "card or photo", event.id));
    }
    if (*z != board.zCounter) { // already on top otherwise: nothing changes
        *z = ++board.zCounter;
    }
    return accepted();
}

} // namespace atelier::core::detail

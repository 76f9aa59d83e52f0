// Events on idea cards, and item.raised, which stacks cards and photos alike.
#pragma once

#include "core/Geometry.hpp"
#include "core/Ids.hpp"

#include <string>
#include <string_view>

namespace atelier::core {

/// A seat wrote a new card; seat 0 places a facilitator's prompt card.
struct CardCreated {
    static constexpr std::string_view kType = "card.created";
    ItemId id = kNoItem;
    Pose pose;
    Size size;
    std::string text;
    int category = 0;
    int seat = 0;
    friend bool operator==(const CardCreated&, const CardCreated&) = default;
};

/// A card was dragged, turned or pinched: pose is the absolute new pose.
struct CardMoved {
    static constexpr std::string_view kType = "card.moved";
    ItemId id = kNoItem;
    Pose pose;
    int seat = 0;
    friend bool operator==(const CardMoved&, const CardMoved&) = default;
};

/// A card's text was rewritten: text is the whole new text.
struct CardEdited {
    static constexpr std::string_view kType = "card.edited";
    ItemId id = kNoItem;
    std::string text;
    int seat = 0;
    friend bool operator==(const CardEdited&, const CardEdited&) = default;
};

/// A card was given another category (and so another colour).
struct CardRecoloured {
    static constexpr std::string_view kType = "card.recoloured";
    ItemId id = kNoItem;
    int category = 0;
    int seat = 0;
    friend bool operator==(const CardRecoloured&, const CardRecoloured&) = default;
};

/// A card was thrown away (kept flagged so that undo can bring it back).
struct CardDeleted {
    static constexpr std::string_view kType = "card.deleted";
    ItemId id = kNoItem;
    int seat = 0;
    friend bool operator==(const CardDeleted&, const CardDeleted&) = default;
};

/// A deleted card came back.
struct CardRestored {
    static constexpr std::string_view kType = "card.restored";
    ItemId id = kNoItem;
    int seat = 0;
    friend bool operator==(const CardRestored&, const CardRestored&) = default;
};

/// The facilitator hid a card (moderation: an insult, a name): it leaves the table like a deleted card, and
/// the log keeps both the card and why it went. card.restored brings it back.
struct CardHidden {
    static constexpr std::string_view kType = "card.hidden";
    ItemId id = kNoItem;
    int seat = 0; ///< always 0: only the facilitator hides
    friend bool operator==(const CardHidden&, const CardHidden&) = default;
};

/// A card or photo was touched and came to the top of the stack.
struct ItemRaised {
    static constexpr std::string_view kType = "item.raised";
    ItemId id = kNoItem;
    int seat = 0;
    friend bool operator==(const ItemRaised&, const ItemRaised&) = default;
};

} // namespace atelier::core

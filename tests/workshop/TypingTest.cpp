// Writing cards on the on-screen keyboards: several seats at once, accents, capitals, backspace, the limit.
#include "WorkshopTestSupport.hpp"

#include "core/Apply.hpp"
#include "workshop/CardText.hpp"
#include "workshop/Dimensions.hpp"
#include "workshop/SeatFrame.hpp"

#include <gtest/gtest.h>

#include <numbers>

namespace atelier::workshop::testing {
namespace {

/// The card a seat's keyboard writes.
core::ItemId cardOf(TestTable& table, int seat) {
    const SeatKeyboard* keyboard = table.workshop().keyboard(seat);
    return keyboard != nullptr && keyboard->editor() != nullptr ? keyboard->editor()->card() : core::kNoItem;
}

TEST(Typing, TwoSeatsOnOppositeSidesWriteAtTheSameTime) {
    TestTable table(6);
    const int south = 1; // bottom edge
    const int north = 4; // top edge, facing the other way
    ASSERT_EQ(table.seats().seat(south)->edge, Edge::Bottom);
    ASSERT_EQ(table.seats().seat(north)->edge, Edge::Top);

    // Both press "new card" together, straight through the claimer as the gesture engine would.
    const core::Vec2 newSouth = table.at("seat.1.dock.new_card");
    const core::Vec2 newNorth = table.at("seat.4.dock.new_card");
    EXPECT_TRUE(table.claimDown(1, newSouth).claimed);
    EXPECT_TRUE(table.claimDown(2, newNorth).claimed);
    table.claimUp(1, newSouth);
    table.claimUp(2, newNorth);
    table.flush();
    const core::ItemId southCard = cardOf(table, south);
    const core::ItemId northCard = cardOf(table, north);
    ASSERT_NE(southCard, core::kNoItem);
    ASSERT_NE(northCard, core::kNoItem);
    ASSERT_NE(southCard, northCard);

    // Interleaved taps: each seat presses its next key, then both lift, key after key.
    std::string_view southText = "Un jardin partagé";
    std::string_view northText = "Plus d'arbres, moins de béton";
    input::ContactId id = 10;
    while (!southText.empty() || !northText.empty()) {
        std::vector<std::pair<input::ContactId, core::Vec2>> pressed;
        for (auto [seat, text] : {std::pair{south, &southText}, std::pair{north, &northText}}) {
            if (text->empty()) {
                continue;
            }
            const std::string key = table.nextKey(seat, *text);
            ASSERT_FALSE(key.empty()) << "every character of these texts has a key";
            const core::Vec2 centre = table.at("seat." + std::to_string(seat) + ".keyboard." + key);
            const input::ClaimDecision decision = table.claimDown(++id, centre);
            EXPECT_TRUE(decision.claimed) << key;
            EXPECT_EQ(decision.seat, seat) << "a key in front of a seat is in its zone";
            pressed.emplace_back(id, centre);
            if (key != "shift") {
                text->remove_prefix(firstCharacterBytes(*text));
            }
        }
        for (const auto& [contact, centre] : pressed) {
            table.claimUp(contact, centre);
        }
        table.flush();
        table.advance(40);
    }

    const core::Card* southResult = table.board().findCard(southCard);
    const core::Card* northResult = table.board().findCard(northCard);
    ASSERT_NE(southResult, nullptr);
    ASSERT_NE(northResult, nullptr);
    EXPECT_EQ(southResult->text, "Un jardin partagé");
    EXPECT_EQ(northResult->text, "Plus d'arbres, moins de béton");
    EXPECT_EQ(southResult->seat, south);
    EXPECT_EQ(northResult->seat, north);
    EXPECT_LT(angleBetween(southResult->pose.rotation, table.seats().seat(south)->facing), 1e-4);
    EXPECT_LT(angleBetween(northResult->pose.rotation, table.seats().seat(north)->facing), 1e-4);
    EXPECT_LT(angleBetween(southResult->pose.rotation, northResult->pose.rotation + std::numbers::pi), 1e-4)
        << "the two cards face opposite edges";
    EXPECT_GT(southResult->pose.centre.y, 340) << "in front of the bottom seat";
    EXPECT_LT(northResult->pose.centre.y, 340) << "in front of the top seat";
    EXPECT_TRUE(table.refusals().empty()) << table.refusals().front();

    // The log alone rebuilds both cards: one card.edited per key that changed the text.
    const core::Board replayed = table.replayed();
    EXPECT_EQ(replayed.findCard(southCard)->text, "Un jardin partagé");
    EXPECT_EQ(replayed.findCard(northCard)->text, "Plus d'arbres, moins de béton");
    EXPECT_EQ(table.logged("card.edited"),
              characterCount("Un jardin partagé") + characterCount("Plus d'arbres, moins de béton"));
}

TEST(Typing, NewCardFacesItsSeatInFrontOfTheDockAndKeyboard) {
    for (int seats = 2; seats <= 8; ++seats) {
        TestTable table(seats);
        for (const Seat& seat : table.seats().seats()) {
            table.workshop().newCard(seat.number);
            table.flush();
            const core::Card* card = table.board().findCard(cardOf(table, seat.number));
            ASSERT_NE(card, nullptr) << seats << " seats, seat " << seat.number;
            EXPECT_LT(angleBetween(card->pose.rotation, seat.facing), 1e-4);
            EXPECT_EQ(table.seats().seatAt(card->pose.centre).number, seat.number)
                << seats << " seats: a new card lies in its seat's zone";
            for (const DockPlace& button : table.workshop().layout().buttons(seat.number)) {
                EXPECT_FALSE(rectContains(card->pose, card->size, button.pose.centre, button.size.width / 2))
                    << "the card covers the dock";
            }
            const core::Pose keyboard = table.workshop().layout().keyboardPose(seat.number);
            const core::Size panel = KeyboardLayout::french().panelSize();
            const core::Vec2 inSeat =
                core::tableToLocal(core::Pose{keyboard.centre, seat.facing, 1}, card->pose.centre);
            EXPECT_LT(inSeat.y + card->size.height / 2, -panel.height / 2)
                << "the card lies beyond its keyboard";
            EXPECT_GE(card->size.height, 5 * 1.4 * dims::kCardCapHeightMm)
                << "five lines of 4.5 mm capitals fit";
        }
        EXPECT_TRUE(table.refusals().empty());
    }
}

TEST(Typing, LongPressOffersAccentsAndSlidingChoosesOne) {
    TestTable table(4);
    const core::ItemId card = table.workshop().newCard(1);
    table.flush();
    table.tap("seat.1.keyboard.shift"); // auto-capital off: shift was on for the empty card
    EXPECT_FALSE(table.workshop().keyboard(1)->shiftOn());

    const core::Vec2 e = table.at("seat.1.keyboard.e");
    table.touch(50, input::Phase::Down, e);
    table.advance(599);
    table.frame();
    EXPECT_TRUE(table.workshop().keyboard(1)->choicesFor({input::Source::Touch, 50}).empty()) << "not yet";
    ASSERT_TRUE(table.workshop().nextDeadlineMs().has_value());
    EXPECT_EQ(*table.workshop().nextDeadlineMs(), table.now() + 1);
    table.advance(1);
    table.frame();
    EXPECT_EQ(table.workshop().keyboard(1)->choicesFor({input::Source::Touch, 50}),
              (std::vector<std::string>{"é", "è", "ê", "ë"}));
    core::Vec2 circumflex{};
    int choices = 0;
    for (const Widget& widget : table.workshop().widgets()) {
        if (widget.kind == WidgetKind::AccentChoice) {
            ++choices;
            if (widget.label == "ê") {
                circumflex = widget.pose.centre;
            }
        }
    }
    EXPECT_EQ(choices, 4);
    table.touch(50, input::Phase::Move, circumflex);
    table.touch(50, input::Phase::Up, circumflex);
    EXPECT_EQ(table.board().findCard(card)->text, "ê");

    // Lifting back on the letter itself types the letter; lifting elsewhere types nothing.
    table.touch(51, input::Phase::Down, e);
    table.advance(700);
    table.frame();
    table.touch(51, input::Phase::Up, e);
    EXPECT_EQ(table.board().findCard(card)->text, "êe");
    table.touch(52, input::Phase::Down, e);
    table.advance(700);
    table.frame();
    table.touch(52, input::Phase::Move, table.at("seat.1.keyboard.enter"));
    table.touch(52, input::Phase::Up, table.at("seat.1.keyboard.enter"));
    EXPECT_EQ(table.board().findCard(card)->text, "êe");
    EXPECT_TRUE(table.workshop().keyboard(1)->isOpen()) << "a cancelled accent is not the key it ends on";

    // Every accent a long press offers, capitals included.
    table.type(1, " ÀâæçëÎïôÖœûÜÿ");
    EXPECT_EQ(table.board().findCard(card)->text, "êe ÀâæçëÎïôÖœûÜÿ");
}

TEST(Typing, BackspaceRemovesWholeAccentedCharacters) {
    TestTable table(4);
    const core::ItemId card = table.workshop().newCard(2);
    table.flush();
    table.type(2, "Café");
    EXPECT_EQ(table.board().findCard(card)->text, "Café");
    table.tap("seat.2.keyboard.backspace");
    EXPECT_EQ(table.board().findCard(card)->text, "Caf");
    table.type(2, "œ");
    table.tap("seat.2.keyboard.backspace");
    EXPECT_EQ(table.board().findCard(card)->text, "Caf");
    for (int i = 0; i < 5; ++i) {
        table.tap("seat.2.keyboard.backspace");
    }
    EXPECT_EQ(table.board().findCard(card)->text, "");
    EXPECT_TRUE(table.refusals().empty()) << "never an ill-formed text for apply to refuse";
}

TEST(Typing, TextLimitIsCharactersAndTheCounterShowsIt) {
    WorkshopOptions options;
    options.cardTextLimit = 6;
    TestTable table(4, options);
    const core::ItemId card = table.workshop().newCard(1);
    table.flush();
    table.type(1, "éééé");
    const auto keyboardWidget = [&]() {
        for (const Widget& widget : table.workshop().widgets()) {
            if (widget.kind == WidgetKind::Keyboard && widget.seat == 1) {
                return widget;
            }
        }
        return Widget{};
    };
    EXPECT_EQ(keyboardWidget().characters, 4);
    EXPECT_EQ(keyboardWidget().characterLimit, 6);
    EXPECT_EQ(keyboardWidget().card, card);
    EXPECT_FALSE(keyboardWidget().active);
    table.type(1, "àààà");
    EXPECT_EQ(table.board().findCard(card)->text, "ééééàà");
    EXPECT_EQ(keyboardWidget().characters, 6);
    EXPECT_TRUE(keyboardWidget().active) << "full";
}

TEST(Typing, ShiftCapitalisesOnceThenLocks) {
    TestTable table(4);
    const core::ItemId card = table.workshop().newCard(1);
    table.flush();
    EXPECT_TRUE(table.workshop().keyboard(1)->shiftOn()) << "a new card starts with a capital";
    table.tap("seat.1.keyboard.a");
    table.tap("seat.1.keyboard.a");
    table.tap("seat.1.keyboard.shift");
    table.tap("seat.1.keyboard.shift");
    EXPECT_TRUE(table.workshop().keyboard(1)->shiftLocked());
    table.tap("seat.1.keyboard.é");
    table.tap("seat.1.keyboard.ç");
    table.tap("seat.1.keyboard.shift");
    table.tap("seat.1.keyboard.b");
    EXPECT_EQ(table.board().findCard(card)->text, "AaÉÇb");
}

TEST(Typing, AnEnglishTableTypesOnQwertyAndEachSeatSwitchesItsOwnLayoutWithOneKey) {
    WorkshopOptions options;
    options.englishKeyboards = true;
    TestTable table(4, options);
    const core::ItemId first = table.workshop().newCard(1);
    const core::ItemId second = table.workshop().newCard(2);
    table.flush();
    EXPECT_EQ(&table.workshop().keyboard(1)->layout(), &KeyboardLayout::english());
    EXPECT_FALSE(table.has("seat.1.keyboard.é")) << "QWERTY: accents by long press only";
    table.type(1, "Quiz");
    // Seat 2 switches to AZERTY: its "a" key now lies where QWERTY has "q"; seat 1 keeps QWERTY.
    table.tap("seat.2.keyboard.layout");
    EXPECT_EQ(&table.workshop().keyboard(2)->layout(), &KeyboardLayout::french());
    EXPECT_EQ(&table.workshop().keyboard(1)->layout(), &KeyboardLayout::english());
    EXPECT_TRUE(table.has("seat.2.keyboard.é"));
    table.tap("seat.2.keyboard.é");
    table.tap("seat.2.keyboard.t");
    table.tap("seat.2.keyboard.é");
    table.tap("seat.1.keyboard.layout");
    table.tap("seat.1.keyboard.layout"); // and back
    EXPECT_EQ(&table.workshop().keyboard(1)->layout(), &KeyboardLayout::english());
    EXPECT_EQ(table.board().findCard(first)->text, "Quiz");
    EXPECT_EQ(table.board().findCard(second)->text, "Été");
}

TEST(Typing, EnterClosesAndLeavesTheCardAndDoubleTapReopens) {
    TestTable table(4);
    const core::ItemId card = table.workshop().newCard(1);
    table.flush();
    table.type(1, "Bancs");
    table.tap("seat.1.keyboard.enter");
    EXPECT_FALSE(table.workshop().keyboard(1)->isOpen());
    EXPECT_FALSE(table.has("seat.1.keyboard.a")) << "a closed keyboard has no keys";
    EXPECT_EQ(table.board().findCard(card)->text, "Bancs");

    // Seat 2 double-taps the card: its own keyboard opens on it and types there.
    const core::Vec2 centre = table.board().findCard(card)->pose.centre;
    ASSERT_EQ(table.seats().seatAt(centre).number, 1);
    table.workshop().onDoubleTap(card, 2);
    table.type(2, " ombragés");
    EXPECT_EQ(table.board().findCard(card)->text, "Bancs ombragés");
    EXPECT_FALSE(table.workshop().keyboard(1)->isOpen());

    // A real double tap through the gesture engine, by a finger of seat 1.
    table.tapAt(centre, 70);
    table.tapAt(centre, 71);
    EXPECT_TRUE(table.workshop().keyboard(1)->isOpen());
    EXPECT_FALSE(table.workshop().keyboard(2)->isOpen()) << "one keyboard per card: the newer takes it";
    table.type(1, "!");
    EXPECT_EQ(table.board().findCard(card)->text, "Bancs ombragés!");
}

TEST(Typing, SeveralKeyboardsEachTypeIntoTheirOwnCard) {
    TestTable table(6);
    std::vector<core::ItemId> cards;
    for (int seat = 1; seat <= 6; ++seat) {
        cards.push_back(table.workshop().newCard(seat));
    }
    table.flush();
    for (int seat = 1; seat <= 6; ++seat) {
        table.type(seat, "Idée " + std::to_string(seat));
    }
    for (int seat = 1; seat <= 6; ++seat) {
        EXPECT_EQ(table.board().findCard(cards[static_cast<std::size_t>(seat - 1)])->text,
                  "Idée " + std::to_string(seat));
    }
    EXPECT_TRUE(table.refusals().empty());
}

TEST(Typing, PhysicalKeyboardWritesTheFacilitatorsCardOrTheLastKeyboard) {
    TestTable table(4);
    const core::ItemId first = table.workshop().newCard(1);
    const core::ItemId second = table.workshop().newCard(3);
    table.flush();
    table.workshop().typeText("Fontaine à eau");
    table.flush();
    EXPECT_EQ(table.board().findCard(second)->text, "Fontaine à eau") << "the keyboard opened last";
    EXPECT_EQ(table.board().findCard(first)->text, "");
    table.workshop().typeBackspace();
    table.workshop().typeText("\n\tux");
    table.flush();
    EXPECT_EQ(table.board().findCard(second)->text, "Fontaine à eaux");

    ASSERT_TRUE(table.workshop().focusForFacilitator(first));
    table.workshop().typeText("Question ?");
    table.flush();
    EXPECT_EQ(table.board().findCard(first)->text, "Question ?");
    const auto* edit = std::get_if<core::CardEdited>(&table.log().back());
    ASSERT_NE(edit, nullptr);
    EXPECT_EQ(edit->seat, 0) << "the facilitator's typing carries seat 0";
    table.workshop().typeEnter();
    EXPECT_EQ(table.workshop().facilitatorEditor(), nullptr);
    table.workshop().typeEnter();
    EXPECT_FALSE(table.workshop().keyboard(3)->isOpen());
}

TEST(Typing, KeysActOnReleaseInsideAndShowTheirPress) {
    TestTable table(4);
    const core::ItemId card = table.workshop().newCard(1);
    table.flush();
    const core::Vec2 a = table.at("seat.1.keyboard.a");
    table.touch(60, input::Phase::Down, a);
    bool pressed = false;
    for (const Widget& widget : table.workshop().widgets()) {
        pressed = pressed || (widget.name == "seat.1.keyboard.a" && widget.pressed);
    }
    EXPECT_TRUE(pressed) << "touch-down feedback";
    EXPECT_EQ(table.board().findCard(card)->text, "") << "nothing typed before the release";
    table.touch(60, input::Phase::Move, core::Vec2{a.x + 40, a.y});
    table.touch(60, input::Phase::Up, core::Vec2{a.x + 40, a.y});
    EXPECT_EQ(table.board().findCard(card)->text, "") << "a release outside cancels";
}

const Widget* keyboardPanel(TestTable& table, int seat) {
    for (const Widget& widget : table.workshop().widgets()) {
        if (widget.kind == WidgetKind::Keyboard && widget.seat == seat) {
            return &widget;
        }
    }
    return nullptr;
}

TEST(Typing, APhaseWithoutNewCardsLetsTheOpenCardBeFinishedAndSaysSo) {
    TestTable table(4);
    table.submit(core::PhaseStarted{0, "Idées", {"cards"}, 0, 0});
    table.tap("seat.1.dock.new_card");
    table.type(1, "Des toil");
    table.submit(core::PhaseStarted{1, "Vote", {"vote"}, 600, 0});
    ASSERT_TRUE(table.workshop().keyboard(1)->isOpen()) << "not closed mid-word";
    ASSERT_NE(keyboardPanel(table, 1), nullptr);
    EXPECT_TRUE(keyboardPanel(table, 1)->finishing) << "the seat is told it may finish";
    EXPECT_FALSE(table.has("seat.1.dock.dot.1")) << "its dots lie where the keyboard is: they wait";
    EXPECT_TRUE(table.has("seat.2.dock.dot.1"));
    table.type(1, "ettes");
    EXPECT_EQ(table.board().cards.begin()->second.text, "Des toilettes");
    table.tap("seat.1.keyboard.enter");
    EXPECT_FALSE(table.workshop().keyboard(1)->isOpen());
    EXPECT_TRUE(table.has("seat.1.dock.dot.1")) << "the dots come once the card is finished";
    table.tap("seat.1.dock.new_card");
    EXPECT_EQ(table.logged("card.created"), 1U) << "no new card in the vote phase";
}

TEST(Typing, APresentingPhaseClosesTheKeyboards) {
    TestTable table(4);
    table.submit(core::PhaseStarted{0, "Idées", {"cards"}, 0, 0});
    table.tap("seat.2.dock.new_card");
    table.type(2, "Un banc");
    table.submit(core::PhaseStarted{5, "Restitution", {"locked"}, 0, 0});
    EXPECT_FALSE(table.workshop().keyboard(2)->isOpen()) << "the ranking stands where the keyboard was";
    EXPECT_EQ(table.board().cards.begin()->second.text, "Un banc");
}

} // namespace
} // namespace atelier::workshop::testing

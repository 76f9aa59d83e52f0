// Who opens the facilitator panel: the corner gesture, the PIN and its lockout, the idle close.
#include <gtest/gtest.h>

#include "table/FacilitatorAccess.hpp"
#include "table/PanelPointer.hpp"

namespace atelier::table {
namespace {

constexpr std::string_view kHash2468 = "pbkdf2-sha256$1000$00112233445566778899aabbccddeeff$"
                                       "23ad2daa4e59be477bd7ef0eb0dc22c3e4f52a97976a7824b1a17a910ff6bc66";

input::Contact contact(int id, input::Phase phase, double x, double y, std::int64_t t) {
    input::Contact c;
    c.id = static_cast<input::ContactId>(id);
    c.phase = phase;
    c.posMm = {x, y};
    c.tMs = t;
    return c;
}

AccessOptions options() {
    AccessOptions o;
    o.surfaceMm = {1210, 680};
    o.pin = parsePinHash(kHash2468);
    return o;
}

void type(FacilitatorAccess& access, std::string_view digits, std::int64_t t) {
    for (char d : digits) {
        access.typeDigit(d, t);
    }
}

TEST(FacilitatorAccessTest, ThreeFingersHeldThreeSecondsInACornerCallThePad) {
    FacilitatorAccess access(options());
    for (int i = 0; i < 3; ++i) {
        access.observe(contact(i, input::Phase::Down, 20.0 + i * 15, 650, 100 * i));
    }
    EXPECT_FALSE(access.update(3100)) << "the third finger has not been held 3 s yet";
    EXPECT_EQ(access.nextDeadlineMs(), 3200);
    EXPECT_TRUE(access.update(3200));
    EXPECT_EQ(access.state(), AccessState::AskingPin);
}

TEST(FacilitatorAccessTest, TwoFingersAMovingFingerOrTheMiddleOfTheTableDoNothing) {
    FacilitatorAccess two(options());
    two.observe(contact(1, input::Phase::Down, 20, 20, 0));
    two.observe(contact(2, input::Phase::Down, 30, 30, 0));
    two.observe(contact(3, input::Phase::Down, 600, 300, 0)); // another person, mid-table
    EXPECT_FALSE(two.update(10000));
    EXPECT_EQ(two.state(), AccessState::Closed);

    FacilitatorAccess sliding(options());
    for (int i = 0; i < 3; ++i) {
        sliding.observe(contact(i, input::Phase::Down, 1190, 20.0 + i * 10, 0));
    }
    sliding.observe(contact(0, input::Phase::Move, 1100, 100, 500)); // dragging something, not holding
    EXPECT_FALSE(sliding.update(10000));

    AccessOptions topLeftOnly = options();
    topLeftOnly.corner = Corner::TopLeft;
    FacilitatorAccess elsewhere(topLeftOnly);
    for (int i = 0; i < 3; ++i) {
        elsewhere.observe(contact(i, input::Phase::Down, 1190, 660.0 - i * 10, 0));
    }
    EXPECT_FALSE(elsewhere.update(10000)) << "only the configured corner answers";
}

TEST(FacilitatorAccessTest, TheRightPinOpensThePanel) {
    FacilitatorAccess access(options());
    access.askPin(0);
    type(access, "246", 10);
    EXPECT_EQ(access.submit(20), PinOutcome::TooShort);
    access.eraseDigit(25);
    EXPECT_EQ(access.digitsTyped(), 2u);
    type(access, "68", 30);
    EXPECT_EQ(access.submit(40), PinOutcome::Accepted);
    EXPECT_EQ(access.state(), AccessState::Open);
}

TEST(FacilitatorAccessTest, FiveWrongPinsLockThePadForAMinute) {
    FacilitatorAccess access(options());
    access.askPin(0);
    for (int i = 1; i <= 4; ++i) {
        type(access, "1111", i * 100);
        EXPECT_EQ(access.submit(i * 100), PinOutcome::Wrong);
        EXPECT_EQ(access.triesLeft(), 5 - i);
    }
    type(access, "1111", 500);
    EXPECT_EQ(access.submit(500), PinOutcome::LockedNow);
    EXPECT_EQ(access.lockedForMs(500), 60000);
    type(access, "2468", 30000);
    EXPECT_EQ(access.digitsTyped(), 0u) << "a locked pad takes no digits";
    EXPECT_EQ(access.submit(30000), PinOutcome::StillLocked);
    EXPECT_EQ(access.state(), AccessState::AskingPin);
    type(access, "2468", 60600);
    EXPECT_EQ(access.submit(60600), PinOutcome::Accepted) << "a minute later the right PIN works";
}

TEST(FacilitatorAccessTest, NoPinSetMeansThePanelStaysShut) {
    AccessOptions noPin = options();
    noPin.pin.reset();
    FacilitatorAccess access(noPin);
    access.askPin(0);
    type(access, "2468", 10);
    EXPECT_EQ(access.submit(20), PinOutcome::NoPinSet);
    EXPECT_EQ(access.state(), AccessState::AskingPin);
}

TEST(FacilitatorAccessTest, TheOpenPanelClosesAfterTwoMinutesUnused) {
    FacilitatorAccess access(options());
    access.askPin(0);
    type(access, "2468", 0);
    ASSERT_EQ(access.submit(0), PinOutcome::Accepted);
    access.touch(60000);
    EXPECT_FALSE(access.update(179999));
    EXPECT_EQ(access.nextDeadlineMs(), 180000);
    EXPECT_TRUE(access.update(180000));
    EXPECT_EQ(access.state(), AccessState::Closed);
}

TEST(PanelInputTest, ATapWithinOneFrameStillPressesAndReleases) {
    PanelPointer input;
    const PanelArea area{{400, 200}, {800, 500}};
    std::vector<input::Contact> frame{contact(7, input::Phase::Down, 500, 300, 0),
                                      contact(7, input::Phase::Up, 500, 300, 10),
                                      contact(8, input::Phase::Down, 100, 100, 10)};
    EXPECT_TRUE(input.route(frame, area));
    ASSERT_EQ(frame.size(), 1u) << "the other person's touch goes on to the table";
    EXPECT_EQ(frame[0].id, 8u);
    const PointerFrame first = input.nextFrame();
    EXPECT_TRUE(first.present && first.down);
    const PointerFrame second = input.nextFrame();
    EXPECT_TRUE(second.present && !second.down);
    EXPECT_FALSE(input.nextFrame().present);
}

TEST(PanelInputTest, TapsPlayedInOneFrameEachGetTheirOwnFrames) {
    PanelPointer input;
    const PanelArea area{{400, 200}, {800, 500}};
    std::vector<input::Contact> burst{
        contact(1, input::Phase::Down, 500, 300, 0), contact(1, input::Phase::Up, 500, 300, 40),
        contact(1, input::Phase::Down, 600, 300, 160), contact(1, input::Phase::Up, 600, 300, 200)};
    input.route(burst, area);
    EXPECT_TRUE(burst.empty());
    const double expected[4][2] = {{500, 1}, {500, 0}, {600, 1}, {600, 0}};
    for (const auto& [x, down] : expected) {
        const PointerFrame frame = input.nextFrame();
        EXPECT_TRUE(frame.present);
        EXPECT_EQ(frame.posMm.x, x);
        EXPECT_EQ(frame.down, down == 1);
    }
    EXPECT_FALSE(input.pending());
    EXPECT_FALSE(input.nextFrame().present);
}

TEST(PanelInputTest, OnlyTheFirstContactOnThePanelDrivesIt) {
    PanelPointer input;
    const PanelArea area{{400, 200}, {800, 500}};
    std::vector<input::Contact> frame{contact(1, input::Phase::Down, 500, 300, 0),
                                      contact(2, input::Phase::Down, 600, 300, 0)};
    input.route(frame, area);
    EXPECT_TRUE(frame.empty()) << "a second finger on the panel does not reach the board under it";
    EXPECT_EQ(input.nextFrame().posMm.x, 500);
    std::vector<input::Contact> later{contact(2, input::Phase::Up, 600, 300, 20),
                                      contact(1, input::Phase::Move, 520, 310, 20)};
    input.route(later, area);
    EXPECT_TRUE(later.empty());
    EXPECT_EQ(input.nextFrame().posMm.x, 520);
    std::vector<input::Contact> closed{contact(3, input::Phase::Down, 500, 300, 30)};
    EXPECT_FALSE(input.route(closed, std::nullopt)) << "a closed panel takes nothing";
    EXPECT_EQ(closed.size(), 1u);
}

} // namespace
} // namespace atelier::table

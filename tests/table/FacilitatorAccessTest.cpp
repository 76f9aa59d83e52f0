// Who opens the facilitator panel: the corner gesture, the PIN and its lockout, the idle close.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

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

/// OK pressed at `t`: the verdict, once the worker thread has checked the PIN (the frame loop polls).
PinOutcome submit(FacilitatorAccess& access, std::int64_t t) {
    const PinOutcome outcome = access.submit(t);
    if (outcome != PinOutcome::Checking) {
        return outcome;
    }
    for (int i = 0; i < 10000; ++i) {
        if (const std::optional<PinOutcome> verdict = access.poll(t)) {
            return *verdict;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ADD_FAILURE() << "the PIN check never ended";
    return PinOutcome::Checking;
}

/// Five wrong PINs at `t`: the pad locks.
void fiveWrong(FacilitatorAccess& access, std::int64_t t) {
    for (int i = 0; i < 5; ++i) {
        type(access, "1111", t);
        submit(access, t);
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

TEST(FacilitatorAccessTest, FingersLiftedAfterTheHoldButBeforeALateFrameStillCallThePad) {
    FacilitatorAccess access(options());
    for (int i = 0; i < 3; ++i) {
        access.observe(contact(i, input::Phase::Down, 20.0 + i * 15, 650, 100 * i));
    }
    // The frame due at 3200 ms comes at 3400 ms, after the fingers lifted at 3300 ms.
    for (int i = 0; i < 3; ++i) {
        access.observe(contact(i, input::Phase::Up, 20.0 + i * 15, 650, 3300));
    }
    EXPECT_TRUE(access.update(3400));
    EXPECT_EQ(access.state(), AccessState::AskingPin);

    FacilitatorAccess tooShort(options());
    for (int i = 0; i < 3; ++i) {
        tooShort.observe(contact(i, input::Phase::Down, 20.0 + i * 15, 650, 100 * i));
    }
    tooShort.observe(contact(0, input::Phase::Up, 20, 650, 3100)); // the third held 2.9 s only
    EXPECT_FALSE(tooShort.update(3400));
    EXPECT_EQ(tooShort.state(), AccessState::Closed);
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
    EXPECT_EQ(submit(access, 20), PinOutcome::TooShort);
    access.eraseDigit(25);
    EXPECT_EQ(access.digitsTyped(), 2u);
    type(access, "68", 30);
    EXPECT_EQ(submit(access, 40), PinOutcome::Accepted);
    EXPECT_EQ(access.state(), AccessState::Open);
}

TEST(FacilitatorAccessTest, FiveWrongPinsLockThePadForAMinute) {
    FacilitatorAccess access(options());
    access.askPin(0);
    for (int i = 1; i <= 4; ++i) {
        type(access, "1111", i * 100);
        EXPECT_EQ(submit(access, i * 100), PinOutcome::Wrong);
        EXPECT_EQ(access.triesLeft(), 5 - i);
    }
    type(access, "1111", 500);
    EXPECT_EQ(submit(access, 500), PinOutcome::LockedNow);
    EXPECT_EQ(access.lockedForMs(500), 60000);
    type(access, "2468", 30000);
    EXPECT_EQ(access.digitsTyped(), 0u) << "a locked pad takes no digits";
    EXPECT_EQ(submit(access, 30000), PinOutcome::StillLocked);
    EXPECT_EQ(access.state(), AccessState::AskingPin);
    type(access, "2468", 60600);
    EXPECT_EQ(submit(access, 60600), PinOutcome::Accepted) << "a minute later the right PIN works";
}

TEST(FacilitatorAccessTest, NoPinSetMeansThePanelStaysShut) {
    AccessOptions noPin = options();
    noPin.pin.reset();
    FacilitatorAccess access(noPin);
    access.askPin(0);
    type(access, "2468", 10);
    EXPECT_EQ(submit(access, 20), PinOutcome::NoPinSet);
    EXPECT_EQ(access.state(), AccessState::AskingPin);
}

TEST(FacilitatorAccessTest, TheOpenPanelClosesAfterTwoMinutesUnused) {
    FacilitatorAccess access(options());
    access.askPin(0);
    type(access, "2468", 0);
    ASSERT_EQ(submit(access, 0), PinOutcome::Accepted);
    access.touch(60000);
    EXPECT_FALSE(access.update(179999));
    EXPECT_EQ(access.nextDeadlineMs(), 180000);
    EXPECT_TRUE(access.update(180000));
    EXPECT_EQ(access.state(), AccessState::Closed);
}

TEST(FacilitatorAccessTest, EachLockInARowLastsLongerOneFiveThenThirtyMinutesUntilTheRightPin) {
    FacilitatorAccess access(options());
    access.askPin(0);
    std::int64_t t = 0;
    const std::int64_t expected[] = {60000, 300000, 1800000, 1800000};
    for (std::int64_t lockMs : expected) {
        fiveWrong(access, t);
        EXPECT_EQ(access.lockedForMs(t), lockMs) << "lock after " << t << " ms";
        t += lockMs;
        access.askPin(t); // idle close meanwhile: the pad is called again
    }
    type(access, "2468", t);
    ASSERT_EQ(submit(access, t), PinOutcome::Accepted);
    access.close();
    access.askPin(t);
    fiveWrong(access, t);
    EXPECT_EQ(access.lockedForMs(t), 60000) << "the right PIN starts the schedule again";
    EXPECT_EQ(lockDurationMs({60000, 300000, 1800000}, 7), 1800000);
}

TEST(FacilitatorAccessTest, TheLockAndTheTriesSurviveARestartThroughWhatTheDataFileKeeps) {
    std::vector<store::PinGuard> kept;
    AccessOptions first = options();
    first.unixMsAtZero = 1'700'000'000'000; // this run's session clock started then
    first.remember = [&kept](const store::PinGuard& guard) { kept.push_back(guard); };
    {
        FacilitatorAccess access(first);
        access.askPin(0);
        fiveWrong(access, 1000);
        ASSERT_EQ(access.lockedForMs(1000), 60000);
    }
    ASSERT_FALSE(kept.empty());
    const store::PinGuard guard = kept.back();
    EXPECT_EQ(guard.configHash, kHash2468);
    EXPECT_EQ(guard.lockouts, 1);
    EXPECT_EQ(guard.lockedUntilUnixMs, 1'700'000'000'000 + 1000 + 60000);

    // The table restarts; its new session clock reads 0 at 21 s past the first one's: 40 s of lock are left.
    AccessOptions second = options();
    second.unixMsAtZero = 1'700'000'000'000 + 21000;
    second.memory = guard;
    FacilitatorAccess restarted(second);
    restarted.askPin(0);
    EXPECT_EQ(restarted.lockedForMs(0), 40000);
    type(restarted, "2468", 100);
    EXPECT_EQ(submit(restarted, 100), PinOutcome::StillLocked) << "a restart does not forgive the tries";
    fiveWrong(restarted, 40000);
    EXPECT_EQ(restarted.lockedForMs(40000), 300000) << "the next lock is the second one of the schedule";
}

TEST(FacilitatorAccessTest, AWrongTryCountsBeforeItsCheckEnds) {
    std::vector<store::PinGuard> kept;
    AccessOptions counted = options();
    counted.remember = [&kept](const store::PinGuard& guard) { kept.push_back(guard); };
    FacilitatorAccess access(counted);
    access.askPin(0);
    type(access, "1111", 0);
    ASSERT_EQ(access.submit(0), PinOutcome::Checking);
    ASSERT_FALSE(kept.empty())
        << "kept before the verdict: pulling the plug during the check does not forgive it";
    EXPECT_EQ(kept.back().wrong, 1);
    while (!access.poll(0)) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

TEST(FacilitatorAccessTest, ThePinIsCheckedOffTheCallersThreadWhileThePadTakesNoDigits) {
    AccessOptions argon = options();
    argon.pin = parsePinHash(makePinHash("482193")); // libsodium's interactive cost: ~0.1 s or more
    ASSERT_TRUE(argon.pin);
    FacilitatorAccess access(argon);
    access.askPin(0);
    type(access, "482193", 0);
    const auto before = std::chrono::steady_clock::now();
    ASSERT_EQ(access.submit(0), PinOutcome::Checking) << "OK returns at once: the frame keeps drawing";
    EXPECT_TRUE(access.checking());
    type(access, "12", 5);
    EXPECT_EQ(access.digitsTyped(), 0u) << "no digits while a PIN is checked";
    EXPECT_EQ(access.submit(5), PinOutcome::Checking) << "one PIN at a time";
    std::optional<PinOutcome> verdict;
    while (!(verdict = access.poll(10))) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    EXPECT_EQ(*verdict, PinOutcome::Accepted);
    EXPECT_FALSE(access.checking());
    EXPECT_GT(std::chrono::steady_clock::now() - before, std::chrono::milliseconds(1));
}

TEST(FacilitatorAccessTest, AnOlderPbkdf2HashIsAcceptedOnceAndRewrittenAsArgon2id) {
    std::vector<store::PinGuard> kept;
    AccessOptions legacy = options(); // the config holds a PBKDF2 hash of 2468
    legacy.remember = [&kept](const store::PinGuard& guard) { kept.push_back(guard); };
    {
        FacilitatorAccess access(legacy);
        access.askPin(0);
        type(access, "2468", 0);
        ASSERT_EQ(submit(access, 0), PinOutcome::Accepted);
    }
    ASSERT_FALSE(kept.empty());
    const std::string rewritten = kept.back().rewrittenHash;
    EXPECT_EQ(kept.back().configHash, kHash2468) << "kept beside the config's hash, which it replaces";
    ASSERT_EQ(rewritten.rfind("$argon2id$", 0), 0u) << rewritten;
    const std::optional<PinHash> parsed = parsePinHash(rewritten);
    ASSERT_TRUE(parsed);
    EXPECT_FALSE(needsRewrite(*parsed));
    EXPECT_TRUE(pinMatches("2468", *parsed));

    // At the next start the kept Argon2id hash is checked, no longer the config's PBKDF2 one: shown here
    // with an Argon2id hash of another PIN kept beside the config's.
    AccessOptions next = options();
    next.memory.rewrittenHash = makePinHash("135790", cheapestPinHashCost());
    FacilitatorAccess access(next);
    access.askPin(0);
    type(access, "2468", 0);
    EXPECT_EQ(submit(access, 0), PinOutcome::Wrong);
    type(access, "135790", 0);
    EXPECT_EQ(submit(access, 0), PinOutcome::Accepted);
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

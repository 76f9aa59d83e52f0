// Kiosk mode's keys and the quit request: no way out for a visitor, one clean stop for the table.
#include <gtest/gtest.h>

#include <SDL.h>
#include <csignal>

#include "platform/Kiosk.hpp"

namespace atelier::platform {
namespace {

SDL_Event key(SDL_Keycode sym, Uint16 mod) {
    SDL_Event event{};
    event.type = SDL_KEYDOWN;
    event.key.keysym.sym = sym;
    event.key.keysym.mod = mod;
    return event;
}

TEST(KioskKeysTest, KioskModeDropsEveryWayOutButNotTyping) {
    SDL_Event quit{};
    quit.type = SDL_QUIT;
    EXPECT_TRUE(isEscapeAttempt(quit));
    SDL_Event close{};
    close.type = SDL_WINDOWEVENT;
    close.window.event = SDL_WINDOWEVENT_CLOSE;
    EXPECT_TRUE(isEscapeAttempt(close));
    EXPECT_TRUE(isEscapeAttempt(key(SDLK_F4, KMOD_LALT)));
    EXPECT_TRUE(isEscapeAttempt(key(SDLK_TAB, KMOD_LALT)));
    EXPECT_TRUE(isEscapeAttempt(key(SDLK_q, KMOD_LCTRL)));
    EXPECT_TRUE(isEscapeAttempt(key(SDLK_ESCAPE, KMOD_NONE)));
    // The facilitator's keyboard still types into cards.
    EXPECT_FALSE(isEscapeAttempt(key(SDLK_q, KMOD_NONE)));
    EXPECT_FALSE(isEscapeAttempt(key(SDLK_TAB, KMOD_NONE)));
    EXPECT_FALSE(isEscapeAttempt(key(SDLK_F4, KMOD_NONE)));
    EXPECT_FALSE(isEscapeAttempt(key(SDLK_BACKSPACE, KMOD_NONE)));
}

TEST(KioskKeysTest, ThePanelsQuitRequestIsSeenOnce) {
    clearQuitRequest();
    EXPECT_FALSE(quitRequested());
    requestQuit();
    EXPECT_TRUE(quitRequested());
    clearQuitRequest();
}

TEST(KioskKeysTest, HangupAndQuitSignalsAskForTheSameCleanStopAsSigterm) {
    installQuitSignals();
    for (const int signal : {SIGTERM, SIGHUP, SIGQUIT}) {
        clearQuitRequest();
        ASSERT_EQ(std::raise(signal), 0);
        EXPECT_TRUE(quitRequested()) << "signal " << signal << " must flush and quit, not kill the table";
    }
    clearQuitRequest();
}

} // namespace
} // namespace atelier::platform

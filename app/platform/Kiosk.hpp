// The exhibition's kiosk rules: no way out of the app but SIGTERM or the facilitator panel; a screen that
// never blanks; and the measure of how fast a (re)start gives an interactive table.
#pragma once

#include <cstdint>

struct SDL_Window;
union SDL_Event;

namespace atelier::platform {

/// Makes SIGTERM, SIGINT, SIGHUP and SIGQUIT ask the loop to quit cleanly (flush, STOPPING=1, exit 0) instead
/// of letting SDL turn them into SDL_QUIT, which kiosk mode ignores. Call before SDL starts.
void installQuitSignals();

/// Asks the table to quit at the end of the frame: the facilitator panel's "quit" calls this (the only
/// way out of kiosk mode besides SIGTERM). Safe from any thread and from a signal handler.
void requestQuit();

/// True once requestQuit() was called or one of the quit signals arrived.
bool quitRequested();

/// Forgets an earlier request (tests running several tables in one process).
void clearQuitRequest();

/// True when this SDL event would let a visitor out of the app or switch away from it in kiosk mode:
/// SDL_QUIT (the window manager's close, Alt+F4), Escape, Ctrl+Q, Alt+F4, Alt+Tab, and Ctrl+W.
/// The loop drops these events in kiosk mode.
bool isEscapeAttempt(const SDL_Event& event);

/// Kiosk display: cursor hidden, the keyboard grabbed (so the window manager's switch keys reach us,
/// where they do nothing), and the screen saver off for as long as the table runs.
void enterKioskDisplay(SDL_Window* window);

/// Milliseconds since this process was started by the kernel (from /proc/self/stat), or -1 when unknown.
std::int64_t msSinceProcessStart();

} // namespace atelier::platform

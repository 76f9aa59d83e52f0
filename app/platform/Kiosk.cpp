// Kiosk mode: quit signals, the shortcuts visitors might try, and a display that stays on.
#include "platform/Kiosk.hpp"

#include <SDL.h>
#include <atomic>
#include <charconv>
#include <csignal>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace atelier::platform {
namespace {

std::atomic<bool> g_quit{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the quit flag is set from a signal handler");

extern "C" void onQuitSignal(int /*signal*/) {
    g_quit.store(true);
}

} // namespace

void installQuitSignals() {
    // SDL would otherwise install its own handlers that turn SIGTERM into SDL_QUIT.
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    struct sigaction action {};
    action.sa_handler = onQuitSignal;
    sigemptyset(&action.sa_mask);
    // A closed terminal (SIGHUP) or a technician's Ctrl+\ (SIGQUIT) saves what is pending as SIGTERM does.
    for (const int signal : {SIGTERM, SIGINT, SIGHUP, SIGQUIT}) {
        sigaction(signal, &action, nullptr);
    }
}

void requestQuit() {
    g_quit.store(true);
}

bool quitRequested() {
    return g_quit.load();
}

void clearQuitRequest() {
    g_quit.store(false);
}

bool isEscapeAttempt(const SDL_Event& event) {
    if (event.type == SDL_QUIT || event.type == SDL_APP_TERMINATING) {
        return true;
    }
    if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE) {
        return true;
    }
    if (event.type != SDL_KEYDOWN && event.type != SDL_KEYUP) {
        return false;
    }
    const SDL_Keycode key = event.key.keysym.sym;
    const Uint16 mod = event.key.keysym.mod;
    const bool alt = (mod & KMOD_ALT) != 0;
    const bool ctrl = (mod & KMOD_CTRL) != 0;
    const bool gui = (mod & KMOD_GUI) != 0;
    return key == SDLK_ESCAPE || (alt && (key == SDLK_F4 || key == SDLK_TAB)) ||
           (ctrl && (key == SDLK_q || key == SDLK_w)) || (gui && key == SDLK_TAB) ||
           key == SDLK_APPLICATION || key == SDLK_LGUI || key == SDLK_RGUI;
}

void enterKioskDisplay(SDL_Window* window) {
    SDL_ShowCursor(SDL_DISABLE);
    SDL_DisableScreenSaver();
    if (window != nullptr) {
        SDL_SetWindowKeyboardGrab(window, SDL_TRUE);
    }
}

std::int64_t msSinceProcessStart() {
    std::ifstream stat("/proc/self/stat");
    std::string line;
    if (!std::getline(stat, line)) {
        return -1;
    }
    // Field 2 (the command) may hold spaces: fields are counted after its closing parenthesis.
    const std::size_t close = line.rfind(')');
    if (close == std::string::npos) {
        return -1;
    }
    std::istringstream fields(line.substr(close + 2));
    std::string field;
    unsigned long long startTicks = 0;
    for (int index = 3; fields >> field; ++index) {
        if (index == 22) {
            std::from_chars(field.data(), field.data() + field.size(), startTicks);
            break;
        }
    }
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (startTicks == 0 || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0) {
        return -1;
    }
    const double sinceBootMs =
        static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
    const double startedMs = static_cast<double>(startTicks) * 1000.0 / static_cast<double>(ticksPerSecond);
    return static_cast<std::int64_t>(sinceBootMs - startedMs);
}

} // namespace atelier::platform

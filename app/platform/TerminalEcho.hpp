// Typing a secret on a terminal: the characters are not shown while it is read.
#pragma once

#include <termios.h>

namespace atelier::platform {

/// Turns the terminal's echo off on `fd` for the object's lifetime and restores the terminal as it was;
/// nothing happens when `fd` is not a terminal (a pipe, a file). One owner; not copyable.
class TerminalEchoOff {
public:
    explicit TerminalEchoOff(int fd);
    TerminalEchoOff(const TerminalEchoOff&) = delete;
    TerminalEchoOff& operator=(const TerminalEchoOff&) = delete;
    ~TerminalEchoOff();

    /// Whether echo was turned off (false when `fd` is not a terminal).
    bool active() const noexcept { return m_active; }

private:
    int m_fd;
    bool m_active = false;
    termios m_saved{};
};

} // namespace atelier::platform

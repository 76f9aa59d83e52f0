// termios: echo off (the newline still echoed, so the next line starts clean), restored however we leave.
#include "platform/TerminalEcho.hpp"

#include <unistd.h>

namespace atelier::platform {

TerminalEchoOff::TerminalEchoOff(int fd) : m_fd(fd) {
    if (::isatty(fd) == 0 || ::tcgetattr(fd, &m_saved) != 0) {
        return;
    }
    termios quiet = m_saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    quiet.c_lflag |= ECHONL;
    m_active = ::tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
}

TerminalEchoOff::~TerminalEchoOff() {
    if (m_active) {
        ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }
}

} // namespace atelier::platform

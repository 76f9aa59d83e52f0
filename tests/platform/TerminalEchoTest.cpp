// A PIN typed at a terminal is not shown: echo off while it is read, the terminal restored after.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include "platform/TerminalEcho.hpp"

namespace atelier::platform {
namespace {

/// A pseudo-terminal's two ends, closed at the end of the test.
struct PseudoTerminal {
    PseudoTerminal() {
        master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (master >= 0 && ::grantpt(master) == 0 && ::unlockpt(master) == 0) {
            slave = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
        }
    }
    ~PseudoTerminal() {
        if (slave >= 0) {
            ::close(slave);
        }
        if (master >= 0) {
            ::close(master);
        }
    }
    int master = -1;
    int slave = -1;
};

bool echoes(int fd) {
    termios settings{};
    ::tcgetattr(fd, &settings);
    return (settings.c_lflag & ECHO) != 0;
}

TEST(TerminalEchoTest, ATerminalStopsEchoingWhileThePinIsReadAndEchoesAgainAfter) {
    PseudoTerminal terminal;
    ASSERT_GE(terminal.slave, 0) << "no pseudo-terminal here";
    ASSERT_TRUE(echoes(terminal.slave));
    {
        const TerminalEchoOff quiet(terminal.slave);
        EXPECT_TRUE(quiet.active());
        EXPECT_FALSE(echoes(terminal.slave));
    }
    EXPECT_TRUE(echoes(terminal.slave));
}

TEST(TerminalEchoTest, APipeIsLeftAlone) {
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    {
        const TerminalEchoOff quiet(fds[0]);
        EXPECT_FALSE(quiet.active());
    }
    ::close(fds[0]);
    ::close(fds[1]);
}

} // namespace
} // namespace atelier::platform

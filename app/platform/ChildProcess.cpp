// posix_spawn (no shell, so any argument is safe), the parent's other descriptors closed in the child, a
// nicer priority, and a poll()ed pipe for its output.
#include "platform/ChildProcess.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace atelier::platform {
namespace {

/// The child's nice value: the table's frames go first on a busy machine.
constexpr int kChildNice = 10;

} // namespace

ChildProcess::ChildProcess(const std::filesystem::path& program, const std::vector<std::string>& args) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        m_problem = std::string("cannot start ") + program.string() + ": " + std::strerror(errno);
        return;
    }
    std::vector<std::string> all{program.string()};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& arg : all) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclosefrom_np(&actions,
                                             STDERR_FILENO + 1); // not the data dir's lock, nor SQLite
    const int spawned = posix_spawn(&m_pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (spawned != 0) {
        ::close(fds[0]);
        m_pid = -1;
        m_problem = "cannot start " + program.string() + ": " + std::strerror(spawned);
        return;
    }
    ::setpriority(PRIO_PROCESS, static_cast<id_t>(m_pid), kChildNice);
    m_pipe = fds[0];
}

ChildProcess::~ChildProcess() {
    if (m_pid > 0) {
        kill();
        wait();
    }
    if (m_pipe >= 0) {
        ::close(m_pipe);
    }
}

std::optional<std::string> ChildProcess::readLine(int timeoutMs) {
    for (;;) {
        if (const auto end = m_pending.find('\n'); end != std::string::npos) {
            std::string line = m_pending.substr(0, end);
            m_pending.erase(0, end + 1);
            return line;
        }
        if (m_pipe < 0) {
            m_pending.clear(); // a last line without its newline is not a whole line
            return std::nullopt;
        }
        pollfd ready{m_pipe, POLLIN, 0};
        const int polled = ::poll(&ready, 1, timeoutMs);
        if (polled == 0 || (polled < 0 && errno == EINTR)) {
            return std::nullopt;
        }
        char buffer[512];
        const ssize_t got = polled < 0 ? -1 : ::read(m_pipe, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            ::close(m_pipe);
            m_pipe = -1;
            continue;
        }
        m_pending.append(buffer, static_cast<std::size_t>(got));
        timeoutMs = 0; // the rest of a line already on its way
    }
}

void ChildProcess::kill() {
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
    }
}

int ChildProcess::wait() {
    if (m_pid <= 0) {
        return -1;
    }
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
    m_pid = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

} // namespace atelier::platform

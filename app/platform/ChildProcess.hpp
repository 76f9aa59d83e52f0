// Another program run beside the table, its standard output read line by line (the panel's pictures come
// from a child `atelier export`).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace atelier::platform {

/// A child process started without a shell, at a lower priority than the table, its stdout piped to us and
/// its stderr shared. One owner; not copyable. Destroying it kills the child if it still runs.
class ChildProcess {
public:
    /// Starts `program` with `args` (argv[1]…); problem() says why it could not.
    ChildProcess(const std::filesystem::path& program, const std::vector<std::string>& args);
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;
    ~ChildProcess();

    /// Why the child could not start, or "".
    const std::string& problem() const { return m_problem; }
    /// The next whole line it printed, waiting `timeoutMs` at most; nothing when none came yet or it ended.
    std::optional<std::string> readLine(int timeoutMs);
    /// True once its stdout is closed (it ended, or closed it) and every line was read.
    bool outputEnded() const { return m_pipe < 0 && m_pending.empty(); }
    /// Ends it now (SIGKILL).
    void kill();
    /// Waits for it to end; its exit status, or 128 + the signal that ended it, or -1 when it never started.
    int wait();

private:
    pid_t m_pid = -1;
    int m_pipe = -1;
    std::string m_pending; ///< bytes read after the last whole line
    std::string m_problem;
};

} // namespace atelier::platform

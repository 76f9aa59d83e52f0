// Runs the real `atelier` binary (or a helper program) from a test, as a person would from a shell.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

#include "TempDir.hpp" // every test that runs the binary gives it a data dir of its own

namespace atelier::testing {

/// What a finished program left behind.
struct ProcessResult {
    int exitCode = -1;
    int signal = 0;
    std::string output;
};

/// A child process whose stdout and stderr go to a file; killed and reaped if still running at destruction.
class Process {
public:
    /// Starts program with args (argv[0] is added) and environment additions "NAME=value".
    Process(const std::filesystem::path& program, const std::vector<std::string>& args,
            const std::vector<std::string>& environment = {});
    Process(const Process&) = delete;
    Process& operator=(const Process&) = delete;
    ~Process();

    /// The child's pid, for signals and /proc readings.
    pid_t pid() const { return m_pid; }
    /// Sends a signal (SIGTERM, SIGKILL, ...).
    void signal(int number) const;
    /// Waits up to the timeout; nothing when it is still running then.
    std::optional<ProcessResult> wait(std::chrono::milliseconds timeout);
    /// What the child has printed so far.
    std::string outputSoFar() const;
    /// Waits until the output contains text, up to the timeout.
    bool waitForOutput(const std::string& text, std::chrono::milliseconds timeout) const;

private:
    pid_t m_pid = -1;
    std::filesystem::path m_outputFile;
    bool m_reaped = false;
};

/// Runs a program to completion (killed after the timeout) and returns its exit code and output.
ProcessResult runProcess(const std::filesystem::path& program, const std::vector<std::string>& args,
                         std::chrono::milliseconds timeout = std::chrono::seconds(60),
                         const std::vector<std::string>& environment = {});

/// Environment for runs of the real binary: under AddressSanitizer, Mesa's llvmpipe leaks from a
/// driver it unloads before exit (frames of an unknown module, nothing of ours to fix), so the
/// child runs with leak detection off; memory errors are still caught. Unit tests keep LeakSanitizer.
std::vector<std::string> atelierEnvironment();

} // namespace atelier::testing

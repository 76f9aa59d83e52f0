// fork/exec based process runner for integration tests.
#include "Process.hpp"

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace atelier::testing {
namespace {

ProcessResult resultOf(int status, std::string output) {
    ProcessResult result;
    result.output = std::move(output);
    if (WIFEXITED(status)) {
        result.exitCode = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        result.signal = WTERMSIG(status);
    }
    return result;
}

} // namespace

Process::Process(const std::filesystem::path& program, const std::vector<std::string>& args,
                 const std::vector<std::string>& environment) {
    std::string pattern = (std::filesystem::temp_directory_path() / "atelier-output-XXXXXX").string();
    const int outputFd = mkstemp(pattern.data());
    m_outputFile = pattern;
    m_pid = fork();
    if (m_pid == 0) {
        dup2(outputFd, STDOUT_FILENO);
        dup2(outputFd, STDERR_FILENO);
        for (const std::string& assignment : environment) {
            putenv(const_cast<char*>(assignment.c_str()));
        }
        std::vector<char*> argv;
        std::string name = program.string();
        argv.push_back(name.data());
        std::vector<std::string> copies = args;
        for (std::string& arg : copies) {
            argv.push_back(arg.data());
        }
        argv.push_back(nullptr);
        execv(name.c_str(), argv.data());
        _exit(127);
    }
    close(outputFd);
}

Process::~Process() {
    if (!m_reaped && m_pid > 0) {
        kill(m_pid, SIGKILL);
        int status = 0;
        waitpid(m_pid, &status, 0);
    }
    std::error_code error;
    std::filesystem::remove(m_outputFile, error);
}

void Process::signal(int number) const {
    kill(m_pid, number);
}

std::string Process::outputSoFar() const {
    std::ifstream in(m_outputFile);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

bool Process::waitForOutput(const std::string& text, std::chrono::milliseconds timeout) const {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        if (outputSoFar().find(text) != std::string::npos) {
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

std::optional<ProcessResult> Process::wait(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
        int status = 0;
        const pid_t done = waitpid(m_pid, &status, WNOHANG);
        if (done == m_pid) {
            m_reaped = true;
            return resultOf(status, outputSoFar());
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            return std::nullopt;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

std::vector<std::string> atelierEnvironment() {
    return {"LSAN_OPTIONS=detect_leaks=0"};
}

ProcessResult runProcess(const std::filesystem::path& program, const std::vector<std::string>& args,
                         std::chrono::milliseconds timeout, const std::vector<std::string>& environment) {
    Process process(program, args, environment);
    if (auto result = process.wait(timeout)) {
        return *result;
    }
    process.signal(SIGKILL);
    ProcessResult killed = process.wait(std::chrono::seconds(5)).value_or(ProcessResult{});
    killed.output += "\n[test] killed after the timeout\n";
    return killed;
}

} // namespace atelier::testing

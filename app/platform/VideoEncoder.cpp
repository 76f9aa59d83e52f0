// Starts ffmpeg with posix_spawn (no shell, so any file name is safe) and writes frames to its stdin.
#include "platform/VideoEncoder.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <pthread.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace atelier::platform {
namespace {

/// write() to a pipe whose reader may be gone, without SIGPIPE reaching the process: the signal is blocked
/// on this thread for the write, and one the write raised is taken back before the mask is restored. The
/// rest of the process keeps SIGPIPE's default.
ssize_t writeWithoutSigpipe(int fd, const void* data, std::size_t size) {
    sigset_t pipeOnly;
    sigemptyset(&pipeOnly);
    sigaddset(&pipeOnly, SIGPIPE);
    sigset_t previous;
    pthread_sigmask(SIG_BLOCK, &pipeOnly, &previous);
    sigset_t pending;
    sigpending(&pending);
    const bool alreadyPending = sigismember(&pending, SIGPIPE) == 1;
    const ssize_t written = ::write(fd, data, size);
    const int writeErrno = errno;
    // Linux raises SIGPIPE also when the reader leaves in the middle of a write that returns a partial count.
    sigpending(&pending);
    if (!alreadyPending && sigismember(&pending, SIGPIPE) == 1) {
        const timespec now{0, 0};
        while (sigtimedwait(&pipeOnly, nullptr, &now) < 0 && errno == EINTR) {
        }
    }
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    errno = writeErrno;
    return written;
}

} // namespace

std::optional<std::filesystem::path> findProgram(const std::string& name) {
    const char* path = std::getenv("PATH");
    std::string_view rest = path != nullptr ? path : "";
    while (!rest.empty()) {
        const auto colon = rest.find(':');
        const std::string_view folder = rest.substr(0, colon);
        if (!folder.empty()) {
            const std::filesystem::path candidate = std::filesystem::path(folder) / name;
            if (::access(candidate.c_str(), X_OK) == 0) {
                return candidate;
            }
        }
        rest = colon == std::string_view::npos ? std::string_view{} : rest.substr(colon + 1);
    }
    return std::nullopt;
}

VideoEncoder::VideoEncoder(const std::filesystem::path& ffmpeg, const std::filesystem::path& file,
                           PixelSize size, int fps)
    : m_file(file) {
    int fds[2];
    if (::pipe(fds) != 0) {
        m_problem = std::string("cannot start ffmpeg: ") + std::strerror(errno);
        return;
    }
    const std::vector<std::string> args = {ffmpeg.string(),
                                           "-y",
                                           "-loglevel",
                                           "error",
                                           "-f",
                                           "rawvideo",
                                           "-pix_fmt",
                                           "rgba",
                                           "-s",
                                           std::to_string(size.width) + "x" + std::to_string(size.height),
                                           "-r",
                                           std::to_string(fps),
                                           "-i",
                                           "-",
                                           "-vf",
                                           "scale=trunc(iw/2)*2:trunc(ih/2)*2",
                                           "-c:v",
                                           "libx264",
                                           "-pix_fmt",
                                           "yuv420p",
                                           "-movflags",
                                           "+faststart",
                                           "-f", // MP4 whatever the name: the panel writes "NAME.part" first
                                           "mp4",
                                           file.string()};
    std::vector<char*> argv;
    for (const std::string& arg : args) {
        argv.push_back(const_cast<char*>(arg.c_str()));
    }
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[1]);
    const int spawned = posix_spawn(&m_pid, ffmpeg.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[0]);
    if (spawned != 0) {
        ::close(fds[1]);
        m_pid = -1;
        m_problem = "cannot start " + ffmpeg.string() + ": " + std::strerror(spawned);
        return;
    }
    m_pipe = fds[1]; // write() keeps SIGPIPE off this thread: a stopped ffmpeg makes it fail, not kill us
}

VideoEncoder::~VideoEncoder() {
    finish();
}

bool VideoEncoder::write(const Frame& frame) {
    if (m_pipe < 0) {
        return false;
    }
    const auto* data = frame.rgba.data();
    std::size_t left = frame.rgba.size();
    while (left > 0) {
        const ssize_t written = writeWithoutSigpipe(m_pipe, data, left);
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            m_problem = "ffmpeg stopped taking frames (" + std::string(std::strerror(errno)) + ")";
            return false;
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
    return true;
}

std::string VideoEncoder::finish() {
    if (m_pipe >= 0) {
        ::close(m_pipe);
        m_pipe = -1;
    }
    if (m_pid > 0) {
        int status = 0;
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
        }
        m_pid = -1;
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            m_problem = "ffmpeg could not write " + m_file.string() + " (exit status " +
                        std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status)) +
                        ")";
        }
    }
    return m_problem;
}

} // namespace atelier::platform

// flock on <dataDir>/atelier.lock: released by the kernel when the holder exits, however it exits.
#include "platform/TableLock.hpp"

#include <cerrno>
#include <charconv>
#include <fcntl.h>
#include <fstream>
#include <string>
#include <sys/file.h>
#include <system_error>
#include <unistd.h>
#include <utility>

namespace atelier::platform {

std::optional<TableLock> TableLock::tryTake(const std::filesystem::path& dataDir) {
    const std::filesystem::path file = dataDir / kTableLockFileName;
    const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        throw std::system_error(errno, std::generic_category(), "cannot open " + file.string());
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return std::nullopt;
    }
    // The pid lets a second table say who holds the data dir; the lock itself is the flock, not this text.
    const std::string pid = std::to_string(::getpid()) + "\n";
    const bool pidWritten = ::ftruncate(fd, 0) == 0 &&
                            ::pwrite(fd, pid.data(), pid.size(), 0) == static_cast<ssize_t>(pid.size());
    static_cast<void>(pidWritten); // without it only a second table's sentence lacks the pid; the lock holds
    return TableLock(fd);
}

std::optional<pid_t> TableLock::holderPid(const std::filesystem::path& dataDir) {
    std::ifstream file(dataDir / kTableLockFileName);
    std::string text;
    if (!std::getline(file, text)) {
        return std::nullopt;
    }
    pid_t pid = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), pid);
    if (error != std::errc{} || pid <= 0) {
        return std::nullopt;
    }
    return pid;
}

std::string TableLock::describeHolder(const std::filesystem::path& dataDir) {
    const std::optional<pid_t> pid = holderPid(dataDir);
    if (!pid) {
        return "another process";
    }
    std::ifstream comm("/proc/" + std::to_string(*pid) + "/comm");
    std::string name;
    std::getline(comm, name);
    return "process " + std::to_string(*pid) + (name.empty() ? std::string() : " (" + name + ")");
}

TableLock::TableLock(TableLock&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}

TableLock& TableLock::operator=(TableLock&& other) noexcept {
    if (this != &other) {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

TableLock::~TableLock() {
    if (m_fd >= 0) {
        ::close(m_fd); // closing the last descriptor releases the flock
    }
}

} // namespace atelier::platform

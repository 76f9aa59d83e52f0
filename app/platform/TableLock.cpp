// flock on <dataDir>/atelier.lock: released by the kernel when the holder exits, however it exits.
#include "platform/TableLock.hpp"

#include <cerrno>
#include <fcntl.h>
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
    return TableLock(fd);
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

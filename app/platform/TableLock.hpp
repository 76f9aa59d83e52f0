// Who owns a data dir's event log: the running table holds this lock; `atelier import` needs it free.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <sys/types.h>

namespace atelier::platform {

/// An exclusive advisory lock (flock) on <dataDir>/atelier.lock, held for the object's lifetime. The running
/// table holds it because its EventLog writer numbers events from its own memory: another process that
/// appended to the same session meanwhile would break the contiguous seq. The kernel drops the lock when the
/// process dies, so a crashed table never leaves it stuck.
class TableLock {
public:
    /// Takes the lock if no other process holds it, and writes this process's pid into the lock file; nothing
    /// when another holds it. Throws std::system_error when the lock file cannot be opened (a read-only or
    /// missing data dir).
    static std::optional<TableLock> tryTake(const std::filesystem::path& dataDir);

    /// The pid the holder wrote into the lock file, when there is one.
    static std::optional<pid_t> holderPid(const std::filesystem::path& dataDir);

    /// The holder in words for a sentence: "process 1234 (atelier)", or "another process" when unknown.
    static std::string describeHolder(const std::filesystem::path& dataDir);

    TableLock(TableLock&& other) noexcept;
    TableLock& operator=(TableLock&& other) noexcept;
    TableLock(const TableLock&) = delete;
    TableLock& operator=(const TableLock&) = delete;
    ~TableLock();

private:
    explicit TableLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

/// The lock file's name in the data dir.
inline constexpr const char* kTableLockFileName = "atelier.lock";

} // namespace atelier::platform

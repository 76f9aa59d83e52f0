// Where the events the data file refused go when the table must close, and how they come back at the next
// start.
#pragma once

#include "store/PendingEvent.hpp"

#include <cstdint>
#include <deque>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace atelier::store {

/// The folders a rescue journal may be written to, best first: the data file's own folder, then one on
/// another disk in case that one is full ($XDG_STATE_HOME/atelier or ~/.local/state/atelier), then the
/// temporary folder.
std::vector<std::filesystem::path> rescueDirectories(const std::filesystem::path& dataFile);

/// A small file of JSON lines holding a session's events that could not be committed: a header naming the
/// data file and the session, then one line per event. Appended to while the writer cannot commit; merged
/// back into the data file (and removed) at the next start.
class RescueJournal {
public:
    /// A journal for `sessionId` of `dataFile`, written to the first of `dirs` that takes it.
    RescueJournal(std::filesystem::path dataFile, std::int64_t sessionId,
                  std::vector<std::filesystem::path> dirs);

    /// Appends the events and syncs them to disk; false (nothing half-written counts) when no folder took
    /// them.
    bool append(const std::deque<PendingEvent>& events);

    /// The journal's file once something was written to it.
    const std::optional<std::filesystem::path>& file() const noexcept { return m_written; }

private:
    bool appendTo(const std::filesystem::path& file, const std::string& lines, bool withHeader) const;

    std::filesystem::path m_dataFile;
    std::int64_t m_sessionId;
    std::vector<std::filesystem::path> m_dirs;
    std::optional<std::filesystem::path> m_written;
};

/// Adds the events of every rescue journal of `dataFile` found in `dirs` to their sessions, in one
/// transaction per journal, and removes each journal merged; a sentence per journal for the log. A journal
/// that no longer continues its session (another writer added events since) is renamed *.unmerged and left
/// for a technician, with a sentence saying where it is.
std::vector<std::string> mergeRescueJournals(const std::filesystem::path& dataFile,
                                             const std::vector<std::filesystem::path>& dirs);

} // namespace atelier::store

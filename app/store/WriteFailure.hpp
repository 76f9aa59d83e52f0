// Turns an SQLite failure of the writer into a problem kind and a sentence for the facilitator.
#pragma once

#include "store/EventLogStatus.hpp"

#include <filesystem>
#include <string>

namespace atelier::store {

/// A failed commit, classified.
struct WriteFailure {
    WriteProblem problem = WriteProblem::Failed;
    std::string cause;    ///< what is wrong ("The disk holding ... is full.")
    std::string sentence; ///< the cause, then that nothing is lost yet: what status() shows
    /// True when trying again cannot help (the session holds events this writer did not expect); false for
    /// a disk that may get room, a lock that may be released.
    bool permanent = false;
};

/// Classifies SQLite's (extended) result code and errno of a failed write to `file`.
WriteFailure describeWriteFailure(int extendedCode, int systemErrno, const std::string& sqliteMessage,
                                  const std::filesystem::path& file);

} // namespace atelier::store

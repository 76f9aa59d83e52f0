// Classifies why SQLite refused to save, in words a facilitator or technician can act on.
#include "store/WriteFailure.hpp"

#include <cerrno>
#include <sqlite3.h>

namespace atelier::store {

WriteFailure describeWriteFailure(int extendedCode, int systemErrno, const std::string& sqliteMessage,
                                  const std::filesystem::path& file) {
    const int primary = extendedCode & 0xff;
    WriteFailure failure;
    if (primary == SQLITE_FULL || systemErrno == ENOSPC) {
        failure = {WriteProblem::DiskFull,
                   "The disk holding " + file.string() + " is full, so Atelier cannot save.", ""};
    } else if (primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN || primary == SQLITE_PERM ||
               primary == SQLITE_AUTH || systemErrno == EROFS || systemErrno == EACCES ||
               systemErrno == EPERM) {
        failure = {WriteProblem::ReadOnly,
                   "The data file " + file.string() +
                       " cannot be written (read-only disk, missing file or no permission: " + sqliteMessage +
                       ").",
                   ""};
    } else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
        failure = {WriteProblem::Busy,
                   "Another program is holding the data file " + file.string() + " locked.", ""};
    } else if (primary == SQLITE_CONSTRAINT) {
        failure = {
            WriteProblem::Failed,
            "The data file " + file.string() +
                " already holds some of these actions' places in the session (is another Atelier writing "
                "to it?): " +
                sqliteMessage + ".",
            "", true};
    } else {
        failure = {WriteProblem::Failed, "Saving to " + file.string() + " failed (" + sqliteMessage + ").",
                   ""};
    }
    failure.sentence =
        failure.cause +
        (failure.permanent
             ? std::string(" Trying again cannot help.")
             : std::string(" The latest actions are kept in memory and will be saved as soon as "
                           "this is fixed."));
    return failure;
}

} // namespace atelier::store

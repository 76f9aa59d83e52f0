// The one error type the store throws: a kind the caller can act on and a sentence a person can read.
#pragma once

#include <stdexcept>
#include <string>

namespace atelier::store {

/// Why a store operation failed, so callers can choose what to tell whom.
enum class StoreErrorKind {
    NewerVersion, ///< the data file was written by a newer Atelier; it was left untouched
    CannotOpen,   ///< the data directory or file cannot be created or opened
    NotFound,     ///< a session, workshop or asset that was asked for does not exist
    WriteFailed,  ///< SQLite refused a write (disk full, read-only, busy, damaged)
    ReadFailed,   ///< SQLite refused a read (damaged file, I/O error)
};

/// Thrown by store operations (never by the EventLog writer thread); what() is a plain sentence.
class StoreError : public std::runtime_error {
public:
    /// Builds an error of `kind` whose what() is `sentence`.
    StoreError(StoreErrorKind kind, const std::string& sentence);

    /// What went wrong, for callers that react differently per case.
    StoreErrorKind kind() const noexcept { return m_kind; }

private:
    StoreErrorKind m_kind;
};

} // namespace atelier::store

// The workshops on this table as the facilitator's library sees them: list, save with photos, archive.
#pragma once

#include "store/Workshop.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atelier::store {

class Database;

/// A site photo of a workshop: an asset (by SHA-256) and the file name it came from.
struct WorkshopPhoto {
    std::string name;
    std::string hash;
};

/// One line of the library: the workshop, how often it ran and when last.
struct WorkshopEntry {
    Workshop workshop;
    std::int64_t sessions = 0;
    std::string lastUsed; ///< ISO 8601 UTC start of its newest session; "" when it never ran
    bool archived = false;
    std::vector<WorkshopPhoto> photos;
};

/// What removing a workshop did: a workshop with sessions is archived with them, never deleted.
enum class WorkshopRemoval { Deleted, Archived, NotFound };

/// The workshops in the data file, most recently used (else created) first; archived ones only if asked.
std::vector<WorkshopEntry> listWorkshops(const Database& database, bool withArchived = false);

/// One workshop of the library, archived or not.
std::optional<WorkshopEntry> findWorkshopEntry(const Database& database, std::string_view workshopId);

/// Saves the workshop (insert or update, brought back from the archive) and replaces its photo list, in one
/// transaction. Every photo's asset must already be stored.
void saveWorkshop(Database& database, const Workshop& workshop, const std::vector<WorkshopPhoto>& photos);

/// Deletes a workshop that never ran; archives one that has sessions (they keep it).
WorkshopRemoval removeWorkshop(Database& database, std::string_view workshopId);

/// An id for a new workshop made from its title ("Square des Ursules" → "square-des-ursules"), with "-2",
/// "-3"… when taken; never "demo" or "exhibition" (the shipped workshops).
std::string freeWorkshopId(const Database& database, std::string_view title);

} // namespace atelier::store

// The library's SQL: workshops with their session counts, their photos, archiving instead of deleting.
#include "store/WorkshopLibrary.hpp"

#include "store/Database.hpp"
#include "store/StoreError.hpp"
#include "store/Timestamps.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <cctype>

namespace atelier::store {
namespace {

template <typename Action>
auto guarded(const Database& database, StoreErrorKind kind, std::string_view what, Action&& action) {
    try {
        return action();
    } catch (const SQLite::Exception& error) {
        throw StoreError(kind, "Could not " + std::string(what) + " in " + database.path().string() + ": " +
                                   error.what() + ".");
    }
}

constexpr const char* kEntrySelect = R"sql(
SELECT w.id, w.title, w.site, w.config, w.created_at, w.archived_at IS NOT NULL,
       (SELECT count(*) FROM sessions s WHERE s.workshop_id = w.id),
       COALESCE((SELECT max(s.started_at) FROM sessions s WHERE s.workshop_id = w.id), '')
FROM workshops w
)sql";

std::vector<WorkshopPhoto> photosOf(SQLite::Database& db, const std::string& workshopId) {
    SQLite::Statement query(db,
                            "SELECT name, hash FROM workshop_photos WHERE workshop_id = ? ORDER BY position");
    query.bind(1, workshopId);
    std::vector<WorkshopPhoto> photos;
    while (query.executeStep()) {
        photos.push_back(WorkshopPhoto{query.getColumn(0).getString(), query.getColumn(1).getString()});
    }
    return photos;
}

WorkshopEntry readEntry(SQLite::Statement& query) {
    WorkshopEntry entry;
    entry.workshop = Workshop{query.getColumn(0).getString(), query.getColumn(1).getString(),
                              query.getColumn(2).getString(), query.getColumn(3).getString(),
                              query.getColumn(4).getString()};
    entry.archived = query.getColumn(5).getInt() != 0;
    entry.sessions = query.getColumn(6).getInt64();
    entry.lastUsed = query.getColumn(7).getString();
    return entry;
}

/// Lower-case ASCII letters and digits of the title, words joined by '-'; accented letters lose their accent.
std::string slugOf(std::string_view title) {
    static const std::pair<std::string_view, char> kAccents[] = {
        {"à", 'a'}, {"â", 'a'}, {"ä", 'a'}, {"ç", 'c'}, {"é", 'e'}, {"è", 'e'}, {"ê", 'e'},
        {"ë", 'e'}, {"î", 'i'}, {"ï", 'i'}, {"ô", 'o'}, {"ö", 'o'}, {"ù", 'u'}, {"û", 'u'},
        {"ü", 'u'}, {"ÿ", 'y'}, {"À", 'a'}, {"Â", 'a'}, {"Ç", 'c'}, {"É", 'e'}, {"È", 'e'},
        {"Ê", 'e'}, {"Î", 'i'}, {"Ô", 'o'}, {"Ù", 'u'}, {"Û", 'u'}};
    std::string slug;
    bool gap = false;
    for (std::size_t i = 0; i < title.size() && slug.size() < 40;) {
        char letter = 0;
        std::size_t length = 1;
        const unsigned char c = static_cast<unsigned char>(title[i]);
        if (std::isalnum(c) != 0 && c < 0x80) {
            letter = static_cast<char>(std::tolower(c));
        } else {
            for (const auto& [accented, plain] : kAccents) {
                if (title.substr(i, accented.size()) == accented) {
                    letter = plain;
                    length = accented.size();
                }
            }
        }
        if (letter != 0) {
            if (gap && !slug.empty()) {
                slug += '-';
            }
            slug += letter;
            gap = false;
        } else {
            gap = true;
        }
        i += length;
    }
    return slug.empty() ? std::string("atelier") : slug;
}

} // namespace

std::vector<WorkshopEntry> listWorkshops(const Database& database, bool withArchived) {
    return guarded(database, StoreErrorKind::ReadFailed, "list the workshops", [&] {
        SQLite::Statement query(database.connection(),
                                std::string(kEntrySelect) +
                                    (withArchived ? "" : " WHERE w.archived_at IS NULL") +
                                    " ORDER BY max(w.created_at, COALESCE((SELECT max(s.started_at) FROM "
                                    "sessions s WHERE s.workshop_id = w.id), '')) DESC, w.id");
        std::vector<WorkshopEntry> entries;
        while (query.executeStep()) {
            entries.push_back(readEntry(query));
        }
        for (WorkshopEntry& entry : entries) {
            entry.photos = photosOf(database.connection(), entry.workshop.id);
        }
        return entries;
    });
}

std::optional<WorkshopEntry> findWorkshopEntry(const Database& database, std::string_view workshopId) {
    return guarded(
        database, StoreErrorKind::ReadFailed, "read a workshop", [&]() -> std::optional<WorkshopEntry> {
            SQLite::Statement query(database.connection(), std::string(kEntrySelect) + " WHERE w.id = ?");
            query.bind(1, std::string(workshopId));
            if (!query.executeStep()) {
                return std::nullopt;
            }
            WorkshopEntry entry = readEntry(query);
            entry.photos = photosOf(database.connection(), entry.workshop.id);
            return entry;
        });
}

void saveWorkshop(Database& database, const Workshop& workshop, const std::vector<WorkshopPhoto>& photos) {
    guarded(database, StoreErrorKind::WriteFailed, "save workshop '" + workshop.id + "'", [&] {
        SQLite::Database& db = database.connection();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement upsert(db, R"sql(
            INSERT INTO workshops(id, title, site, created_at, config) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET title = excluded.title, site = excluded.site,
                                          config = excluded.config, archived_at = NULL)sql");
        upsert.bind(1, workshop.id);
        upsert.bind(2, workshop.title);
        upsert.bind(3, workshop.site);
        upsert.bind(4, nowIso8601());
        upsert.bind(5, workshop.configJson);
        upsert.exec();
        SQLite::Statement clear(db, "DELETE FROM workshop_photos WHERE workshop_id = ?");
        clear.bind(1, workshop.id);
        clear.exec();
        SQLite::Statement insert(
            db, "INSERT INTO workshop_photos(workshop_id, position, name, hash) VALUES (?, ?, ?, ?)");
        for (std::size_t i = 0; i < photos.size(); ++i) {
            insert.bind(1, workshop.id);
            insert.bind(2, static_cast<std::int64_t>(i));
            insert.bind(3, photos[i].name);
            insert.bind(4, photos[i].hash);
            insert.exec();
            insert.reset();
        }
        transaction.commit();
    });
}

WorkshopRemoval removeWorkshop(Database& database, std::string_view workshopId) {
    const std::optional<WorkshopEntry> entry = findWorkshopEntry(database, workshopId);
    if (!entry) {
        return WorkshopRemoval::NotFound;
    }
    return guarded(database, StoreErrorKind::WriteFailed, "remove workshop '" + std::string(workshopId) + "'",
                   [&] {
                       if (entry->sessions > 0) {
                           SQLite::Statement archive(
                               database.connection(),
                               "UPDATE workshops SET archived_at = ? WHERE id = ? AND archived_at IS NULL");
                           archive.bind(1, nowIso8601());
                           archive.bind(2, std::string(workshopId));
                           archive.exec();
                           return WorkshopRemoval::Archived;
                       }
                       SQLite::Statement remove(database.connection(), "DELETE FROM workshops WHERE id = ?");
                       remove.bind(1, std::string(workshopId));
                       remove.exec();
                       return WorkshopRemoval::Deleted;
                   });
}

std::string freeWorkshopId(const Database& database, std::string_view title) {
    const std::string base = slugOf(title);
    for (int suffix = 1;; ++suffix) {
        const std::string id = suffix == 1 ? base : base + "-" + std::to_string(suffix);
        if (id != "demo" && id != "exhibition" && !database.findWorkshop(id)) {
            return id;
        }
    }
}

} // namespace atelier::store

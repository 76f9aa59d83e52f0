// Lists, writes and reads workshops for the command line; the panel does the same through table::.
#include "cli/WorkshopsCommand.hpp"

#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "core/Utf8.hpp"
#include "store/Database.hpp"
#include "store/WorkshopLibrary.hpp"
#include "table/LocalTime.hpp"
#include "table/WorkshopBundle.hpp"

namespace atelier::cli {
namespace {

/// `text` followed by spaces up to `width` characters (not bytes).
std::string padded(const std::string& text, std::size_t width) {
    const std::size_t shown = core::utf8CodePoints(text);
    return text + std::string(shown < width ? width - shown : 0, ' ');
}

bool dataFileExists(const std::filesystem::path& dataDir) {
    std::error_code error;
    return std::filesystem::exists(dataDir / store::kDataFileName, error);
}

void printTable(const std::vector<store::WorkshopEntry>& entries) {
    std::printf("%s  %s  %s  %8s  %-16s  %s\n", padded("id", 24).c_str(), padded("title", 28).c_str(),
                padded("site", 24).c_str(), "sessions", "last used", "photos");
    for (const store::WorkshopEntry& entry : entries) {
        const std::string last = entry.lastUsed.empty() ? "never" : table::localDateTime(entry.lastUsed);
        std::printf("%s  %s  %s  %8lld  %-16s  %zu%s\n", padded(entry.workshop.id, 24).c_str(),
                    padded(entry.workshop.title, 28).c_str(), padded(entry.workshop.site, 24).c_str(),
                    static_cast<long long>(entry.sessions), last.c_str(), entry.photos.size(),
                    entry.archived ? "  (archived)" : "");
    }
}

} // namespace

int listWorkshopsCommand(const std::filesystem::path& dataDir, bool json) {
    if (!dataFileExists(dataDir)) {
        if (!json) {
            std::cout << "No workshops yet: " << (dataDir / store::kDataFileName).string()
                      << " does not exist.\n";
        }
        return 0;
    }
    try {
        store::Database database = store::Database::open(dataDir);
        const std::vector<store::WorkshopEntry> entries = store::listWorkshops(database, true);
        if (json) {
            for (const store::WorkshopEntry& entry : entries) {
                nlohmann::json line = {
                    {"id", entry.workshop.id},
                    {"title", entry.workshop.title},
                    {"site", entry.workshop.site},
                    {"created_at", entry.workshop.createdAt},
                    {"sessions", entry.sessions},
                    {"last_used", entry.lastUsed.empty() ? nlohmann::json() : nlohmann::json(entry.lastUsed)},
                    {"photos", entry.photos.size()},
                    {"archived", entry.archived}};
                std::cout << line.dump() << '\n';
            }
            return 0;
        }
        if (entries.empty()) {
            std::cout << "No workshops yet in " << database.path().string() << ".\n";
            return 0;
        }
        printTable(entries);
        return 0;
    } catch (const std::exception& failure) {
        std::cerr << "atelier workshops: cannot list the workshops: " << failure.what() << '\n';
        return 1;
    }
}

int exportWorkshopCommand(const std::filesystem::path& dataDir, const std::string& workshopId,
                          const std::filesystem::path& file) {
    if (!dataFileExists(dataDir)) {
        std::cerr << "atelier workshop export: there is no data file in " << dataDir.string()
                  << ", so no workshop '" << workshopId << "'.\n";
        return 2;
    }
    try {
        store::Database database = store::Database::open(dataDir);
        auto written = table::writeWorkshopBundle(database, workshopId, file);
        if (auto* error = std::get_if<table::BundleError>(&written)) {
            std::cerr << "atelier workshop export: " << error->message << '\n';
            return 1;
        }
        const table::BundleWritten& done = std::get<table::BundleWritten>(written);
        std::cout << "workshop '" << workshopId << "' written to " << done.file.string() << " with "
                  << done.photos << " photo(s)\n";
        return 0;
    } catch (const std::exception& failure) {
        std::cerr << "atelier workshop export: " << failure.what() << '\n';
        return 1;
    }
}

int importWorkshopCommand(const std::filesystem::path& dataDir, const std::filesystem::path& file) {
    try {
        store::Database database = store::Database::open(dataDir);
        auto imported = table::importWorkshopBundle(database, file);
        if (auto* error = std::get_if<table::BundleError>(&imported)) {
            std::cerr << "atelier workshop import: " << error->message << " Nothing was imported.\n";
            return 1;
        }
        const table::BundleImported& done = std::get<table::BundleImported>(imported);
        std::cout << "workshop '" << done.title << "' imported as '" << done.workshopId << "' with "
                  << done.photos << " photo(s)"
                  << (done.renamed ? " (its own id was taken on this table)" : "") << '\n';
        return 0;
    } catch (const std::exception& failure) {
        std::cerr << "atelier workshop import: " << failure.what() << " Nothing was imported.\n";
        return 1;
    }
}

} // namespace atelier::cli

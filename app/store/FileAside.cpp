// Renames damaged or replaced data files out of the way so nothing is ever deleted.
#include "store/FileAside.hpp"

#include "store/StoreError.hpp"
#include "store/Timestamps.hpp"

#include <array>
#include <string>
#include <system_error>

namespace atelier::store {
namespace {

constexpr std::array<std::string_view, 3> kCompanions = {"-wal", "-shm", "-journal"};

bool anyExists(const std::filesystem::path& base) {
    std::error_code ignored;
    if (std::filesystem::exists(base, ignored)) {
        return true;
    }
    for (std::string_view suffix : kCompanions) {
        if (std::filesystem::exists(companionOf(base, suffix), ignored)) {
            return true;
        }
    }
    return false;
}

} // namespace

std::filesystem::path companionOf(const std::filesystem::path& file, std::string_view suffix) {
    std::filesystem::path result = file;
    result += std::string(suffix);
    return result;
}

std::filesystem::path moveAside(const std::filesystem::path& file, std::string_view tag) {
    const std::string stem = file.string() + "." + std::string(tag) + "-" + nowFileStamp();
    std::filesystem::path target = stem;
    for (int attempt = 2; anyExists(target); ++attempt) {
        target = stem + "-" + std::to_string(attempt);
    }
    std::error_code error;
    std::filesystem::rename(file, target, error);
    if (error) {
        throw StoreError(StoreErrorKind::CannotOpen, "The file " + file.string() +
                                                         " could not be moved aside to " + target.string() +
                                                         ": " + error.message() + ".");
    }
    for (std::string_view suffix : kCompanions) {
        const std::filesystem::path companion = companionOf(file, suffix);
        if (std::filesystem::exists(companion, error)) {
            std::filesystem::rename(companion, companionOf(target, suffix), error);
        }
    }
    return target;
}

} // namespace atelier::store

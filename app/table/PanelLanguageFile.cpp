// Reads and writes the panel's language beside the data file (see PanelLanguageFile.hpp).
#include "table/PanelLanguageFile.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <spdlog/spdlog.h>
#include <string>
#include <unistd.h>

namespace atelier::table {
namespace {

/// Writes all of `text` to a new file and syncs it; false on any failure (errno says why).
bool writeSynced(const std::filesystem::path& file, const std::string& text) {
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        return false;
    }
    const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    const bool synced = written && ::fsync(fd) == 0;
    const bool closed = ::close(fd) == 0;
    return written && synced && closed;
}

} // namespace

std::optional<core::Language> loadPanelLanguage(const std::filesystem::path& dataDir) {
    std::ifstream in(dataDir / kPanelLanguageFileName);
    std::string code;
    if (!in || !std::getline(in, code)) {
        return std::nullopt;
    }
    const std::optional<core::Language> language = core::languageFromCode(code);
    if (!language) {
        spdlog::warn("{}: '{}' is not a language the table speaks (fr or en); the config's is used",
                     (dataDir / kPanelLanguageFileName).string(), code);
    }
    return language;
}

bool savePanelLanguage(const std::filesystem::path& dataDir, core::Language language) {
    const std::filesystem::path file = dataDir / kPanelLanguageFileName;
    std::filesystem::path temporary = file;
    temporary += ".tmp";
    const std::string code = language == core::Language::English ? "en\n" : "fr\n";
    std::error_code renamed;
    if (writeSynced(temporary, code)) {
        std::filesystem::rename(temporary, file, renamed);
        if (!renamed) {
            return true;
        }
    }
    spdlog::warn("{}: the panel's language could not be kept for the next start ({})", file.string(),
                 renamed ? renamed.message() : std::strerror(errno));
    return false;
}

} // namespace atelier::table

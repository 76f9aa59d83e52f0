// Rescue journals: JSON lines written with fsync when SQLite cannot save, merged back by the next start.
#include "store/RescueJournal.hpp"

#include "store/EventRows.hpp"
#include "store/Schema.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <nlohmann/json.hpp>
#include <unistd.h>
#include <utility>

namespace atelier::store {
namespace {

constexpr const char* kPrefix = "atelier-rescue-";

std::filesystem::path absoluteOf(const std::filesystem::path& file) {
    std::error_code error;
    std::filesystem::path full = std::filesystem::weakly_canonical(file, error);
    return error ? std::filesystem::absolute(file) : full;
}

bool writeAllAndSync(int fd, const std::string& text) {
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t written = ::write(fd, text.data() + done, text.size() - done);
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            return false;
        }
        done += static_cast<std::size_t>(written);
    }
    return ::fsync(fd) == 0;
}

/// A journal read back: its session and its events, in order.
struct ReadJournal {
    std::filesystem::path dataFile;
    std::int64_t sessionId = 0;
    std::vector<PendingEvent> events;
};

std::optional<ReadJournal> readJournal(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::string line;
    if (!std::getline(in, line)) {
        return std::nullopt;
    }
    ReadJournal journal;
    try {
        const nlohmann::json header = nlohmann::json::parse(line);
        journal.dataFile = header.at("file").get<std::string>();
        journal.sessionId = header.at("session").get<std::int64_t>();
        while (std::getline(in, line)) {
            const nlohmann::json row = nlohmann::json::parse(line, nullptr, false);
            if (row.is_discarded()) {
                break; // a line cut short by a power cut: everything before it is whole
            }
            PendingEvent event;
            event.seq = row.at("seq").get<std::int64_t>();
            event.tMs = row.at("t_ms").get<std::int64_t>();
            event.seat = row.at("seat").get<int>();
            event.type = row.at("type").get<std::string>();
            event.payload = row.at("payload").get<std::string>();
            journal.events.push_back(std::move(event));
        }
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
    return journal;
}

/// Inserts the journal's events after the session's last one; false when they no longer continue it.
bool insertJournal(const std::filesystem::path& dataFile, const ReadJournal& journal) {
    SQLite::Database db(dataFile, SQLite::OPEN_READWRITE, 5000);
    configureConnection(db, ConnectionRole::Writer);
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement last(db, "SELECT COALESCE(max(seq), 0) FROM events WHERE session_id = ?");
    last.bind(1, journal.sessionId);
    last.executeStep();
    if (last.getColumn(0).getInt64() + 1 != journal.events.front().seq) {
        return false;
    }
    SQLite::Statement insert(db, kInsertEventSql);
    for (const PendingEvent& event : journal.events) {
        insertEventRow(insert, journal.sessionId, event.seq, event.tMs, event.seat, event.type,
                       event.payload);
    }
    transaction.commit();
    return true;
}

std::string mergeOne(const std::filesystem::path& dataFile, const std::filesystem::path& file,
                     const ReadJournal& journal) {
    std::error_code ignored;
    if (journal.events.empty()) {
        std::filesystem::remove(file, ignored);
        return {};
    }
    const std::string what = std::to_string(journal.events.size()) + " actions of session " +
                             std::to_string(journal.sessionId) + " (seq " +
                             std::to_string(journal.events.front().seq) + " to " +
                             std::to_string(journal.events.back().seq) + ")";
    bool merged = false;
    try {
        merged = insertJournal(dataFile, journal);
    } catch (const std::exception& error) {
        return what + " wait in " + file.string() +
               " to be added to the session: the data file refused them (" + error.what() +
               "); the next start tries again.";
    }
    if (merged) {
        std::filesystem::remove(file, ignored);
        return what + " that could not be saved when Atelier last closed were recovered from " +
               file.string() + " and added to the session.";
    }
    std::filesystem::path kept = file;
    kept += ".unmerged";
    std::filesystem::rename(file, kept, ignored);
    return what +
           " that could not be saved when Atelier last closed no longer follow the session's last "
           "event (another table wrote to it); they are kept in " +
           kept.string() + " for a technician.";
}

} // namespace

std::vector<std::filesystem::path> rescueDirectories(const std::filesystem::path& dataFile) {
    std::vector<std::filesystem::path> dirs{absoluteOf(dataFile).parent_path()};
    if (const char* state = std::getenv("XDG_STATE_HOME"); state != nullptr && *state != '\0') {
        dirs.push_back(std::filesystem::path(state) / "atelier");
    } else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
        dirs.push_back(std::filesystem::path(home) / ".local/state/atelier");
    }
    std::error_code error;
    const std::filesystem::path temporary = std::filesystem::temp_directory_path(error);
    dirs.push_back(error ? std::filesystem::path("/tmp") : temporary);
    return dirs;
}

RescueJournal::RescueJournal(std::filesystem::path dataFile, std::int64_t sessionId,
                             std::vector<std::filesystem::path> dirs)
    : m_dataFile(absoluteOf(dataFile)), m_sessionId(sessionId), m_dirs(std::move(dirs)) {}

bool RescueJournal::appendTo(const std::filesystem::path& file, const std::string& lines,
                             bool withHeader) const {
    std::error_code ignored;
    std::filesystem::create_directories(file.parent_path(), ignored);
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0) {
        return false;
    }
    std::string text;
    if (withHeader) {
        text = nlohmann::json{{"atelier_rescue", 1}, {"file", m_dataFile.string()}, {"session", m_sessionId}}
                   .dump() +
               "\n";
    }
    text += lines;
    const bool whole = writeAllAndSync(fd, text);
    ::close(fd);
    return whole;
}

bool RescueJournal::append(const std::deque<PendingEvent>& events) {
    if (events.empty()) {
        return true;
    }
    std::string lines;
    for (const PendingEvent& event : events) {
        lines += nlohmann::json{{"seq", event.seq},
                                {"t_ms", event.tMs},
                                {"seat", event.seat},
                                {"type", event.type},
                                {"payload", event.payload}}
                     .dump() +
                 "\n";
    }
    if (m_written) {
        return appendTo(*m_written, lines, false);
    }
    const std::string name = std::string(kPrefix) + std::to_string(m_sessionId) + "-" +
                             std::to_string(events.front().seq) + "-" + std::to_string(::getpid()) + ".jsonl";
    for (const std::filesystem::path& dir : m_dirs) {
        const std::filesystem::path file = dir / name;
        if (appendTo(file, lines, true)) {
            m_written = file;
            return true;
        }
        std::error_code ignored;
        std::filesystem::remove(file, ignored); // a part written on a full disk would be merged half
    }
    return false;
}

std::vector<std::string> mergeRescueJournals(const std::filesystem::path& dataFile,
                                             const std::vector<std::filesystem::path>& dirs) {
    const std::filesystem::path ours = absoluteOf(dataFile);
    std::vector<std::pair<std::filesystem::path, ReadJournal>> journals;
    for (const std::filesystem::path& dir : dirs) {
        std::error_code error;
        std::filesystem::directory_iterator entries(dir, error);
        for (; !error && entries != std::filesystem::directory_iterator(); entries.increment(error)) {
            const std::filesystem::path& file = entries->path();
            const std::string name = file.filename().string();
            std::error_code notRegular;
            if (!name.starts_with(kPrefix) || !name.ends_with(".jsonl") ||
                !entries->is_regular_file(notRegular)) {
                continue;
            }
            if (std::optional<ReadJournal> journal = readJournal(file);
                journal && absoluteOf(journal->dataFile) == ours) {
                journals.emplace_back(file, std::move(*journal));
            }
        }
    }
    // Several journals of one session (the table closed on a full disk more than once) go back in seq order.
    std::sort(journals.begin(), journals.end(), [](const auto& a, const auto& b) {
        const std::int64_t aSeq = a.second.events.empty() ? 0 : a.second.events.front().seq;
        const std::int64_t bSeq = b.second.events.empty() ? 0 : b.second.events.front().seq;
        return std::pair{a.second.sessionId, aSeq} < std::pair{b.second.sessionId, bSeq};
    });
    std::vector<std::string> sentences;
    for (const auto& [file, journal] : journals) {
        if (std::string sentence = mergeOne(dataFile, file, journal); !sentence.empty()) {
            sentences.push_back(std::move(sentence));
        }
    }
    return sentences;
}

} // namespace atelier::store

// Seeds sessions through the store's own API, so the binary resumes them exactly as after a restart.
#include "SeededSession.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sstream>
#include <sys/socket.h>
#include <unistd.h>

#include "core/Apply.hpp"
#include "store/Database.hpp"
#include "store/EventLog.hpp"
#include "store/SessionLoader.hpp"

namespace atelier::testing {

std::int64_t seedDemoSession(const std::filesystem::path& dataDir, const std::vector<core::Event>& events) {
    return seedDemoSession(dataDir, core::PhaseStarted{1, "Atelier créatif", {"cards", "sketch"}, 1800, 0},
                           events);
}

std::int64_t seedDemoSession(const std::filesystem::path& dataDir, const core::PhaseStarted& phase,
                             const std::vector<core::Event>& events) {
    store::Database database = store::Database::open(dataDir);
    database.ensureWorkshop(store::Workshop{"demo", "Atelier test", "test site", "{}", {}});
    const std::int64_t session = database.createSession("demo");
    core::Board board;
    store::EventLog log(database, session, board, 0);
    std::int64_t t = 0;
    auto add = [&](const core::Event& event) {
        if (core::apply(board, event)) {
            log.append(t++, event);
        }
    };
    add(core::SessionConfigured{6, 5, "Atelier test", 0});
    add(phase);
    for (const core::Event& event : events) {
        add(event);
    }
    log.flush();
    return session;
}

core::CardCreated cardAt(core::ItemId id, double xMm, double yMm) {
    core::CardCreated card;
    card.id = id;
    card.pose.centre = {xMm, yMm};
    card.size = {80, 50};
    card.text = "idée " + std::to_string(id);
    card.seat = 1;
    return card;
}

core::Board boardOf(const std::filesystem::path& dataDir, std::int64_t sessionId) {
    store::Database database = store::Database::open(dataDir);
    return store::loadSession(database, sessionId).board;
}

std::int64_t countEvents(const std::filesystem::path& dataDir, std::int64_t sessionId, const char* type) {
    SQLite::Database database((dataDir / store::kDataFileName).string(), SQLite::OPEN_READONLY,
                              kBusyTimeoutMs);
    SQLite::Statement query(database, "SELECT count(*) FROM events WHERE session_id = ? AND type = ?");
    query.bind(1, sessionId);
    query.bind(2, type);
    query.executeStep();
    return query.getColumn(0).getInt64();
}

std::int64_t countEvents(const std::filesystem::path& dataDir, std::int64_t sessionId) {
    SQLite::Database database((dataDir / store::kDataFileName).string(), SQLite::OPEN_READONLY,
                              kBusyTimeoutMs);
    SQLite::Statement query(database, "SELECT count(*) FROM events WHERE session_id = ?");
    query.bind(1, sessionId);
    query.executeStep();
    return query.getColumn(0).getInt64();
}

} // namespace atelier::testing

namespace atelier::testing {

std::int64_t countEditsTo(const std::filesystem::path& dataDir, std::int64_t sessionId,
                          const std::string& text) {
    SQLite::Database database((dataDir / store::kDataFileName).string(), SQLite::OPEN_READONLY,
                              kBusyTimeoutMs);
    SQLite::Statement query(database,
                            "SELECT count(*) FROM events WHERE session_id = ? AND type = 'card.edited' "
                            "AND json_extract(payload, '$.text') = ?");
    query.bind(1, sessionId);
    query.bind(2, text);
    query.executeStep();
    return query.getColumn(0).getInt64();
}

std::string scriptAt(int t, int id, const char* phase, core::Vec2 mm) {
    constexpr double kTableWidthMm = 1210; // the default config's table
    constexpr double kTableHeightMm = 680;
    std::ostringstream line;
    line << R"({"t":)" << t << R"(,"id":)" << id << R"(,"phase":")" << phase << R"(","x":)"
         << mm.x / kTableWidthMm << R"(,"y":)" << mm.y / kTableHeightMm << "}\n";
    return line.str();
}

std::string scriptOn(int t, int id, const char* phase, const std::string& target) {
    return R"({"t":)" + std::to_string(t) + R"(,"id":)" + std::to_string(id) + R"(,"phase":")" + phase +
           R"(","target":")" + target + "\"}\n";
}

std::string loggedHash(const std::string& output) {
    const std::string marker = "board hash ";
    const std::size_t found = output.rfind(marker);
    return found == std::string::npos ? "" : output.substr(found + marker.size(), 64);
}

int freeUdpPort() {
    const int fd = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    close(fd);
    return ntohs(address.sin_port);
}

} // namespace atelier::testing

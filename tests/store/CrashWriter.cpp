// Helper for CrashRecoveryTest: resumes the live demo session and appends events until it is killed.
// Usage: atelier_store_crash_writer DATA_DIR SEED. After each append it prints "seq monotonic_ms".
#include "WorkshopSimulator.hpp"
#include "store/Database.hpp"
#include "store/EventLog.hpp"
#include "store/SessionLoader.hpp"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <exception>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <thread>
#include <unistd.h>

namespace {

std::int64_t monotonicMs() {
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<std::int64_t>(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
}

void printLine(std::int64_t seq, std::int64_t ms) {
    char line[64];
    const int length = std::snprintf(line, sizeof line, "%lld %lld\n", static_cast<long long>(seq),
                                     static_cast<long long>(ms));
    // One unbuffered write per line: what is printed has left this process even if it dies next.
    if (write(STDOUT_FILENO, line, static_cast<std::size_t>(length)) != length) {
        std::exit(3);
    }
}

} // namespace

int main(int argc, char** argv) {
    using namespace atelier;
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s DATA_DIR SEED\n", argv[0]);
        return 2;
    }
    spdlog::set_default_logger(spdlog::stderr_logger_mt("crash-writer"));
    try {
        store::Database db = store::Database::open(argv[1]);
        db.ensureWorkshop(store::Workshop{"demo", "Place Carnot", "Saint-Étienne", "{}", ""});
        const std::int64_t session = db.findLiveSession("demo").value_or(0);
        const std::int64_t resumed = session != 0 ? session : db.createSession("demo");
        const store::LoadedSession loaded = store::loadSession(db, resumed);
        store::testing::WorkshopSimulator simulator(std::strtoull(argv[2], nullptr, 10), loaded.board,
                                                    loaded.lastTMs);
        store::EventLog log(db, resumed, loaded.board, loaded.lastSeq);
        // About 1,000 events a second: a very busy table (eight people dragging and sketching at once).
        for (;;) {
            const core::Event event = simulator.next();
            const std::int64_t seq = log.append(simulator.tMs(), event);
            printLine(seq, monotonicMs());
            std::this_thread::sleep_for(std::chrono::microseconds(1000));
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "crash writer: %s\n", error.what());
        return 1;
    }
}

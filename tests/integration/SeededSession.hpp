// Prepares a live session in a data dir before the real binary starts, as if people had already worked.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/Board.hpp"
#include "core/Event.hpp"

namespace atelier::testing {

/// How long a test's read of the data file waits while the running table writes (SQLite's busy timeout):
/// a reader can meet a lock while the table checkpoints or recovers a hot journal after a kill.
constexpr int kBusyTimeoutMs = 10000;

/// Writes a live session of the demo workshop holding these events after its configuration
/// (six seats, five dots, first phase); returns the session id.
std::int64_t seedDemoSession(const std::filesystem::path& dataDir, const std::vector<core::Event>& events);

/// The same with this first phase instead of the demo's creative one (its tools, its duration).
std::int64_t seedDemoSession(const std::filesystem::path& dataDir, const core::PhaseStarted& phase,
                             const std::vector<core::Event>& events);

/// A card of 80 × 50 mm at this centre, facing the bottom edge, created by seat 1.
core::CardCreated cardAt(core::ItemId id, double xMm, double yMm);

/// The board the data dir's session holds now (after the binary ran).
core::Board boardOf(const std::filesystem::path& dataDir, std::int64_t sessionId);

/// One input-script line: contact `id` at a point of the default 1210 × 680 mm table (in mm).
std::string scriptAt(int t, int id, const char* phase, core::Vec2 mm);

/// One input-script line: contact `id` on a named target (`--list-targets`).
std::string scriptOn(int t, int id, const char* phase, const std::string& target);

/// A UDP port on 127.0.0.1 that nothing listens on right now (for a table's TUIO input).
int freeUdpPort();

/// The board hash the binary logged as it stopped ("board hash H"), or "" when it logged none.
std::string loggedHash(const std::string& output);

/// How many events of this type the session's log holds.
std::int64_t countEvents(const std::filesystem::path& dataDir, std::int64_t sessionId, const char* type);

/// How many events of any type the session's log holds.
std::int64_t countEvents(const std::filesystem::path& dataDir, std::int64_t sessionId);

/// How many card.edited events of the session set a card's text to exactly this.
std::int64_t countEditsTo(const std::filesystem::path& dataDir, std::int64_t sessionId,
                          const std::string& text);

} // namespace atelier::testing

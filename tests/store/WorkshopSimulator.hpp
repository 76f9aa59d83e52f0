// Generates the event stream of a busy workshop (drags at 20 Hz, sketches, new cards, votes) for tests.
#pragma once

#include "core/Board.hpp"
#include "core/Event.hpp"

#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <vector>

namespace atelier::store::testing {

/// A deterministic stream of events that all apply to the board they build: the same seed gives the
/// same session. Shaped like a real table: most events are card moves and stroke points.
class WorkshopSimulator {
public:
    /// Starts an empty session: the first events configure it and start a phase.
    explicit WorkshopSimulator(std::uint64_t seed);

    /// Continues a session from its board (a resumed session), with fresh choices from `seed`.
    WorkshopSimulator(std::uint64_t seed, const core::Board& board, std::int64_t lastTMs);

    /// The next event; tMs() tells when it happens.
    core::Event next();

    /// Session time of the event next() returned last, in ms since the session started.
    std::int64_t tMs() const noexcept { return m_tMs; }

private:
    core::Event moveCard();
    core::Event sketch();
    core::Event createCard();
    core::Event vote();
    core::Event editCard();
    core::Event formCluster();
    core::Event startPhase();
    int randomSeat();
    double uniform(double low, double high);
    template <typename T>
    T pick(const std::vector<T>& items);

    std::mt19937_64 m_random;
    std::int64_t m_tMs = 0;
    bool m_configured = false;
    int m_phase = -1;
    core::ItemId m_nextId = 1;
    std::vector<core::ItemId> m_cards;
    std::map<core::ItemId, core::Pose> m_poses;
    std::set<core::ItemId> m_clustered;
    std::map<int, std::vector<core::ItemId>> m_votesBySeat;
    core::ItemId m_stroke = core::kNoItem;
    int m_strokeSteps = 0;
    int m_strokeSeat = 1;
    core::Vec2 m_pen;
};

} // namespace atelier::store::testing

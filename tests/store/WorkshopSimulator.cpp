// A seeded, realistic workshop: the events a busy table sends, every one valid for the board so far.
#include "WorkshopSimulator.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace atelier::store::testing {
namespace {

constexpr int kSeats = 6;
constexpr int kVotesPerSeat = 5;
constexpr double kTableWidthMm = 1600;
constexpr double kTableHeightMm = 1000;

double onGrid(double mm) {
    return std::round(mm * 100) / 100;
}

} // namespace

WorkshopSimulator::WorkshopSimulator(std::uint64_t seed) : m_random(seed) {}

WorkshopSimulator::WorkshopSimulator(std::uint64_t seed, const core::Board& board, std::int64_t lastTMs)
    : m_random(seed), m_tMs(lastTMs), m_configured(board.configured()), m_phase(board.phase.index),
      m_nextId(board.nextId) {
    for (const auto& [id, card] : board.cards) {
        if (!card.deleted) {
            m_cards.push_back(id);
            m_poses[id] = card.pose;
        }
    }
    for (const auto& [id, cluster] : board.clusters) {
        if (!cluster.dissolved) {
            m_clustered.insert(cluster.cards.begin(), cluster.cards.end());
        }
    }
    for (const auto& [id, dot] : board.votes) {
        if (!dot.withdrawn && board.isLiveVoteTarget(dot.target)) {
            m_votesBySeat[dot.seat].push_back(id);
        }
    }
}

double WorkshopSimulator::uniform(double low, double high) {
    return std::uniform_real_distribution<double>(low, high)(m_random);
}

int WorkshopSimulator::randomSeat() {
    return std::uniform_int_distribution<int>(1, kSeats)(m_random);
}

template <typename T>
T WorkshopSimulator::pick(const std::vector<T>& items) {
    return items[std::uniform_int_distribution<std::size_t>(0, items.size() - 1)(m_random)];
}

core::Event WorkshopSimulator::next() {
    m_tMs += std::uniform_int_distribution<std::int64_t>(0, 20)(m_random);
    if (!m_configured) {
        m_configured = true;
        return core::SessionConfigured{kSeats, kVotesPerSeat, "Place Carnot", 0};
    }
    if (m_phase < 0) {
        return startPhase();
    }
    // The mix of a busy three-hour session: drags at 20 Hz dominate, then pen points; a few thousand
    // cards, votes and edits over a million events.
    const double roll = uniform(0, 1);
    if (m_cards.size() < 4 || roll < 0.003) {
        return createCard();
    }
    if (roll < 0.75) {
        return moveCard();
    }
    if (roll < 0.945) {
        return sketch();
    }
    if (roll < 0.955) {
        return editCard();
    }
    if (roll < 0.96) {
        return vote();
    }
    if (roll < 0.961) {
        return formCluster();
    }
    if (roll < 0.9612) {
        return startPhase();
    }
    return core::ItemRaised{pick(m_cards), randomSeat()};
}

core::Event WorkshopSimulator::createCard() {
    const core::ItemId id = m_nextId++;
    const core::Pose pose{
        {onGrid(uniform(100, kTableWidthMm - 100)), onGrid(uniform(100, kTableHeightMm - 100))}, 0, 1};
    m_cards.push_back(id);
    m_poses[id] = pose;
    const int seat = randomSeat();
    return core::CardCreated{id,
                             pose,
                             {80, 60},
                             "Idée " + std::to_string(id) + " : plus d’arbres et de bancs",
                             static_cast<int>(id % 6),
                             seat};
}

core::Event WorkshopSimulator::moveCard() {
    const core::ItemId id = pick(m_cards);
    core::Pose& pose = m_poses[id];
    pose.centre.x = onGrid(std::clamp(pose.centre.x + uniform(-8, 8), 50.0, kTableWidthMm - 50));
    pose.centre.y = onGrid(std::clamp(pose.centre.y + uniform(-8, 8), 50.0, kTableHeightMm - 50));
    pose.rotation = std::round(std::clamp(pose.rotation + uniform(-0.02, 0.02), -3.0, 3.0) * 1e5) / 1e5;
    return core::CardMoved{id, pose, randomSeat()};
}

core::Event WorkshopSimulator::sketch() {
    if (m_stroke == core::kNoItem) {
        m_stroke = m_nextId++;
        m_strokeSteps = std::uniform_int_distribution<int>(10, 40)(m_random);
        m_strokeSeat = randomSeat();
        m_pen = {onGrid(uniform(100, kTableWidthMm - 100)), onGrid(uniform(100, kTableHeightMm - 100))};
        return core::StrokeBegun{
            m_stroke, core::kNoItem, 0x2b6cb0ffu, 2.5, {m_pen, {m_pen.x + 1, m_pen.y}}, m_strokeSeat};
    }
    if (--m_strokeSteps <= 0) {
        const core::ItemId id = m_stroke;
        m_stroke = core::kNoItem;
        return core::StrokeEnded{id, m_strokeSeat};
    }
    std::vector<core::Vec2> points;
    for (int i = 0; i < 3; ++i) {
        m_pen.x = onGrid(std::clamp(m_pen.x + uniform(-3, 3), 10.0, kTableWidthMm - 10));
        m_pen.y = onGrid(std::clamp(m_pen.y + uniform(-3, 3), 10.0, kTableHeightMm - 10));
        points.push_back(m_pen);
    }
    return core::StrokeExtended{m_stroke, std::move(points), m_strokeSeat};
}

core::Event WorkshopSimulator::vote() {
    const int seat = randomSeat();
    std::vector<core::ItemId>& dots = m_votesBySeat[seat];
    if (dots.size() < static_cast<std::size_t>(kVotesPerSeat)) {
        const core::ItemId id = m_nextId++;
        dots.push_back(id);
        return core::VoteCast{id, pick(m_cards), seat};
    }
    const core::ItemId id = dots.front();
    dots.erase(dots.begin());
    return core::VoteWithdrawn{id, seat};
}

core::Event WorkshopSimulator::editCard() {
    const core::ItemId id = pick(m_cards);
    return core::CardEdited{id, "Idée " + std::to_string(id) + " revue à " + std::to_string(m_tMs) + " ms",
                            randomSeat()};
}

core::Event WorkshopSimulator::formCluster() {
    std::vector<core::ItemId> members;
    for (core::ItemId card : m_cards) {
        if (!m_clustered.contains(card) && members.size() < 3) {
            members.push_back(card);
        }
    }
    if (members.size() < 2) {
        return editCard();
    }
    m_clustered.insert(members.begin(), members.end());
    const core::ItemId id = m_nextId++;
    return core::ClusterFormed{id, "Groupe " + std::to_string(id), std::move(members), randomSeat()};
}

core::Event WorkshopSimulator::startPhase() {
    static const std::vector<std::string> kNames = {"Observer", "Imaginer", "Regrouper", "Voter"};
    m_phase = (m_phase + 1) % static_cast<int>(kNames.size());
    return core::PhaseStarted{
        m_phase, kNames[static_cast<std::size_t>(m_phase)], {"cards", "sketch", "vote"}, 1200, 0};
}

} // namespace atelier::store::testing

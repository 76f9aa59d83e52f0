// Real-time release of script lines and target resolution at play time.
#include "input/ScriptPlayer.hpp"

#include <utility>

namespace atelier::input {
namespace {

constexpr std::size_t kMaxProblemsKept = 100;

} // namespace

ScriptPlayer::ScriptPlayer(std::vector<ScriptLine> lines, SurfaceMapping mapping, std::int64_t startMs)
    : m_lines(std::move(lines)), m_mapping(mapping), m_startMs(startMs) {}

bool ScriptPlayer::due(std::int64_t nowMs) const {
    return !finished() && m_startMs + m_lines[m_next].tMs <= nowMs;
}

std::optional<std::int64_t> ScriptPlayer::nextDueMs() const {
    if (finished()) {
        return std::nullopt;
    }
    return m_startMs + m_lines[m_next].tMs;
}

std::vector<ContactId> ScriptPlayer::heldIds() const {
    std::vector<ContactId> ids;
    ids.reserve(m_held.size());
    for (const auto& [id, pos] : m_held) {
        ids.push_back(id);
    }
    return ids;
}

void ScriptPlayer::poll(std::int64_t nowMs, const TargetRegistry& targets, std::vector<Contact>& out) {
    while (due(nowMs)) {
        const ScriptLine& line = m_lines[m_next++];
        if (!line.screenshot.empty()) {
            m_screenshot = line.screenshot;
            return; // what follows plays once the frame is saved
        }
        Contact contact;
        contact.id = line.id;
        contact.source = Source::Script;
        contact.phase = line.phase;
        contact.tMs = m_startMs + line.tMs;
        if (line.hasPosition) {
            contact.posMm = m_mapping.toMm(line.normalised.x, line.normalised.y);
        } else if (const Target* target = targets.find(line.target)) {
            contact.posMm =
                core::Vec2{target->centreMm.x + line.offsetMm.x, target->centreMm.y + line.offsetMm.y};
        } else {
            std::string problem = "line " + std::to_string(line.lineNumber) + ": no target " + line.target;
            m_anomalies.report(Anomaly::ScriptTargetMissing, nowMs, problem);
            if (m_problems.size() < kMaxProblemsKept) {
                m_problems.push_back(std::move(problem));
            }
            const auto held = m_held.find(line.id);
            const bool lifts = line.phase == Phase::Up || line.phase == Phase::Cancel;
            if (!lifts || held == m_held.end()) {
                continue;
            }
            contact.posMm = held->second;
        }
        if (line.phase == Phase::Down || line.phase == Phase::Move) {
            m_held.insert_or_assign(line.id, contact.posMm);
        } else {
            m_held.erase(line.id);
        }
        out.push_back(contact);
    }
}

} // namespace atelier::input

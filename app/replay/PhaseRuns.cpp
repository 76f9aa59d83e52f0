// Folds phase.started, session.paused and session.resumed into phases with their pauses.
#include "replay/PhaseRuns.hpp"

#include <algorithm>

namespace atelier::replay {
namespace {

/// A pause not ended yet, while folding.
constexpr std::int64_t kOpen = -1;

bool isLockedTools(const std::vector<std::string>& tools) {
    return tools.size() == 1 && tools.front() == "locked";
}

/// The fold's state: the phases so far and whether the table is paused, and how.
class PhaseFolder {
public:
    void started(const PhaseLogEntry& entry) {
        if (!m_phases.empty() && m_phases.back().index == entry.index) {
            restarted(entry);
            return;
        }
        closePause(entry.tMs); // a pause running at the change ends with its phase...
        m_legacyLock = false;
        m_presenting = isLockedTools(entry.tools);
        m_phases.push_back(PhaseMarker{entry.seq, entry.tMs, entry.index, entry.name, {}});
        if (m_paused) {
            openPause(entry.seq, entry.tMs); // ...and the table, still paused, goes on paused in the new one
        }
    }

    void paused(const PhaseLogEntry& entry) {
        if (!m_paused && !m_legacyLock) {
            openPause(entry.seq, entry.tMs);
        }
        m_paused = true;
    }

    void resumed(const PhaseLogEntry& entry) {
        if (m_paused && !m_legacyLock) {
            closePause(entry.tMs);
        }
        m_paused = false;
    }

    std::vector<PhaseMarker> finish(std::int64_t endMs) {
        for (PhaseMarker& phase : m_phases) {
            for (PhasePause& pause : phase.pauses) {
                if (pause.endMs == kOpen) {
                    pause.endMs = std::max(endMs, pause.startMs);
                }
            }
        }
        return std::move(m_phases);
    }

private:
    /// The running phase started again: an old log's lock or unlock, or its timer restarted.
    void restarted(const PhaseLogEntry& entry) {
        const bool locked = isLockedTools(entry.tools);
        if (locked && !m_presenting && !m_legacyLock) {
            m_legacyLock = true;
            if (!m_paused) {
                openPause(entry.seq, entry.tMs);
            }
        } else if (!locked && m_legacyLock) {
            m_legacyLock = false;
            if (!m_paused) {
                closePause(entry.tMs);
            }
        }
    }

    void openPause(std::int64_t seq, std::int64_t tMs) {
        if (!m_phases.empty()) {
            m_phases.back().pauses.push_back(PhasePause{seq, tMs, kOpen});
        }
    }

    void closePause(std::int64_t tMs) {
        if (!m_phases.empty() && !m_phases.back().pauses.empty() &&
            m_phases.back().pauses.back().endMs == kOpen) {
            m_phases.back().pauses.back().endMs = tMs;
        }
    }

    std::vector<PhaseMarker> m_phases;
    bool m_paused = false;     ///< session.paused without its session.resumed yet
    bool m_legacyLock = false; ///< an old log locked the running phase by starting it again with ["locked"]
    bool m_presenting = false; ///< the running phase was planned locked (it presents the results)
};

} // namespace

std::vector<PhaseMarker> foldPhaseRuns(const std::vector<PhaseLogEntry>& log, std::int64_t endMs) {
    PhaseFolder folder;
    for (const PhaseLogEntry& entry : log) {
        switch (entry.kind) {
        case PhaseLogEntry::Kind::Started:
            folder.started(entry);
            break;
        case PhaseLogEntry::Kind::Paused:
            folder.paused(entry);
            break;
        case PhaseLogEntry::Kind::Resumed:
            folder.resumed(entry);
            break;
        }
    }
    return folder.finish(endMs);
}

} // namespace atelier::replay

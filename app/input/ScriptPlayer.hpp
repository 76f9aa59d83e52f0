// Plays an input script in real time, through the same path as real touches.
#pragma once

#include "input/AnomalyReporter.hpp"
#include "input/Contact.hpp"
#include "input/ScriptReader.hpp"
#include "input/SurfaceMapping.hpp"
#include "input/TargetRegistry.hpp"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace atelier::input {

/// Releases script lines as Contacts when their time comes on the clock the caller passes in (tests pass a
/// fake one). Targets are resolved when a line plays, so "card.12" is wherever card 12 is by then.
class ScriptPlayer {
public:
    /// A player for these lines; line t = 0 plays at `startMs` on the caller's clock.
    ScriptPlayer(std::vector<ScriptLine> lines, SurfaceMapping mapping, std::int64_t startMs);

    /// True when a line is due at `nowMs`: the caller refreshes its TargetRegistry only then.
    bool due(std::int64_t nowMs) const;

    /// Appends a Contact (source Script, stamped startMs + t) for every line due at `nowMs`, stopping after a
    /// screenshot line (the lines after it wait until the frame is saved: takeScreenshot()).
    void poll(std::int64_t nowMs, const TargetRegistry& targets, std::vector<Contact>& out);

    /// The file a screenshot line that just played asks the next frame to be saved as, once.
    std::optional<std::string> takeScreenshot() { return std::exchange(m_screenshot, std::nullopt); }

    /// True once every line has played.
    bool finished() const { return m_next >= m_lines.size(); }

    /// When the next line is due on the caller's clock, so an idle loop can sleep until then; none when
    /// finished.
    std::optional<std::int64_t> nextDueMs() const;

    /// Ids down and not lifted: pass them to ContactTracker::reconcile(Source::Script, ...) each frame, so
    /// that a script that ends with fingers down releases them.
    std::vector<ContactId> heldIds() const;

    /// Lines whose target did not exist when they played ("line 4: no target card.99"): a down or move is
    /// skipped, an up or cancel lifts the contact where it last was.
    const std::vector<std::string>& problems() const { return m_problems; }

    /// Counters of skipped lines.
    const AnomalyReporter& anomalies() const { return m_anomalies; }

private:
    std::vector<ScriptLine> m_lines;
    SurfaceMapping m_mapping;
    std::int64_t m_startMs;
    std::size_t m_next = 0;
    std::map<ContactId, core::Vec2> m_held; ///< last position of every id down
    std::vector<std::string> m_problems;
    AnomalyReporter m_anomalies{"script"};
    std::optional<std::string> m_screenshot;
};

} // namespace atelier::input

// The defensive gate every contact source goes through before the gesture engine sees a contact.
#pragma once

#include "input/AnomalyReporter.hpp"
#include "input/Contact.hpp"

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <span>
#include <vector>

namespace atelier::input {

/// Limits of the gate; the surface size comes from the config.
struct TrackerOptions {
    core::Vec2 surfaceMm{1210.0, 680.0}; ///< the physical size of the touch surface
    double clampMarginMm = 50.0;  ///< up to this far off the surface: pulled onto the edge; beyond: dropped
    std::size_t maxContacts = 64; ///< simultaneous contacts, all sources together; the next is refused
};

/// Turns raw contacts into a clean stream: every contact the engine sees has exactly one Down, then Moves,
/// then exactly one Up or Cancel, at finite positions on the surface, at non-decreasing times. Nothing a
/// source sends can crash it or leave a contact (and the card under it) stuck: see reconcile().
class ContactTracker {
public:
    /// A gate with these limits.
    explicit ContactTracker(TrackerOptions options = {});

    /// Checks one raw contact and appends what the engine should see (nothing, or one clean contact) to
    /// `out`.
    void accept(const Contact& raw, std::vector<Contact>& out);

    /// Cancels every live contact of `source` whose id is not in `stillReported` (SDL's finger list, TUIO's
    /// alive set, the mouse button state, a script's held ids). A still finger stays: it is still reported.
    void reconcile(Source source, std::span<const ContactId> stillReported, std::int64_t nowMs,
                   std::vector<Contact>& out);

    /// Cancels every live contact (focus lost, session switched).
    void cancelAll(std::int64_t nowMs, std::vector<Contact>& out);

    /// Contacts currently down, all sources together.
    std::size_t liveCount() const { return m_live.size(); }

    /// True while this contact is down.
    bool isLive(ContactKey key) const { return m_live.contains(key); }

    /// Counters of everything the gate corrected or refused.
    const AnomalyReporter& anomalies() const { return m_anomalies; }

private:
    struct Live {
        core::Vec2 posMm;
        std::int64_t tMs = 0;
    };

    enum class Placement { Inside, Clamped, Dropped };
    Placement place(const Contact& raw, core::Vec2& pos);
    void release(ContactKey key, const Live& live, Phase phase, std::int64_t tMs, std::vector<Contact>& out);

    TrackerOptions m_options;
    AnomalyReporter m_anomalies{"tracker"};
    std::map<ContactKey, Live> m_live;
    std::set<ContactKey> m_refused; ///< downs refused over the limit: their moves and up are dropped quietly
};

} // namespace atelier::input

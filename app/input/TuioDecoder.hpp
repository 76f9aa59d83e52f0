// TUIO 1.1 /tuio/2Dcur decoding: cursor state per source, turned into Contacts at each frame (fseq).
#pragma once

#include "input/AnomalyReporter.hpp"
#include "input/Contact.hpp"
#include "input/OscMessage.hpp"
#include "input/SurfaceMapping.hpp"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atelier::input {

/// Limits of the decoder; the silence timeout is how long a source may go quiet before its cursors are
/// cancelled.
struct TuioOptions {
    std::int64_t silenceTimeoutMs = 1000;
    std::size_t maxSources = 8; ///< TUIO 1.1 "source" names tracked at once
    std::size_t maxCursorsPerSource = 64;
    std::size_t maxIdsPerMessage = 256; ///< longer alive lists are malformed
};

/// A pure state machine over OSC messages (no socket, no thread, no liblo), so that it can be unit-tested and
/// fuzzed. Follows TUIO 1.1: `source` names the sender of a bundle, `alive` lists the cursors still down,
/// `set` gives one cursor's position, `fseq` ends the frame and commits it; cursors missing from alive are
/// lifted, late frames are dropped. Contacts have source Tuio and id (source index << 32 | session id).
class TuioDecoder {
public:
    /// A decoder mapping TUIO's normalised coordinates onto this surface.
    explicit TuioDecoder(SurfaceMapping mapping, TuioOptions options = {});

    /// Tells the decoder that a datagram from `sender` (its numeric address) starts: until a `source`
    /// message, its messages belong to that sender's own unnamed source, so two trackers that send no
    /// `source` never share cursors. An empty sender (tests, the fuzzer) is the one shared unnamed source.
    void beginPacket(std::string_view sender);

    /// Tells the decoder that a bundle starts: until a `source` message, its messages are the unnamed
    /// source's (of the packet's sender).
    void beginBundle();

    /// Applies one message received at `nowMs`; a frame's contacts are appended to `out` at its fseq.
    /// Malformed messages (wrong types or counts, NaN, huge or negative ids) are counted and dropped.
    void handle(const OscMessage& message, std::int64_t nowMs, std::vector<Contact>& out);

    /// Cancels the cursors of every source silent for the timeout (a tracker unplugged or crashed).
    void expireSilent(std::int64_t nowMs, std::vector<Contact>& out);

    /// Contact ids of every cursor down now, all sources: for ContactTracker::reconcile(Source::Tuio, ...).
    std::vector<ContactId> aliveIds() const;

    /// Cursors down now, all sources.
    std::size_t cursorCount() const;

    /// Counters of malformed, late and silent input (the packet parser reports here too).
    AnomalyReporter& anomalies() { return m_anomalies; }
    /// See above.
    const AnomalyReporter& anomalies() const { return m_anomalies; }

private:
    struct SourceState {
        std::string name;   ///< the `source` name; "" for an unnamed source
        std::string sender; ///< an unnamed source's sender address; "" for named ones and slot 0
        std::map<std::uint32_t, core::Vec2> cursors; ///< down, with their last position
        std::optional<std::vector<std::uint32_t>> pendingAlive;
        std::map<std::uint32_t, core::Vec2> pendingSet;
        std::int64_t lastFrame = 0;
        std::int64_t lastHeardMs = 0;
    };

    void malformed(std::int64_t nowMs, const std::string& detail);
    bool sessionId(const OscArg& arg, std::uint32_t& id) const;
    void handleSource(const OscMessage& message, std::int64_t nowMs);
    std::optional<std::size_t> slotFor(std::string_view name, std::string_view sender, std::int64_t nowMs);
    void handleAlive(SourceState& source, const OscMessage& message, std::int64_t nowMs);
    void handleSet(SourceState& source, const OscMessage& message, std::int64_t nowMs);
    void handleFrame(SourceState& source, std::size_t index, const OscMessage& message, std::int64_t nowMs,
                     std::vector<Contact>& out);
    void commit(SourceState& source, std::size_t index, std::int64_t nowMs, std::vector<Contact>& out);
    Contact contactFor(std::size_t index, std::uint32_t session, Phase phase, core::Vec2 pos,
                       std::int64_t nowMs) const;

    SurfaceMapping m_mapping;
    TuioOptions m_options;
    AnomalyReporter m_anomalies{"tuio"};
    std::vector<SourceState> m_sources;   ///< index 0 is the unnamed source
    std::optional<std::size_t> m_current; ///< none while a source over the limit is talking
    std::string m_sender;                 ///< the current datagram's sender
    bool m_senderSlotPending = false;     ///< m_current is the sender's unnamed source, not found yet
};

} // namespace atelier::input

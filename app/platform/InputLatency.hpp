// How long a touch takes to reach the screen: from reading a contact's move to the swap that shows it.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace atelier::platform {

/// A steady clock in milliseconds (what the frame loop stamps reads and presents with).
double steadyMs();

/// What the latencies of the presented frames came to.
struct LatencySummary {
    long frames = 0;   ///< frames that showed at least one move
    long moves = 0;    ///< moves those frames showed
    double median = 0; ///< ms, ±0.05 ms (from a histogram, so it costs no memory on a long day)
    double p99 = 0;    ///< ms, same resolution
    double max = 0;    ///< ms, exact
};

/// Per presented frame, the time from the oldest move it shows being read (an SDL event dispatched, a TUIO
/// packet dequeued, a script line played) to the frame being presented. Plain arithmetic on the times it is
/// given, so tests drive it with a fake clock. Memory is fixed: the figures go into 0.1 ms buckets up to 2 s.
class InputLatency {
public:
    static constexpr double kBucketMs = 0.1;
    static constexpr int kBuckets = 20000;

    InputLatency();

    /// A contact's move was read at `nowMs`; the oldest move not yet shown keeps its time.
    void read(double nowMs);
    /// A frame drawn after every read so far was presented at `nowMs`: its latency (the oldest move it
    /// shows), or nothing when no move was waiting.
    std::optional<double> presented(double nowMs);
    /// The latency of the last presented frame that showed a move, if the last frame did.
    std::optional<double> lastFrame() const { return m_last; }
    /// True while a move read waits for a frame.
    bool waiting() const { return m_oldest.has_value(); }
    /// Median, p99 and max over every frame presented so far that showed a move.
    LatencySummary summary() const;

private:
    std::optional<double> m_oldest;
    std::optional<double> m_last;
    long m_waitingMoves = 0;
    long m_frames = 0;
    long m_moves = 0;
    double m_max = 0;
    std::vector<std::uint32_t> m_histogram;
};

} // namespace atelier::platform

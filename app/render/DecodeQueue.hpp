// Worker threads that fetch image bytes, decode them and build mip chains, off the main thread.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include "render/ImageLoader.hpp"
#include "render/MipChain.hpp"

namespace atelier::render {

/// Gives the encoded bytes of the image with this SHA-256 (e.g. from the SQLite asset store), or nothing
/// when there is no such image. Called on a decode worker thread, never on the main thread: it must be
/// safe to call from there (e.g. its own read-only SQLite connection; WAL lets it read beside the writer).
using ImageBytesSource = std::function<std::optional<std::vector<std::uint8_t>>(const std::string& hash)>;

/// The outcome of one decode: a mip chain ready to upload, or why the image cannot be shown.
struct DecodeResult {
    std::string hash;
    int longSide = 0; ///< the longer side it was asked to fit in
    ImageInfo info;   ///< the file's own size (so the caller knows whether more detail exists)
    std::variant<std::vector<MipLevel>, ImageProblem> outcome;
};

/// A small pool of decode threads fed by hash; results are collected without blocking.
class DecodeQueue {
public:
    /// Starts `threads` workers (at least one) that decode within limits.
    DecodeQueue(ImageBytesSource source, ImageLimits limits, int threads);
    DecodeQueue(const DecodeQueue&) = delete;
    DecodeQueue& operator=(const DecodeQueue&) = delete;
    /// Stops the workers after the decode each one is doing.
    ~DecodeQueue();

    /// Queues an image for decoding, downscaled so that its longer side is at most longSide.
    void push(std::string hash, int longSide);
    /// The decodes finished since the last call (never blocks).
    std::vector<DecodeResult> takeFinished();
    /// Images queued, being decoded, or decoded but not yet taken.
    std::size_t pending() const;

private:
    struct Job {
        std::string hash;
        int longSide = 0;
    };
    void work(std::stop_token stop);
    DecodeResult decode(const Job& job) const;

    ImageBytesSource m_source;
    ImageLimits m_limits;
    mutable std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::deque<Job> m_queue;
    std::vector<DecodeResult> m_finished;
    std::size_t m_running = 0;
    std::vector<std::jthread> m_workers;
};

} // namespace atelier::render

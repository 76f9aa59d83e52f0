// The decode workers: fetch bytes through the caller's source, decode, orient, downscale, build mips.
#include "render/DecodeQueue.hpp"

#include <algorithm>
#include <exception>
#include <new>
#include <utility>

namespace atelier::render {

DecodeQueue::DecodeQueue(ImageBytesSource source, ImageLimits limits, int threads)
    : m_source(std::move(source)), m_limits(limits) {
    const int count = std::max(1, threads);
    m_workers.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        m_workers.emplace_back([this](std::stop_token stop) { work(stop); });
    }
}

DecodeQueue::~DecodeQueue() {
    for (std::jthread& worker : m_workers) {
        worker.request_stop();
    }
    m_wake.notify_all();
    m_workers.clear(); // joins
}

void DecodeQueue::push(std::string hash, int longSide) {
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(Job{std::move(hash), longSide});
    }
    m_wake.notify_one();
}

std::vector<DecodeResult> DecodeQueue::takeFinished() {
    const std::lock_guard lock(m_mutex);
    return std::exchange(m_finished, {});
}

std::size_t DecodeQueue::pending() const {
    const std::lock_guard lock(m_mutex);
    return m_queue.size() + m_running + m_finished.size();
}

void DecodeQueue::work(std::stop_token stop) {
    while (true) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            if (!m_wake.wait(lock, stop, [this] { return !m_queue.empty(); })) {
                return;
            }
            job = std::move(m_queue.front());
            m_queue.pop_front();
            ++m_running;
        }
        DecodeResult result = decode(job);
        const std::lock_guard lock(m_mutex);
        --m_running;
        m_finished.push_back(std::move(result));
    }
}

DecodeResult DecodeQueue::decode(const Job& job) const {
    DecodeResult result{job.hash, job.longSide, {}, ImageProblem{}};
    try {
        std::optional<std::vector<std::uint8_t>> bytes = m_source ? m_source(job.hash) : std::nullopt;
        if (!bytes) {
            result.outcome = ImageProblem{ImageProblem::Kind::Missing, "is not in the data file."};
            return result;
        }
        ImageLimits limits = m_limits;
        limits.maxDimension = std::min(limits.maxDimension, std::max(1, job.longSide));
        auto decoded = decodeImage(*bytes, limits);
        bytes.reset();
        if (auto* problem = std::get_if<ImageProblem>(&decoded)) {
            result.outcome = std::move(*problem);
            return result;
        }
        DecodedImage& image = std::get<DecodedImage>(decoded);
        result.info = image.info;
        result.outcome = buildMipChain(MipLevel{image.width, image.height, std::move(image.rgba)});
    } catch (const std::bad_alloc&) {
        result.outcome = ImageProblem{ImageProblem::Kind::TooLarge, "does not fit in memory to be decoded."};
    } catch (const std::exception& error) {
        result.outcome = ImageProblem{ImageProblem::Kind::Missing,
                                      std::string("could not be read (") + error.what() + ")."};
    }
    return result;
}

} // namespace atelier::render

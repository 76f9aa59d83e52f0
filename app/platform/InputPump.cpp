// Every frame: SDL, TUIO and script contacts through the tracker, then ghosts reconciled per source.
#include "platform/InputPump.hpp"

#include <SDL.h>
#include <algorithm>
#include <chrono>
#include <spdlog/spdlog.h>

namespace atelier::platform {

InputPump::InputPump(core::Vec2 surfaceMm)
    : m_surfaceMm(surfaceMm), m_sdl(input::SurfaceMapping(surfaceMm)),
      m_tracker(input::TrackerOptions{surfaceMm, 50.0, 64}) {}

std::string InputPump::startTuio(const std::string& bindAddress, std::uint16_t port,
                                 const std::vector<std::string>& allow) {
    input::TuioReceiverOptions options;
    options.bindAddress = bindAddress;
    options.allow = allow;
    options.port = port;
    options.surfaceMm = m_surfaceMm;
    options.onQueued = [wake = m_wake] { wake->wake(); };
    m_tuio = std::make_unique<input::TuioReceiver>(options);
    if (input::TuioStartResult started = m_tuio->start(); !started) {
        m_tuio.reset();
        return started.error;
    }
    return {};
}

void InputPump::WakeSignal::wake() {
    {
        const std::lock_guard lock(mutex);
        woken = true;
    }
    condition.notify_one();
    SDL_Event event{};
    event.type = SDL_USEREVENT; // wakes SDL_WaitEventTimeout where the driver waits natively
    SDL_PushEvent(&event);
}

void InputPump::sleepUntilInput(std::int64_t ms) {
    std::unique_lock lock(m_wake->mutex);
    m_wake->condition.wait_for(lock, std::chrono::milliseconds(std::max<std::int64_t>(0, ms)),
                               [this] { return m_wake->woken; });
    m_wake->woken = false;
}

void InputPump::playScript(std::vector<input::ScriptLine> lines, std::int64_t nowMs) {
    m_script.emplace(std::move(lines), input::SurfaceMapping(m_surfaceMm), nowMs);
}

void InputPump::feed(const SDL_Event& event, int windowWidth, int windowHeight, std::int64_t nowMs) {
    if (auto contact = m_sdl.translate(event, windowWidth, windowHeight, nowMs)) {
        m_latency.read(steadyMs());
        m_raw.push_back(*contact);
    }
}

void InputPump::collect(std::int64_t nowMs, std::vector<input::Contact>& out) {
    if (m_tuio) {
        const std::size_t before = m_raw.size();
        m_tuio->drain(m_raw, nowMs);
        if (m_raw.size() > before) { // the packets' moves are read now, when they leave the receiver's queue
            m_latency.read(steadyMs());
        }
    }
    for (const input::Contact& raw : m_raw) {
        m_tracker.accept(raw, out);
    }
    m_raw.clear();

    // Ghosts: whatever a source no longer reports is released, a still finger is not.
    const std::vector<input::ContactId> fingers = m_sdl.fingersDown();
    m_tracker.reconcile(input::Source::Touch, fingers, nowMs, out);
    const std::vector<input::ContactId> mouse = m_sdl.mouseDown();
    m_tracker.reconcile(input::Source::Mouse, mouse, nowMs, out);
    if (m_tuio) {
        m_tracker.reconcile(input::Source::Tuio, m_tuio->aliveIds(), nowMs, out);
    }
    if (m_script) {
        const std::vector<input::ContactId> held = m_script->heldIds();
        m_tracker.reconcile(input::Source::Script, held, nowMs, out);
    }
}

bool InputPump::playScriptStep(std::int64_t nowMs, const std::function<input::TargetRegistry()>& targets,
                               std::vector<input::Contact>& out) {
    const std::optional<std::int64_t> next = m_script ? m_script->nextDueMs() : std::nullopt;
    if (!next || *next > nowMs) {
        return false;
    }
    m_script->poll(*next, targets(), m_raw);
    if (!m_raw.empty()) {
        m_latency.read(steadyMs());
    }
    for (const input::Contact& raw : m_raw) {
        m_tracker.accept(raw, out);
    }
    m_raw.clear();
    return true;
}

bool InputPump::scriptDone() const {
    return m_script && m_script->finished();
}

std::optional<std::int64_t> InputPump::nextDueMs() const {
    return m_script ? m_script->nextDueMs() : std::nullopt;
}

std::optional<input::Script> readInputScript(const std::filesystem::path& file) {
    input::Script script = input::ScriptReader::readFile(file);
    for (const input::ScriptError& error : script.errors) {
        spdlog::critical("{}: {}", file.string(), error.text());
    }
    if (!script.ok()) {
        return std::nullopt;
    }
    return script;
}

void listenForTuio(InputPump& pump, const std::string& bind, int port,
                   const std::vector<std::string>& allow) {
    const std::string problem = pump.startTuio(bind, static_cast<std::uint16_t>(port), allow);
    if (problem.empty()) {
        spdlog::info("listening for TUIO on {} port {}", bind, pump.tuio()->port());
    } else {
        spdlog::warn("TUIO input is off: {}", problem);
    }
}

} // namespace atelier::platform

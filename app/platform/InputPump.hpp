// Gathers every contact source of a frame (SDL, TUIO, input script) into one clean list of contacts.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "input/ContactTracker.hpp"
#include "input/ScriptPlayer.hpp"
#include "input/ScriptReader.hpp"
#include "input/TargetRegistry.hpp"
#include "input/TuioReceiver.hpp"
#include "platform/InputLatency.hpp"
#include "platform/SdlContacts.hpp"

union SDL_Event;

namespace atelier::platform {

/// Owns the contact sources and the defensive gate: what comes out has passed ContactTracker.
class InputPump {
public:
    /// Sources for a surface of this size; TUIO and the script are added with their own calls.
    explicit InputPump(core::Vec2 surfaceMm);

    /// Starts listening for TUIO; returns "" or why it could not (the table still works by touch).
    std::string startTuio(const std::string& bindAddress, std::uint16_t port,
                          const std::vector<std::string>& allow = {});
    /// Plays this script from `nowMs` on.
    void playScript(std::vector<input::ScriptLine> lines, std::int64_t nowMs);
    /// Feeds one SDL event; finger and mouse events become contacts.
    void feed(const SDL_Event& event, int windowWidth, int windowHeight, std::int64_t nowMs);
    /// Drains TUIO and SDL's contacts, releases ghosts of every source, and moves the frame's clean contacts
    /// into `out`. Script lines are played by playScriptStep().
    void collect(std::int64_t nowMs, std::vector<input::Contact>& out);
    /// Plays the script lines of the next time step due by `nowMs` (asking `targets` then, so a line can
    /// name what the previous step opened, even when a slow frame makes several steps due at once); false
    /// when none is due. Call it until false, handling its contacts after each call.
    bool playScriptStep(std::int64_t nowMs, const std::function<input::TargetRegistry()>& targets,
                        std::vector<input::Contact>& out);
    /// The file a screenshot line of the script asks the next frame to be saved as, once (none: no such line
    /// just played). The script's next lines wait until the caller has saved it.
    std::optional<std::string> takeScreenshot() {
        return m_script ? m_script->takeScreenshot() : std::nullopt;
    }
    /// True once a script was given and has fully played and released its contacts.
    bool scriptDone() const;
    /// True while a script is playing.
    bool scriptPlaying() const { return m_script && !scriptDone(); }
    /// When the loop must wake for the next script line, if any.
    std::optional<std::int64_t> nextDueMs() const;
    /// When each move was read and when the frame showing it was presented (touch to screen).
    InputLatency& latency() { return m_latency; }
    /// The TUIO receiver, when listening (tests read its port).
    const input::TuioReceiver* tuio() const { return m_tuio.get(); }
    /// True while TUIO cursors are down: their sources' silence is only seen at a drain (the idle loop
    /// polls then); with none down a packet wakes the loop itself.
    bool tuioCursorsDown() const { return m_tuio && !m_tuio->aliveIds().empty(); }
    /// Sleeps up to `ms`, or until a TUIO packet queues contacts: the idle wait where SDL cannot wait for
    /// events itself (its offscreen driver would wake every millisecond).
    void sleepUntilInput(std::int64_t ms);

    /// Wakes an idle loop from any thread: ours, and SDL's own wait (an event pushed to its queue).
    struct WakeSignal {
        std::mutex mutex;
        std::condition_variable condition;
        bool woken = false;
        void wake();
    };

private:
    std::shared_ptr<WakeSignal> m_wake = std::make_shared<WakeSignal>();
    core::Vec2 m_surfaceMm;
    SdlContacts m_sdl;
    input::ContactTracker m_tracker;
    std::unique_ptr<input::TuioReceiver> m_tuio;
    std::optional<input::ScriptPlayer> m_script;
    std::vector<input::Contact> m_raw;
    InputLatency m_latency;
};

/// Starts the pump's TUIO receiver on `bind`:`port` and logs where it listens, or why TUIO input is off.
void listenForTuio(InputPump& pump, const std::string& bind, int port,
                   const std::vector<std::string>& allow = {});

/// Reads an input script (`--input-script`); each bad line is logged with the file's name, and then
/// nothing is returned: a script is played whole or not at all.
std::optional<input::Script> readInputScript(const std::filesystem::path& file);

} // namespace atelier::platform

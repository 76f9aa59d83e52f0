// Listens for TUIO 1.1 over UDP on its own thread and hands Contacts to the main thread through a queue.
#pragma once

#include "input/Contact.hpp"
#include "input/TuioAllowList.hpp"
#include "input/TuioDecoder.hpp"

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace atelier::input {

/// Where and how to listen. Only loopback by default: a TUIO tracker on another machine needs the config to
/// say so (docs/input.md: bound to 127.0.0.1 unless the config says otherwise).
struct TuioReceiverOptions {
    std::string bindAddress = "127.0.0.1"; ///< numeric IPv4 or IPv6 address
    /// The trackers' addresses (`[input] tuio_allow`); required beyond loopback. Datagrams from any other
    /// sender are dropped (counted as refused-tuio-sender, logged at most once a second).
    std::vector<std::string> allow;
    std::uint16_t port = 3333;           ///< 0: any free port (tests), see port()
    core::Vec2 surfaceMm{1210.0, 680.0}; ///< TUIO's 0..1 coordinates are mapped onto it
    TuioOptions tuio;                    ///< decoder limits and the silence timeout
    std::function<std::int64_t()>
        clock;                    ///< the frame clock in ms (contacts are stamped with it); default: steady
    std::size_t maxQueued = 8192; ///< beyond, moves are dropped until the main thread drains
    /// Called on the receiver's thread (lock released) after a datagram queued contacts: wakes an idle loop,
    /// which then needs no polling while no cursor is down.
    std::function<void()> onQueued;
};

/// Why the receiver could not start, in one sentence for the technician's log.
struct TuioStartResult {
    bool ok = false;   ///< listening
    std::string error; ///< why not, when not
    /// True when listening.
    explicit operator bool() const { return ok; }
};

/// A UDP socket bound to the configured address and a thread that decodes each datagram (decodeOscPacket,
/// with liblo) into a queue. liblo 0.31's own server thread always binds every interface, so the socket is
/// ours. The main thread calls drain() once per frame; nothing else is shared. Movable: no. Copyable: no.
class TuioReceiver {
public:
    /// A receiver that is not listening yet.
    explicit TuioReceiver(TuioReceiverOptions options);
    /// Stops the thread and closes the socket.
    ~TuioReceiver();
    TuioReceiver(const TuioReceiver&) = delete;
    TuioReceiver& operator=(const TuioReceiver&) = delete;

    /// Binds the socket and starts the thread; says why not (address in use, bad address).
    TuioStartResult start();

    /// Stops listening (also done by the destructor).
    void stop();

    /// The port actually bound (useful with port 0), 0 when not listening.
    std::uint16_t port() const { return m_boundPort; }

    /// Moves every queued Contact into `out` (appending), first cancelling the cursors of sources silent past
    /// the timeout, and takes the alive snapshot aliveIds() returns, consistently with those contacts.
    /// `frameNowMs` is the caller's frame clock (what GestureEngine::update gets): contacts are re-stamped
    /// onto it, keeping how long ago each arrived, so that throws and long presses measure time on one clock.
    void drain(std::vector<Contact>& out, std::int64_t frameNowMs);

    /// Cursors still down as of the last drain(): for ContactTracker::reconcile(Source::Tuio, ...).
    const std::vector<ContactId>& aliveIds() const { return m_alive; }

    /// Malformed packets, late frames, silent sources, queue overflows so far.
    std::uint64_t anomalyCount(Anomaly kind) const;

    /// Datagrams received so far (diagnostics, tests), refused ones included.
    std::uint64_t packetsReceived() const { return m_packets.load(); }

private:
    void run();
    std::int64_t now() const;

    TuioReceiverOptions m_options;
    std::optional<TuioAllowList> m_allow; ///< set by start()
    mutable std::mutex m_mutex;           ///< guards m_decoder and m_queue
    TuioDecoder m_decoder;
    std::vector<Contact> m_queue;
    std::vector<ContactId> m_alive; ///< main thread only
    int m_socket = -1;
    int m_wake = -1; ///< eventfd that ends the thread's poll
    std::uint16_t m_boundPort = 0;
    std::atomic<std::uint64_t> m_packets{0};
    std::thread m_thread;
};

} // namespace atelier::input

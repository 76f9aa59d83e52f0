// The TUIO UDP socket, its receiving thread and the queue the main thread drains.
#include "input/TuioReceiver.hpp"

#include "input/TuioPacket.hpp"

#include <spdlog/spdlog.h>

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <memory>
#include <utility>
#include <variant>

namespace atelier::input {
namespace {

constexpr std::size_t kDatagramBytes = 65536;

std::int64_t steadyMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::uint16_t boundPort(int socket) {
    sockaddr_storage address{};
    socklen_t length = sizeof(address);
    if (getsockname(socket, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        return 0;
    }
    if (address.ss_family == AF_INET) {
        return ntohs(reinterpret_cast<const sockaddr_in*>(&address)->sin_port);
    }
    if (address.ss_family == AF_INET6) {
        return ntohs(reinterpret_cast<const sockaddr_in6*>(&address)->sin6_port);
    }
    return 0;
}

/// The numeric address a datagram came from ("192.168.1.20"; an IPv4-mapped IPv6 address as IPv4).
std::string senderOf(const sockaddr_storage& address) {
    std::array<char, INET6_ADDRSTRLEN> text{};
    if (address.ss_family == AF_INET) {
        const auto& ipv4 = reinterpret_cast<const sockaddr_in&>(address);
        inet_ntop(AF_INET, &ipv4.sin_addr, text.data(), text.size());
        return text.data();
    }
    if (address.ss_family == AF_INET6) {
        const auto& ipv6 = reinterpret_cast<const sockaddr_in6&>(address);
        inet_ntop(AF_INET6, &ipv6.sin6_addr, text.data(), text.size());
        return canonicalAddress(text.data()).value_or(text.data());
    }
    return "(unknown)";
}

} // namespace

TuioReceiver::TuioReceiver(TuioReceiverOptions options)
    : m_options(std::move(options)), m_decoder(SurfaceMapping(m_options.surfaceMm), m_options.tuio) {}

TuioReceiver::~TuioReceiver() {
    stop();
}

std::int64_t TuioReceiver::now() const {
    return m_options.clock ? m_options.clock() : steadyMs();
}

TuioStartResult TuioReceiver::start() {
    if (m_thread.joinable()) {
        return TuioStartResult{true, {}};
    }
    const std::string where = m_options.bindAddress + ":" + std::to_string(m_options.port);
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM;
    hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV | AI_PASSIVE;
    addrinfo* found = nullptr;
    const std::string service = std::to_string(m_options.port);
    if (const int status = getaddrinfo(m_options.bindAddress.c_str(), service.c_str(), &hints, &found);
        status != 0 || found == nullptr) {
        return TuioStartResult{false, "cannot listen for TUIO on " + where +
                                          ": the address is not a numeric IP (" + gai_strerror(status) + ")"};
    }
    const std::unique_ptr<addrinfo, decltype(&freeaddrinfo)> addresses(found, &freeaddrinfo);
    std::variant<TuioAllowList, std::string> allow =
        TuioAllowList::make(m_options.bindAddress, m_options.allow);
    if (const std::string* refusal = std::get_if<std::string>(&allow)) {
        return TuioStartResult{false, "cannot listen for TUIO on " + where + ": " + *refusal};
    }
    m_allow = std::get<TuioAllowList>(std::move(allow));
    m_socket = ::socket(found->ai_family, found->ai_socktype | SOCK_CLOEXEC, found->ai_protocol);
    if (m_socket < 0 || ::bind(m_socket, found->ai_addr, found->ai_addrlen) != 0) {
        const std::string reason = std::strerror(errno);
        stop();
        return TuioStartResult{false, "cannot listen for TUIO on " + where + ": " + reason};
    }
    m_wake = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_wake < 0) {
        const std::string reason = std::strerror(errno);
        stop();
        return TuioStartResult{false, "cannot listen for TUIO on " + where + ": " + reason};
    }
    m_boundPort = boundPort(m_socket);
    m_thread = std::thread([this] { run(); });
    std::string senders = "any sender on this computer";
    if (!m_allow->open()) {
        senders = "only from";
        for (const std::string& address : m_options.allow) {
            senders += " " + address;
        }
    }
    spdlog::info("input: listening for TUIO 1.1 on {}:{} ({})", m_options.bindAddress, m_boundPort, senders);
    return TuioStartResult{true, {}};
}

void TuioReceiver::stop() {
    if (m_thread.joinable()) {
        const std::uint64_t one = 1;
        [[maybe_unused]] const auto written = ::write(m_wake, &one, sizeof(one));
        m_thread.join();
    }
    if (m_socket >= 0) {
        ::close(m_socket);
        m_socket = -1;
    }
    if (m_wake >= 0) {
        ::close(m_wake);
        m_wake = -1;
    }
    m_boundPort = 0;
}

void TuioReceiver::run() {
    std::vector<std::uint8_t> datagram(kDatagramBytes);
    std::vector<Contact> decoded;
    std::array<pollfd, 2> fds{pollfd{m_socket, POLLIN, 0}, pollfd{m_wake, POLLIN, 0}};
    while (true) {
        fds[0].revents = 0;
        fds[1].revents = 0;
        if (::poll(fds.data(), fds.size(), -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            spdlog::error("input: the TUIO receiver stops: poll failed: {}", std::strerror(errno));
            return;
        }
        if ((fds[1].revents & POLLIN) != 0) {
            return;
        }
        if ((fds[0].revents & POLLNVAL) != 0) {
            spdlog::error("input: the TUIO receiver stops: its socket is no longer valid");
            return;
        }
        if ((fds[0].revents & (POLLIN | POLLERR)) == 0) {
            continue;
        }
        // A pending socket error is consumed by this recv too, so that poll does not spin on it.
        sockaddr_storage from{};
        socklen_t fromLength = sizeof from;
        const ssize_t size = ::recvfrom(m_socket, datagram.data(), datagram.size(), MSG_DONTWAIT,
                                        reinterpret_cast<sockaddr*>(&from), &fromLength);
        if (size <= 0) {
            continue;
        }
        const std::int64_t nowMs = now();
        const std::string address = senderOf(from);
        decoded.clear();
        std::unique_lock lock(m_mutex);
        bool queued = false;
        ++m_packets; // counted with the lock held: a drain that sees the count also sees the contacts
        if (!m_allow->allows(address)) {
            m_decoder.anomalies().report(Anomaly::RefusedTuioSender, nowMs,
                                         "TUIO from " + address + " dropped: not in [input] tuio_allow");
            continue;
        }
        // Keyed by address alone: a hand-made sender (oscsend) sends each message from a new port.
        decodeOscPacket(std::span(datagram.data(), static_cast<std::size_t>(size)), m_decoder, nowMs, decoded,
                        address);
        for (const Contact& contact : decoded) {
            // Motion goes first; past twice the limit everything does (the alive set reconciles what is
            // lost).
            const bool full = m_queue.size() >= (contact.phase == Phase::Move ? 1 : 2) * m_options.maxQueued;
            if (full) {
                m_decoder.anomalies().report(Anomaly::QueueOverflow, nowMs,
                                             "TUIO motion dropped: nobody drains");
                continue;
            }
            m_queue.push_back(contact);
            queued = true;
        }
        lock.unlock();
        if (queued && m_options.onQueued) {
            m_options.onQueued();
        }
    }
}

void TuioReceiver::drain(std::vector<Contact>& out, std::int64_t frameNowMs) {
    const std::int64_t nowMs = now();
    const std::lock_guard lock(m_mutex);
    m_decoder.expireSilent(nowMs, m_queue);
    for (Contact contact : m_queue) {
        contact.tMs = frameNowMs - std::max<std::int64_t>(nowMs - contact.tMs, 0);
        out.push_back(contact);
    }
    m_queue.clear();
    m_alive = m_decoder.aliveIds();
}

std::uint64_t TuioReceiver::anomalyCount(Anomaly kind) const {
    return m_decoder.anomalies().count(kind);
}

} // namespace atelier::input

// Real OSC over the loopback interface: a TuioReceiver on a free 127.0.0.1 port, fed with liblo's lo_send.
#include "input/TuioReceiver.hpp"

#include "GestureHarness.hpp"
#include "TuioTestPackets.hpp"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>

namespace atelier::input::testing {
namespace {

struct AddressFree {
    void operator()(lo_address address) const { lo_address_free(address); }
};
using AddressPtr = std::unique_ptr<std::remove_pointer_t<lo_address>, AddressFree>;

/// A liblo client that only ever talks to 127.0.0.1.
AddressPtr loopback(std::uint16_t port) {
    return AddressPtr(lo_address_new("127.0.0.1", std::to_string(port).c_str()));
}

/// Drains until `count` contacts came or two seconds passed; `frameNowMs` is the caller's frame clock.
std::vector<Contact> drainUntil(TuioReceiver& receiver, std::size_t count, std::int64_t frameNowMs = 0) {
    std::vector<Contact> contacts;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
    while (contacts.size() < count && std::chrono::steady_clock::now() < deadline) {
        receiver.drain(contacts, frameNowMs);
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return contacts;
}

TuioReceiverOptions loopbackOptions(std::function<std::int64_t()> clock = {}) {
    TuioReceiverOptions options;
    options.bindAddress = "127.0.0.1";
    options.port = 0;
    options.surfaceMm = {1000, 500};
    options.clock = std::move(clock);
    return options;
}

TEST(TuioReceiver, ReceivesRealOscPacketsOverLoopback) {
    TuioReceiver receiver(loopbackOptions());
    const TuioStartResult started = receiver.start();
    ASSERT_TRUE(started) << started.error;
    ASSERT_NE(receiver.port(), 0);
    const AddressPtr address = loopback(receiver.port());

    ASSERT_GT(lo_send_bundle(address.get(), tuioFrame({{1, 0.5F, 0.5F}}, 1).get()), 0);
    const std::vector<Contact> down = drainUntil(receiver, 1);
    ASSERT_EQ(down.size(), 1U);
    EXPECT_EQ(down[0].phase, Phase::Down);
    EXPECT_EQ(down[0].posMm, (core::Vec2{500, 250}));
    EXPECT_EQ(receiver.aliveIds(), std::vector<ContactId>{down[0].id});

    ASSERT_GT(lo_send_bundle(address.get(), tuioFrame({}, 2).get()), 0);
    const std::vector<Contact> up = drainUntil(receiver, 1);
    ASSERT_EQ(up.size(), 1U);
    EXPECT_EQ(up[0].phase, Phase::Up);
    EXPECT_TRUE(receiver.aliveIds().empty());
}

TEST(TuioReceiver, SurvivesGarbageDatagrams) {
    TuioReceiver receiver(loopbackOptions());
    ASSERT_TRUE(receiver.start());
    const AddressPtr address = loopback(receiver.port());
    ASSERT_GT(lo_send(address.get(), "/tuio/2Dcur", "sf", "set", 0.5F), 0); // too few values
    ASSERT_GT(lo_send(address.get(), "/tuio/2Dcur", "si", "alive", -3), 0); // a negative id
    ASSERT_GT(lo_send_bundle(address.get(), tuioFrame({{2, 0.25F, 0.25F}}, 1).get()), 0);
    const std::vector<Contact> contacts = drainUntil(receiver, 1);
    ASSERT_EQ(contacts.size(), 1U);
    EXPECT_EQ(receiver.anomalyCount(Anomaly::MalformedOsc), 2U);
    EXPECT_EQ(receiver.packetsReceived(), 3U);
}

TEST(TuioReceiver, ASilentSourceHasItsCursorsCancelledAtTheNextDrain) {
    std::atomic<std::int64_t> now{1000};
    TuioReceiver receiver(loopbackOptions([&now] { return now.load(); }));
    ASSERT_TRUE(receiver.start());
    const AddressPtr address = loopback(receiver.port());
    ASSERT_GT(lo_send_bundle(address.get(), tuioFrame({{1, 0.5F, 0.5F}}, 1).get()), 0);
    ASSERT_EQ(drainUntil(receiver, 1).size(), 1U);

    now = 1999;
    std::vector<Contact> contacts;
    receiver.drain(contacts, 77);
    EXPECT_TRUE(contacts.empty());
    now = 2000;
    receiver.drain(contacts, 78);
    ASSERT_EQ(contacts.size(), 1U);
    EXPECT_EQ(contacts[0].phase, Phase::Cancel);
    EXPECT_EQ(contacts[0].tMs, 78) << "stamped on the caller's frame clock";
    EXPECT_TRUE(receiver.aliveIds().empty());
    EXPECT_EQ(receiver.anomalyCount(Anomaly::SilentTuioSource), 1U);
}

TEST(TuioReceiver, ContactsAreStampedOnTheCallersFrameClock) {
    std::atomic<std::int64_t> receiverClock{900000}; // the receiver's own clock: far from the frame clock
    TuioReceiver receiver(loopbackOptions([&receiverClock] { return receiverClock.load(); }));
    ASSERT_TRUE(receiver.start());
    const AddressPtr address = loopback(receiver.port());
    ASSERT_GT(lo_send_bundle(address.get(), tuioFrame({{1, 0.5F, 0.5F}}, 1).get()), 0);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
    while (receiver.packetsReceived() == 0 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    receiverClock = 900030; // drained 30 ms after it arrived
    std::vector<Contact> contacts;
    receiver.drain(contacts, 5000);
    ASSERT_EQ(contacts.size(), 1U);
    EXPECT_EQ(contacts[0].tMs, 4970);
}

TEST(TuioReceiver, SaysWhyItCannotListen) {
    TuioReceiver first(loopbackOptions());
    ASSERT_TRUE(first.start());
    TuioReceiverOptions same = loopbackOptions();
    same.port = first.port();
    TuioReceiver second(same);
    const TuioStartResult taken = second.start();
    EXPECT_FALSE(taken);
    EXPECT_NE(taken.error.find("cannot listen for TUIO on 127.0.0.1:"), std::string::npos) << taken.error;

    TuioReceiverOptions named = loopbackOptions();
    named.bindAddress = "localhost"; // names are refused: the config gives a numeric address
    TuioReceiver third(named);
    const TuioStartResult refused = third.start();
    EXPECT_FALSE(refused);
    EXPECT_NE(refused.error.find("not a numeric IP"), std::string::npos) << refused.error;
}

/// A UDP socket bound to one loopback address (127.0.0.0/8 is all this computer's on Linux): a tracker
/// "on another host" as far as the receiver can tell.
class Sender {
public:
    explicit Sender(const char* address) : m_socket(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0)) {
        sockaddr_in local{};
        local.sin_family = AF_INET;
        inet_pton(AF_INET, address, &local.sin_addr);
        m_bound = m_socket >= 0 && ::bind(m_socket, reinterpret_cast<sockaddr*>(&local), sizeof local) == 0;
    }
    ~Sender() {
        if (m_socket >= 0) {
            ::close(m_socket);
        }
    }
    Sender(const Sender&) = delete;
    Sender& operator=(const Sender&) = delete;
    bool bound() const { return m_bound; }
    /// Sends one TUIO frame (no `source`, as many trackers do) to 127.0.0.1:port.
    bool send(std::uint16_t port, const std::vector<TuioCursor>& cursors, std::int32_t frame) const {
        const BundlePtr bundle = tuioFrame(cursors, frame);
        const std::vector<std::uint8_t> bytes = serialise(bundle.get());
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        inet_pton(AF_INET, "127.0.0.1", &to.sin_addr);
        return ::sendto(m_socket, bytes.data(), bytes.size(), 0, reinterpret_cast<sockaddr*>(&to),
                        sizeof to) == static_cast<ssize_t>(bytes.size());
    }

private:
    int m_socket = -1;
    bool m_bound = false;
};

/// Waits until the receiver has seen `count` datagrams (two seconds at most).
void waitForPackets(const TuioReceiver& receiver, std::uint64_t count) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
    while (receiver.packetsReceived() < count && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

TEST(TuioReceiver, PacketsFromASenderNotAllowedAreDroppedWithOneLogLineASecond) {
    TuioReceiverOptions options = loopbackOptions();
    options.allow = {"127.0.0.2"}; // the tracker; this computer's usual 127.0.0.1 is not listed
    TuioReceiver receiver(options);
    ASSERT_TRUE(receiver.start());
    const Sender stranger("127.0.0.1");
    const Sender tracker("127.0.0.2");
    ASSERT_TRUE(stranger.bound() && tracker.bound());
    for (int frame = 1; frame <= 5; ++frame) {
        ASSERT_TRUE(stranger.send(receiver.port(), {{1, 0.5F, 0.5F}}, frame));
    }
    waitForPackets(receiver, 5);
    std::vector<Contact> none;
    receiver.drain(none, 0);
    EXPECT_TRUE(none.empty()) << "no touch from a sender not allowed";
    EXPECT_EQ(receiver.anomalyCount(Anomaly::RefusedTuioSender), 5U);

    ASSERT_TRUE(tracker.send(receiver.port(), {{1, 0.25F, 0.5F}}, 1));
    const std::vector<Contact> down = drainUntil(receiver, 1);
    ASSERT_EQ(down.size(), 1U) << "the allowed tracker's finger comes through";
    EXPECT_EQ(down[0].posMm, (core::Vec2{250, 250}));
    EXPECT_EQ(receiver.anomalyCount(Anomaly::RefusedTuioSender), 5U);
}

TEST(TuioReceiver, TwoTrackersWithoutSourceNamesDoNotLiftEachOthersFingers) {
    TuioReceiver receiver(loopbackOptions());
    ASSERT_TRUE(receiver.start());
    const Sender left("127.0.0.1");
    const Sender right("127.0.0.2");
    ASSERT_TRUE(left.bound() && right.bound());
    ASSERT_TRUE(left.send(receiver.port(), {{1, 0.1F, 0.5F}}, 1));
    waitForPackets(receiver, 1);
    ASSERT_TRUE(right.send(receiver.port(), {{1, 0.9F, 0.5F}}, 1));
    const std::vector<Contact> downs = drainUntil(receiver, 2);
    ASSERT_EQ(downs.size(), 2U);
    EXPECT_EQ(downs[0].phase, Phase::Down);
    EXPECT_EQ(downs[1].phase, Phase::Down);
    EXPECT_NE(downs[0].id, downs[1].id);
    // The right tracker's next frame has only its own finger, still: the left one's finger stays down.
    ASSERT_TRUE(right.send(receiver.port(), {{1, 0.9F, 0.5F}}, 2));
    waitForPackets(receiver, 3);
    std::vector<Contact> after;
    receiver.drain(after, 0);
    EXPECT_TRUE(after.empty()) << "nothing lifted";
    EXPECT_EQ(receiver.aliveIds().size(), 2U);
}

TEST(TuioReceiver, RefusesToListenBeyondLoopbackWithNoAllowList) {
    TuioReceiverOptions options = loopbackOptions();
    options.bindAddress = "0.0.0.0";
    TuioReceiver receiver(options);
    const TuioStartResult refused = receiver.start();
    EXPECT_FALSE(refused);
    EXPECT_NE(refused.error.find("[input] tuio_allow"), std::string::npos) << refused.error;
    EXPECT_EQ(receiver.port(), 0);
}

TEST(TuioReceiver, ATuioFingerMovesACardThroughTheWholePipeline) {
    core::Board board = tableBoard();
    const core::ItemId id = addCard(board, {500, 250});
    GestureOptions options;
    options.surfaceMm = {1000, 500};
    GestureHarness h(board, options);
    std::atomic<std::int64_t> now{0}; // the receiver stamps contacts with the frame clock
    TuioReceiver receiver(loopbackOptions([&now] { return now.load(); }));
    ASSERT_TRUE(receiver.start());
    const AddressPtr address = loopback(receiver.port());

    std::int64_t t = 0;
    const auto frame = [&](std::vector<TuioCursor> cursors, std::int32_t fseq, std::size_t expected) {
        t += 100;
        now = t;
        ASSERT_GT(lo_send_bundle(address.get(), tuioFrame(cursors, fseq).get()), 0);
        for (const Contact& c : drainUntil(receiver, expected, t)) {
            h.send(c);
        }
        std::vector<Contact> released;
        h.tracker().reconcile(Source::Tuio, receiver.aliveIds(), t, released);
        ASSERT_TRUE(released.empty());
        h.frame(t);
    };
    frame({{1, 0.5F, 0.5F}}, 1, 1);
    frame({{1, 0.6F, 0.5F}}, 2, 1);
    frame({{1, 0.7F, 0.6F}}, 3, 1);
    frame({}, 4, 1);
    EXPECT_EQ(h.board().findCard(id)->pose.centre, (core::Vec2{700, 300}));
    EXPECT_EQ(h.replayed(), h.board());
}

} // namespace
} // namespace atelier::input::testing

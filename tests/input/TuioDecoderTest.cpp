// The TUIO 1.1 cursor state machine, without a socket: frames, lifts, late frames, sources, silence, bad
// messages.
#include "input/TuioDecoder.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <vector>

namespace atelier::input {
namespace {

class Tuio : public ::testing::Test {
protected:
    void send(std::vector<OscArg> args, std::int64_t tMs = 0, std::string_view path = "/tuio/2Dcur") {
        m_decoder.handle(OscMessage{path, args}, tMs, m_out);
    }
    void alive(std::vector<std::int32_t> ids, std::int64_t tMs = 0) {
        std::vector<OscArg> args{OscArg::string("alive")};
        for (const std::int32_t id : ids) {
            args.push_back(OscArg::int32(id));
        }
        send(args, tMs);
    }
    void set(std::int32_t id, float x, float y, std::int64_t tMs = 0) {
        send({OscArg::string("set"), OscArg::int32(id), OscArg::float32(x), OscArg::float32(y),
              OscArg::float32(0), OscArg::float32(0), OscArg::float32(0)},
             tMs);
    }
    void fseq(std::int32_t frame, std::int64_t tMs = 0) {
        send({OscArg::string("fseq"), OscArg::int32(frame)}, tMs);
    }
    std::uint64_t malformed() const { return m_decoder.anomalies().count(Anomaly::MalformedOsc); }

    TuioDecoder m_decoder{SurfaceMapping({1000, 500})};
    std::vector<Contact> m_out;
};

TEST_F(Tuio, AFrameWithANewCursorPutsAContactDownInMillimetres) {
    alive({5});
    set(5, 0.25F, 0.5F);
    EXPECT_TRUE(m_out.empty()) << "nothing before the frame ends";
    fseq(1, 40);
    ASSERT_EQ(m_out.size(), 1U);
    EXPECT_EQ(m_out[0].phase, Phase::Down);
    EXPECT_EQ(m_out[0].source, Source::Tuio);
    EXPECT_EQ(m_out[0].id, 5U);
    EXPECT_EQ(m_out[0].posMm, (core::Vec2{250, 250}));
    EXPECT_EQ(m_out[0].tMs, 40);
    EXPECT_EQ(m_decoder.aliveIds(), std::vector<ContactId>{5});
}

TEST_F(Tuio, CursorsMoveAndThoseMissingFromAliveAreLifted) {
    alive({1, 2});
    set(1, 0.1F, 0.1F);
    set(2, 0.2F, 0.2F);
    fseq(1);
    m_out.clear();
    alive({1, 2});
    set(1, 0.5F, 0.1F);
    fseq(2);
    ASSERT_EQ(m_out.size(), 1U) << "a cursor without a set did not move";
    EXPECT_EQ(m_out[0].phase, Phase::Move);
    EXPECT_EQ(m_out[0].posMm.x, 500);
    m_out.clear();
    alive({2});
    fseq(3);
    ASSERT_EQ(m_out.size(), 1U);
    EXPECT_EQ(m_out[0].id, 1U);
    EXPECT_EQ(m_out[0].phase, Phase::Up);
    EXPECT_EQ(m_out[0].posMm.x, 500);
    EXPECT_EQ(m_decoder.cursorCount(), 1U);
}

TEST_F(Tuio, ALateFrameIsDroppedAndARestartedTrackerIsNot) {
    alive({1});
    set(1, 0.1F, 0.1F);
    fseq(50);
    m_out.clear();
    alive({1});
    set(1, 0.9F, 0.9F);
    fseq(49); // arrived after frame 50: stale
    EXPECT_TRUE(m_out.empty());
    EXPECT_EQ(m_decoder.anomalies().count(Anomaly::LateTuioFrame), 1U);
    alive({1});
    set(1, 0.3F, 0.3F);
    fseq(-1); // TUIO's "no frame number": always applied
    EXPECT_EQ(m_out.size(), 1U);
}

TEST_F(Tuio, ASilentSourceReleasesItsCursorsAfterTheTimeoutButAStillOneIsKept) {
    alive({1}, 0);
    set(1, 0.1F, 0.1F, 0);
    fseq(1, 0);
    m_out.clear();
    for (std::int64_t t = 200; t <= 2000; t += 200) { // a finger resting still: alive and fseq keep coming
        alive({1}, t);
        fseq(static_cast<std::int32_t>(t / 200 + 1), t);
        m_decoder.expireSilent(t, m_out);
    }
    EXPECT_TRUE(m_out.empty());
    m_decoder.expireSilent(2999, m_out);
    EXPECT_TRUE(m_out.empty());
    m_decoder.expireSilent(3000, m_out); // the tracker was unplugged at 2000
    ASSERT_EQ(m_out.size(), 1U);
    EXPECT_EQ(m_out[0].phase, Phase::Cancel);
    EXPECT_EQ(m_decoder.cursorCount(), 0U);
    EXPECT_EQ(m_decoder.anomalies().count(Anomaly::SilentTuioSource), 1U);
}

TEST_F(Tuio, TwoSourcesWithTheSameSessionIdGiveTwoContacts) {
    m_decoder.beginBundle();
    send({OscArg::string("source"), OscArg::string("left@10.0.0.2")});
    alive({1});
    set(1, 0.1F, 0.1F);
    fseq(1);
    m_decoder.beginBundle();
    send({OscArg::string("source"), OscArg::string("right@10.0.0.3")});
    alive({1});
    set(1, 0.9F, 0.1F);
    fseq(1);
    ASSERT_EQ(m_out.size(), 2U);
    EXPECT_NE(m_out[0].id, m_out[1].id);
    m_decoder.beginBundle();
    send({OscArg::string("source"), OscArg::string("left@10.0.0.2")});
    alive({});
    fseq(2);
    ASSERT_EQ(m_out.size(), 3U);
    EXPECT_EQ(m_out[2].id, m_out[0].id);
    EXPECT_EQ(m_out[2].phase, Phase::Up);
}

TEST_F(Tuio, TwoTrackersThatNameNoSourceAreKeptApartByTheirSenderAddress) {
    // Two trackers on the network, neither sending `source`, both numbering their first finger 1.
    m_decoder.beginPacket("192.168.1.20");
    alive({1});
    set(1, 0.1F, 0.1F);
    fseq(1);
    m_decoder.beginPacket("192.168.1.21");
    alive({1});
    set(1, 0.9F, 0.1F);
    fseq(1);
    ASSERT_EQ(m_out.size(), 2U);
    EXPECT_EQ(m_out[0].phase, Phase::Down);
    EXPECT_EQ(m_out[1].phase, Phase::Down) << "the second tracker's finger is a new contact, not a move";
    EXPECT_NE(m_out[0].id, m_out[1].id);
    // The first tracker's next frame lists none of its fingers: only its own cursor lifts.
    m_decoder.beginPacket("192.168.1.20");
    alive({});
    fseq(2);
    ASSERT_EQ(m_out.size(), 3U);
    EXPECT_EQ(m_out[2].phase, Phase::Up);
    EXPECT_EQ(m_out[2].id, m_out[0].id);
    EXPECT_EQ(m_decoder.aliveIds(), std::vector<ContactId>{m_out[1].id});
    // A frame from the second one with an older frame number than the first one's is not "late".
    m_decoder.beginPacket("192.168.1.21");
    alive({1});
    set(1, 0.8F, 0.1F);
    fseq(2);
    EXPECT_EQ(m_decoder.anomalies().count(Anomaly::LateTuioFrame), 0U);
    ASSERT_EQ(m_out.size(), 4U);
    EXPECT_EQ(m_out[3].phase, Phase::Move);
}

TEST_F(Tuio, ANamedSourceIsOneSourceAndAnUnnamedSendersMessagesMayComeOneDatagramEach) {
    m_decoder.beginPacket("10.0.0.2");
    send({OscArg::string("source"), OscArg::string("left@10.0.0.2")});
    alive({1});
    set(1, 0.1F, 0.1F);
    fseq(1);
    m_decoder.beginPacket("10.0.0.2");
    send({OscArg::string("source"), OscArg::string("left@10.0.0.2")});
    alive({1});
    set(1, 0.2F, 0.1F);
    fseq(2);
    ASSERT_EQ(m_out.size(), 2U);
    EXPECT_EQ(m_out[1].phase, Phase::Move);
    EXPECT_EQ(m_out[1].id, m_out[0].id);
    // oscsend by hand: alive, set and fseq each in a datagram of its own, from the same host.
    m_out.clear();
    m_decoder.beginPacket("10.0.0.9");
    alive({4});
    m_decoder.beginPacket("10.0.0.9");
    set(4, 0.5F, 0.5F);
    m_decoder.beginPacket("10.0.0.9");
    fseq(1);
    ASSERT_EQ(m_out.size(), 1U);
    EXPECT_EQ(m_out[0].phase, Phase::Down);
    m_decoder.beginPacket("10.0.0.9");
    set(4, 0.6F, 0.5F);
    m_decoder.beginPacket("10.0.0.9");
    fseq(2);
    ASSERT_EQ(m_out.size(), 2U);
    EXPECT_EQ(m_out[1].phase, Phase::Move);
    EXPECT_EQ(m_out[1].id, m_out[0].id);
}

TEST_F(Tuio, SourcesBeyondTheLimitAreIgnored) {
    for (int i = 0; i < 10; ++i) {
        m_decoder.beginBundle();
        const std::string name = "tracker" + std::to_string(i);
        send({OscArg::string("source"), OscArg::string(name)});
        alive({1});
        set(1, 0.5F, 0.5F);
        fseq(1);
    }
    EXPECT_EQ(m_out.size(), 7U) << "the unnamed source takes one of the eight slots";
    EXPECT_EQ(m_decoder.anomalies().count(Anomaly::TooManyTuioSources), 3U);
}

TEST_F(Tuio, MalformedMessagesAreCountedAndChangeNothing) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    send({});                                                               // no command
    send({OscArg::int32(3)});                                               // command not a string
    send({OscArg::string("dance")});                                        // unknown command
    send({OscArg::string("set"), OscArg::int32(1), OscArg::float32(0.5F)}); // too few values
    send({OscArg::string("set"), OscArg::int32(1), OscArg::string("x"), OscArg::float32(0.5F),
          OscArg::float32(0), OscArg::float32(0), OscArg::float32(0)}); // a string for x
    send({OscArg::string("set"), OscArg::int32(1), OscArg{'d', 0, nan, {}}, OscArg::float32(0.5F),
          OscArg::float32(0), OscArg::float32(0), OscArg::float32(0)}); // NaN
    send({OscArg::string("set"), OscArg{'h', std::int64_t{1} << 40, 0, {}}, OscArg::float32(0.5F),
          OscArg::float32(0.5F), OscArg::float32(0), OscArg::float32(0), OscArg::float32(0)}); // huge id
    send({OscArg::string("alive"), OscArg::int32(-4)});                                        // negative id
    send({OscArg::string("alive"), OscArg::float32(1)}); // id as a float
    send({OscArg::string("fseq")});                      // no frame number
    send({OscArg::string("fseq"), OscArg::string("1")});
    send({OscArg::string("source")});
    std::vector<OscArg> many{OscArg::string("alive")};
    for (int i = 0; i < 300; ++i) {
        many.push_back(OscArg::int32(i));
    }
    send(many); // too many ids
    EXPECT_EQ(malformed(), 13U);
    fseq(1);
    EXPECT_TRUE(m_out.empty());
    EXPECT_EQ(m_decoder.cursorCount(), 0U);
}

TEST_F(Tuio, OtherProfilesAreIgnoredQuietly) {
    send({OscArg::string("alive"), OscArg::int32(1)}, 0, "/tuio/2Dobj");
    send({OscArg::string("anything")}, 0, "/not/tuio");
    EXPECT_EQ(m_decoder.anomalies().total(), 0U);
}

TEST_F(Tuio, AFrameWithoutAliveKeepsItsCursorsForHandMadeSenders) {
    set(7, 0.5F, 0.5F);
    fseq(0);
    ASSERT_EQ(m_out.size(), 1U);
    EXPECT_EQ(m_out[0].phase, Phase::Down);
    set(7, 0.6F, 0.5F);
    fseq(0);
    ASSERT_EQ(m_out.size(), 2U);
    EXPECT_EQ(m_out[1].phase, Phase::Move);
}

} // namespace
} // namespace atelier::input

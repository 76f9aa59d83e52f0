// Raw datagrams through liblo into the decoder: real bundles, single messages, and bytes that are not OSC.
#include "input/TuioPacket.hpp"

#include "TuioTestPackets.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <vector>

namespace atelier::input::testing {
namespace {

class TuioPackets : public ::testing::Test {
protected:
    void feed(const std::vector<std::uint8_t>& bytes, std::int64_t tMs = 0) {
        decodeOscPacket(bytes, m_decoder, tMs, m_out);
    }
    std::uint64_t malformed() const { return m_decoder.anomalies().count(Anomaly::MalformedOsc); }

    TuioDecoder m_decoder{SurfaceMapping({1000, 500})};
    std::vector<Contact> m_out;
};

TEST_F(TuioPackets, ABundleFromATrackerBecomesContacts) {
    feed(serialise(tuioFrame({{3, 0.5F, 0.5F}, {4, 0.1F, 0.2F}}, 1, "camera@127.0.0.1").get()));
    ASSERT_EQ(m_out.size(), 2U);
    EXPECT_EQ(m_out[0].posMm, (core::Vec2{500, 250}));
    EXPECT_EQ(m_out[1].phase, Phase::Down);
    EXPECT_EQ(malformed(), 0U);
    feed(serialise(tuioFrame({{4, 0.1F, 0.2F}}, 2, "camera@127.0.0.1").get()));
    ASSERT_EQ(m_out.size(), 3U);
    EXPECT_EQ(m_out[2].phase, Phase::Up);
    EXPECT_EQ(m_out[2].id & 0xFFFFFFFFU, 3U);
}

TEST_F(TuioPackets, LooseMessagesWorkAsWellAsBundles) {
    lo_message alive = lo_message_new();
    lo_message_add_string(alive, "alive");
    lo_message_add_int32(alive, 9);
    lo_message set = lo_message_new();
    lo_message_add_string(set, "set");
    lo_message_add_int32(set, 9);
    for (int i = 0; i < 5; ++i) {
        lo_message_add_float(set, 0.5F);
    }
    lo_message fseq = lo_message_new();
    lo_message_add_string(fseq, "fseq");
    lo_message_add_int32(fseq, 1);
    feed(serialise(alive, "/tuio/2Dcur"));
    feed(serialise(set, "/tuio/2Dcur"));
    feed(serialise(fseq, "/tuio/2Dcur"));
    lo_message_free(alive);
    lo_message_free(set);
    lo_message_free(fseq);
    ASSERT_EQ(m_out.size(), 1U);
    EXPECT_EQ(m_out[0].id, 9U);
}

TEST_F(TuioPackets, BytesThatAreNotOscAreCountedNeverFatal) {
    feed({});
    feed({1, 2, 3});                           // not a multiple of four
    feed(std::vector<std::uint8_t>(16, 0xFF)); // no path, no type tags
    feed({'/', 't', 'u', 'i', 'o', 0, 0, 0});  // a path without type tags
    std::vector<std::uint8_t> cut = serialise(tuioFrame({{1, 0.5F, 0.5F}}, 1).get());
    cut.resize(cut.size() - 8); // a bundle cut short
    feed(cut);
    std::vector<std::uint8_t> lying = serialise(tuioFrame({{1, 0.5F, 0.5F}}, 1).get());
    lying[16] = 0x7F; // an element size far past the end
    feed(lying);
    EXPECT_GE(malformed(), 6U);
    EXPECT_EQ(m_decoder.cursorCount(), 0U);
}

TEST_F(TuioPackets, BundlesNestedTooDeeplyAreRefused) {
    std::vector<std::uint8_t> packet = serialise(tuioFrame({{1, 0.5F, 0.5F}}, 1).get());
    for (int depth = 0; depth < 5; ++depth) {
        std::vector<std::uint8_t> outer{'#', 'b', 'u', 'n', 'd', 'l', 'e', 0, 0, 0, 0, 0, 0, 0, 0, 1};
        const auto size = static_cast<std::uint32_t>(packet.size());
        outer.push_back(static_cast<std::uint8_t>(size >> 24U));
        outer.push_back(static_cast<std::uint8_t>(size >> 16U));
        outer.push_back(static_cast<std::uint8_t>(size >> 8U));
        outer.push_back(static_cast<std::uint8_t>(size));
        outer.insert(outer.end(), packet.begin(), packet.end());
        packet = std::move(outer);
    }
    feed(packet);
    EXPECT_TRUE(m_out.empty());
    EXPECT_EQ(malformed(), 1U);
}

TEST_F(TuioPackets, SixtyFourBitAndDoubleArgumentsAreRead) {
    lo_message set = lo_message_new();
    lo_message_add_string(set, "set");
    lo_message_add_int64(set, 12);
    lo_message_add_double(set, 0.25);
    lo_message_add_double(set, 0.5);
    lo_message_add_double(set, 0);
    lo_message_add_double(set, 0);
    lo_message_add_double(set, 0);
    lo_message fseq = lo_message_new();
    lo_message_add_string(fseq, "fseq");
    lo_message_add_int64(fseq, 1);
    feed(serialise(set, "/tuio/2Dcur"));
    feed(serialise(fseq, "/tuio/2Dcur"));
    lo_message_free(set);
    lo_message_free(fseq);
    ASSERT_EQ(m_out.size(), 1U);
    EXPECT_EQ(m_out[0].id, 12U);
    EXPECT_EQ(m_out[0].posMm, (core::Vec2{250, 250}));
}

} // namespace
} // namespace atelier::input::testing

// Which hosts may send TUIO: numeric addresses in one canonical form, and no LAN bind without a list.
#include "input/TuioAllowList.hpp"

#include <gtest/gtest.h>

namespace atelier::input {
namespace {

TEST(TuioAllowList, ABindBeyondLoopbackWithoutAListIsRefusedNamingTheKey) {
    for (const char* bind : {"0.0.0.0", "192.168.1.5", "::"}) {
        const auto list = TuioAllowList::make(bind, {});
        ASSERT_TRUE(std::holds_alternative<std::string>(list)) << bind;
        EXPECT_NE(std::get<std::string>(list).find("[input] tuio_allow"), std::string::npos);
    }
    for (const char* bind : {"127.0.0.1", "127.0.0.2", "::1"}) {
        const auto list = TuioAllowList::make(bind, {});
        ASSERT_TRUE(std::holds_alternative<TuioAllowList>(list)) << bind;
        EXPECT_TRUE(std::get<TuioAllowList>(list).open()) << "loopback alone: only this computer can send";
    }
}

TEST(TuioAllowList, OnlyTheListedSendersAreReadInWhateverFormTheirAddressComes) {
    const auto made = TuioAllowList::make("0.0.0.0", {"192.168.1.20", "fe80::1"});
    ASSERT_TRUE(std::holds_alternative<TuioAllowList>(made));
    const TuioAllowList& list = std::get<TuioAllowList>(made);
    EXPECT_FALSE(list.open());
    EXPECT_TRUE(list.allows("192.168.1.20"));
    EXPECT_TRUE(list.allows("::ffff:192.168.1.20")) << "an IPv4 sender seen through an IPv6 socket";
    EXPECT_TRUE(list.allows("fe80:0:0::0001"));
    EXPECT_FALSE(list.allows("192.168.1.21"));
    EXPECT_FALSE(list.allows("127.0.0.1")) << "with a list, even this computer must be listed";
    EXPECT_FALSE(list.allows("not an address"));
}

TEST(TuioAllowList, AHostNameOrGarbageInTheListIsRefusedWithASentence) {
    const auto made = TuioAllowList::make("0.0.0.0", {"192.168.1.20", "tracker.local"});
    ASSERT_TRUE(std::holds_alternative<std::string>(made));
    EXPECT_NE(std::get<std::string>(made).find("\"tracker.local\""), std::string::npos);
    EXPECT_TRUE(isLoopbackAddress("127.4.5.6"));
    EXPECT_TRUE(isLoopbackAddress("::1"));
    EXPECT_FALSE(isLoopbackAddress("0.0.0.0"));
    EXPECT_EQ(canonicalAddress("::ffff:10.0.0.1"), "10.0.0.1");
    EXPECT_EQ(canonicalAddress("10.0.0.256"), std::nullopt);
}

} // namespace
} // namespace atelier::input

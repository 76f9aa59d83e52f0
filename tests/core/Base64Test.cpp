// Base64 as workshop files carry photos: RFC 4648's vectors, a round trip, and text that is not base64.
#include <gtest/gtest.h>

#include "core/Base64.hpp"

namespace atelier::core {
namespace {

std::vector<std::uint8_t> bytesOf(std::string_view text) {
    return {text.begin(), text.end()};
}

TEST(Base64Test, EncodesTheRfcVectorsWithPadding) {
    EXPECT_EQ(base64Encode(bytesOf("")), "");
    EXPECT_EQ(base64Encode(bytesOf("f")), "Zg==");
    EXPECT_EQ(base64Encode(bytesOf("fo")), "Zm8=");
    EXPECT_EQ(base64Encode(bytesOf("foo")), "Zm9v");
    EXPECT_EQ(base64Encode(bytesOf("foobar")), "Zm9vYmFy");
}

TEST(Base64Test, DecodesWhatItEncodesForEveryByteValue) {
    std::vector<std::uint8_t> all;
    for (int i = 0; i < 256; ++i) {
        all.push_back(static_cast<std::uint8_t>(i));
    }
    for (std::size_t length = 0; length <= all.size(); length += 37) {
        const std::vector<std::uint8_t> part(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(length));
        EXPECT_EQ(base64Decode(base64Encode(part)), part) << length;
    }
    EXPECT_EQ(base64Decode("Zm8="), bytesOf("fo"));
}

TEST(Base64Test, RefusesTextThatIsNotBase64) {
    EXPECT_FALSE(base64Decode("Zm8"));      // not a multiple of four
    EXPECT_FALSE(base64Decode("Zm 9v"));    // a space
    EXPECT_FALSE(base64Decode("Z@9v"));     // not in the alphabet
    EXPECT_FALSE(base64Decode("Zg==Zm9v")); // padding in the middle
}

} // namespace
} // namespace atelier::core

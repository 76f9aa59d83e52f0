// SHA-256 against the FIPS 180-4 test vectors: photo blobs are found by this hash, so it must be exact.
#include "core/Sha256.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace atelier::core {
namespace {

TEST(Sha256, EmptyInputGivesTheFipsDigest) {
    EXPECT_EQ(sha256Hex(std::string_view()),
              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Sha256, AbcGivesTheFipsDigest) {
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256, TwoBlockMessageGivesTheFipsDigest) {
    EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256, AMillionTimesAGivesTheFipsDigest) {
    EXPECT_EQ(sha256Hex(std::string(1000000, 'a')),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, FeedingInPiecesGivesTheSameDigestAsAtOnce) {
    const std::string text(1000, 'x');
    Sha256 hasher;
    for (std::size_t i = 0; i < text.size(); i += 7) {
        hasher.update(std::string_view(text).substr(i, 7));
    }
    EXPECT_EQ(Sha256::toHex(hasher.finish()), sha256Hex(text));
}

TEST(Sha256, MessagesAroundThePaddingBoundaryDiffer) {
    // 55, 56 and 64 bytes exercise the one-block and two-block padding paths.
    const std::string digest55 = sha256Hex(std::string(55, 'a'));
    const std::string digest56 = sha256Hex(std::string(56, 'a'));
    const std::string digest64 = sha256Hex(std::string(64, 'a'));
    EXPECT_EQ(digest55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    EXPECT_EQ(digest56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    EXPECT_EQ(digest64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST(Sha256, ByteSpanOverloadAgreesWithText) {
    const std::vector<std::uint8_t> bytes = {'a', 'b', 'c'};
    EXPECT_EQ(sha256Hex(std::span<const std::uint8_t>(bytes)), sha256Hex("abc"));
}

} // namespace
} // namespace atelier::core

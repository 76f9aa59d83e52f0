// The text checks behind "the card text is not valid UTF-8" and friends.
#include "core/Utf8.hpp"

#include <gtest/gtest.h>

namespace atelier::core {
namespace {

TEST(Utf8, FrenchTextIsValid) {
    EXPECT_TRUE(isValidUtf8("Où sont les œuvres ? « 3 € » — déjà…"));
    EXPECT_TRUE(isValidUtf8("emoji \xF0\x9F\x8C\xB3 tree"));
}

TEST(Utf8, IllFormedSequencesAreRefused) {
    EXPECT_FALSE(isValidUtf8("\xC3"));             // cut short
    EXPECT_FALSE(isValidUtf8("\x80"));             // stray continuation
    EXPECT_FALSE(isValidUtf8("\xC0\xAF"));         // overlong '/'
    EXPECT_FALSE(isValidUtf8("\xE0\x80\xAF"));     // overlong
    EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));     // UTF-16 surrogate
    EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80")); // beyond U+10FFFF
    EXPECT_FALSE(isValidUtf8("\xFF"));
}

TEST(Utf8, TextProblemNamesTheLimitAndTheField) {
    EXPECT_FALSE(textProblem("deux lignes\net une tabulation\t", 100, "the text"));
    const auto tooLong = textProblem(std::string(11, 'a'), 10, "the text");
    ASSERT_TRUE(tooLong);
    EXPECT_NE(tooLong->find("11 bytes"), std::string::npos) << *tooLong;
    const auto control = textProblem(std::string("a\0b", 3), 10, "the text");
    ASSERT_TRUE(control);
    EXPECT_NE(control->find("control character"), std::string::npos) << *control;
    const auto invalid = textProblem("\xC3(", 10, "the card text");
    ASSERT_TRUE(invalid);
    EXPECT_EQ(*invalid, "the card text is not valid UTF-8");
}

} // namespace
TEST(Utf8, CodePointsCountWhatPeopleSeeNotBytes) {
    EXPECT_EQ(utf8CodePoints("Vote"), 4U);
    EXPECT_EQ(utf8CodePoints("Scénarios d’usage"), 17U);
    EXPECT_EQ(utf8CodePoints(""), 0U);
    EXPECT_EQ(utf8CodePoints("a\xff"
                             "b"),
              3U)
        << "an ill-formed byte shows as one";
}

} // namespace atelier::core

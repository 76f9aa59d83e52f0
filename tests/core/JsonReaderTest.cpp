// The pull reader used for board snapshots: strict grammar, clear errors, no exceptions.
#include "core/JsonReader.hpp"
#include "core/JsonWriter.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace atelier::core {
namespace {

TEST(JsonReader, ReadsNestedObjectsAndArrays) {
    JsonReader reader(R"( {"a": [1, -2, 3.5e1], "b": {"c": "d\u00e9\ud83c\udf33\n"}, "e": true} )");
    std::string key;
    ASSERT_TRUE(reader.beginObject());
    ASSERT_TRUE(reader.nextKey(key));
    EXPECT_EQ(key, "a");
    ASSERT_TRUE(reader.beginArray());
    std::int64_t one = 0;
    std::int64_t minusTwo = 0;
    double thirtyFive = 0;
    ASSERT_TRUE(reader.nextElement() && reader.readInt64(one));
    ASSERT_TRUE(reader.nextElement() && reader.readInt64(minusTwo));
    ASSERT_TRUE(reader.nextElement() && reader.readDouble(thirtyFive));
    EXPECT_FALSE(reader.nextElement());
    EXPECT_EQ(one, 1);
    EXPECT_EQ(minusTwo, -2);
    EXPECT_EQ(thirtyFive, 35.0);
    ASSERT_TRUE(reader.nextKey(key));
    EXPECT_EQ(key, "b");
    ASSERT_TRUE(reader.beginObject());
    ASSERT_TRUE(reader.nextKey(key));
    std::string text;
    ASSERT_TRUE(reader.readString(text));
    EXPECT_EQ(text, "d\xC3\xA9\xF0\x9F\x8C\xB3\n");
    EXPECT_FALSE(reader.nextKey(key));
    ASSERT_TRUE(reader.nextKey(key));
    EXPECT_EQ(key, "e");
    ASSERT_TRUE(reader.skipValue());
    EXPECT_FALSE(reader.nextKey(key));
    EXPECT_TRUE(reader.finish());
    EXPECT_FALSE(reader.failed());
}

TEST(JsonReader, RefusesWhatJsonDoesNotAllow) {
    const char* const bad[] = {
        "01",      "1.",          ".5",       "-",    "1e",         "+1",    "NaN",   "Infinity",
        "\"\\x\"", "\"\\ud800\"", "\"a\tb\"", "[1,]", "{\"a\":1,}", "{a:1}", "[1 2]", "\"unterminated",
        "tru"};
    for (const char* text : bad) {
        JsonReader reader(text);
        EXPECT_FALSE(reader.skipValue() && reader.finish()) << text;
        EXPECT_TRUE(reader.failed()) << text;
        EXPECT_EQ(reader.error().rfind("at byte ", 0), 0U) << reader.error();
    }
}

TEST(JsonReader, NumbersOutOfRangeAreErrorsNotInfinity) {
    double value = 0;
    JsonReader huge("1e400");
    EXPECT_FALSE(huge.readDouble(value));
    std::int64_t whole = 0;
    JsonReader tooBig("9223372036854775808");
    EXPECT_FALSE(tooBig.readInt64(whole));
    JsonReader fraction("1.5");
    EXPECT_FALSE(fraction.readInt64(whole));
    std::uint64_t unsignedValue = 0;
    JsonReader negative("-1");
    EXPECT_FALSE(negative.readUint64(unsignedValue));
}

TEST(JsonReader, DeepNestingIsRefusedNotRecursedInto) {
    const std::string deep(100000, '[');
    JsonReader reader(deep);
    EXPECT_FALSE(reader.skipValue());
    EXPECT_NE(reader.error().find("nested too deeply"), std::string::npos) << reader.error();
}

TEST(JsonWriter, WritesValidJsonEvenFromBadText) {
    JsonWriter writer;
    writer.beginObject();
    writer.key("text");
    writer.string("quote \" backslash \\ bell \x07 bad \xFF end");
    writer.key("nan");
    writer.number(std::numeric_limits<double>::quiet_NaN());
    writer.key("list");
    writer.beginArray();
    writer.number(0.1);
    writer.number(0.00001);
    writer.number(250000);
    writer.number(1e300);
    writer.integer(-3);
    writer.boolean(false);
    writer.endArray();
    writer.endObject();
    EXPECT_EQ(writer.take(), R"({"text":"quote \" backslash \\ bell \u0007 bad )"
                             "\xEF\xBF\xBD"
                             R"( end","nan":null,"list":[0.1,0.00001,250000,1e+300,-3,false]})");
}

} // namespace
} // namespace atelier::core

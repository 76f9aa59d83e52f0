// The event codec: what the log stores must come back as the same event, and bad rows must not hurt.
#include "TestBoards.hpp"

#include "core/EventCodec.hpp"

#include <gtest/gtest.h>

#include <set>

namespace atelier::core {
namespace {

using testing::oneDecisionEventOfEachType;
using testing::oneEventOfEachType;

std::vector<Event> everySampleEvent() {
    std::vector<Event> events = oneEventOfEachType();
    for (Event& event : oneDecisionEventOfEachType()) {
        events.push_back(std::move(event));
    }
    return events;
}

TEST(EventCodec, TheSampleHasOneEventOfEveryKnownType) {
    std::set<std::string_view> sampled;
    for (const Event& event : everySampleEvent()) {
        if (!std::holds_alternative<UnknownEvent>(event)) {
            sampled.insert(eventType(event));
        }
    }
    const std::vector<std::string_view> known = knownEventTypes();
    EXPECT_EQ(sampled, std::set<std::string_view>(known.begin(), known.end()));
    EXPECT_EQ(known.size(), std::variant_size_v<Event> - 1);
}

TEST(EventCodec, EveryTypeRoundTripsThroughTypeSeatAndPayload) {
    for (const Event& event : everySampleEvent()) {
        const std::string payload = encodePayload(event);
        const DecodeResult decoded = decodeEvent(eventType(event), payload, eventSeat(event));
        ASSERT_TRUE(decoded.event) << eventType(event) << ": " << decoded.error;
        EXPECT_TRUE(*decoded.event == event) << eventType(event) << " " << payload;
        EXPECT_EQ(encodePayload(*decoded.event), payload);
    }
}

TEST(EventCodec, TypeNamesAreDottedNounAndPastVerb) {
    for (const std::string_view type : knownEventTypes()) {
        const std::size_t dot = type.find('.');
        ASSERT_NE(dot, std::string_view::npos) << type;
        EXPECT_EQ(type.find('.', dot + 1), std::string_view::npos) << type;
        EXPECT_EQ(type.find_first_not_of("abcdefghijklmnopqrstuvwxyz."), std::string_view::npos) << type;
    }
}

TEST(EventCodec, SeatTravelsOutsideThePayload) {
    const Event event = CardMoved{2, Pose{{1, 2}, 0, 1}, 3};
    EXPECT_EQ(eventSeat(event), 3);
    EXPECT_EQ(encodePayload(event).find("seat"), std::string::npos);
    const DecodeResult decoded = decodeEvent("card.moved", encodePayload(event), 5);
    ASSERT_TRUE(decoded.event);
    EXPECT_EQ(eventSeat(*decoded.event), 5);
}

TEST(EventCodec, PayloadsAreCompactReadableJsonInMillimetres) {
    const Event event =
        CardCreated{16, Pose{{120.25, 640.5}, 1.25, 1}, Size{75, 75}, "Des \"fontaines\"", 2, 2};
    EXPECT_EQ(encodePayload(event),
              R"({"id":16,"pose":{"x":120.25,"y":640.5,"rotation":1.25,"scale":1},)"
              R"("size":{"width":75,"height":75},"text":"Des \"fontaines\"","category":2})");
    const Event stroke = StrokeBegun{7, 1, 0x1e88e5ff, 2.5, {{-10, -10}, {-5.25, 8}}, 1};
    EXPECT_EQ(encodePayload(stroke),
              R"({"id":7,"parent":1,"colour":"#1e88e5ff","width":2.5,"points":[-10,-10,-5.25,8]})");
}

TEST(EventCodec, KeysInAnyOrderAndUnknownExtraKeysAreAccepted) {
    const DecodeResult decoded = decodeEvent(
        "card.moved", R"({"future":{"x":1},"pose":{"scale":1,"rotation":0,"y":2,"x":1},"id":4})", 1);
    ASSERT_TRUE(decoded.event) << decoded.error;
    EXPECT_TRUE(*decoded.event == Event(CardMoved{4, Pose{{1, 2}, 0, 1}, 1}));
}

TEST(EventCodec, UnknownTypeIsKeptVerbatim) {
    const std::string payload = R"({"id":2,  "glue":"strong", "odd":[1,2,)"; // not even valid JSON
    const DecodeResult decoded = decodeEvent("card.glued", payload, 4);
    ASSERT_TRUE(decoded.event) << decoded.error;
    ASSERT_TRUE(std::holds_alternative<UnknownEvent>(*decoded.event));
    EXPECT_EQ(eventType(*decoded.event), "card.glued");
    EXPECT_EQ(eventSeat(*decoded.event), 4);
    EXPECT_EQ(encodePayload(*decoded.event), payload);
}

TEST(EventCodec, MalformedPayloadsGiveOneSentenceAndNoEvent) {
    struct Case {
        std::string_view type;
        std::string_view payload;
        std::string_view mentions;
    };
    const Case cases[] = {
        {"card.moved", "", "not valid JSON"},
        {"card.moved", "{\"id\":1,", "not valid JSON"},
        {"card.moved", "[1,2]", "not a JSON object"},
        {"card.moved", "null", "not a JSON object"},
        {"card.moved", R"({"pose":{"x":1,"y":2,"rotation":0,"scale":1}})", "no \"id\" field"},
        {"card.moved", R"({"id":1,"pose":{"x":1,"y":2,"rotation":0}})", "\"pose.scale\""},
        {"card.moved", R"({"id":1,"pose":{"x":"1","y":2,"rotation":0,"scale":1}})", "\"pose.x\""},
        {"card.moved", R"({"id":-1,"pose":{"x":1,"y":2,"rotation":0,"scale":1}})", "whole number"},
        {"card.moved", R"({"id":1.5,"pose":{"x":1,"y":2,"rotation":0,"scale":1}})", "whole number"},
        {"card.moved", R"({"id":1,"pose":[1,2,0,1]})", "\"pose\""},
        {"card.recoloured", R"({"id":1,"category":99999999999})", "\"category\""},
        {"card.edited", R"({"id":1,"text":42})", "must be a string"},
        {"card.edited", "{\"id\":1,\"text\":\"\xC3(\"}", "not valid JSON"},
        {"stroke.begun", R"({"id":1,"parent":0,"colour":"red","width":2,"points":[1,2]})", "#rrggbbaa"},
        {"stroke.begun", R"({"id":1,"parent":0,"colour":"#ff0000ff","width":2,"points":[1,2,3]})",
         "flat array"},
        {"stroke.extended", R"({"id":1,"points":[1,"2"]})", "flat array"},
        {"cluster.formed", R"({"id":1,"name":"a","cards":[1,"2"]})", "array of ids"},
        {"phase.started", R"({"index":1,"name":"a","tools":"cards","durationS":60})", "array of strings"},
        {"", "{}", "no type"},
    };
    for (const Case& c : cases) {
        DecodeResult decoded;
        EXPECT_NO_THROW(decoded = decodeEvent(c.type, c.payload, 1)) << c.payload;
        EXPECT_FALSE(decoded.event) << c.type << " " << c.payload;
        EXPECT_NE(decoded.error.find(c.mentions), std::string::npos)
            << "error \"" << decoded.error << "\" does not mention " << c.mentions;
        EXPECT_EQ(decoded.error.find('\n'), std::string::npos) << decoded.error;
    }
}

TEST(EventCodec, ErrorsNameTheEventTypeAndTheField) {
    const DecodeResult decoded = decodeEvent("photo.placed", R"({"id":3,"assetHash":"ab","pose":{}})", 0);
    EXPECT_EQ(decoded.error, "the photo.placed payload has no \"pose.x\" field");
}

TEST(EventCodec, GarbageNeverThrows) {
    const std::string_view garbage[] = {"{",
                                        "}",
                                        "{{{{",
                                        "\"",
                                        "[[[[[[[[[[",
                                        "{\"id\":1e999}",
                                        "\x00\x01\x02",
                                        "{\"id\":18446744073709551616}",
                                        std::string_view("\0", 1)};
    for (const std::string_view type : knownEventTypes()) {
        for (const std::string_view payload : garbage) {
            EXPECT_NO_THROW(decodeEvent(type, payload, 1)) << type << " " << payload;
        }
    }
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    EXPECT_NO_THROW(decodeEvent("card.moved", deep, 1));
}

} // namespace
} // namespace atelier::core

// The table's local time from the system's TZif files: Paris in winter and summer, the change of hour, words.
#include <gtest/gtest.h>

#include "core/TimeZone.hpp"

namespace atelier::core {
namespace {

TEST(TimeZoneTest, ParisIsOneHourAheadInWinterAndTwoInSummer) {
    const std::optional<TimeZone> paris = TimeZone::load("Europe/Paris");
    ASSERT_TRUE(paris) << "tzdata is installed (scripts/setup)";
    const std::int64_t winter = *parseIsoUtc("2026-12-07T13:05:09.123Z");
    EXPECT_EQ(paris->offsetAt(winter), 3600);
    const LocalTime local = localTime(winter, *paris);
    EXPECT_EQ(clockText(local), "14:05:09");
    EXPECT_EQ(dateTimeInWords(local, Language::French), "lundi 7 décembre 2026 à 14 h 05");
    EXPECT_EQ(dateTimeInWords(local, Language::English), "Monday 7 December 2026 at 14:05");
    const std::int64_t summer = *parseIsoUtc("2026-07-01T22:30:00Z"); // past midnight in Paris
    EXPECT_EQ(dateTimeInWords(localTime(summer, *paris), Language::French), "jeudi 2 juillet 2026 à 0 h 30");
}

TEST(TimeZoneTest, TheHourChangesAtTheLastSundayOfMarchAtOneUtc) {
    const std::optional<TimeZone> paris = TimeZone::load("Europe/Paris");
    ASSERT_TRUE(paris);
    EXPECT_EQ(paris->offsetAt(*parseIsoUtc("2026-03-29T00:59:59Z")), 3600);
    EXPECT_EQ(paris->offsetAt(*parseIsoUtc("2026-03-29T01:00:00Z")), 7200);
    EXPECT_EQ(dateTimeInWords(localTime(*parseIsoUtc("2026-03-01T08:00:00Z"), *paris), Language::French),
              "dimanche 1er mars 2026 à 9 h 00");
}

TEST(TimeZoneTest, UnknownNamesAndPathsAreRefusedAndUtcNeedsNoFile) {
    EXPECT_FALSE(TimeZone::load("Europe/Atlantis"));
    EXPECT_FALSE(TimeZone::load("../../etc/passwd"));
    EXPECT_FALSE(TimeZone::load("/etc/localtime"));
    EXPECT_FALSE(TimeZone::load(""));
    const std::optional<TimeZone> utc = TimeZone::load("UTC", "/nonexistent");
    ASSERT_TRUE(utc);
    EXPECT_EQ(utc->offsetAt(0), 0);
    EXPECT_FALSE(parseIsoUtc("yesterday"));
    EXPECT_EQ(*parseIsoUtc("1970-01-02T00:00:00Z"), 86400);
}

} // namespace
} // namespace atelier::core

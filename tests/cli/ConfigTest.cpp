// Config parsing: the shipped file, and each kind of bad file a technician could write.
#include <gtest/gtest.h>

#include <toml++/toml.h>

#include "cli/Config.hpp"

namespace atelier::cli {
namespace {

Config parsedOk(std::string_view text) {
    auto result = parseConfig(text, "test.toml");
    if (auto* error = std::get_if<ConfigError>(&result)) {
        ADD_FAILURE() << error->message;
        return {};
    }
    return std::get<Config>(result);
}

std::string errorOf(std::string_view text) {
    auto result = parseConfig(text, "atelier.toml");
    if (std::holds_alternative<Config>(result)) {
        ADD_FAILURE() << "expected an error for:\n" << text;
        return {};
    }
    return std::get<ConfigError>(result).message;
}

TEST(ConfigTest, ShippedKioskConfigIsValidAndMatchesTheDefaults) {
    auto result = loadConfig(std::filesystem::path(ATELIER_SOURCE_DIR) / "kiosk-config/atelier.toml");
    ASSERT_TRUE(std::holds_alternative<Config>(result)) << std::get<ConfigError>(result).message;
    const Config& shipped = std::get<Config>(result);
    const Config defaults;
    EXPECT_DOUBLE_EQ(shipped.displayWidthMm, defaults.displayWidthMm);
    EXPECT_DOUBLE_EQ(shipped.displayHeightMm, defaults.displayHeightMm);
    EXPECT_EQ(shipped.fullscreen, defaults.fullscreen);
    EXPECT_EQ(shipped.vsync, defaults.vsync);
    EXPECT_DOUBLE_EQ(shipped.uiScale, defaults.uiScale);
    EXPECT_EQ(shipped.seats, defaults.seats);
    EXPECT_EQ(shipped.language, defaults.language);
    EXPECT_EQ(shipped.dataDir, defaults.dataDir);
    EXPECT_EQ(shipped.logLevel, defaults.logLevel);
    EXPECT_EQ(shipped.cardTextLimit, defaults.cardTextLimit);
    EXPECT_EQ(shipped.tuioEnabled, defaults.tuioEnabled);
    EXPECT_EQ(shipped.tuioBind, defaults.tuioBind);
    EXPECT_EQ(shipped.tuioPort, defaults.tuioPort);
    EXPECT_DOUBLE_EQ(shipped.minScale, defaults.minScale);
    EXPECT_DOUBLE_EQ(shipped.maxScale, defaults.maxScale);
}

TEST(ConfigTest, ShippedKioskConfigSetsAndDocumentsEveryKey) {
    const toml::table shipped =
        toml::parse_file((std::filesystem::path(ATELIER_SOURCE_DIR) / "kiosk-config/atelier.toml").string());
    for (const std::string& key : knownConfigKeys()) {
        EXPECT_TRUE(shipped.at_path(key)) << key << " is missing from kiosk-config/atelier.toml";
    }
}

TEST(ConfigTest, ShippedInstalledAndKioskConfigsCarryNoPin) {
    // A PIN everyone knows is no PIN: only the demo (scripts/demo) sets one, in a config of its own.
    for (const char* file : {"kiosk-config/atelier.toml", "kiosk-config/exhibition.toml"}) {
        auto result = loadConfig(std::filesystem::path(ATELIER_SOURCE_DIR) / file);
        ASSERT_TRUE(std::holds_alternative<Config>(result)) << file;
        EXPECT_EQ(std::get<Config>(result).panelPinHash, "") << file << " carries a default PIN";
    }
}

TEST(ConfigTest, TheTimeZoneIsParisUnlessSetAndAnUnknownOneIsRefused) {
    EXPECT_EQ(parsedOk("").timeZone, "Europe/Paris");
    EXPECT_EQ(parsedOk("[table]\ntime_zone = \"America/Montreal\"\n").timeZone, "America/Montreal");
    EXPECT_EQ(tableTimeZone(parsedOk("[table]\ntime_zone = \"UTC\"\n")).offsetAt(0), 0);
    const std::string message = errorOf("[table]\ntime_zone = \"Paris\"\n");
    EXPECT_NE(message.find("time_zone"), std::string::npos) << message;
    EXPECT_NE(message.find("Europe/Paris"), std::string::npos) << message;
    EXPECT_EQ(parsedOk("[panel]\nexport_folder = \"/srv/exports\"\n").panelExportFolder, "/srv/exports");
}

TEST(ConfigTest, ReadsEveryKey) {
    const Config config = parsedOk(R"(
[display]
width_mm = 1640.5
height_mm = 920
fullscreen = false
vsync = false
ui_scale = 1.5
[table]
seats = 8
[ui]
language = "en"
[data]
dir = "/var/lib/atelier"
[cards]
text_limit = 200
[input]
tuio = false
tuio_bind = "0.0.0.0"
tuio_port = 3334
[gestures]
min_scale = 0.3
max_scale = 4
[log]
level = "debug"
)");
    EXPECT_EQ(config.cardTextLimit, 200);
    EXPECT_FALSE(config.tuioEnabled);
    EXPECT_EQ(config.tuioBind, "0.0.0.0");
    EXPECT_EQ(config.tuioPort, 3334);
    EXPECT_DOUBLE_EQ(config.minScale, 0.3);
    EXPECT_DOUBLE_EQ(config.maxScale, 4);
    EXPECT_DOUBLE_EQ(config.displayWidthMm, 1640.5);
    EXPECT_DOUBLE_EQ(config.displayHeightMm, 920);
    EXPECT_FALSE(config.fullscreen);
    EXPECT_FALSE(config.vsync);
    EXPECT_DOUBLE_EQ(config.uiScale, 1.5);
    EXPECT_EQ(config.seats, 8);
    EXPECT_EQ(config.language, "en");
    EXPECT_EQ(config.dataDir, "/var/lib/atelier");
    EXPECT_EQ(config.logLevel, "debug");
}

TEST(ConfigTest, AnEmptyFileMeansTheDefaults) {
    const Config config = parsedOk("# nothing set\n");
    EXPECT_EQ(config.seats, 6);
    EXPECT_EQ(config.language, "fr");
}

TEST(ConfigTest, KioskModeWithNoIdleTimeoutIsRefusedNamingTheKey) {
    const std::string message = errorOf("[kiosk]\nenabled = true\nidle_timeout_s = 0\n");
    EXPECT_NE(message.find("atelier.toml:3"), std::string::npos) << message;
    EXPECT_NE(message.find("kiosk.idle_timeout_s"), std::string::npos) << message;
}

TEST(ConfigTest, TuioBoundBeyondLoopbackWithoutAnAllowListIsRefusedNamingTheKey) {
    const std::string message = errorOf("[input]\ntuio = true\ntuio_bind = \"0.0.0.0\"\n");
    EXPECT_NE(message.find("atelier.toml:3"), std::string::npos) << message;
    EXPECT_NE(message.find("input.tuio_allow"), std::string::npos) << message;
    const Config lan =
        parsedOk("[input]\ntuio_bind = \"0.0.0.0\"\ntuio_allow = [\"192.168.1.20\", \"192.168.1.21\"]\n");
    EXPECT_EQ(lan.tuioAllow, (std::vector<std::string>{"192.168.1.20", "192.168.1.21"}));
    EXPECT_TRUE(parsedOk("[input]\ntuio = false\ntuio_bind = \"0.0.0.0\"\n").tuioAllow.empty())
        << "TUIO off: nothing listens";
    EXPECT_TRUE(parsedOk("[input]\ntuio_bind = \"127.0.0.1\"\n").tuioAllow.empty());
    const std::string name = errorOf("[input]\ntuio_allow = [\"tracker.local\"]\n");
    EXPECT_NE(name.find("input.tuio_allow"), std::string::npos) << name;
    EXPECT_NE(name.find("numeric IP"), std::string::npos) << name;
}

TEST(ConfigTest, KioskModeWithTheIdleTimeoutUnsetTakesThreeMinutesAndStaleSessionsHalfAnHour) {
    const Config kiosk = parsedOk("[kiosk]\nenabled = true\n");
    EXPECT_DOUBLE_EQ(kiosk.idleTimeoutS, 180.0);
    EXPECT_EQ(kiosk.resumeMaxIdleS, 1800);
    EXPECT_EQ(kiosk.keepSessionsDays, 0) << "retention is off unless the config sets it";
    EXPECT_DOUBLE_EQ(parsedOk("[kiosk]\nenabled = false\nidle_timeout_s = 0\n").idleTimeoutS, 0.0);
    EXPECT_EQ(parsedOk("[data]\nkeep_sessions_days = 30\n").keepSessionsDays, 30);
}

TEST(ConfigTest, UnknownKeyNamesFileLineAndKey) {
    const std::string message = errorOf("[display]\nwidth_mm = 1000\nwidht_mm = 900\n");
    EXPECT_NE(message.find("atelier.toml:3"), std::string::npos) << message;
    EXPECT_NE(message.find("display.widht_mm"), std::string::npos) << message;
}

TEST(ConfigTest, UnknownSectionIsRefused) {
    const std::string message = errorOf("[sound]\nvolume = 3\n");
    EXPECT_NE(message.find("atelier.toml:1"), std::string::npos) << message;
    EXPECT_NE(message.find("sound"), std::string::npos) << message;
}

TEST(ConfigTest, OutOfRangeNumberSaysTheRange) {
    const std::string message = errorOf("[table]\nseats = 12\n");
    EXPECT_NE(message.find("atelier.toml:2"), std::string::npos) << message;
    EXPECT_NE(message.find("table.seats"), std::string::npos) << message;
    EXPECT_NE(message.find("between 2 and 8"), std::string::npos) << message;
    EXPECT_NE(message.find("12"), std::string::npos) << message;
}

TEST(ConfigTest, WrongTypeIsRefused) {
    EXPECT_NE(errorOf("[display]\nwidth_mm = \"wide\"\n").find("display.width_mm"), std::string::npos);
    EXPECT_NE(errorOf("[display]\nvsync = 1\n").find("true or false"), std::string::npos);
    EXPECT_NE(errorOf("[table]\nseats = 4.5\n").find("whole number"), std::string::npos);
    EXPECT_NE(errorOf("[data]\ndir = 3\n").find("path"), std::string::npos);
}

TEST(ConfigTest, UnknownChoiceListsTheChoices) {
    const std::string message = errorOf("[ui]\nlanguage = \"de\"\n");
    EXPECT_NE(message.find("\"fr\", \"en\""), std::string::npos) << message;
    EXPECT_NE(message.find("\"de\""), std::string::npos) << message;
}

TEST(ConfigTest, NegativeOrNanSizeIsRefused) {
    EXPECT_NE(errorOf("[display]\nwidth_mm = -3\n").find("display.width_mm"), std::string::npos);
    EXPECT_NE(errorOf("[display]\nheight_mm = nan\n").find("display.height_mm"), std::string::npos);
}

TEST(ConfigTest, BrokenTomlNamesTheLine) {
    const std::string message = errorOf("[display]\nwidth_mm = 1000\nheight_mm = = 3\n");
    EXPECT_NE(message.find("atelier.toml:3"), std::string::npos) << message;
    EXPECT_NE(message.find("not valid TOML"), std::string::npos) << message;
}

TEST(ConfigTest, MissingFileIsASentenceNotACrash) {
    auto result = loadConfig("/nonexistent/atelier.toml");
    ASSERT_TRUE(std::holds_alternative<ConfigError>(result));
    EXPECT_NE(std::get<ConfigError>(result).message.find("/nonexistent/atelier.toml"), std::string::npos);
}

// --- Facilitator panel: suggestions and import
TEST(ConfigTest, ClusterDistanceAndImportFolderAreReadAndChecked) {
    const Config defaults;
    EXPECT_DOUBLE_EQ(defaults.clusterDistanceMm, 120);
    EXPECT_EQ(defaults.panelImportFolder, "/media");
    const Config config =
        parsedOk("[cards]\ncluster_distance_mm = 150\n[panel]\nimport_folder = \"/mnt/usb\"\n");
    EXPECT_DOUBLE_EQ(config.clusterDistanceMm, 150);
    EXPECT_EQ(config.panelImportFolder, "/mnt/usb");
    const std::string tooFar = errorOf("[cards]\ncluster_distance_mm = 900\n");
    EXPECT_NE(tooFar.find("cards.cluster_distance_mm"), std::string::npos) << tooFar;
    EXPECT_NE(tooFar.find("between 20 and 500"), std::string::npos) << tooFar;
    EXPECT_NE(errorOf("[cards]\ncluster_distance_mm = 0\n").find("cards.cluster_distance_mm"),
              std::string::npos);
    EXPECT_NE(errorOf("[panel]\nimport_folder = 3\n").find("path"), std::string::npos);
}

TEST(ConfigTest, TheImportCeilingIsFourHundredMegapixelsAndCanBeSet) {
    EXPECT_EQ(Config{}.importMaxMegapixels, 400);
    EXPECT_EQ(parsedOk("[import]\nmax_megapixels = 120\n").importMaxMegapixels, 120);
    const std::string none = errorOf("[import]\nmax_megapixels = 0\n");
    EXPECT_NE(none.find("import.max_megapixels"), std::string::npos) << none;
}

} // namespace
} // namespace atelier::cli

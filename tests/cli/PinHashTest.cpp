// The facilitator's PIN: Argon2id through libsodium, older PBKDF2 hashes still read, `atelier pin --set`.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "cli/Config.hpp"
#include "cli/Options.hpp"
#include "cli/PinCommand.hpp"
#include "table/PinHash.hpp"

namespace atelier::cli {
namespace {

std::string hex(const std::vector<std::uint8_t>& bytes) {
    std::ostringstream out;
    for (std::uint8_t byte : bytes) {
        out << "0123456789abcdef"[byte >> 4] << "0123456789abcdef"[byte & 0x0F];
    }
    return out.str();
}

/// "2468" with salt 00112233…eeff and 1000 rounds (checked with Python's hashlib.pbkdf2_hmac).
constexpr std::string_view kHash2468 = "pbkdf2-sha256$1000$00112233445566778899aabbccddeeff$"
                                       "23ad2daa4e59be477bd7ef0eb0dc22c3e4f52a97976a7824b1a17a910ff6bc66";

TEST(PinHashTest, Pbkdf2MatchesPublishedVectors) {
    // RFC 7914 §11 and the widely published PBKDF2-HMAC-SHA256 vectors.
    EXPECT_EQ(hex(table::pbkdf2HmacSha256("password", "salt", 1, 32)),
              "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    EXPECT_EQ(hex(table::pbkdf2HmacSha256("password", "salt", 4096, 32)),
              "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
    EXPECT_EQ(hex(table::pbkdf2HmacSha256("passwd", "salt", 1, 64)),
              "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
              "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
}

TEST(PinHashTest, ANewPinIsHashedWithArgon2idAtLibsodiumsInteractiveCost) {
    const std::string hash = table::makePinHash("482193");
    EXPECT_EQ(hash.rfind("$argon2id$v=19$m=65536,t=2,p=1$", 0), 0u) << hash;
    EXPECT_NE(table::makePinHash("482193"), hash) << "a fresh salt each time";
    const std::optional<table::PinHash> stored = table::parsePinHash(hash);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->scheme, table::PinHash::Scheme::Argon2id);
    EXPECT_EQ(stored->text, hash);
    EXPECT_FALSE(table::needsRewrite(*stored));
    EXPECT_TRUE(table::pinMatches("482193", *stored));
    EXPECT_FALSE(table::pinMatches("482194", *stored));
    EXPECT_FALSE(table::pinMatches("", *stored));
    EXPECT_FALSE(table::parsePinHash("$argon2id$v=19$m=65536,t=2,p=1$notbase64!$x")) << "a damaged hash";
    EXPECT_FALSE(table::parsePinHash("$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$aGFzaA"));
}

TEST(PinHashTest, TheOlderPbkdf2FormStillChecksTheRightPinOnlyAndAsksToBeRewritten) {
    const std::string salt("\x00\x11\x22\x33\x44\x55\x66\x77\x88\x99\xaa\xbb\xcc\xdd\xee\xff", 16);
    EXPECT_EQ(table::makeLegacyPinHash("2468", salt, 1000), kHash2468);
    const std::optional<table::PinHash> stored = table::parsePinHash(kHash2468);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->iterations, 1000);
    EXPECT_TRUE(table::needsRewrite(*stored));
    EXPECT_TRUE(table::pinMatches("2468", *stored));
    EXPECT_FALSE(table::pinMatches("2469", *stored));
    EXPECT_FALSE(table::pinMatches("24680", *stored));
    EXPECT_FALSE(table::pinMatches("", *stored));
}

TEST(PinHashTest, MalformedHashesAndPinsAreRefused) {
    EXPECT_FALSE(table::parsePinHash("2468"));
    EXPECT_FALSE(table::parsePinHash("pbkdf2-sha256$0$00112233445566778899aabbccddeeff$00"));
    EXPECT_FALSE(table::parsePinHash(
        "pbkdf2-sha256$1000$0011$23ad2daa4e59be477bd7ef0eb0dc22c3e4f52a97976a7824b1a17a910ff6bc66"));
    EXPECT_FALSE(table::parsePinHash("md5$1000$00112233445566778899aabbccddeeff$23ad"));
    EXPECT_FALSE(table::parsePinHash("pbkdf2-sha256$1000$zz112233445566778899aabbccddeeff$"
                                     "23ad2daa4e59be477bd7ef0eb0dc22c3e4f52a97976a7824b1a17a910ff6bc66"));
    EXPECT_TRUE(table::validPin("0000"));
    EXPECT_TRUE(table::validPin("12345678"));
    EXPECT_FALSE(table::validPin("123"));
    EXPECT_FALSE(table::validPin("123456789"));
    EXPECT_FALSE(table::validPin("12a4"));
}

TEST(PinHashTest, TheConfigTakesOnlyAHash) {
    const std::string text = "[panel]\npin_hash = \"" + std::string(kHash2468) + "\"\n";
    const auto parsed = parseConfig(text, "atelier.toml");
    ASSERT_TRUE(std::holds_alternative<Config>(parsed));
    EXPECT_EQ(std::get<Config>(parsed).panelPinHash, kHash2468);
    const auto clear = parseConfig("[panel]\npin_hash = \"2468\"\n", "atelier.toml");
    ASSERT_TRUE(std::holds_alternative<ConfigError>(clear)) << "a PIN in clear is refused";
    EXPECT_NE(std::get<ConfigError>(clear).message.find("atelier pin"), std::string::npos);
}

TEST(PinHashTest, SettingThePinReplacesOrAddsTheLine) {
    const std::string hash(kHash2468);
    EXPECT_EQ(withPinHash("[ui]\nlanguage = \"fr\"\n", hash),
              "[ui]\nlanguage = \"fr\"\n\n[panel]\npin_hash = \"" + hash + "\"\n");
    EXPECT_EQ(withPinHash("[panel]\n# the PIN\npin_hash = \"\"\nidle_close_s = 60\n", hash),
              "[panel]\n# the PIN\npin_hash = \"" + hash + "\"\nidle_close_s = 60\n");
    EXPECT_EQ(withPinHash("[panel]\nidle_close_s = 60\n[log]\nlevel = \"info\"\n", hash),
              "[panel]\npin_hash = \"" + hash + "\"\nidle_close_s = 60\n[log]\nlevel = \"info\"\n");

    std::istringstream badPin("12\n");
    std::ostringstream out, err;
    EXPECT_EQ(pinCommand(badPin, out, err, std::nullopt), 2);
    EXPECT_NE(err.str().find("4 to 8 digits"), std::string::npos);
}

TEST(PinHashTest, SixDigitsAreAskedForAndAShorterPinIsSetWithAWarning) {
    std::istringstream shortPin("4821\n");
    std::ostringstream out, err;
    EXPECT_EQ(pinCommand(shortPin, out, err, std::nullopt, table::cheapestPinHashCost()), 0) << err.str();
    EXPECT_NE(err.str().find("6 to 8 digits"), std::string::npos) << err.str();
    EXPECT_NE(err.str().find("warning: a 4-digit PIN"), std::string::npos) << err.str();
    EXPECT_NE(out.str().find("pin_hash"), std::string::npos);

    std::istringstream longPin("482193\n");
    std::ostringstream out6, err6;
    EXPECT_EQ(pinCommand(longPin, out6, err6, std::nullopt, table::cheapestPinHashCost()), 0);
    EXPECT_EQ(err6.str().find("warning"), std::string::npos) << err6.str();
}

TEST(PinHashTest, TheCommandLineKnowsPinAndSet) {
    const char* plain[] = {"atelier", "pin"};
    const auto printed = parseCommandLine(2, plain);
    ASSERT_TRUE(std::holds_alternative<CommandLine>(printed));
    EXPECT_EQ(std::get<CommandLine>(printed).command, Command::Pin);
    EXPECT_FALSE(std::get<CommandLine>(printed).pin.set);
    const char* set[] = {"atelier", "--config", "x.toml", "pin", "--set"};
    const auto written = parseCommandLine(5, set);
    ASSERT_TRUE(std::holds_alternative<CommandLine>(written));
    EXPECT_TRUE(std::get<CommandLine>(written).pin.set);
}

TEST(PinHashTest, ThePinCommandWritesTheConfigWithoutThePin) {
    const std::filesystem::path file = std::filesystem::temp_directory_path() / "atelier-pin-test.toml";
    std::ofstream(file) << "[ui]\nlanguage = \"en\"\n";
    std::istringstream pin("13579\n");
    std::ostringstream out, err;
    ASSERT_EQ(pinCommand(pin, out, err, file, table::cheapestPinHashCost()), 0) << err.str();
    std::ifstream in(file);
    const std::string written((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::filesystem::remove(file);
    EXPECT_EQ(written.find("13579"), std::string::npos) << "never the PIN in clear";
    const auto parsed = parseConfig(written, file);
    ASSERT_TRUE(std::holds_alternative<Config>(parsed));
    const std::optional<table::PinHash> stored = table::parsePinHash(std::get<Config>(parsed).panelPinHash);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->scheme, table::PinHash::Scheme::Argon2id);
    EXPECT_TRUE(table::pinMatches("13579", *stored));
    EXPECT_EQ(std::get<Config>(parsed).language, "en") << "the rest of the file is kept";
}

} // namespace
} // namespace atelier::cli

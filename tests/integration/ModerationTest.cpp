// Moderation on the public surfaces: a card the facilitator hid never shows again in an export or a report
// picture, not even at a moment before the hide; the facilitator's own replay still shows it.
#include <fstream>
#include <gtest/gtest.h>
#include <regex>
#include <sstream>

#include "Image.hpp"
#include "Process.hpp"
#include "TextFiles.hpp"
#include "core/Apply.hpp"
#include "store/Database.hpp"
#include "store/EventLog.hpp"

namespace atelier::testing {
namespace {

const std::filesystem::path kAtelier = ATELIER_BINARY;

constexpr const char* kDefinition =
    R"({"title":"Place test","site":"Saint-Étienne","question":"Que faire de la place ?",
"votes_per_seat":5,"categories":[{"name":"Nature","colour":"#009E73"},{"name":"Jeux","colour":"#E69F00"}],
"phases":[{"name":"Idées","minutes":10,"tools":["cards"]},{"name":"Vote","minutes":5,"tools":["vote"]}],"photos":[]})";

/// What happens to the phone-number card of the session.
enum class PhoneCard {
    Never,            ///< nobody typed it
    Hidden,           ///< typed at 0:06, hidden by the facilitator at 0:15
    HiddenAndRestored ///< the same, then brought back at 0:18
};

/// The phone card's centre on the 1210 × 680 mm table, in mm.
constexpr double kPhoneX = 900;
constexpr double kPhoneY = 450;

core::CardCreated card(core::ItemId id, double x, double y, std::string text, int seat) {
    core::CardCreated created;
    created.id = id;
    created.pose.centre = {x, y};
    created.size = {120, 80};
    created.text = std::move(text);
    created.category = 1;
    created.seat = seat;
    return created;
}

/// A 20-second session: a card at 0:01, the phone card (as asked) at 0:06, the vote phase from 0:10.
std::int64_t seedSession(const std::filesystem::path& dataDir, PhoneCard phone) {
    store::Database database = store::Database::open(dataDir);
    database.ensureWorkshop(store::Workshop{"place-test", "Place test", "Saint-Étienne", kDefinition, {}});
    const std::int64_t session = database.createSession("place-test");
    core::Board board;
    store::EventLog log(database, session, board, 0);
    const auto add = [&](std::int64_t t, const core::Event& event) {
        EXPECT_TRUE(core::apply(board, event)) << t;
        log.append(t, event);
    };
    add(0, core::SessionConfigured{6, 5, "Place test", 0});
    add(0, core::PhaseStarted{0, "Idées", {"cards"}, 600, 0});
    add(1000, card(1, 250, 200, "Un banc", 1));
    if (phone != PhoneCard::Never) {
        add(6000, card(2, kPhoneX, kPhoneY, "Appelez le 06 12 34 56 78", 2));
    }
    add(10000, core::PhaseStarted{1, "Vote", {"vote"}, 300, 0});
    if (phone != PhoneCard::Never) {
        add(15000, core::CardHidden{2, 0});
    }
    if (phone == PhoneCard::HiddenAndRestored) {
        add(18000, core::CardRestored{2, 0});
    }
    core::CardMoved moved;
    moved.id = 1;
    moved.pose.centre = {260, 200};
    moved.seat = 1;
    add(20000, moved);
    EXPECT_TRUE(log.flush());
    return session;
}

std::string fromBase64(const std::string& text) {
    static const std::string kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string bytes;
    unsigned bits = 0;
    int count = 0;
    for (const char c : text) {
        const auto value = kAlphabet.find(c);
        if (value == std::string::npos) {
            continue; // padding
        }
        bits = (bits << 6U) | static_cast<unsigned>(value);
        count += 6;
        if (count >= 8) {
            count -= 8;
            bytes.push_back(static_cast<char>((bits >> static_cast<unsigned>(count)) & 0xFFU));
        }
    }
    return bytes;
}

/// Pixels around the phone card's centre that differ between two pictures of the same size.
int differingAroundPhone(const Image& a, const Image& b) {
    const int cx = static_cast<int>(kPhoneX) * a.width / 1210;
    const int cy = static_cast<int>(kPhoneY) * a.height / 680;
    int count = 0;
    for (int y = cy - 12; y < cy + 12; ++y) {
        for (int x = cx - 20; x < cx + 20; ++x) {
            count += near(a.at(x, y), b.at(x, y), 8) ? 0 : 1;
        }
    }
    return count;
}

constexpr int kCardShows = 40 * 24 / 2;

class ModerationTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_config = m_dir.path() / "atelier.toml";
        std::ofstream(m_config) << "[ui]\nlanguage = \"fr\"\n[input]\ntuio = false\n";
    }

    /// Runs the binary on the data dir of a session seeded with `phone`.
    ProcessResult atelier(PhoneCard phone, std::vector<std::string> args) {
        const std::filesystem::path data = m_dir.path() / ("data-" + std::to_string(static_cast<int>(phone)));
        if (!std::filesystem::exists(data)) {
            m_sessions[static_cast<int>(phone)] = seedSession(data, phone);
        }
        std::vector<std::string> all = {"--config", m_config.string(), "--data", data.string()};
        for (std::string& arg : args) {
            all.push_back(arg == "SESSION" ? std::to_string(m_sessions[static_cast<int>(phone)])
                                           : std::move(arg));
        }
        return runProcess(kAtelier, all, std::chrono::seconds(90), atelierEnvironment());
    }

    /// `export --png --at 0:00:08` of the session seeded with `phone`.
    std::optional<Image> pngAt8(PhoneCard phone) {
        const auto file = m_dir.path() / ("at8-" + std::to_string(static_cast<int>(phone)) + ".png");
        const ProcessResult result = atelier(
            phone, {"--size", "640x360", "export", "SESSION", "--png", file.string(), "--at", "00:00:08"});
        EXPECT_EQ(result.exitCode, 0) << result.output;
        return loadPng(file);
    }

    /// The HTML report's first picture (the board as the first phase ended, at 0:10).
    std::optional<Image> firstPhasePicture(PhoneCard phone) {
        const auto folder = m_dir.path() / ("html-" + std::to_string(static_cast<int>(phone)));
        const ProcessResult result =
            atelier(phone, {"--size", "480x270", "export", "SESSION", "--html", folder.string()});
        EXPECT_EQ(result.exitCode, 0) << result.output;
        const std::string html = readAll(folder / "index.html");
        std::smatch found;
        if (!std::regex_search(html, found, std::regex("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\""))) {
            ADD_FAILURE() << "no picture in the report";
            return std::nullopt;
        }
        const auto file = folder / "first-phase.png";
        std::ofstream(file, std::ios::binary) << fromBase64(found[1].str());
        return loadPng(file);
    }

    TempDir m_dir;
    std::filesystem::path m_config;
    std::int64_t m_sessions[3] = {};
};

TEST_F(ModerationTest, AHiddenCardIsAbsentFromAPictureTakenBeforeItWasHidden) {
    const std::optional<Image> hidden = pngAt8(PhoneCard::Hidden);
    const std::optional<Image> never = pngAt8(PhoneCard::Never);
    const std::optional<Image> restored = pngAt8(PhoneCard::HiddenAndRestored);
    ASSERT_TRUE(hidden && never && restored);
    EXPECT_EQ(differingAroundPhone(*hidden, *never), 0)
        << "the card typed at 0:06 and hidden at 0:15 shows in the picture at 0:08";
    EXPECT_GT(differingAroundPhone(*restored, *never), kCardShows)
        << "a card the facilitator brought back is shown";
}

TEST_F(ModerationTest, AHiddenCardIsAbsentFromTheReportsPhasePictures) {
    const std::optional<Image> hidden = firstPhasePicture(PhoneCard::Hidden);
    const std::optional<Image> never = firstPhasePicture(PhoneCard::Never);
    ASSERT_TRUE(hidden && never);
    ASSERT_EQ(hidden->width, never->width);
    EXPECT_EQ(differingAroundPhone(*hidden, *never), 0)
        << "the first phase's picture shows the card hidden during the second";
}

TEST_F(ModerationTest, TheFacilitatorsReplayStillShowsTheHiddenCardBeforeItsHide) {
    std::optional<Image> shots[2];
    for (const PhoneCard phone : {PhoneCard::Hidden, PhoneCard::Never}) {
        const auto file = m_dir.path() / ("replay-" + std::to_string(static_cast<int>(phone)) + ".png");
        const ProcessResult result =
            atelier(phone, {"--headless", "--size", "640x360", "--frames", "2", "--screenshot", file.string(),
                            "replay", "SESSION", "--at", "0:00:08"});
        ASSERT_EQ(result.exitCode, 0) << result.output;
        shots[phone == PhoneCard::Hidden ? 0 : 1] = loadPng(file);
    }
    ASSERT_TRUE(shots[0] && shots[1]);
    EXPECT_GT(differingAroundPhone(*shots[0], *shots[1]), kCardShows)
        << "the facilitator sees what was on the table at 0:08";
}

/// Pixels of the phone card's area in the hatching's dark red (alone, or blended into the card's orange).
int hatchedAroundPhone(const Image& picture) {
    const int cx = static_cast<int>(kPhoneX) * picture.width / 1210;
    const int cy = static_cast<int>(kPhoneY) * picture.height / 680;
    const int halfW = 60 * picture.width / 1210;
    const int halfH = 40 * picture.height / 680;
    int count = 0;
    for (int y = cy - halfH; y < cy + halfH; ++y) {
        for (int x = cx - halfW; x < cx + halfW; ++x) {
            const Colour pixel = picture.at(x, y);
            count += pixel.r > 120 && pixel.r < 200 && pixel.g < 60 && pixel.b < 60 ? 1 : 0;
        }
    }
    return count;
}

TEST_F(ModerationTest, TheFacilitatorsReplayShowsAHiddenCardHatchedAndMarkedHidden) {
    const auto shot = [this](PhoneCard phone, const char* at) {
        const auto file = m_dir.path() / ("marked-" + std::to_string(static_cast<int>(phone)) + "-" +
                                          std::string(at).substr(5) + ".png");
        const ProcessResult result =
            atelier(phone, {"--headless", "--size", "1280x720", "--frames", "2", "--screenshot",
                            file.string(), "replay", "SESSION", "--at", at});
        EXPECT_EQ(result.exitCode, 0) << result.output;
        return loadPng(file);
    };
    const std::optional<Image> hiddenNow = shot(PhoneCard::Hidden, "0:00:16");
    const std::optional<Image> hiddenBefore = shot(PhoneCard::Hidden, "0:00:08");
    const std::optional<Image> restoredHidden = shot(PhoneCard::HiddenAndRestored, "0:00:16");
    const std::optional<Image> restoredBefore = shot(PhoneCard::HiddenAndRestored, "0:00:08");
    const std::optional<Image> restoredAfter = shot(PhoneCard::HiddenAndRestored, "0:00:19");
    const std::optional<Image> never = shot(PhoneCard::Never, "0:00:16");
    ASSERT_TRUE(hiddenNow && hiddenBefore && restoredHidden && restoredBefore && restoredAfter && never);
    // The card's area is 127 × 85 px at this size: hatching and the tag take a good part of it.
    constexpr int kMarked = 600;
    EXPECT_GT(hatchedAroundPhone(*hiddenNow), kMarked)
        << "the hidden card is not on the facilitator's table, marked";
    EXPECT_GT(hatchedAroundPhone(*hiddenBefore), kMarked)
        << "a card hidden for good is marked from its first appearance, so the facilitator knows";
    EXPECT_GT(hatchedAroundPhone(*restoredHidden), kMarked) << "hidden at 0:16, before its restore";
    EXPECT_LT(hatchedAroundPhone(*restoredBefore), 20) << "not hidden yet, and brought back later";
    EXPECT_LT(hatchedAroundPhone(*restoredAfter), 20) << "brought back: an ordinary card again";
    EXPECT_LT(hatchedAroundPhone(*never), 20);
}

TEST_F(ModerationTest, TheHiddenTagSpeaksTheTablesLanguage) {
    const std::optional<Image> french = [this] {
        const auto file = m_dir.path() / "tag-fr.png";
        const ProcessResult result =
            atelier(PhoneCard::Hidden, {"--headless", "--size", "1280x720", "--frames", "2", "--screenshot",
                                        file.string(), "replay", "SESSION", "--at", "0:00:16"});
        EXPECT_EQ(result.exitCode, 0) << result.output;
        return loadPng(file);
    }();
    std::ofstream(m_config) << "[ui]\nlanguage = \"en\"\n[input]\ntuio = false\n";
    const auto file = m_dir.path() / "tag-en.png";
    const ProcessResult result =
        atelier(PhoneCard::Hidden, {"--headless", "--size", "1280x720", "--frames", "2", "--screenshot",
                                    file.string(), "replay", "SESSION", "--at", "0:00:16"});
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const std::optional<Image> english = loadPng(file);
    ASSERT_TRUE(french && english);
    // "masquée" and "hidden" differ only in the tag over the card's top edge.
    const int cx = static_cast<int>(kPhoneX) * 1280 / 1210;
    const int top = static_cast<int>(kPhoneY - 40) * 720 / 680;
    int tagDiffers = 0;
    int elsewhere = 0;
    for (int y = 0; y < 600; ++y) {
        for (int x = 0; x < 1280; ++x) {
            const bool differs = !near(french->at(x, y), english->at(x, y), 8);
            const bool inTag = std::abs(x - cx) < 60 && std::abs(y - top) < 14;
            (inTag ? tagDiffers : elsewhere) += differs ? 1 : 0;
        }
    }
    EXPECT_GT(tagDiffers, 30) << "the tag reads the same in French and English";
    EXPECT_LT(elsewhere, 200) << "only the tag (and the banner's words) may change with the language";
}

} // namespace
} // namespace atelier::testing

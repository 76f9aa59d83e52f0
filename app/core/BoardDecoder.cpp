// Reading boards from JSON with the pull reader, then checking that the board is one apply could make.
#include "core/BoardCodec.hpp"

#include "core/ApplyRules.hpp"
#include "core/BoardCheck.hpp"
#include "core/JsonReader.hpp"
#include "core/Limits.hpp"
#include "core/Quantise.hpp"
#include "core/Utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace atelier::core {
namespace {

/// The keys a record must have; remembers which were seen.
template <std::size_t N>
class KeySet {
public:
    /// The first `required` names must be present; those after them may be left out.
    constexpr KeySet(const std::array<std::string_view, N>& names, std::size_t required)
        : m_names(names), m_required(required) {}

    /// The index of the key (marking it seen), or -1 for a key this version ignores.
    int mark(std::string_view key) {
        for (std::size_t i = 0; i < N; ++i) {
            if (m_names[i] == key) {
                m_seen |= std::uint32_t{1} << i;
                return static_cast<int>(i);
            }
        }
        return -1;
    }

    /// The first required key that was not seen, or empty.
    std::string_view firstMissing() const {
        for (std::size_t i = 0; i < m_required; ++i) {
            if ((m_seen & (std::uint32_t{1} << i)) == 0) {
                return m_names[i];
            }
        }
        return {};
    }

private:
    const std::array<std::string_view, N>& m_names;
    std::size_t m_required;
    std::uint32_t m_seen = 0;
};

/// "paused" is written only while the session is paused, and "decision" only once deciding began, so
/// older boards keep their bytes and hashes.
constexpr std::array<std::string_view, 14> kBoardKeys = {
    "format", "title",  "seatCount", "votesPerSeat", "phase", "zCounter", "nextId",
    "cards",  "photos", "strokes",   "clusters",     "votes", "paused",   "decision"};
constexpr std::size_t kRequiredBoardKeys = 12;
constexpr std::array<std::string_view, 4> kPhaseKeys = {"index", "name", "tools", "durationS"};
constexpr std::array<std::string_view, 4> kPoseKeys = {"x", "y", "rotation", "scale"};
constexpr std::array<std::string_view, 2> kSizeKeys = {"width", "height"};
/// "hidden" is written only for a card the facilitator hid.
constexpr std::array<std::string_view, 9> kCardKeys = {"id",   "pose", "size",    "text",  "category",
                                                       "seat", "z",    "deleted", "hidden"};
constexpr std::size_t kRequiredCardKeys = 8;
constexpr std::array<std::string_view, 6> kPhotoKeys = {"id", "assetHash", "pose", "size", "z", "deleted"};
constexpr std::array<std::string_view, 8> kStrokeKeys = {"id",    "parent", "seat",   "colour",
                                                         "width", "ended",  "erased", "pointsHundredthsMm"};
constexpr std::array<std::string_view, 4> kClusterKeys = {"id", "name", "cards", "dissolved"};
constexpr std::array<std::string_view, 4> kVoteKeys = {"id", "seat", "target", "withdrawn"};
constexpr std::array<std::string_view, 8> kDecisionKeys = {"envelopeCents", "coinsPerSeat",  "coinValueCents",
                                                           "criteria",      "seatsSetCosts", "costs",
                                                           "coins",         "ratings"};
constexpr std::array<std::string_view, 2> kCostKeys = {"item", "cents"};
constexpr std::array<std::string_view, 4> kRatingKeys = {"item", "seat", "criterion", "value"};

/// Largest stroke coordinate in hundredths of a millimetre.
constexpr std::int64_t kMaxHundredths = static_cast<std::int64_t>(kMaxCoordinateMm * kMmSteps);

class BoardDecoder {
public:
    explicit BoardDecoder(std::string_view json) : m_reader(json) {}

    std::optional<Board> decode(std::string* error) {
        if (readBoard() && m_reader.finish() && checkReferences()) {
            return std::move(m_board);
        }
        if (error != nullptr) {
            *error = "the board snapshot cannot be read: " + m_reader.error();
        }
        return std::nullopt;
    }

private:
    bool fail(std::string message) {
        m_reader.fail(message);
        return false;
    }

    bool check(const detail::Problem& problem, std::string_view where) {
        return !problem || fail(std::string(where) + ": " + *problem);
    }

    template <std::size_t N>
    bool complete(const KeySet<N>& keys, std::string_view record) {
        if (m_reader.failed()) {
            return false;
        }
        const std::string_view lacking = keys.firstMissing();
        return lacking.empty() || fail(std::string(record) + " has no \"" + std::string(lacking) + "\"");
    }

    bool readInt(int& value, int least, int most, std::string_view name) {
        std::int64_t number = 0;
        if (!m_reader.readInt64(number)) {
            return false;
        }
        if (number < least || number > most) {
            return fail(std::string(name) + " = " + std::to_string(number) + " is outside " +
                        std::to_string(least) + ".." + std::to_string(most));
        }
        value = static_cast<int>(number);
        return true;
    }

    /// Reads one JSON object: handle(index) reads the value of each known key (listed in `names`), other
    /// keys are skipped; then checks that every known key was there.
    template <std::size_t N, typename Handle>
    bool readRecord(const std::array<std::string_view, N>& names, std::string_view record, Handle handle,
                    std::size_t required = N) {
        KeySet<N> keys(names, required);
        if (!m_reader.beginObject()) {
            return false;
        }
        while (m_reader.nextKey(m_key)) {
            const int index = keys.mark(m_key);
            if (!(index < 0 ? m_reader.skipValue() : handle(index))) {
                return false;
            }
        }
        return complete(keys, record);
    }

    bool readId(ItemId& id) {
        if (!m_reader.readUint64(id)) {
            return false;
        }
        if (id == kNoItem || id > kMaxItemId) {
            return fail("id " + std::to_string(id) + " is outside 1..2^53-1");
        }
        return true;
    }

    bool readBoard();
    bool readPhase();
    bool readTools(std::vector<std::string>& tools);
    bool readPose(Pose& pose);
    bool readSize(Size& size);
    bool readColour(std::uint32_t& colour);
    bool readWidth(double& width);
    bool readCard();
    bool readPhoto();
    bool readStroke();
    bool readPoints(std::vector<Vec2>& points);
    bool readCluster();
    bool readVote();
    bool readDecision();
    bool readCents(std::int64_t& cents, std::int64_t least, std::string_view name);
    bool readCost();
    bool readCoin();
    bool readRating();
    bool readIdList(std::vector<ItemId>& ids);
    bool checkReferences();

    template <typename Item>
    bool insert(std::map<ItemId, Item>& items, Item item) {
        const ItemId id = item.id;
        const std::string_view used = m_board.kindOf(id);
        if (!used.empty()) {
            return fail("id " + std::to_string(id) + " is used twice (a " + std::string(used) + " has it)");
        }
        items.emplace(id, std::move(item));
        return true;
    }

    template <typename ReadOne>
    bool readArray(ReadOne readOne) {
        if (!m_reader.beginArray()) {
            return false;
        }
        while (m_reader.nextElement()) {
            if (!(this->*readOne)()) {
                return false;
            }
        }
        return !m_reader.failed();
    }

    JsonReader m_reader;
    Board m_board;
    std::string m_key;
    std::vector<std::int64_t> m_numbers; ///< reused for every stroke's points
};

bool BoardDecoder::readBoard() {
    Board& board = m_board;
    return readRecord(
        kBoardKeys, "the board",
        [this, &board](int key) {
            switch (key) {
            case 0: {
                int format = 0;
                return readInt(format, 0, 1000000, "format") &&
                       (format == kBoardFormat ||
                        fail("the snapshot has format " + std::to_string(format) +
                             "; this version reads format " + std::to_string(kBoardFormat)));
            }
            case 1:
                return m_reader.readString(board.title) &&
                       check(textProblem(board.title, kMaxNameBytes, "the title"), "the board");
            case 2:
                return readInt(board.seatCount, 0, kMaxSeats, "seatCount") &&
                       (board.seatCount != 1 || fail("a table has 2 to 8 seats, not 1"));
            case 3:
                return readInt(board.votesPerSeat, 0, kMaxVotesPerSeat, "votesPerSeat");
            case 4:
                return readPhase();
            case 5:
                return m_reader.readUint64(board.zCounter);
            case 6:
                return m_reader.readUint64(board.nextId);
            case 7:
                return readArray(&BoardDecoder::readCard);
            case 8:
                return readArray(&BoardDecoder::readPhoto);
            case 9:
                return readArray(&BoardDecoder::readStroke);
            case 10:
                return readArray(&BoardDecoder::readCluster);
            case 11:
                return readArray(&BoardDecoder::readVote);
            case 12:
                return m_reader.readBool(board.paused);
            default:
                return readDecision();
            }
        },
        kRequiredBoardKeys);
}

bool BoardDecoder::readTools(std::vector<std::string>& tools) {
    tools.clear();
    if (!m_reader.beginArray()) {
        return false;
    }
    while (m_reader.nextElement()) {
        if (!m_reader.readString(tools.emplace_back())) {
            return false;
        }
    }
    return !m_reader.failed();
}

bool BoardDecoder::readPhase() {
    Phase& phase = m_board.phase;
    const bool read = readRecord(kPhaseKeys, "the phase", [this, &phase](int key) {
        switch (key) {
        case 0:
            return readInt(phase.index, -1, kMaxPhaseIndex, "phase.index");
        case 1:
            return m_reader.readString(phase.name);
        case 2:
            return readTools(phase.tools);
        default:
            return readInt(phase.durationS, 0, kMaxPhaseDurationS, "phase.durationS");
        }
    });
    if (!read) {
        return false;
    }
    if (phase.index < 0) {
        return (phase.name.empty() && phase.tools.empty() && phase.durationS == 0) ||
               fail("the phase has index -1 (none yet) but a name, tools or a duration");
    }
    return check(detail::phaseProblem(phase.index, phase.name, phase.tools, phase.durationS), "the phase");
}

bool BoardDecoder::readPose(Pose& pose) {
    const bool read = readRecord(kPoseKeys, "a pose", [this, &pose](int key) {
        switch (key) {
        case 0:
            return m_reader.readDouble(pose.centre.x);
        case 1:
            return m_reader.readDouble(pose.centre.y);
        case 2:
            return m_reader.readDouble(pose.rotation);
        default:
            return m_reader.readDouble(pose.scale);
        }
    });
    if (!read || !check(detail::poseProblem(pose), "a pose")) {
        return false;
    }
    pose = detail::quantised(pose);
    return true;
}

bool BoardDecoder::readSize(Size& size) {
    const bool read = readRecord(kSizeKeys, "a size", [this, &size](int key) {
        return m_reader.readDouble(key == 0 ? size.width : size.height);
    });
    if (!read || !check(detail::sizeProblem(size), "a size")) {
        return false;
    }
    size = detail::quantised(size);
    return true;
}

bool BoardDecoder::readColour(std::uint32_t& colour) {
    std::string text;
    if (!m_reader.readString(text)) {
        return false;
    }
    if (text.size() != 9 || text[0] != '#') {
        return fail("a colour must be written \"#rrggbbaa\"");
    }
    std::uint32_t value = 0;
    for (std::size_t i = 1; i < text.size(); ++i) {
        const char c = text[i];
        std::uint32_t digit = 0;
        if (c >= '0' && c <= '9') {
            digit = static_cast<std::uint32_t>(c - '0');
        } else if (c >= 'a' && c <= 'f') {
            digit = static_cast<std::uint32_t>(c - 'a' + 10);
        } else {
            return fail("a colour must be written \"#rrggbbaa\" in lowercase hex");
        }
        value = value * 16 + digit;
    }
    colour = value;
    return true;
}

bool BoardDecoder::readWidth(double& width) {
    if (!m_reader.readDouble(width)) {
        return false;
    }
    width = quantiseMm(width);
    return (width >= kMinStrokeWidthMm && width <= kMaxStrokeWidthMm) ||
           fail("a stroke's width is outside 1..20 mm");
}

bool BoardDecoder::readCard() {
    Card card;
    const bool read = readRecord(
        kCardKeys, "a card",
        [this, &card](int key) {
            switch (key) {
            case 0:
                return readId(card.id);
            case 1:
                return readPose(card.pose);
            case 2:
                return readSize(card.size);
            case 3:
                return m_reader.readString(card.text) &&
                       check(textProblem(card.text, kMaxCardTextBytes, "the text"), "a card");
            case 4:
                return readInt(card.category, kNoCategory, kMaxCategory, "a card's category");
            case 5:
                return readInt(card.seat, 0, kMaxSeats, "a card's seat");
            case 6:
                return m_reader.readUint64(card.z);
            case 7:
                return m_reader.readBool(card.deleted);
            default:
                return m_reader.readBool(card.hidden);
            }
        },
        kRequiredCardKeys);
    return read && insert(m_board.cards, std::move(card));
}

bool BoardDecoder::readPhoto() {
    Photo photo;
    const bool read = readRecord(kPhotoKeys, "a photo", [this, &photo](int key) {
        switch (key) {
        case 0:
            return readId(photo.id);
        case 1:
            return m_reader.readString(photo.assetHash) &&
                   ((photo.assetHash.size() == 64 &&
                     photo.assetHash.find_first_not_of("0123456789abcdef") == std::string::npos) ||
                    fail("a photo's asset hash must be 64 lowercase hex digits"));
        case 2:
            return readPose(photo.pose);
        case 3:
            return readSize(photo.size);
        case 4:
            return m_reader.readUint64(photo.z);
        default:
            return m_reader.readBool(photo.deleted);
        }
    });
    return read && insert(m_board.photos, std::move(photo));
}

bool BoardDecoder::readPoints(std::vector<Vec2>& points) {
    m_numbers.clear();
    if (!m_reader.readInt64Array(m_numbers, 2 * kMaxPointsPerStroke)) {
        return false;
    }
    if (m_numbers.size() % 2 != 0) {
        return fail("a stroke's points must come in x, y pairs");
    }
    points.clear();
    points.reserve(m_numbers.size() / 2);
    for (std::size_t i = 0; i < m_numbers.size(); i += 2) {
        const std::int64_t x = m_numbers[i];
        const std::int64_t y = m_numbers[i + 1];
        if (x < -kMaxHundredths || x > kMaxHundredths || y < -kMaxHundredths || y > kMaxHundredths) {
            return fail("a stroke point lies farther than 100 m");
        }
        points.push_back(Vec2{static_cast<double>(x) / kMmSteps, static_cast<double>(y) / kMmSteps});
    }
    return true;
}

bool BoardDecoder::readStroke() {
    Stroke stroke;
    const bool read = readRecord(kStrokeKeys, "a stroke", [this, &stroke](int key) {
        switch (key) {
        case 0:
            return readId(stroke.id);
        case 1:
            return m_reader.readUint64(stroke.parent);
        case 2:
            return readInt(stroke.seat, 1, kMaxSeats, "a stroke's seat");
        case 3:
            return readColour(stroke.colour);
        case 4:
            return readWidth(stroke.width);
        case 5:
            return m_reader.readBool(stroke.ended);
        case 6:
            return m_reader.readBool(stroke.erased);
        default:
            return readPoints(stroke.points);
        }
    });
    return read && insert(m_board.strokes, std::move(stroke));
}

bool BoardDecoder::readIdList(std::vector<ItemId>& ids) {
    ids.clear();
    if (!m_reader.beginArray()) {
        return false;
    }
    while (m_reader.nextElement()) {
        if (!readId(ids.emplace_back())) {
            return false;
        }
    }
    if (m_reader.failed()) {
        return false;
    }
    const auto notAscending =
        std::adjacent_find(ids.begin(), ids.end(), [](ItemId a, ItemId b) { return a >= b; });
    return notAscending == ids.end() ||
           fail("a cluster's cards must be listed once each, in ascending order");
}

bool BoardDecoder::readCluster() {
    Cluster cluster;
    const bool read = readRecord(kClusterKeys, "a cluster", [this, &cluster](int key) {
        switch (key) {
        case 0:
            return readId(cluster.id);
        case 1:
            return m_reader.readString(cluster.name) &&
                   check(textProblem(cluster.name, kMaxNameBytes, "the name"), "a cluster");
        case 2:
            return readIdList(cluster.cards);
        default:
            return m_reader.readBool(cluster.dissolved);
        }
    });
    return read && insert(m_board.clusters, std::move(cluster));
}

bool BoardDecoder::readVote() {
    Vote vote;
    const bool read = readRecord(kVoteKeys, "a vote", [this, &vote](int key) {
        switch (key) {
        case 0:
            return readId(vote.id);
        case 1:
            return readInt(vote.seat, 1, kMaxSeats, "a vote's seat");
        case 2:
            return m_reader.readUint64(vote.target);
        default:
            return m_reader.readBool(vote.withdrawn);
        }
    });
    return read && insert(m_board.votes, std::move(vote));
}

bool BoardDecoder::readCents(std::int64_t& cents, std::int64_t least, std::string_view name) {
    if (!m_reader.readInt64(cents)) {
        return false;
    }
    return (cents >= least && cents <= kMaxCents) ||
           fail(std::string(name) + " = " + std::to_string(cents) + " is outside " + std::to_string(least) +
                "..10^13 cents");
}

bool BoardDecoder::readDecision() {
    DecisionSetup& setup = m_board.decision;
    return readRecord(kDecisionKeys, "the decision", [this, &setup](int key) {
        switch (key) {
        case 0:
            return readCents(setup.envelopeCents, 0, "envelopeCents");
        case 1:
            return readInt(setup.coinsPerSeat, 0, kMaxCoinsPerSeat, "coinsPerSeat");
        case 2:
            return readCents(setup.coinValueCents, 0, "coinValueCents");
        case 3:
            return readTools(setup.criteria) &&
                   (setup.criteria.size() <= static_cast<std::size_t>(kMaxCriteria) ||
                    fail("the decision has more than 7 criteria"));
        case 4:
            return m_reader.readBool(setup.seatsSetCosts);
        case 5:
            return readArray(&BoardDecoder::readCost);
        case 6:
            return readArray(&BoardDecoder::readCoin);
        default:
            return readArray(&BoardDecoder::readRating);
        }
    });
}

bool BoardDecoder::readCost() {
    ItemId item = kNoItem;
    std::int64_t cents = 0;
    const bool read = readRecord(kCostKeys, "a cost", [this, &item, &cents](int key) {
        return key == 0 ? readId(item) : readCents(cents, 1, "a cost");
    });
    return read && (m_board.costs.emplace(item, cents).second || fail("two costs name the same item"));
}

bool BoardDecoder::readCoin() {
    Coin coin;
    const bool read = readRecord(kVoteKeys, "a coin", [this, &coin](int key) {
        switch (key) {
        case 0:
            return readId(coin.id);
        case 1:
            return readInt(coin.seat, 1, kMaxSeats, "a coin's seat");
        case 2:
            return m_reader.readUint64(coin.target);
        default:
            return m_reader.readBool(coin.withdrawn);
        }
    });
    return read && insert(m_board.coins, std::move(coin));
}

bool BoardDecoder::readRating() {
    RatingKey rating;
    int value = 0;
    const bool read = readRecord(kRatingKeys, "a rating", [this, &rating, &value](int key) {
        switch (key) {
        case 0:
            return readId(rating.item);
        case 1:
            return readInt(rating.seat, 1, kMaxSeats, "a rating's seat");
        case 2:
            return readInt(rating.criterion, 0, kMaxCriteria - 1, "a rating's criterion");
        default:
            return readInt(value, 1, kMaxRating, "a rating");
        }
    });
    return read && (m_board.ratings.emplace(rating, value).second || fail("two ratings have the same key"));
}

bool BoardDecoder::checkReferences() {
    const std::optional<std::string> problem = boardConsistencyProblem(m_board);
    return !problem || fail(*problem);
}

} // namespace

std::optional<Board> boardFromJson(std::string_view json, std::string* error) {
    try {
        return BoardDecoder(json).decode(error);
    } catch (const std::exception& problem) { // only std::bad_alloc can get here
        if (error != nullptr) {
            *error = std::string("the board snapshot cannot be read: ") + problem.what();
        }
        return std::nullopt;
    }
}

} // namespace atelier::core

// Reading compact boards and deltas: every length bounded by the bytes left, every field checked as apply
// would, then the whole board checked once (BoardCheck).
#include "core/ApplyRules.hpp"
#include "core/BoardCheck.hpp"
#include "core/CompactBoard.hpp"
#include "core/CompactBoardFormat.hpp"
#include "core/Limits.hpp"
#include "core/Quantise.hpp"
#include "core/Utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace atelier::core {
namespace {

/// Largest stroke coordinate in hundredths of a millimetre.
constexpr std::int64_t kMaxHundredths = static_cast<std::int64_t>(kMaxCoordinateMm * kMmSteps);

/// Reads one blob; the first problem is kept as a sentence and every later read fails.
class CompactReader {
public:
    explicit CompactReader(std::string_view bytes) : m_bytes(bytes) {}

    bool failed() const noexcept { return !m_error.empty(); }
    const std::string& error() const noexcept { return m_error; }
    bool atEnd() const noexcept { return m_at == m_bytes.size(); }
    std::size_t left() const noexcept { return m_bytes.size() - m_at; }

    bool fail(std::string_view what) {
        if (m_error.empty()) {
            m_error = std::string(what) + " (byte " + std::to_string(m_at) + " of " +
                      std::to_string(m_bytes.size()) + ")";
        }
        return false;
    }

    bool unsignedNumber(std::uint64_t& value) {
        value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_at >= m_bytes.size()) {
                return fail("the bytes end in the middle of a number");
            }
            const auto byte = static_cast<std::uint8_t>(m_bytes[m_at++]);
            if (shift == 63 && byte > 1) {
                return fail("a number is larger than 64 bits");
            }
            value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
            if ((byte & 0x80) == 0) {
                return true;
            }
        }
        return fail("a number is larger than 64 bits");
    }

    bool signedNumber(std::int64_t& value) {
        std::uint64_t raw = 0;
        if (!unsignedNumber(raw)) {
            return false;
        }
        value = static_cast<std::int64_t>(raw >> 1) ^ -static_cast<std::int64_t>(raw & 1);
        return true;
    }

    /// A signed number that must lie within least..most.
    bool bounded(std::int64_t& value, std::int64_t least, std::int64_t most, std::string_view name) {
        if (!signedNumber(value)) {
            return false;
        }
        return (value >= least && value <= most) ||
               fail(std::string(name) + " = " + std::to_string(value) + " is outside " +
                    std::to_string(least) + ".." + std::to_string(most));
    }

    bool integer(int& value, int least, int most, std::string_view name) {
        std::int64_t read = 0;
        if (!bounded(read, least, most, name)) {
            return false;
        }
        value = static_cast<int>(read);
        return true;
    }

    /// A count of things that take at least `bytesEach` bytes each, so a hostile count cannot ask for
    /// more memory than the blob could fill.
    bool count(std::size_t& value, std::size_t bytesEach, std::size_t most, std::string_view what) {
        std::uint64_t read = 0;
        if (!unsignedNumber(read)) {
            return false;
        }
        if (read > most || read > left() / bytesEach) {
            return fail(std::string(what) + " count " + std::to_string(read) +
                        " is more than the blob holds");
        }
        value = static_cast<std::size_t>(read);
        return true;
    }

    bool text(std::string& value, std::size_t most, std::string_view what) {
        std::size_t length = 0;
        if (!count(length, 1, most, what)) {
            return false;
        }
        value.assign(m_bytes.substr(m_at, length));
        m_at += length;
        return true;
    }

    bool byte(unsigned& value) {
        if (m_at >= m_bytes.size()) {
            return fail("the bytes end early");
        }
        value = static_cast<std::uint8_t>(m_bytes[m_at++]);
        return true;
    }

private:
    std::string_view m_bytes;
    std::size_t m_at = 0;
    std::string m_error;
};

/// Reads the blobs of a chain into one board.
class CompactBoardReader {
public:
    bool read(std::string_view blob, bool first) {
        CompactReader reader(blob);
        m_in = &reader;
        const bool read = readHeader(first) && readSection(m_board.cards) && readSection(m_board.photos) &&
                          readSection(m_board.strokes) && readSection(m_board.clusters) &&
                          readSection(m_board.votes) && (first || readGone()) &&
                          (reader.atEnd() || readDecision()) &&
                          (reader.atEnd() || reader.fail("bytes follow the end of the board"));
        if (!read) {
            m_error = reader.error();
        }
        m_in = nullptr;
        return read;
    }

    std::optional<Board> finish(std::string* error) {
        if (std::optional<std::string> problem = boardConsistencyProblem(m_board)) {
            m_error = *problem;
        } else {
            return std::move(m_board);
        }
        if (error != nullptr) {
            *error = "the compact board snapshot cannot be read: " + m_error;
        }
        return std::nullopt;
    }

    const std::string& error() const noexcept { return m_error; }

private:
    bool fail(std::string_view what) { return m_in->fail(what); }
    bool check(const detail::Problem& problem, std::string_view where) {
        return !problem || fail(std::string(where) + ": " + *problem);
    }

    bool readHeader(bool first);
    bool readPhase();
    bool readFlags(unsigned& flags, unsigned allowed);
    bool readPose(Pose& pose);
    bool readSize(Size& size);
    bool readItem(Card& card);
    bool readItem(Photo& photo);
    bool readItem(Stroke& stroke);
    bool readPoints(std::vector<Vec2>& points);
    bool readItem(Cluster& cluster);
    bool readItem(Vote& vote);
    bool readGone();
    bool readDecision();
    bool readDecisionSetup(DecisionSetup& setup);

    template <typename Item>
    bool readSection(std::map<ItemId, Item>& items) {
        std::size_t count = 0;
        if (!m_in->count(count, 3, std::numeric_limits<std::size_t>::max(), "an item")) {
            return false;
        }
        ItemId id = kNoItem;
        for (std::size_t i = 0; i < count; ++i) {
            std::uint64_t step = 0;
            if (!m_in->unsignedNumber(step)) {
                return false;
            }
            if (step == 0 || step > kMaxItemId - id) {
                return fail("item ids must ascend within 1..2^53-1");
            }
            id += step;
            Item item;
            item.id = id;
            if (!readItem(item)) {
                return false;
            }
            if (const auto same = items.find(id); same != items.end()) {
                same->second = std::move(item); // a delta replaces the item it changed
                continue;
            }
            if (const std::string_view used = m_board.kindOf(id); !used.empty()) {
                return fail("id " + std::to_string(id) + " is used twice (a " + std::string(used) +
                            " has it)");
            }
            items.emplace_hint(items.end(), id, std::move(item));
        }
        return true;
    }

    CompactReader* m_in = nullptr;
    Board m_board;
    std::string m_error;
};

bool CompactBoardReader::readHeader(bool first) {
    unsigned magic[3] = {};
    unsigned version = 0;
    unsigned kind = 0;
    if (m_in->left() < 5) {
        return fail("it is too short to be a compact board");
    }
    if (!m_in->byte(magic[0]) || !m_in->byte(magic[1]) || !m_in->byte(magic[2]) || !m_in->byte(version) ||
        !m_in->byte(kind)) {
        return fail("it is too short to be a compact board");
    }
    for (std::size_t i = 0; i < 3; ++i) {
        if (magic[i] != static_cast<unsigned char>(detail::kCompactMagic[i])) {
            return fail("it is not a compact board (no \"ATB\" at its start)");
        }
    }
    if (version != kCompactBoardVersion) {
        return fail("it has compact version " + std::to_string(version) + "; this version reads " +
                    std::to_string(kCompactBoardVersion));
    }
    const unsigned expected =
        static_cast<unsigned char>(first ? detail::kCompactWhole : detail::kCompactDelta);
    if (kind != expected) {
        return fail(first ? "a delta came where a whole board was needed"
                          : "a whole board came where a delta was needed");
    }
    Board& board = m_board;
    unsigned flags = 0;
    const bool read = m_in->text(board.title, kMaxNameBytes, "the title") &&
                      check(textProblem(board.title, kMaxNameBytes, "the title"), "the board") &&
                      m_in->integer(board.seatCount, 0, kMaxSeats, "seatCount") &&
                      (board.seatCount != 1 || fail("a table has 2 to 8 seats, not 1")) &&
                      m_in->integer(board.votesPerSeat, 0, kMaxVotesPerSeat, "votesPerSeat") && readPhase() &&
                      readFlags(flags, detail::kFlagPaused);
    board.paused = flags != 0;
    return read && m_in->unsignedNumber(board.zCounter) && m_in->unsignedNumber(board.nextId);
}

bool CompactBoardReader::readPhase() {
    Phase& phase = m_board.phase;
    std::size_t tools = 0;
    if (!m_in->integer(phase.index, -1, kMaxPhaseIndex, "phase.index") ||
        !m_in->text(phase.name, kMaxNameBytes, "the phase name") ||
        !m_in->count(tools, 1, kMaxPhaseTools, "the phase's tool")) {
        return false;
    }
    phase.tools.assign(tools, std::string());
    for (std::string& tool : phase.tools) {
        if (!m_in->text(tool, kMaxToolNameBytes, "a tool name")) {
            return false;
        }
    }
    if (!m_in->integer(phase.durationS, 0, kMaxPhaseDurationS, "phase.durationS")) {
        return false;
    }
    if (phase.index < 0) {
        return (phase.name.empty() && phase.tools.empty() && phase.durationS == 0) ||
               fail("the phase has index -1 (none yet) but a name, tools or a duration");
    }
    return check(detail::phaseProblem(phase.index, phase.name, phase.tools, phase.durationS), "the phase");
}

bool CompactBoardReader::readFlags(unsigned& flags, unsigned allowed) {
    return m_in->byte(flags) && ((flags & ~allowed) == 0 || fail("a flags byte has unknown bits"));
}

bool CompactBoardReader::readPose(Pose& pose) {
    std::int64_t x = 0;
    std::int64_t y = 0;
    std::int64_t rotation = 0;
    std::int64_t scale = 0;
    const std::int64_t most = std::numeric_limits<std::int32_t>::max();
    if (!m_in->bounded(x, -most, most, "pose.x") || !m_in->bounded(y, -most, most, "pose.y") ||
        !m_in->bounded(rotation, -most, most, "pose.rotation") ||
        !m_in->bounded(scale, -most, most, "pose.scale")) {
        return false;
    }
    pose = Pose{{static_cast<double>(x) / kMmSteps, static_cast<double>(y) / kMmSteps},
                static_cast<double>(rotation) / kAngleSteps,
                static_cast<double>(scale) / kScaleSteps};
    if (!check(detail::poseProblem(pose), "a pose")) {
        return false;
    }
    pose = detail::quantised(pose);
    return true;
}

bool CompactBoardReader::readSize(Size& size) {
    std::int64_t width = 0;
    std::int64_t height = 0;
    const std::int64_t most = std::numeric_limits<std::int32_t>::max();
    if (!m_in->bounded(width, -most, most, "size.width") ||
        !m_in->bounded(height, -most, most, "size.height")) {
        return false;
    }
    size = Size{static_cast<double>(width) / kMmSteps, static_cast<double>(height) / kMmSteps};
    if (!check(detail::sizeProblem(size), "a size")) {
        return false;
    }
    size = detail::quantised(size);
    return true;
}

bool CompactBoardReader::readItem(Card& card) {
    unsigned flags = 0;
    const bool read = readPose(card.pose) && readSize(card.size) &&
                      m_in->text(card.text, kMaxCardTextBytes, "a card's text") &&
                      check(textProblem(card.text, kMaxCardTextBytes, "the text"), "a card") &&
                      m_in->integer(card.category, kNoCategory, kMaxCategory, "a card's category") &&
                      m_in->integer(card.seat, 0, kMaxSeats, "a card's seat") &&
                      m_in->unsignedNumber(card.z) &&
                      readFlags(flags, detail::kFlagGone | detail::kFlagHidden);
    card.deleted = (flags & detail::kFlagGone) != 0;
    card.hidden = (flags & detail::kFlagHidden) != 0;
    return read;
}

bool CompactBoardReader::readItem(Photo& photo) {
    unsigned flags = 0;
    const bool read = m_in->text(photo.assetHash, 64, "a photo's asset hash") &&
                      ((photo.assetHash.size() == 64 &&
                        photo.assetHash.find_first_not_of("0123456789abcdef") == std::string::npos) ||
                       fail("a photo's asset hash must be 64 lowercase hex digits")) &&
                      readPose(photo.pose) && readSize(photo.size) && m_in->unsignedNumber(photo.z) &&
                      readFlags(flags, detail::kFlagGone);
    photo.deleted = flags != 0;
    return read;
}

bool CompactBoardReader::readPoints(std::vector<Vec2>& points) {
    std::size_t count = 0;
    if (!m_in->count(count, 2, kMaxPointsPerStroke, "a stroke's point")) {
        return false;
    }
    points.resize(count);
    std::int64_t x = 0;
    std::int64_t y = 0;
    for (Vec2& point : points) {
        std::int64_t dx = 0;
        std::int64_t dy = 0;
        if (!m_in->bounded(dx, -2 * kMaxHundredths, 2 * kMaxHundredths, "a point's step") ||
            !m_in->bounded(dy, -2 * kMaxHundredths, 2 * kMaxHundredths, "a point's step")) {
            return false;
        }
        x += dx;
        y += dy;
        if (x < -kMaxHundredths || x > kMaxHundredths || y < -kMaxHundredths || y > kMaxHundredths) {
            return fail("a stroke point lies farther than 100 m");
        }
        point = Vec2{static_cast<double>(x) / kMmSteps, static_cast<double>(y) / kMmSteps};
    }
    return true;
}

bool CompactBoardReader::readItem(Stroke& stroke) {
    std::uint64_t colour = 0;
    std::int64_t width = 0;
    unsigned flags = 0;
    const bool read = m_in->unsignedNumber(stroke.parent) &&
                      m_in->integer(stroke.seat, 1, kMaxSeats, "a stroke's seat") &&
                      m_in->unsignedNumber(colour) &&
                      (colour <= std::numeric_limits<std::uint32_t>::max() ||
                       fail("a stroke's colour is not 0xRRGGBBAA")) &&
                      m_in->bounded(width, static_cast<std::int64_t>(kMinStrokeWidthMm * kMmSteps),
                                    static_cast<std::int64_t>(kMaxStrokeWidthMm * kMmSteps),
                                    "a stroke's width (1/100 mm)") &&
                      readFlags(flags, detail::kFlagGone | detail::kFlagEnded) && readPoints(stroke.points);
    stroke.colour = static_cast<std::uint32_t>(colour);
    stroke.width = static_cast<double>(width) / kMmSteps;
    stroke.erased = (flags & detail::kFlagGone) != 0;
    stroke.ended = (flags & detail::kFlagEnded) != 0;
    return read;
}

bool CompactBoardReader::readItem(Cluster& cluster) {
    std::size_t count = 0;
    if (!m_in->text(cluster.name, kMaxNameBytes, "a cluster's name") ||
        !check(textProblem(cluster.name, kMaxNameBytes, "the name"), "a cluster") ||
        !m_in->count(count, 1, std::numeric_limits<std::size_t>::max(), "a cluster's card")) {
        return false;
    }
    cluster.cards.resize(count);
    ItemId card = kNoItem;
    for (ItemId& member : cluster.cards) {
        std::uint64_t step = 0;
        if (!m_in->unsignedNumber(step)) {
            return false;
        }
        if (step == 0 || step > kMaxItemId - card) {
            return fail("a cluster's cards must be listed once each, in ascending order");
        }
        card += step;
        member = card;
    }
    unsigned flags = 0;
    const bool read = readFlags(flags, detail::kFlagGone);
    cluster.dissolved = flags != 0;
    return read;
}

bool CompactBoardReader::readItem(Vote& vote) {
    unsigned flags = 0;
    const bool read = m_in->integer(vote.seat, 1, kMaxSeats, "a vote's seat") &&
                      m_in->unsignedNumber(vote.target) && readFlags(flags, detail::kFlagGone);
    vote.withdrawn = flags != 0;
    return read;
}

bool CompactBoardReader::readGone() {
    std::size_t count = 0;
    if (!m_in->count(count, 1, std::numeric_limits<std::size_t>::max(), "a removed id")) {
        return false;
    }
    for (std::size_t i = 0; i < count; ++i) {
        std::uint64_t id = 0;
        if (!m_in->unsignedNumber(id)) {
            return false;
        }
        const std::size_t erased = m_board.cards.erase(id) + m_board.photos.erase(id) +
                                   m_board.strokes.erase(id) + m_board.clusters.erase(id) +
                                   m_board.votes.erase(id);
        if (erased == 0) {
            return fail("a delta removes id " + std::to_string(id) + ", which the board does not hold");
        }
    }
    return true;
}

bool CompactBoardReader::readDecisionSetup(DecisionSetup& setup) {
    std::size_t criteria = 0;
    unsigned flags = 0;
    if (!m_in->bounded(setup.envelopeCents, 0, kMaxCents, "the envelope") ||
        !m_in->integer(setup.coinsPerSeat, 0, kMaxCoinsPerSeat, "coinsPerSeat") ||
        !m_in->bounded(setup.coinValueCents, 0, kMaxCents, "a coin's value") ||
        !m_in->count(criteria, 1, kMaxCriteria, "the criterion")) {
        return false;
    }
    setup.criteria.assign(criteria, std::string());
    for (std::string& name : setup.criteria) {
        if (!m_in->text(name, kMaxNameBytes, "a criterion name") ||
            !check(textProblem(name, kMaxNameBytes, "a criterion name"), "the set-up")) {
            return false;
        }
    }
    if (!readFlags(flags, 1U)) {
        return false;
    }
    setup.seatsSetCosts = flags != 0;
    return true;
}

/// The optional deciding block: set-up, costs, coins and ratings, whole (it replaces a base's).
bool CompactBoardReader::readDecision() {
    Board& board = m_board;
    board.costs.clear();
    board.coins.clear();
    board.ratings.clear();
    std::size_t count = 0;
    unsigned tag = 0;
    if (!m_in->byte(tag) || tag != static_cast<unsigned char>(detail::kCompactDecision)) {
        return fail("bytes follow the end of the board");
    }
    if (!readDecisionSetup(board.decision) || !m_in->count(count, 2, kMaxItemId, "a cost")) {
        return false;
    }
    ItemId item = kNoItem;
    for (std::size_t i = 0; i < count; ++i) {
        std::uint64_t step = 0;
        std::int64_t cents = 0;
        if (!m_in->unsignedNumber(step) || step == 0 || step > kMaxItemId - item ||
            !m_in->bounded(cents, 1, kMaxCents, "a cost")) {
            return fail("costs must name ascending items, each with 1 to 10^13 cents");
        }
        item += step;
        board.costs.emplace_hint(board.costs.end(), item, cents);
    }
    if (!m_in->count(count, 4, kMaxItemId, "a coin")) {
        return false;
    }
    ItemId id = kNoItem;
    for (std::size_t i = 0; i < count; ++i) {
        std::uint64_t step = 0;
        Coin coin;
        unsigned flags = 0;
        if (!m_in->unsignedNumber(step) || step == 0 || step > kMaxItemId - id) {
            return fail("coin ids must ascend within 1..2^53-1");
        }
        id += step;
        coin.id = id;
        if (!m_in->integer(coin.seat, 1, kMaxSeats, "a coin's seat") || !m_in->unsignedNumber(coin.target) ||
            !readFlags(flags, detail::kFlagGone)) {
            return false;
        }
        coin.withdrawn = flags != 0;
        if (const std::string_view used = board.kindOf(id); !used.empty()) {
            return fail("id " + std::to_string(id) + " is used twice (a " + std::string(used) + " has it)");
        }
        board.coins.emplace_hint(board.coins.end(), id, coin);
    }
    if (!m_in->count(count, 4, kMaxItemId, "a rating")) {
        return false;
    }
    for (std::size_t i = 0; i < count; ++i) {
        RatingKey key;
        int value = 0;
        if (!m_in->unsignedNumber(key.item) || !m_in->integer(key.seat, 1, kMaxSeats, "a rating's seat") ||
            !m_in->integer(key.criterion, 0, kMaxCriteria - 1, "a rating's criterion") ||
            !m_in->integer(value, 1, kMaxRating, "a rating")) {
            return false;
        }
        if (!board.ratings.emplace(key, value).second) {
            return fail("a seat rated the same item on the same criterion twice");
        }
    }
    return true;
}

} // namespace

std::optional<Board> boardFromCompact(std::span<const std::string_view> chain, std::string* error) {
    try {
        if (chain.empty()) {
            if (error != nullptr) {
                *error = "the compact board snapshot cannot be read: there are no bytes";
            }
            return std::nullopt;
        }
        CompactBoardReader reader;
        for (std::size_t i = 0; i < chain.size(); ++i) {
            if (!reader.read(chain[i], i == 0)) {
                if (error != nullptr) {
                    *error = "the compact board snapshot cannot be read: " +
                             (chain.size() > 1 ? "blob " + std::to_string(i + 1) + " of " +
                                                     std::to_string(chain.size()) + ": "
                                               : std::string()) +
                             reader.error();
                }
                return std::nullopt;
            }
        }
        return reader.finish(error);
    } catch (const std::exception& problem) { // only std::bad_alloc can get here
        if (error != nullptr) {
            *error = std::string("the compact board snapshot cannot be read: ") + problem.what();
        }
        return std::nullopt;
    }
}

} // namespace atelier::core

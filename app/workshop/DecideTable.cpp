// Coins dragged to proposals and back, costs typed on a seat's pad, ratings given on its control.
#include "workshop/DecideTable.hpp"

#include "core/Criteria.hpp"
#include "core/Funding.hpp"
#include "core/VotePlacement.hpp"
#include "workshop/CardText.hpp"
#include "workshop/Clustering.hpp"
#include "workshop/DecidePlaces.hpp"
#include "workshop/Dimensions.hpp"
#include "workshop/SeatFrame.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace atelier::workshop {
namespace {

/// A coin taken from a proposal goes back to its seat when let go this close to the seat's dock.
constexpr double kDockReachMm = 12;
/// Cents in a euro: the pad types whole euros, the board keeps cents.
constexpr std::int64_t kCentsPerEuro = 100;
/// The envelope's status: a dark band of three lines in the dock's row, to the person's left of the buttons
/// (narrow enough that a seat on a long edge keeps it clear of the banner in the middle of that edge).
constexpr core::Size kEnvelopeSize{128, 24};
/// Width of the dock's six buttons and their gaps (DockLayout's row).
constexpr double kButtonRowMm = 6 * dims::kDockButtonWidthMm + 5 * dims::kButtonGapMm;
/// Longest proposal title on a pad, a rating control or the envelope's status.
constexpr std::size_t kTitleCharacters = 34;
/// The decision's panel: the vote ranking's size; at most this many funded lines, then criteria lines.
constexpr std::size_t kDecisionFundedLines = 3;
constexpr std::size_t kDecisionLines = 6;
constexpr std::size_t kDecisionCharacters = 24;
/// Between the vote ranking and the decision standing inward of it.
constexpr double kDecisionGapMm = 6;

bool hasTool(const core::Board& board, std::string_view tool) {
    const std::vector<std::string>& tools = board.phase.tools;
    return board.phase.index >= 0 && !board.paused &&
           std::find(tools.begin(), tools.end(), tool) != tools.end();
}

double distance(core::Vec2 a, core::Vec2 b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

} // namespace

int coinsShownAtMost() {
    return dims::kMaxDotsShown;
}

std::string proposalTitle(const core::Board& board, core::ItemId item, std::size_t maxCharacters,
                          core::Language language) {
    std::string_view text;
    bool cluster = false;
    if (const core::Cluster* found = board.findCluster(item)) {
        text = found->name;
        cluster = true;
    } else if (const core::Card* card = board.findCard(item)) {
        text = card->text;
    }
    if (text.empty()) {
        return cluster ? "[" + std::string(core::text(language, core::TextId::ClusterUnnamed)) +
                             std::to_string(clusterNumber(board, item)) + "]"
                       : "…";
    }
    std::string_view kept = text;
    while (characterCount(kept) > maxCharacters) {
        kept = withoutLastCharacter(kept);
    }
    std::string title(kept);
    if (kept.size() < text.size()) {
        title += "…";
    }
    return cluster ? "[" + title + "]" : title;
}

DecideTable::DecideTable(const core::Board& board, const DockLayout& layout,
                         std::function<core::ItemId()> issueId)
    : m_board(board), m_layout(layout), m_issueId(std::move(issueId)) {
    for (const Seat& seat : layout.seats().seats()) {
        if (m_pads.size() < static_cast<std::size_t>(seat.number)) {
            m_pads.resize(static_cast<std::size_t>(seat.number), NumberPad(0, {}));
            m_ratings.resize(static_cast<std::size_t>(seat.number), RatingPanel(0, {}));
        }
        const std::size_t index = static_cast<std::size_t>(seat.number - 1);
        m_pads[index] = NumberPad(seat.number, layout.keyboardPose(seat.number));
        // The rating control's near edge lies where the keyboard's does, however many criteria it shows.
        const double nearY = -(dims::kEdgeMarginMm + dims::kButtonMm + dims::kDockToKeyboardMm);
        m_ratings[index] = RatingPanel(seat.number, placeForSeat(seat, core::Vec2{0, nearY}));
    }
}

bool DecideTable::budget() const {
    return hasTool(m_board, "budget");
}

bool DecideTable::criteria() const {
    return hasTool(m_board, "criteria") && !m_board.decision.criteria.empty();
}

int DecideTable::coinsGiven() const {
    return std::clamp(m_board.decision.coinsPerSeat, 0, coinsShownAtMost());
}

int DecideTable::coinsShown(int seat) const {
    if (!budget() || panelOpen(seat)) {
        return 0; // the coins lie where the pad opens: they come back once the cost is set
    }
    return std::clamp(core::coinsLeft(m_board, seat), 0, coinsGiven());
}

NumberPad* DecideTable::pad(int seat) {
    return seat >= 1 && static_cast<std::size_t>(seat) <= m_pads.size() && m_pads[seat - 1].seat() == seat
               ? &m_pads[static_cast<std::size_t>(seat - 1)]
               : nullptr;
}

RatingPanel* DecideTable::rating(int seat) {
    return seat >= 1 && static_cast<std::size_t>(seat) <= m_ratings.size() &&
                   m_ratings[seat - 1].seat() == seat
               ? &m_ratings[static_cast<std::size_t>(seat - 1)]
               : nullptr;
}

bool DecideTable::panelOpen(int seat) const {
    const auto index = static_cast<std::size_t>(seat - 1);
    return seat >= 1 && index < m_pads.size() && (m_pads[index].isOpen() || m_ratings[index].isOpen());
}

void DecideTable::emit(core::Event event) {
    m_events.push_back(std::move(event));
    ++m_version;
}

bool DecideTable::claim(const input::Contact& contact, int zone) {
    const std::optional<Claim> claimed = claimOf(contact, zone);
    if (!claimed) {
        return false;
    }
    m_claims.insert_or_assign(contact.key(), *claimed);
    ++m_version;
    return true;
}

std::optional<DecideTable::Claim> DecideTable::claimOf(const input::Contact& contact, int zone) {
    const core::Vec2 at = contact.posMm;
    for (NumberPad& open : m_pads) {
        if (open.press(contact)) {
            return Claim{Kind::Pad, open.seat(), open.item(), 0, at, at};
        }
    }
    for (RatingPanel& open : m_ratings) {
        if (open.press(contact)) {
            return Claim{Kind::Rating, open.seat(), open.item(), 0, at, at};
        }
    }
    if (budget()) {
        for (const Seat& seat : m_layout.seats().seats()) {
            for (int k = 1; k <= coinsShown(seat.number); ++k) {
                const DockPlace place = m_layout.dot(seat.number, k, coinsGiven());
                if (rectContains(place.pose, place.size, at)) {
                    return Claim{Kind::DockCoin, seat.number, core::kNoItem, k, at, at};
                }
            }
        }
        // Anyone may pick a coin up (people reach across the table); it goes home only to its own seat.
        if (const core::ItemId coin = coinAt(m_board, 0, at); coin != core::kNoItem) {
            return Claim{Kind::PlacedCoin, m_board.findCoin(coin)->seat, coin, 0, at, at};
        }
        if (const core::ItemId item = costTagAt(m_board, at); item != core::kNoItem) {
            return Claim{Kind::CostTag, zone, item, 0, at, at};
        }
    }
    if (criteria()) {
        for (const Seat& seat : m_layout.seats().seats()) {
            const DockPlace star = m_layout.dot(seat.number, 1, 1);
            if (!panelOpen(seat.number) && rectContains(star.pose, star.size, at)) {
                return Claim{Kind::RateButton, seat.number, core::kNoItem, 0, at, at};
            }
        }
        for (const core::ItemId item : proposals(m_board)) {
            const std::optional<ProposalFrame> frame = proposalFrame(m_board, item);
            const std::size_t count = m_board.decision.criteria.size();
            if (frame && rectContains(chartPose(*frame, count), chartSize(count), at)) {
                return Claim{Kind::Chart, zone, item, 0, at, at};
            }
        }
        if (const core::ItemId cluster = clusterLabelAt(m_board, at); cluster != core::kNoItem) {
            return Claim{Kind::Chart, zone, cluster, 0, at, at};
        }
    }
    return std::nullopt;
}

void DecideTable::follow(const input::Contact& contact) {
    const auto found = m_claims.find(contact.key());
    if (found == m_claims.end()) {
        return;
    }
    found->second.lastMm = contact.posMm;
    const Claim claim = found->second;
    const bool lifted = contact.phase == input::Phase::Up || contact.phase == input::Phase::Cancel;
    if (lifted) {
        m_claims.erase(found);
    }
    ++m_version; // a dragged coin follows the finger; a pressed key lights
    const bool tap =
        contact.phase == input::Phase::Up && distance(contact.posMm, claim.downMm) <= dims::kDragSlopMm;
    switch (claim.kind) {
    case Kind::Pad:
        followPad(claim, contact);
        return;
    case Kind::Rating:
        followRating(claim, contact);
        return;
    case Kind::DockCoin:
        if (contact.phase == input::Phase::Up) {
            place(claim, contact.posMm);
        }
        return;
    case Kind::PlacedCoin:
        if (contact.phase == input::Phase::Up) {
            takeBack(claim, contact.posMm);
        }
        return;
    case Kind::CostTag:
        if (tap) {
            openPad(claim.seat, claim.item);
        }
        return;
    case Kind::Chart:
        if (tap) {
            openRating(claim.seat, claim.item);
        }
        return;
    case Kind::RateButton:
        if (tap && !proposals(m_board).empty()) {
            openRating(claim.seat, proposals(m_board).front());
        }
        return;
    }
}

void DecideTable::followPad(const Claim& claim, const input::Contact& contact) {
    NumberPad* own = pad(claim.seat);
    if (own == nullptr) {
        return;
    }
    const PadOutcome outcome = own->follow(contact);
    if (outcome == PadOutcome::Confirmed && own->euros()) {
        const core::ItemId item = own->item();
        const std::int64_t cents = *own->euros() * kCentsPerEuro;
        own->close();
        if (budget() && m_board.decision.seatsSetCosts) {
            emit(core::CostSet{item, cents, claim.seat});
        }
    } else if (outcome == PadOutcome::Cancelled) {
        own->close();
    }
}

void DecideTable::followRating(const Claim& claim, const input::Contact& contact) {
    RatingPanel* own = rating(claim.seat);
    if (own == nullptr) {
        return;
    }
    bool closed = false;
    int step = 0;
    const std::optional<RatingChoice> choice = own->follow(contact, closed, step);
    if (closed) {
        own->close();
        return;
    }
    if (step != 0) { // ◀ ▶: the previous or next proposal, round the table's list
        const std::vector<core::ItemId> items = proposals(m_board);
        const auto at = std::find(items.begin(), items.end(), own->item());
        if (!items.empty()) {
            const auto count = static_cast<std::ptrdiff_t>(items.size());
            const std::ptrdiff_t index = at == items.end() ? 0 : (at - items.begin() + step + count) % count;
            own->open(items[static_cast<std::size_t>(index)], m_board.decision.criteria);
        }
        return;
    }
    if (choice && criteria()) {
        const std::vector<int> given = ratingsBy(claim.seat, own->item());
        const std::size_t c = static_cast<std::size_t>(choice->criterion);
        // A second tap on the lit step takes the rating back.
        const int value = c < given.size() && given[c] == choice->value ? 0 : choice->value;
        emit(core::RatingGiven{own->item(), choice->criterion, value, claim.seat});
    }
}

void DecideTable::place(const Claim& claim, core::Vec2 posMm) {
    if (!budget() || core::coinsLeft(m_board, claim.seat) <= 0) {
        return;
    }
    const core::ItemId target = proposalAt(m_board, posMm);
    if (target == core::kNoItem || core::costOf(m_board, target) <= 0 || core::isFunded(m_board, target)) {
        return; // only a costed proposal still short of its cost takes a coin; the coin goes home
    }
    emit(core::CoinPlaced{m_issueId(), target, claim.seat});
}

void DecideTable::takeBack(const Claim& claim, core::Vec2 posMm) {
    if (!budget()) {
        return;
    }
    bool home = false;
    for (int k = 1; k <= coinsGiven() && !home; ++k) {
        const DockPlace place = m_layout.dot(claim.seat, k, coinsGiven());
        home = rectContains(place.pose, place.size, posMm, kDockReachMm);
    }
    for (const DockPlace& place : m_layout.buttons(claim.seat)) {
        home = home || rectContains(place.pose, place.size, posMm, kDockReachMm);
    }
    if (home) {
        emit(core::CoinWithdrawn{claim.item, claim.seat});
    }
}

bool DecideTable::tapCard(core::ItemId card, int seat) {
    if (!criteria()) {
        return false;
    }
    const core::ItemId cluster = m_board.clusterOf(card);
    return openRating(seat, cluster != core::kNoItem ? cluster : card);
}

bool DecideTable::openPad(int seat, core::ItemId item) {
    NumberPad* own = pad(seat);
    if (own == nullptr || !budget() || !m_board.decision.seatsSetCosts || !proposalFrame(m_board, item)) {
        return false;
    }
    if (RatingPanel* other = rating(seat)) {
        other->close();
    }
    const std::int64_t cents = core::costOf(m_board, item);
    own->open(item, cents > 0 ? std::optional<std::int64_t>(cents / kCentsPerEuro) : std::nullopt);
    ++m_version;
    return true;
}

bool DecideTable::openRating(int seat, core::ItemId item) {
    RatingPanel* own = rating(seat);
    if (own == nullptr || !criteria() || !proposalFrame(m_board, item)) {
        return false;
    }
    if (NumberPad* other = pad(seat)) {
        other->close();
    }
    own->open(item, m_board.decision.criteria);
    ++m_version;
    return true;
}

void DecideTable::settle(const core::Event& event) {
    const bool phase = std::holds_alternative<core::PhaseStarted>(event);
    for (NumberPad& open : m_pads) {
        if (open.isOpen() && (phase || !budget() || !proposalFrame(m_board, open.item()))) {
            open.close();
        }
    }
    for (RatingPanel& open : m_ratings) {
        if (open.isOpen() && (phase || !criteria() || !proposalFrame(m_board, open.item()))) {
            open.close();
        }
    }
    ++m_version; // coins, costs and ratings change what the docks and the status show
}

std::vector<int> DecideTable::ratingsBy(int seat, core::ItemId item) const {
    std::vector<int> given(m_board.decision.criteria.size(), 0);
    for (std::size_t c = 0; c < given.size(); ++c) {
        const auto found = m_board.ratings.find(core::RatingKey{item, seat, static_cast<int>(c)});
        given[c] = found != m_board.ratings.end() ? found->second : 0;
    }
    return given;
}

core::Size DecideTable::envelopeSize() {
    return kEnvelopeSize;
}

core::Pose DecideTable::envelopePose(int seat) const {
    const Seat* found = m_layout.seats().seat(seat);
    if (found == nullptr) {
        return {};
    }
    const double x = -(kButtonRowMm / 2 + dims::kButtonGapMm + 2 + kEnvelopeSize.width / 2);
    return placeForSeat(*found, core::Vec2{x, -(dims::kEdgeMarginMm + dims::kDockButtonDepthMm / 2)});
}

void DecideTable::appendCoins(std::vector<Widget>& out, int seat, std::uint32_t colour) const {
    const int shown = coinsShown(seat);
    for (int k = 1; k <= shown; ++k) {
        const DockPlace place = m_layout.dot(seat, k, coinsGiven());
        Widget coin;
        coin.kind = WidgetKind::Coin;
        coin.seat = seat;
        coin.name = "seat." + std::to_string(seat) + ".dock.coin." + std::to_string(k);
        coin.label = formatEuros(m_board.decision.coinValueCents / kCentsPerEuro);
        coin.amountCents = m_board.decision.coinValueCents; // a shorter label when the long one does not fit
        coin.pose = place.pose;
        coin.size = place.size;
        coin.colour = colour;
        for (const auto& [key, claim] : m_claims) {
            if (claim.kind == Kind::DockCoin && claim.seat == seat && claim.coin == k) {
                coin.pose.centre = claim.lastMm; // a dragged coin follows its finger
                coin.pressed = true;
            }
        }
        out.push_back(std::move(coin));
    }
}

void DecideTable::appendEnvelope(std::vector<Widget>& out, int seat, std::uint32_t colour) const {
    const core::FundingSummary summary = core::fundingOf(m_board);
    Widget status;
    status.kind = WidgetKind::Envelope;
    status.seat = seat;
    status.name = "seat." + std::to_string(seat) + ".envelope";
    status.pose = envelopePose(seat);
    status.size = kEnvelopeSize;
    status.colour = colour;
    status.amountCents = summary.placedCents;
    status.totalCents = summary.envelopeCents;
    status.characters = core::coinsLeft(m_board, seat);
    for (const core::FundingLine& line : summary.lines) {
        if (line.funded) {
            status.lines.push_back(proposalTitle(m_board, line.item, kTitleCharacters / 2, m_language));
        }
    }
    out.push_back(std::move(status));
}

bool DecideTable::presenting() const {
    const std::vector<std::string>& tools = m_board.phase.tools;
    return m_board.phase.index >= 0 && std::find(tools.begin(), tools.end(), "locked") != tools.end() &&
           (!m_board.costs.empty() || !m_board.ratings.empty());
}

bool DecideTable::replacesRanking() const {
    if (!presenting()) {
        return false;
    }
    return std::none_of(m_board.votes.begin(), m_board.votes.end(), [&](const auto& entry) {
        return core::votePlace(m_board, entry.second).has_value();
    });
}

void DecideTable::appendDecision(std::vector<Widget>& out, const Seat& seat) const {
    Widget decision;
    decision.kind = WidgetKind::Decision;
    decision.seat = seat.number;
    decision.name = "seat." + std::to_string(seat.number) + ".decision";
    decision.size = dims::kRankingSize;
    decision.pose = m_layout.keyboardPose(seat.number);
    if (!replacesRanking()) { // inward of the vote ranking, facing the same seat
        decision.pose.centre =
            core::localToTable(decision.pose, core::Vec2{0, -(dims::kRankingSize.height + kDecisionGapMm)});
    }
    decision.colour = seat.colour;
    const core::FundingSummary summary = core::fundingOf(m_board);
    for (const core::ItemId item : summary.fundedSet) {
        if (decision.lines.size() >= kDecisionFundedLines) {
            ++decision.moreTied; // funded, not shown: "+N"
            continue;
        }
        decision.lines.push_back("\u2714 " + proposalTitle(m_board, item, kDecisionCharacters, m_language) +
                                 "  " + formatEuros(core::costOf(m_board, item) / kCentsPerEuro));
    }
    decision.characters = static_cast<int>(decision.lines.size());
    decision.amountCents = summary.fundedCostCents;
    decision.totalCents = summary.envelopeCents;
    for (const core::CriteriaLine& line : core::rankByCriteria(m_board)) {
        if (decision.lines.size() >= kDecisionLines) {
            break;
        }
        char score[16];
        std::snprintf(score, sizeof score, "%.1f", line.score());
        std::string shown = score;
        std::replace(shown.begin(), shown.end(), '.', ','); // the table speaks French decimals
        decision.lines.push_back(std::to_string(line.rank) + ".  " +
                                 proposalTitle(m_board, line.item, kDecisionCharacters, m_language) + "  " +
                                 shown + " / 5");
    }
    out.push_back(std::move(decision));
}

void DecideTable::appendWidgets(std::vector<Widget>& out) const {
    const bool showStatus = m_board.decision.envelopeCents > 0 && (budget() || !m_board.coins.empty());
    for (const Seat& seat : m_layout.seats().seats()) {
        const auto index = static_cast<std::size_t>(seat.number - 1);
        appendCoins(out, seat.number, seat.colour);
        if (criteria() && !panelOpen(seat.number)) { // ★: rate the proposals, one after the other
            const DockPlace star = m_layout.dot(seat.number, 1, 1);
            Widget rate;
            rate.kind = WidgetKind::DockButton;
            rate.seat = seat.number;
            rate.name = "seat." + std::to_string(seat.number) + ".dock.rate";
            rate.label = "\u2605";
            rate.pose = star.pose;
            rate.size = star.size;
            rate.colour = seat.colour;
            out.push_back(std::move(rate));
        }
        if (index < m_pads.size()) {
            const std::size_t before = out.size();
            m_pads[index].appendWidgets(out, seat.colour);
            if (before < out.size()) {
                out[before].lines = {
                    proposalTitle(m_board, m_pads[index].item(), kTitleCharacters, m_language)};
            }
            m_ratings[index].appendWidgets(
                out, seat.colour,
                proposalTitle(m_board, m_ratings[index].item(), kTitleCharacters, m_language),
                ratingsBy(seat.number, m_ratings[index].item()));
        }
        if (showStatus) {
            appendEnvelope(out, seat.number, seat.colour);
        }
        if (presenting()) {
            appendDecision(out, seat);
        }
    }
}

void DecideTable::addTargets(input::TargetRegistry& targets) const {
    for (const Seat& seat : m_layout.seats().seats()) {
        if (criteria() && !panelOpen(seat.number)) {
            const DockPlace star = m_layout.dot(seat.number, 1, 1);
            targets.addRotated("seat." + std::to_string(seat.number) + ".dock.rate", star.pose, star.size);
        }
        for (int k = 1; k <= coinsShown(seat.number); ++k) {
            const DockPlace place = m_layout.dot(seat.number, k, coinsGiven());
            targets.addRotated("seat." + std::to_string(seat.number) + ".dock.coin." + std::to_string(k),
                               place.pose, place.size);
        }
    }
    for (const NumberPad& open : m_pads) {
        open.addTargets(targets);
    }
    for (const RatingPanel& open : m_ratings) {
        open.addTargets(targets);
    }
    for (const CoinPlace& place : coinPlaces(m_board)) {
        targets.addRotated("coin." + std::to_string(place.coin), core::Pose{place.centre, place.rotation, 1},
                           core::Size{kPlacedCoinTargetMm, kPlacedCoinTargetMm});
    }
    const std::size_t count = m_board.decision.criteria.size();
    for (const core::ItemId item : proposals(m_board)) {
        const std::optional<ProposalFrame> frame = proposalFrame(m_board, item);
        if (frame && (budget() || core::costOf(m_board, item) > 0)) {
            targets.addRotated("cost." + std::to_string(item), costTagPose(*frame), kCostTagSize);
        }
        if (frame && criteria()) {
            targets.addRotated("chart." + std::to_string(item), chartPose(*frame, count), chartSize(count));
        }
    }
}

} // namespace atelier::workshop

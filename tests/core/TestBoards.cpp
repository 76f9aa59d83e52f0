// The shared sample board, built through apply so that it is a board a real session could reach.
#include "TestBoards.hpp"

#include "core/BoardHash.hpp"
#include "core/EventCodec.hpp"
#include "core/Sha256.hpp"

#include <gtest/gtest.h>

namespace atelier::core::testing {

std::string sampleAssetHash() {
    return sha256Hex("place-carnot.jpg");
}

Board configuredBoard() {
    Board board;
    applyOrFail(board, SessionConfigured{4, 3, "Place Carnot", 0});
    return board;
}

Board sampleBoard() {
    Board board = configuredBoard();
    const std::vector<Event> events = {
        PhaseStarted{0, "Idées", {"cards", "sketch"}, 900, 0},
        PhotoPlaced{1, sampleAssetHash(), Pose{{600, 400}, 0, 1}, Size{400, 300}, 0},
        CardCreated{2, Pose{{200, 150}, 0.3, 1}, Size{75, 75}, "Plus d'arbres", 1, 1},
        CardCreated{3, Pose{{300, 150}, -0.2, 1}, Size{75, 75}, "Un banc à l'ombre", 2, 2},
        CardCreated{4, Pose{{400, 150}, 3.1, 1.5}, Size{75, 75}, "Piste cyclable", 0, 3},
        CardCreated{5, Pose{{800, 80}, 0, 2}, Size{120, 60}, "Comment rêvez-vous la place ?", 7, 0},
        CardCreated{6, Pose{{500, 150}, 0, 1}, Size{75, 75}, "doublon", 0, 4},
        CardDeleted{6, 4},
        StrokeBegun{7, 1, 0x1e88e5ff, 2.5, {{-10, -10}, {-5, -8}}, 1},
        StrokeBegun{8, kNoItem, 0xe53935ff, 4, {{100, 500}, {120, 510}, {140, 530}}, 2},
        StrokeEnded{8, 2},
        StrokeBegun{9, kNoItem, 0x43a047cc, 1, {{10, 10}}, 3},
        StrokeEnded{9, 3},
        StrokeErased{9, 3},
        ClusterFormed{10, "Nature", {3, 2}, 1},
        ClusterFormed{11, "Mobilité", {4}, 3},
        ClusterDissolved{11, 3},
        VoteCast{12, 2, 1},
        VoteCast{13, 10, 2},
        VoteCast{14, 3, 1},
        VoteWithdrawn{14, 1},
        PhotoPlaced{15, sha256Hex("parvis.jpg"), Pose{{900, 600}, 0.1, 0.5}, Size{300, 200}, 0},
        PhotoRemoved{15, 0},
    };
    for (const Event& event : events) {
        applyOrFail(board, event);
    }
    return board;
}

Board decisionBoard() {
    Board board = sampleBoard();
    const std::vector<Event> events = {
        DecisionConfigured{10'000'000, 10, 1'000'000, {"Utilité", "Accessibilité", "Durabilité"}, false, 0},
        CostSet{10, 3'000'000, 0},
        CostSet{3, 5'000'000, 0},
        CoinPlaced{16, 10, 1},
        CoinPlaced{17, 10, 2},
        CoinPlaced{18, 3, 1},
        CoinWithdrawn{18, 1},
        RatingGiven{10, 0, 4, 1},
        RatingGiven{10, 1, 3, 1},
    };
    for (const Event& event : events) {
        applyOrFail(board, event);
    }
    return board;
}

std::vector<Event> oneDecisionEventOfEachType() {
    return {
        DecisionConfigured{
            12'000'050, 12, 1'000'000, {"Utilité", "Accessibilité", "Durabilité", "Esthétique"}, true, 0},
        CostSet{2, 1'500'000, 0},
        CoinPlaced{19, 10, 3},
        CoinWithdrawn{16, 1},
        CoinRestored{18, 1},
        RatingGiven{2, 2, 5, 3},
    };
}

std::vector<Event> oneEventOfEachType() {
    return {
        SessionConfigured{4, 5, "Place Carnot — atelier 2", 0},
        PhaseStarted{1, "Regrouper", {"cluster"}, 600, 0},
        CardCreated{16, Pose{{120.25, 640.5}, 1.25, 1}, Size{75, 75}, "Des fontaines « à boire »", 2, 2},
        CardMoved{2, Pose{{250.5, 160.25}, 0.5, 1.2}, 1},
        CardEdited{3, "Un banc à l’ombre des platanes\net des tables", 2},
        CardRecoloured{4, 5, 3},
        CardDeleted{4, 3},
        CardRestored{6, 4},
        ItemRaised{2, 1},
        PhotoPlaced{16, sampleAssetHash(), Pose{{1000, 300}, -0.75, 0.8}, Size{640, 480}, 0},
        PhotoMoved{1, Pose{{610, 420}, 0.05, 1.1}, 0},
        PhotoRemoved{1, 0},
        PhotoRestored{15, 0},
        StrokeBegun{16, 1, 0xfdd835ff, 3, {{1, 2}, {3.5, 4.25}}, 2},
        StrokeExtended{7, {{0, -6}, {4.5, -3}, {9.75, 1}}, 1},
        StrokeEnded{7, 1},
        StrokeErased{8, 3},
        StrokeRestored{9, 3},
        ClusterFormed{16, "Ombre", {5, 4}, 1},
        ClusterRenamed{10, "Nature en ville", 2},
        ClusterJoined{10, 4, 1},
        ClusterLeft{10, 3, 2},
        ClusterDissolved{10, 1},
        ClusterRestored{11, 3},
        VoteCast{16, 4, 3},
        VoteWithdrawn{12, 1},
        VoteRestored{14, 1},
        CardHidden{3, 0},
        SessionPaused{0},
        SessionResumed{0},
        UnknownEvent{"card.glued", R"({"id":2,"glue":"strong"})", 1},
    };
}

void applyOrFail(Board& board, const Event& event) {
    const ApplyResult result = apply(board, event);
    ASSERT_TRUE(result.applied) << eventType(event) << " " << encodePayload(event) << ": " << result.reason;
}

void expectRejected(const Board& board, const Event& event, std::string_view reasonPart) {
    Board after = board;
    const std::string hashBefore = boardHash(board);
    const ApplyResult result = apply(after, event);
    EXPECT_FALSE(result.applied) << eventType(event) << " " << encodePayload(event) << " was applied";
    EXPECT_FALSE(result.reason.empty()) << eventType(event) << " was refused without a reason";
    EXPECT_NE(result.reason.find(reasonPart), std::string::npos)
        << "reason \"" << result.reason << "\" does not mention \"" << reasonPart << "\"";
    EXPECT_TRUE(after == board) << eventType(event) << " changed the board although it was refused";
    EXPECT_EQ(boardHash(after), hashBefore);
}

} // namespace atelier::core::testing

// The golden replay: a fixed session folded through apply must give the same board hash on every machine.
// If this test fails after a deliberate change to the model or the snapshot format, old sessions will
// replay differently: bump kBoardFormat, say so in docs/events.md, and only then update the hash.
#include "TestBoards.hpp"

#include "core/BoardCodec.hpp"
#include "core/BoardHash.hpp"
#include "core/EventCodec.hpp"
#include "core/Sha256.hpp"

#include <gtest/gtest.h>

namespace atelier::core {
namespace {

constexpr std::string_view kGoldenHash = "bc356576d4a85ee7f0e18fd33df2a0bc1b26791955189b7dafba686db1185f42";

/// A short workshop at a 4-seat table: some events do not fit and must be skipped the same way everywhere.
std::vector<Event> goldenSession() {
    const std::string site = sha256Hex("site-place-carnot.jpg");
    const std::string parvis = sha256Hex("site-parvis.jpg");
    return {
        SessionConfigured{4, 3, "Place Carnot — été", 0},
        PhaseStarted{0, "Observer", {"photos", "sketch"}, 600, 0},
        PhotoPlaced{1, site, Pose{{640.123, 360.987}, 0.0314159, 1}, Size{480, 320}, 0},
        PhotoPlaced{2, parvis, Pose{{1200, 700}, -0.5, 0.75}, Size{400, 300}, 0},
        StrokeBegun{3, 1, 0xe53935ff, 3.333, {{-100.001, -50.005}, {-90.25, -45.125}}, 1},
        StrokeExtended{3, {{-80.5, -40.75}, {-70.333, -35.666}, {-60.1, -30.2}}, 1},
        StrokeExtended{3, {{-50, -25}}, 2}, // not seat 2's stroke: refused
        StrokeEnded{3, 1},
        StrokeBegun{4, kNoItem, 0x1e88e5ff, 1.5, {{900, 100}, {910, 105}}, 2},
        StrokeEnded{4, 2},
        StrokeErased{4, 3},
        PhotoMoved{2, Pose{{1180.5, 690.25}, -0.45, 0.8}, 3},
        ItemRaised{1, 1},
        PhaseStarted{1, "Idées", {"cards", "sketch"}, 900, 0},
        CardCreated{5, Pose{{200, 150}, 0.12345678, 1}, Size{75, 75}, "Plus d'arbres", 1, 1},
        CardCreated{6, Pose{{300.004, 150.006}, -0.2, 1}, Size{75, 75}, "Un banc à l’ombre", 2, 2},
        CardCreated{7, Pose{{400, 150}, 6.5, 1.5}, Size{75, 75}, "Piste cyclable « sécurisée »", 0, 3},
        CardCreated{8, Pose{{500, 150}, 0, 1}, Size{75, 75}, "Fontaine\n(à boire)", 3, 4},
        CardCreated{9, Pose{{800, 80}, 0, 2}, Size{120, 60}, "Comment rêvez-vous la place ?", 7, 0},
        CardCreated{5, Pose{{1, 1}, 0, 1}, Size{75, 75}, "doublon", 0, 1}, // id taken: refused
        CardMoved{5, Pose{{210.5, 160.25}, 0.2, 1.1}, 1},
        CardMoved{5, Pose{{222.22, 171.11}, 0.25, 1.2}, 1},
        CardEdited{6, "Un banc à l’ombre des platanes", 2},
        CardRecoloured{7, 4, 3},
        CardCreated{10, Pose{{600, 150}, 0, 1}, Size{75, 75}, "brouillon", 0, 4},
        CardDeleted{10, 4},
        CardMoved{10, Pose{{0, 0}, 0, 1}, 4}, // deleted: refused
        ItemRaised{6, 2},
        StrokeRestored{4, 2},
        UnknownEvent{"card.glued", R"({"id":5})", 1}, // newer version: skipped
        PhaseStarted{2, "Regrouper", {"cluster", "cards"}, 600, 0},
        ClusterFormed{11, "Nature", {6, 5}, 1},
        ClusterFormed{12, "Mobilité", {7}, 3},
        ClusterJoined{11, 8, 4},
        ClusterJoined{12, 8, 4}, // already in cluster 11: refused
        ClusterLeft{11, 8, 4},
        ClusterJoined{12, 8, 4},
        ClusterRenamed{11, "Nature en ville", 2},
        ClusterFormed{13, "Vide", {}, 0},
        ClusterDissolved{13, 0},
        PhaseStarted{3, "Voter", {"vote"}, 300, 0},
        VoteCast{14, 11, 1},
        VoteCast{15, 5, 1},
        VoteCast{16, 5, 1},
        VoteCast{17, 6, 1}, // seat 1 has no dots left: refused
        VoteCast{18, 12, 2},
        VoteCast{19, 9, 3},
        VoteWithdrawn{16, 1},
        VoteCast{20, 7, 1},
        VoteRestored{16, 1}, // seat 1 spent its dot again: refused
        CardDeleted{9, 0},
        CardRestored{10, 0},
        SessionConfigured{4, 4, "Place Carnot — été", 0},
        VoteRestored{16, 1},
    };
}

struct Fold {
    Board board;
    int applied = 0;
};

Fold fold(const std::vector<Event>& events) {
    Fold result;
    for (const Event& event : events) {
        if (apply(result.board, event)) {
            ++result.applied;
        }
    }
    return result;
}

TEST(Golden, TheSessionFoldsToTheRecordedHash) {
    const std::vector<Event> events = goldenSession();
    const Fold result = fold(events);
    EXPECT_EQ(events.size(), 54U);
    EXPECT_EQ(result.applied, 47);
    EXPECT_EQ(boardHash(result.board), kGoldenHash) << boardToJson(result.board);
}

TEST(Golden, TheSessionReadBackFromItsLogFoldsToTheSameHash) {
    std::vector<Event> decoded;
    for (const Event& event : goldenSession()) {
        const DecodeResult row = decodeEvent(eventType(event), encodePayload(event), eventSeat(event));
        ASSERT_TRUE(row.event) << row.error;
        decoded.push_back(*row.event);
    }
    EXPECT_EQ(boardHash(fold(decoded).board), kGoldenHash);
}

TEST(Golden, ResumingFromASnapshotHalfwayFoldsToTheSameHash) {
    const std::vector<Event> events = goldenSession();
    const auto middle = events.begin() + 27;
    Board board = fold(std::vector<Event>(events.begin(), middle)).board;
    std::optional<Board> resumed = boardFromJson(boardToJson(board));
    ASSERT_TRUE(resumed);
    for (auto event = middle; event != events.end(); ++event) {
        apply(*resumed, *event);
    }
    EXPECT_EQ(boardHash(*resumed), kGoldenHash);
}

} // namespace
} // namespace atelier::core

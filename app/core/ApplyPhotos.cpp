// apply() rules of the photo events.
#include "core/ApplyRules.hpp"

#include <algorithm>

namespace atelier::core::detail {
namespace {

bool isLowerHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

Problem assetHashProblem(std::string_view hash) {
    if (hash.size() != 64 || !std::all_of(hash.begin(), hash.end(), isLowerHex)) {
        return std::string("the asset hash must be 64 lowercase hex digits (a SHA-256)");
    }
    return std::nullopt;
}

} // namespace

ApplyResult applyEvent(Board& board, const PhotoPlaced& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    if (Problem problem = newIdProblem(board, event.id)) {
        return rejected(std::move(*problem));
    }
    if (Problem problem = assetHashProblem(event.assetHash)) {
        return rejected(std::move(*problem));
    }
    if (Problem problem = poseProblem(event.pose)) {
        return rejected(std::move(*problem));
    }
    if (Problem problem = sizeProblem(event.size)) {
        return rejected(std::move(*problem));
    }
    Photo photo{event.id, event.assetHash, quantised(event.pose), quantised(event.size), ++board.zCounter,
                false};
    board.photos.emplace(event.id, std::move(photo));
    noteIdUsed(board, event.id);
    return accepted();
}

ApplyResult applyEvent(Board& board, const PhotoMoved& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    const auto found = board.photos.find(event.id);
    if (found == board.photos.end()) {
        return rejected(missing(board, "photo", event.id));
    }
    if (found->second.deleted) {
        return rejected("photo " + std::to_string(event.id) + " is removed");
    }
    if (Problem problem = poseProblem(event.pose)) {
        return rejected(std::move(*problem));
    }
    found->second.pose = quantised(event.pose);
    return accepted();
}

ApplyResult applyEvent(Board& board, const PhotoRemoved& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    const auto found = board.photos.find(event.id);
    if (found == board.photos.end()) {
        return rejected(missing(board, "photo", event.id));
    }
    if (found->second.deleted) {
        return rejected("photo " + std::to_string(event.id) + " is already removed");
    }
    found->second.deleted = true;
    return accepted();
}

ApplyResult applyEvent(Board& board, const PhotoRestored& event) {
    if (Problem problem = seatProblem(board, event.seat, Actor::Anyone)) {
        return rejected(std::move(*problem));
    }
    const auto found = board.photos.find(event.id);
    if (found == board.photos.end()) {
        return rejected(missing(board, "photo", event.id));
    }
    if (!found->second.deleted) {
        return rejected("photo " + std::to_string(event.id) + " is not removed");
    }
    found->second.deleted = false;
    return accepted();
}

} // namespace atelier::core::detail

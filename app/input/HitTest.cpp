// Point-in-rotated-rectangle tests and the z-ordered search over cards and photos.
#include "input/HitTest.hpp"

#include <algorithm>
#include <cmath>

namespace atelier::input {

Bounds rotatedBounds(const core::Pose& pose, const core::Size& size) {
    const double c = std::abs(std::cos(pose.rotation));
    const double s = std::abs(std::sin(pose.rotation));
    const double w = size.width * pose.scale;
    const double h = size.height * pose.scale;
    const double halfW = (w * c + h * s) / 2;
    const double halfH = (w * s + h * c) / 2;
    return Bounds{{pose.centre.x - halfW, pose.centre.y - halfH},
                  {pose.centre.x + halfW, pose.centre.y + halfH}};
}

bool containsPoint(const core::Pose& pose, const core::Size& size, core::Vec2 point, double minTargetMm) {
    const double halfW = std::max(size.width * pose.scale, minTargetMm) / 2;
    const double halfH = std::max(size.height * pose.scale, minTargetMm) / 2;
    const double dx = point.x - pose.centre.x;
    const double dy = point.y - pose.centre.y;
    // Outside the circle around the rectangle: no need for the rotation (most items, most of the time).
    if (dx * dx + dy * dy > halfW * halfW + halfH * halfH) {
        return false;
    }
    const double c = std::cos(pose.rotation);
    const double s = std::sin(pose.rotation);
    // In the item's frame, but still in table millimetres (not divided by the scale).
    const double localX = dx * c + dy * s;
    const double localY = -dx * s + dy * c;
    return std::abs(localX) <= halfW && std::abs(localY) <= halfH;
}

ItemRef hitTest(const core::Board& board, core::Vec2 point, double minTargetMm) {
    ItemRef best;
    std::uint64_t bestZ = 0;
    const auto consider = [&](ItemKind kind, core::ItemId id, const core::Pose& pose, const core::Size& size,
                              std::uint64_t z) {
        if ((!best || z >= bestZ) && containsPoint(pose, size, point, minTargetMm)) {
            best = ItemRef{kind, id};
            bestZ = z;
        }
    };
    // Cards lie above every photo, whatever their z (photos stay below the cards, the question included):
    // a photo is hit only where no card is.
    for (const auto& [id, card] : board.cards) {
        if (!card.deleted) {
            consider(ItemKind::Card, id, card.pose, card.size, card.z);
        }
    }
    if (best) {
        return best;
    }
    for (const auto& [id, photo] : board.photos) {
        if (!photo.deleted) {
            consider(ItemKind::Photo, id, photo.pose, photo.size, photo.z);
        }
    }
    return best;
}

const core::Pose* livePose(const core::Board& board, ItemRef item) {
    if (item.kind == ItemKind::Card) {
        const core::Card* card = board.findCard(item.id);
        return card != nullptr && !card->deleted ? &card->pose : nullptr;
    }
    if (item.kind == ItemKind::Photo) {
        const core::Photo* photo = board.findPhoto(item.id);
        return photo != nullptr && !photo->deleted ? &photo->pose : nullptr;
    }
    return nullptr;
}

} // namespace atelier::input

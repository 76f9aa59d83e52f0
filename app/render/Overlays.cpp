// Overlay shapes: selection outlines, lasso paths and contact rings, in seat colours, over the scene.
#include "render/Overlays.hpp"

#include <algorithm>
#include <cmath>

#include "render/CardStyle.hpp"
#include "render/CompositeBatch.hpp"
#include "render/Palette.hpp"

namespace atelier::render {
namespace {

std::uint32_t withAlpha(std::uint32_t rgb, std::uint32_t alpha) {
    return (rgb << 8) | (alpha & 0xFFu);
}

} // namespace

void addOverlays(CompositeBatch& batch, const core::Board& board, const Overlays& overlays,
                 const Palette& palette, double unitsPerPixel) {
    for (const SelectionMark& mark : overlays.selection) {
        const core::Pose* pose = nullptr;
        core::Size size;
        if (const core::Card* card = board.findCard(mark.item); card != nullptr && !card->deleted) {
            pose = &card->pose;
            size = card->size;
        } else if (const core::Photo* photo = board.findPhoto(mark.item);
                   photo != nullptr && !photo->deleted) {
            pose = &photo->pose;
            size = photo->size;
        }
        if (pose == nullptr) {
            continue;
        }
        ShapeStyle ring;
        ring.centre = pose->centre;
        ring.rotation = pose->rotation;
        ring.halfWidth = size.width / 2 * pose->scale + 2.5;
        ring.halfHeight = size.height / 2 * pose->scale + 2.5;
        ring.radius = kCardCornerMm + 2.5;
        ring.edgeWidth = 1.2;
        ring.edge = withAlpha(palette.seat(mark.seat), 0xE6);
        batch.addShape(ring, unitsPerPixel);
    }
    for (const LassoPath& lasso : overlays.lassos) {
        const std::uint32_t colour = withAlpha(palette.seat(lasso.seat), 0xD0);
        for (std::size_t i = 1; i < lasso.pointsMm.size(); ++i) {
            const core::Vec2 a = lasso.pointsMm[i - 1];
            const core::Vec2 b = lasso.pointsMm[i];
            constexpr double half = 0.9;
            ShapeStyle line;
            line.centre = {(a.x + b.x) / 2, (a.y + b.y) / 2};
            line.rotation = std::atan2(b.y - a.y, b.x - a.x);
            line.halfWidth = std::hypot(b.x - a.x, b.y - a.y) / 2 + half;
            line.halfHeight = half;
            line.radius = half;
            line.fill = colour;
            batch.addShape(line, unitsPerPixel);
        }
    }
    for (const ContactMark& contact : overlays.contacts) {
        const double opacity = std::clamp(static_cast<double>(contact.opacity), 0.0, 1.0);
        if (opacity <= 0) {
            continue;
        }
        const auto alpha = [opacity](double full) { return static_cast<std::uint32_t>(full * opacity); };
        ShapeStyle ring;
        ring.centre = contact.positionMm;
        ring.halfWidth = ring.halfHeight = ring.radius = kContactRingRadiusMm;
        ring.edgeWidth = 2.0;
        ring.fill = withAlpha(palette.seat(contact.seat), alpha(0x48));
        ring.edge = withAlpha(palette.seat(contact.seat), alpha(0xE0));
        ring.shadowReach = 2.0;
        ring.shadowOpacity = static_cast<float>(0.2 * opacity);
        batch.addShape(ring, unitsPerPixel);
    }
}

} // namespace atelier::render

// Places 2..8 seats along the table's edges and answers which seat a touch belongs to.
#include "workshop/SeatLayout.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace atelier::workshop {
namespace {

/// How many seats stand at each edge (bottom, right, top, left) for 2..8 seats.
std::array<int, 4> seatsPerEdge(int count) {
    switch (count) {
    case 2:
        return {1, 0, 1, 0};
    case 3:
        return {2, 0, 1, 0};
    case 4:
        return {2, 0, 2, 0};
    case 5:
        return {2, 0, 2, 1};
    case 6:
        return {2, 1, 2, 1};
    case 7:
        return {3, 1, 2, 1};
    default:
        return {3, 1, 3, 1};
    }
}

/// Seat colours: the Okabe–Ito palette, distinct for the common colour-vision deficiencies (black becomes
/// grey, which reads on the dark table).
constexpr std::array<std::uint32_t, 8> kSeatColours = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442,
                                                       0x0072B2, 0xD55E00, 0xCC79A7, 0x999999};

double facingOf(Edge edge) {
    switch (edge) {
    case Edge::Bottom:
        return 0.0;
    case Edge::Right:
        return -std::numbers::pi / 2;
    case Edge::Top:
        return std::numbers::pi;
    case Edge::Left:
        return std::numbers::pi / 2;
    }
    return 0.0;
}

} // namespace

SeatLayout::SeatLayout(int count, core::Vec2 surfaceMm) : m_surfaceMm(surfaceMm) {
    const std::array<int, 4> perEdge = seatsPerEdge(std::clamp(count, 2, 8));
    const double w = surfaceMm.x;
    const double h = surfaceMm.y;
    int number = 1;
    for (int e = 0; e < 4; ++e) {
        const Edge edge = static_cast<Edge>(e);
        const int n = perEdge[static_cast<std::size_t>(e)];
        for (int i = 0; i < n; ++i) {
            const double along = (i + 0.5) / n; // 0..1 along the edge, in the seat-numbering direction
            core::Vec2 anchor;
            switch (edge) {
            case Edge::Bottom:
                anchor = {along * w, h};
                break;
            case Edge::Right:
                anchor = {w, (1.0 - along) * h};
                break;
            case Edge::Top:
                anchor = {(1.0 - along) * w, 0.0};
                break;
            case Edge::Left:
                anchor = {0.0, along * h};
                break;
            }
            const std::uint32_t colour =
                kSeatColours[static_cast<std::size_t>(number - 1) % kSeatColours.size()];
            m_seats.push_back(Seat{number++, edge, anchor, facingOf(edge), colour});
        }
    }
}

const Seat& SeatLayout::seatAt(core::Vec2 pointMm) const {
    const Seat* nearest = &m_seats.front();
    double best = INFINITY;
    for (const Seat& candidate : m_seats) {
        const double dx = candidate.anchorMm.x - pointMm.x;
        const double dy = candidate.anchorMm.y - pointMm.y;
        const double distance = dx * dx + dy * dy;
        if (distance < best) {
            best = distance;
            nearest = &candidate;
        }
    }
    return *nearest;
}

const Seat* SeatLayout::seat(int number) const {
    for (const Seat& candidate : m_seats) {
        if (candidate.number == number) {
            return &candidate;
        }
    }
    return nullptr;
}

} // namespace atelier::workshop

// Lasso traces from the empty board.
#include "input/LassoTool.hpp"

#include <cmath>
#include <utility>

namespace atelier::input {

void LassoTool::begin(const Contact& contact, int seat) {
    m_paths.insert_or_assign(contact.key(), LassoPath{contact.key(), seat, {contact.posMm}});
}

void LassoTool::extend(const Contact& contact) {
    const auto found = m_paths.find(contact.key());
    if (found == m_paths.end()) {
        return;
    }
    std::vector<core::Vec2>& points = found->second.points;
    const core::Vec2 last = points.back();
    if (points.size() < m_options->maxLassoPoints &&
        std::hypot(contact.posMm.x - last.x, contact.posMm.y - last.y) >= m_options->lassoSpacingMm) {
        points.push_back(contact.posMm);
    }
}

void LassoTool::end(const Contact& contact, bool wasTap, std::vector<GestureNotification>& out) {
    const auto found = m_paths.find(contact.key());
    if (found == m_paths.end()) {
        return;
    }
    LassoPath path = std::move(found->second);
    m_paths.erase(found);
    if (wasTap) {
        return;
    }
    GestureNotification n;
    n.kind = contact.phase == Phase::Cancel ? GestureKind::LassoCancelled : GestureKind::LassoEnded;
    n.contact = contact.key();
    n.seat = path.seat;
    n.posMm = contact.posMm;
    n.tMs = contact.tMs;
    if (n.kind == GestureKind::LassoEnded) {
        if (path.points.back() != contact.posMm && path.points.size() < m_options->maxLassoPoints) {
            path.points.push_back(contact.posMm);
        }
        n.path = std::move(path.points);
    }
    out.push_back(std::move(n));
}

std::vector<LassoPath> LassoTool::active() const {
    std::vector<LassoPath> paths;
    paths.reserve(m_paths.size());
    for (const auto& [key, path] : m_paths) {
        paths.push_back(path);
    }
    return paths;
}

} // namespace atelier::input

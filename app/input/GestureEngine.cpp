// Capture and routing of contacts to the claimer, the item tool and the lasso; raising items to the top.
#include "input/GestureEngine.hpp"

#include <utility>

namespace atelier::input {

GestureEngine::GestureEngine(GestureOptions options, ContactClaimer* claimer)
    : m_options(std::move(options)), m_claimer(claimer) {}

void GestureEngine::raise(ItemRef item, const core::Board& board, int seat, GestureResult& out) const {
    std::uint64_t z = 0;
    if (item.kind == ItemKind::Card) {
        const core::Card* card = board.findCard(item.id);
        z = card != nullptr ? card->z : 0;
    } else if (item.kind == ItemKind::Photo) {
        const core::Photo* photo = board.findPhoto(item.id);
        z = photo != nullptr ? photo->z : 0;
    }
    if (z != board.zCounter) {
        out.outputs.push_back(GestureOutput{core::ItemRaised{item.id, seat}, true});
    }
}

void GestureEngine::down(const Contact& contact, const core::Board& board, GestureResult& out) {
    ClaimDecision decision;
    if (m_claimer != nullptr) {
        decision = m_claimer->onContactDown(contact);
    }
    Captured captured;
    captured.seat = decision.seat;
    if (decision.claimed) {
        captured.mode = Mode::Claimed;
        GestureNotification n;
        n.kind = GestureKind::Claimed;
        n.contact = contact.key();
        n.seat = decision.seat;
        n.posMm = contact.posMm;
        n.tMs = contact.tMs;
        out.notifications.push_back(std::move(n));
        m_contacts.insert_or_assign(contact.key(), captured);
        return;
    }
    // An item in motion is hit where the gesture holds it: a second finger joins the gesture (and its seat)
    // even when the board is a frame behind.
    ItemRef item = m_items.inMotionAt(board, contact.posMm, m_options.minTargetMm);
    if (!item) {
        item = hitTest(board, contact.posMm, m_options.minTargetMm);
    }
    const core::Pose* pose = livePose(board, item);
    if (item && pose != nullptr) {
        captured.mode = Mode::Item;
        captured.item = item;
        // A card comes to the top as soon as it is touched, so that it never slides under another; a photo
        // only on a tap (below), so that dragging a photo does not bury the cards lying on it.
        if (item.kind == ItemKind::Card) {
            raise(item, board, decision.seat, out);
        }
        m_items.grab(contact, item, *pose, decision.seat);
        m_taps.down(contact, item.id, decision.seat);
    } else {
        captured.mode = Mode::Lasso;
        m_lassos.begin(contact, decision.seat);
        m_taps.down(contact, core::kNoItem, decision.seat);
    }
    m_contacts.insert_or_assign(contact.key(), captured);
}

GlideStops GestureEngine::glideStops(ItemRef item, const core::Board& board) const {
    const core::Card* card = item.kind == ItemKind::Card ? board.findCard(item.id) : nullptr;
    if (card == nullptr || m_claimer == nullptr) {
        return {}; // photos lie below everything and glide freely
    }
    return GlideStops{card->size, m_claimer->glideStops()};
}

void GestureEngine::handle(const Contact& contact, const core::Board& board, GestureResult& out) {
    const auto found = m_contacts.find(contact.key());
    if (contact.phase == Phase::Down && found == m_contacts.end()) {
        down(contact, board, out);
        return;
    }
    if (found == m_contacts.end()) {
        return; // never went down here (the tracker prevents it; harmless anyway)
    }
    const Captured captured = found->second;
    if (captured.mode == Mode::Claimed) {
        if (m_claimer != nullptr) {
            m_claimer->onClaimedContact(contact);
        }
        if (contact.phase == Phase::Up || contact.phase == Phase::Cancel) {
            m_contacts.erase(found);
        }
        return;
    }
    if (contact.phase == Phase::Down || contact.phase == Phase::Move) {
        m_taps.move(contact);
        if (captured.mode == Mode::Item) {
            m_items.move(contact, captured.item.id);
        } else {
            m_lassos.extend(contact);
        }
        return;
    }
    m_contacts.erase(found);
    const std::size_t before = out.notifications.size();
    const bool tap = m_taps.up(contact, out.notifications);
    if (captured.mode == Mode::Item && livePose(board, captured.item) == nullptr) {
        for (std::size_t i = before; i < out.notifications.size(); ++i) {
            out.notifications[i].item = core::kNoItem; // deleted while touched: a tap on the board now
        }
    }
    if (captured.mode == Mode::Item) {
        m_items.release(contact, captured.item.id, out, glideStops(captured.item, board));
        if (tap && captured.item.kind == ItemKind::Photo && livePose(board, captured.item) != nullptr) {
            raise(captured.item, board, captured.seat, out);
        }
    } else {
        m_lassos.end(contact, tap, out.notifications);
    }
}

bool GestureEngine::update(std::int64_t nowMs, const core::Board& board, GestureResult& out) {
    m_taps.update(nowMs, out.notifications);
    return m_items.update(nowMs, board, out);
}

} // namespace atelier::input

// Turns clean contacts into board events and gesture notifications: the root of the input tools.
#pragma once

#include "core/Board.hpp"
#include "input/Contact.hpp"
#include "input/ContactClaimer.hpp"
#include "input/GestureOptions.hpp"
#include "input/GestureOutput.hpp"
#include "input/HitTest.hpp"
#include "input/ItemTool.hpp"
#include "input/LassoTool.hpp"
#include "input/TapRecognizer.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace atelier::input {

/// Routes each contact, at its down, to what it started on — a claimer's dock or keyboard, a card or photo
/// (ItemTool), or the empty board (LassoTool) — and keeps it there until it lifts (capture). Taps, double
/// taps and long presses are recognised alongside. Needs no window: tests feed contacts and fold the outputs
/// through core::apply. Feed it only contacts that went through a ContactTracker.
///
/// Each frame: handle() every contact, then update(nowMs) once, then apply result.outputs in order (log those
/// with persist), act on result.notifications, and clear the result.
class GestureEngine {
public:
    /// An engine with these options; `claimer` (may be null, must outlive the engine) is asked about every
    /// down.
    explicit GestureEngine(GestureOptions options = {}, ContactClaimer* claimer = nullptr);

    /// Copying would duplicate captured contacts.
    GestureEngine(const GestureEngine&) = delete;
    /// See above.
    GestureEngine& operator=(const GestureEngine&) = delete;

    /// Handles one clean contact against the board as it is now (all earlier outputs applied).
    void handle(const Contact& contact, const core::Board& board, GestureResult& out);

    /// Emits this frame's motion, advances glides and long presses to `nowMs`. True while something glides
    /// (the loop must keep drawing frames).
    bool update(std::int64_t nowMs, const core::Board& board, GestureResult& out);

    /// True while something glides.
    bool animating() const { return m_items.animating(); }

    /// When the loop must call update() again even without input (a pending long press), if ever.
    std::optional<std::int64_t> nextDeadlineMs() const { return m_taps.nextDeadlineMs(); }

    /// Lassos being drawn, for the renderer.
    std::vector<LassoPath> activeLassos() const { return m_lassos.active(); }

    /// Contacts the engine is following.
    std::size_t contactCount() const { return m_contacts.size(); }

    /// The options in use.
    const GestureOptions& options() const { return m_options; }

private:
    enum class Mode { Item, Lasso, Claimed };
    struct Captured {
        Mode mode = Mode::Lasso;
        ItemRef item;
        int seat = 0;
    };

    void down(const Contact& contact, const core::Board& board, GestureResult& out);
    void raise(ItemRef item, const core::Board& board, int seat, GestureResult& out) const;
    GlideStops glideStops(ItemRef item, const core::Board& board) const;

    GestureOptions m_options;
    ContactClaimer* m_claimer;
    ItemTool m_items{m_options};
    LassoTool m_lassos{m_options};
    TapRecognizer m_taps{m_options};
    std::map<ContactKey, Captured> m_contacts;
};

} // namespace atelier::input

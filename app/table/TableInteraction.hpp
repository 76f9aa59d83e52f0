// What people do at the table, frame by frame: contacts → gestures and docks → events on the session.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "input/Contact.hpp"
#include "input/GestureEngine.hpp"
#include "input/TargetRegistry.hpp"
#include "table/CardMotion.hpp"
#include "table/FirstSteps.hpp"
#include "table/SessionHost.hpp"
#include "workshop/SeatLayout.hpp"
#include "workshop/TableWorkshop.hpp"

namespace atelier::table {

/// Joins the gesture engine (cards and photos) and the workshop layer (docks, keyboards, per-seat undo)
/// over one live session: every event either makes goes through TableWorkshop::submit to the session.
class TableInteraction {
public:
    /// Interaction over this session's board; `seats` and `session` must outlive it.
    TableInteraction(SessionHost& session, const workshop::SeatLayout& seats, input::GestureOptions gestures,
                     workshop::WorkshopOptions options);

    /// Handles the frame's clean contacts; true when the board or the docks changed.
    bool handle(const std::vector<input::Contact>& contacts);
    /// Advances glides, long presses and held keys to `nowMs`; true when the board or the docks changed.
    bool update(std::int64_t nowMs);
    /// Physical keyboard text (SDL_TEXTINPUT, UTF-8), backspace and enter, for the facilitator.
    void typeText(std::string_view utf8) { m_workshop.typeText(utf8); }
    void typeBackspace() { m_workshop.typeBackspace(); }
    void typeEnter() { m_workshop.typeEnter(); }
    /// The facilitator panel's event (phase, moderation; seat 0) through the workshop to the session; true
    /// when it applied.
    bool submitFacilitator(const core::Event& event);
    /// The facilitator panel's "Suggest clusters": proposes on the table the groups of free cards within
    /// `distanceMm` (a phase with `cluster`); how many.
    std::size_t suggestClusters(double distanceMm);
    /// Every named target now: the board's items, dock buttons and open keyboards' keys.
    input::TargetRegistry targets() const;
    /// True while something glides: the loop keeps drawing.
    bool animating() const { return m_gestures.animating(); }
    /// When the loop must wake without input (long press, held key), if ever.
    std::optional<std::int64_t> nextDeadlineMs() const;
    /// The workshop layer, for drawing docks and keyboards.
    const workshop::TableWorkshop& workshop() const { return m_workshop; }
    /// The table's language, for the words the workshop's widgets write themselves.
    void setLanguage(core::Language language) { m_workshop.setLanguage(language); }
    /// The first-steps hints each seat still sees.
    const FirstSteps& firstSteps() const { return m_firstSteps; }
    /// The cards written, dropped (not thrown) or gathered into a cluster since the last call, for their
    /// short motion on screen (CardMotion).
    std::vector<MotionNote> takeMotionNotes() { return std::exchange(m_motionNotes, {}); }

private:
    bool drain();
    /// Notes the card motion an applied event asks for (a card written, gathered, dropped).
    void noteMotion(const core::Event& event);
    core::ApplyResult submitToSession(const core::Event& event, bool persist);

    SessionHost& m_session;
    workshop::TableWorkshop m_workshop;
    input::GestureEngine m_gestures;
    input::GestureResult m_result;
    FirstSteps m_firstSteps;
    std::uint64_t m_seenVersion = 0;
    std::vector<MotionNote> m_motionNotes;
    std::vector<core::ItemId> m_moved; ///< cards moved while the contact being handled lifted
    bool m_lifting = false;            ///< the contact being handled is lifting (its card drops)
};

} // namespace atelier::table

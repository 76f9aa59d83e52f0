// The facilitator's "Start a session" of a workshop chosen in the library: the panel hands it to the loop.
#include "table/FacilitatorController.hpp"

namespace atelier::table {

std::optional<WorkshopStart> FacilitatorController::takeStartRequest() {
    std::optional<WorkshopStart> start = m_workshops.takeStartRequest();
    if (start) { // the panel closes, as after "end the session": the table shows the new session
        m_workshops.close();
        m_access.close();
        m_input.reset();
        m_controls.clear();
    }
    return start;
}

} // namespace atelier::table

// Translates SDL finger and mouse events into input::Contact, and lists what SDL still reports.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "input/Contact.hpp"
#include "input/SurfaceMapping.hpp"

union SDL_Event;

namespace atelier::platform {

/// The edge where SDL types stop: nothing past this class sees an SDL_Event.
class SdlContacts {
public:
    /// Maps the window's 0..1 coordinates onto the physical surface.
    explicit SdlContacts(input::SurfaceMapping mapping) : m_mapping(mapping) {}

    /// The contact an SDL finger or left-button mouse event stands for, stamped tMs; nothing for other
    /// events.
    std::optional<input::Contact> translate(const SDL_Event& event, int windowWidth, int windowHeight,
                                            std::int64_t tMs);
    /// Ids of every finger SDL still reports as down, on every touch device (for ghost reconciliation).
    std::vector<input::ContactId> fingersDown() const;
    /// The mouse contact's id while the left button is held, else nothing.
    std::vector<input::ContactId> mouseDown();

private:
    input::SurfaceMapping m_mapping;
    bool m_mouseHeld = false;
};

} // namespace atelier::platform

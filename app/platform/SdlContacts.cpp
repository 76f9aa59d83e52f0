// SDL 2.26 touch and mouse events → table-millimetre contacts.
#include "platform/SdlContacts.hpp"

#include <SDL.h>

namespace atelier::platform {

std::optional<input::Contact> SdlContacts::translate(const SDL_Event& event, int windowWidth,
                                                     int windowHeight, std::int64_t tMs) {
    input::Contact contact;
    contact.tMs = tMs;
    switch (event.type) {
    case SDL_FINGERDOWN:
    case SDL_FINGERMOTION:
    case SDL_FINGERUP:
        contact.source = input::Source::Touch;
        contact.id = input::combineIds(event.tfinger.touchId, event.tfinger.fingerId);
        contact.phase = event.type == SDL_FINGERDOWN ? input::Phase::Down
                        : event.type == SDL_FINGERUP ? input::Phase::Up
                                                     : input::Phase::Move;
        // SDL 2.26 gives finger coordinates normalised to the window.
        contact.posMm = m_mapping.toMm(event.tfinger.x, event.tfinger.y);
        contact.pressure = event.tfinger.pressure;
        return contact;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        if (event.button.button != SDL_BUTTON_LEFT || event.button.which == SDL_TOUCH_MOUSEID) {
            return std::nullopt;
        }
        m_mouseHeld = event.type == SDL_MOUSEBUTTONDOWN;
        contact.source = input::Source::Mouse;
        contact.phase = m_mouseHeld ? input::Phase::Down : input::Phase::Up;
        contact.posMm = m_mapping.toMm(static_cast<double>(event.button.x) / windowWidth,
                                       static_cast<double>(event.button.y) / windowHeight);
        return contact;
    case SDL_MOUSEMOTION:
        if (!m_mouseHeld || event.motion.which == SDL_TOUCH_MOUSEID) {
            return std::nullopt;
        }
        contact.source = input::Source::Mouse;
        contact.phase = input::Phase::Move;
        contact.posMm = m_mapping.toMm(static_cast<double>(event.motion.x) / windowWidth,
                                       static_cast<double>(event.motion.y) / windowHeight);
        return contact;
    default:
        return std::nullopt;
    }
}

std::vector<input::ContactId> SdlContacts::fingersDown() const {
    std::vector<input::ContactId> ids;
    const int devices = SDL_GetNumTouchDevices();
    for (int d = 0; d < devices; ++d) {
        const SDL_TouchID device = SDL_GetTouchDevice(d);
        const int fingers = SDL_GetNumTouchFingers(device);
        for (int f = 0; f < fingers; ++f) {
            if (const SDL_Finger* finger = SDL_GetTouchFinger(device, f)) {
                ids.push_back(input::combineIds(device, finger->id));
            }
        }
    }
    return ids;
}

std::vector<input::ContactId> SdlContacts::mouseDown() {
    // A button-up lost to a focus change leaves the button released here: the contact is then a ghost.
    m_mouseHeld = m_mouseHeld && (SDL_GetMouseState(nullptr, nullptr) & SDL_BUTTON_LMASK) != 0;
    return m_mouseHeld ? std::vector<input::ContactId>{0} : std::vector<input::ContactId>{};
}

} // namespace atelier::platform

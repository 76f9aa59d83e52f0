// The lasso: a contact that starts on the empty board traces a path (clustering uses it later).
#pragma once

#include "input/Contact.hpp"
#include "input/GestureOptions.hpp"
#include "input/GestureOutput.hpp"

#include <map>
#include <vector>

namespace atelier::input {

/// A lasso being drawn, for the renderer.
struct LassoPath {
    ContactKey contact;             ///< the contact drawing it
    int seat = 0;                   ///< its seat
    std::vector<core::Vec2> points; ///< the trace so far, in mm
};

/// Collects the trace of each contact on the empty board, thinned to one point per lassoSpacingMm, and
/// reports it when the contact lifts (a tap is not a lasso: the tap recogniser reports it instead).
class LassoTool {
public:
    /// Spacing and length limits from `options`.
    explicit LassoTool(const GestureOptions& options) : m_options(&options) {}

    /// A contact went down on the empty board.
    void begin(const Contact& contact, int seat);

    /// The contact moved.
    void extend(const Contact& contact);

    /// The contact lifted or was cancelled; appends LassoEnded (with the path) or LassoCancelled, or nothing
    /// when `wasTap`.
    void end(const Contact& contact, bool wasTap, std::vector<GestureNotification>& out);

    /// Lassos being drawn now.
    std::vector<LassoPath> active() const;

private:
    const GestureOptions* m_options;
    std::map<ContactKey, LassoPath> m_paths;
};

} // namespace atelier::input

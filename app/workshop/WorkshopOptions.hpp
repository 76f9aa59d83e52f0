// What the live session's workshop layer takes from the config and the workshop definition.
#pragma once

#include "input/GestureOptions.hpp"
#include "workshop/WorkshopDefinition.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace atelier::workshop {

/// Tunables of TableWorkshop: the lead fills them from the config and the workshop definition.
struct WorkshopOptions {
    std::size_t cardTextLimit = 140;  ///< characters (code points) a card may hold, as typed on the table
    std::size_t historyLimit = 100;   ///< undo steps kept per seat; older ones are forgotten
    std::int64_t longPressMs = 600;   ///< holding a letter this long offers its accented variants
    std::vector<Category> categories; ///< the workshop's categories: a tap on a card's corner cycles them
    input::GestureOptions gestures;   ///< scale limits for a photo held by two pen fingers (as the engine's)
    bool nextButton = false;          ///< docks offer "Next": the workshop moves on by itself
    std::vector<PhasePlan> phases;    ///< the workshop's steps: a dimmed tool says with which one it comes
    bool englishKeyboards = false;    ///< the table speaks English: seats' keyboards open in QWERTY
};

} // namespace atelier::workshop

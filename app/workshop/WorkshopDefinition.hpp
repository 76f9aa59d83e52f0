// A workshop as the facilitator prepared it: title, site, question, categories and phases.
#pragma once

#include "workshop/DecisionPlan.hpp"
#include "core/Georef.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace atelier::workshop {

/// A category of idea cards and its colour (0xRRGGBB), chosen to be told apart by colour-blind people.
struct Category {
    std::string name;
    std::uint32_t colour = 0;
};

/// One phase of the method and the tools it allows at the table.
struct PhasePlan {
    std::string name;
    int durationMinutes = 0; ///< as written in "minutes"; 0 when the phase gives "seconds"
    int durationSeconds = 0; ///< the planned length the table counts: minutes × 60, or "seconds"
    std::vector<std::string> tools;
    bool autoAdvance = false; ///< the table moves on by itself (time up, every seat's "Next", quiet time)
    int quietS = 0;           ///< with autoAdvance: seconds without a touch that end the phase; 0 never
};

/// A site photo the definition places on the map: the map coordinates of its image's outer corners and
/// their coordinate reference system (as PROJ reads it: "EPSG:2154").
struct PhotoCorners {
    core::MapCorners corners;
    std::string crs;
};

/// The definition read from a workshop file (the demo ships in assets/demo/workshop.json).
struct WorkshopDefinition {
    std::string title;
    std::string site;
    std::string question;
    int votesPerSeat = 5;
    int seats = 0; ///< seats around the table, 2 to 8; 0: the config's [table] seats
    std::vector<Category> categories;
    std::vector<PhasePlan> phases;
    std::vector<std::string> photos;
    std::map<std::string, PhotoCorners> photoCorners; ///< "georeference": by a file name of `photos`
    int countdownS = 3; ///< the countdown shown at every seat before the table starts the next phase itself
    DecisionPlan
        decision; ///< criteria and budget ("criteria", "budget"); empty when the workshop does not decide
    /// True when some phase moves on by itself (an exhibit): docks get "Next", the last phase invites.
    bool autoAdvances() const;
};

/// A workshop file that cannot be used, in one sentence naming the file and the field.
struct DefinitionError {
    std::string message;
};

/// Parses a workshop definition from JSON text; `source` names it in messages.
std::variant<WorkshopDefinition, DefinitionError> parseWorkshopDefinition(std::string_view json,
                                                                          const std::string& source);

/// Reads and parses a workshop definition file.
std::variant<WorkshopDefinition, DefinitionError> loadWorkshopDefinition(const std::filesystem::path& file);

/// The definition as JSON, as a workshop file would say it (stored with each workshop in the data file).
std::string workshopDefinitionJson(const WorkshopDefinition& definition);

/// The tools a phase may allow, as named in workshop files.
const std::vector<std::string>& knownTools();

} // namespace atelier::workshop

// A workshop as the facilitator prepared it: title, site, question, categories and phases.
#pragma once

#include <cstdint>
#include <filesystem>
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
    int durationMinutes = 0;
    std::vector<std::string> tools;
};

/// The definition read from a workshop file (the demo ships in assets/demo/workshop.json).
struct WorkshopDefinition {
    std::string title;
    std::string site;
    std::string question;
    int votesPerSeat = 5;
    std::vector<Category> categories;
    std::vector<PhasePlan> phases;
    std::vector<std::string> photos;
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

/// The tools a phase may allow, as named in workshop files.
const std::vector<std::string>& knownTools();

} // namespace atelier::workshop

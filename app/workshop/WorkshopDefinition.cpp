// Reads workshop definitions (JSON) and checks every field, so a typo gets a sentence, not a crash.
#include "workshop/WorkshopDefinition.hpp"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace atelier::workshop {
namespace {

using nlohmann::json;

struct Problem {
    std::string message;
};

std::string requireString(const json& object, const char* key, const std::string& where) {
    auto found = object.find(key);
    if (found == object.end() || !found->is_string() || found->get_ref<const std::string&>().empty()) {
        throw Problem{where + ": '" + key + "' must be a non-empty text."};
    }
    return found->get<std::string>();
}

std::uint32_t parseColour(const json& value, const std::string& where) {
    if (value.is_string()) {
        const std::string& text = value.get_ref<const std::string&>();
        if (text.size() == 7 && text[0] == '#' && std::all_of(text.begin() + 1, text.end(), [](char c) {
                return std::isxdigit(static_cast<unsigned char>(c));
            })) {
            return static_cast<std::uint32_t>(std::stoul(text.substr(1), nullptr, 16));
        }
    }
    throw Problem{where + ": 'colour' must look like \"#0072B2\"."};
}

WorkshopDefinition parse(const json& root, const std::string& source) {
    if (!root.is_object()) {
        throw Problem{source + ": a workshop file must hold one JSON object."};
    }
    WorkshopDefinition definition;
    definition.title = requireString(root, "title", source);
    definition.site = requireString(root, "site", source);
    definition.question = requireString(root, "question", source);
    if (auto votes = root.find("votes_per_seat"); votes != root.end()) {
        if (!votes->is_number_integer() || votes->get<int>() < 1 || votes->get<int>() > 20) {
            throw Problem{source + ": 'votes_per_seat' must be a whole number from 1 to 20."};
        }
        definition.votesPerSeat = votes->get<int>();
    }
    const json& categories = root.value("categories", json::array());
    if (!categories.is_array() || categories.empty() || categories.size() > 8) {
        throw Problem{source + ": 'categories' must list 1 to 8 categories."};
    }
    for (std::size_t i = 0; i < categories.size(); ++i) {
        const std::string where = source + ": categories[" + std::to_string(i) + "]";
        if (!categories[i].is_object()) {
            throw Problem{where + " must be an object with 'name' and 'colour'."};
        }
        definition.categories.push_back({requireString(categories[i], "name", where),
                                         parseColour(categories[i].value("colour", json()), where)});
    }
    const json& phases = root.value("phases", json::array());
    if (!phases.is_array() || phases.empty()) {
        throw Problem{source + ": 'phases' must list at least one phase."};
    }
    for (std::size_t i = 0; i < phases.size(); ++i) {
        const std::string where = source + ": phases[" + std::to_string(i) + "]";
        if (!phases[i].is_object()) {
            throw Problem{where + " must be an object with 'name', 'minutes' and 'tools'."};
        }
        PhasePlan phase;
        phase.name = requireString(phases[i], "name", where);
        const json& minutes = phases[i].value("minutes", json());
        if (!minutes.is_number_integer() || minutes.get<int>() < 0 || minutes.get<int>() > 600) {
            throw Problem{where + ": 'minutes' must be a whole number from 0 to 600."};
        }
        phase.durationMinutes = minutes.get<int>();
        const json& tools = phases[i].value("tools", json::array());
        for (const json& tool : tools) {
            if (!tool.is_string() || std::find(knownTools().begin(), knownTools().end(),
                                               tool.get<std::string>()) == knownTools().end()) {
                throw Problem{where + ": unknown tool " + tool.dump() + "."};
            }
            phase.tools.push_back(tool.get<std::string>());
        }
        definition.phases.push_back(std::move(phase));
    }
    for (const json& photo : root.value("photos", json::array())) {
        if (!photo.is_string()) {
            throw Problem{source + ": 'photos' must list file names."};
        }
        definition.photos.push_back(photo.get<std::string>());
    }
    return definition;
}

} // namespace

const std::vector<std::string>& knownTools() {
    static const std::vector<std::string> tools = {"photos", "cards", "sketch", "cluster", "vote", "locked"};
    return tools;
}

std::variant<WorkshopDefinition, DefinitionError> parseWorkshopDefinition(std::string_view text,
                                                                          const std::string& source) {
    json root = json::parse(text, nullptr, false);
    if (root.is_discarded()) {
        return DefinitionError{source + ": this is not valid JSON."};
    }
    try {
        return parse(root, source);
    } catch (const Problem& problem) {
        return DefinitionError{problem.message};
    } catch (const json::exception& error) {
        return DefinitionError{source + ": " + error.what()};
    }
}

std::variant<WorkshopDefinition, DefinitionError> loadWorkshopDefinition(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return DefinitionError{file.string() + ": cannot read this workshop file."};
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parseWorkshopDefinition(text.str(), file.string());
}

} // namespace atelier::workshop

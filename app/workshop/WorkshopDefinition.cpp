// Reads workshop definitions (JSON) and checks every field, so a typo gets a sentence, not a crash.
#include "workshop/WorkshopDefinition.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
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

/// A whole number from `low` to `high` under `key` of an object, or `fallback` when the key is absent.
int boundedInt(const json& object, const char* key, int low, int high, int fallback,
               const std::string& where) {
    const auto found = object.find(key);
    if (found == object.end()) {
        return fallback;
    }
    if (!found->is_number_integer() || found->get<int>() < low || found->get<int>() > high) {
        throw Problem{where + ": '" + key + "' must be a whole number from " + std::to_string(low) + " to " +
                      std::to_string(high) + "."};
    }
    return found->get<int>();
}

/// Reads "auto_advance" (true, false, or {"quiet_s": N}) into the plan; absent leaves it as inherited.
void parseAutoAdvance(const json& object, PhasePlan& plan, const std::string& where) {
    const auto found = object.find("auto_advance");
    if (found == object.end()) {
        return;
    }
    if (found->is_boolean()) {
        plan.autoAdvance = found->get<bool>();
        return;
    }
    if (!found->is_object()) {
        throw Problem{where + ": 'auto_advance' must be true, false or an object like {\"quiet_s\": 60}."};
    }
    plan.autoAdvance = true;
    plan.quietS = boundedInt(*found, "quiet_s", 0, 3600, plan.quietS, where + ": auto_advance");
}

/// The planned length: "minutes" (0 to 600) or, for short exhibits and tests, "seconds" (0 to 36000).
void parseDuration(const json& phase, PhasePlan& plan, const std::string& where) {
    if (phase.contains("seconds") && !phase.contains("minutes")) {
        plan.durationSeconds = boundedInt(phase, "seconds", 0, 36000, 0, where);
        return;
    }
    const json& minutes = phase.value("minutes", json());
    if (!minutes.is_number_integer() || minutes.get<int>() < 0 || minutes.get<int>() > 600) {
        throw Problem{where + ": 'minutes' must be a whole number from 0 to 600."};
    }
    plan.durationMinutes = minutes.get<int>();
    plan.durationSeconds = plan.durationMinutes * 60;
}

/// A corner as [x, y] in map coordinates, if the object names it.
std::optional<core::Vec2> parseCorner(const json& object, const char* key, const std::string& where) {
    const auto found = object.find(key);
    if (found == object.end()) {
        return std::nullopt;
    }
    if (!found->is_array() || found->size() != 2 || !(*found)[0].is_number() || !(*found)[1].is_number()) {
        throw Problem{where + ": '" + key +
                      "' must be [x, y] in the map's coordinates (easting, northing or "
                      "longitude, latitude)."};
    }
    return core::Vec2{(*found)[0].get<double>(), (*found)[1].get<double>()};
}

/// "georeference": {"<photo>": {"crs": "EPSG:2154", "top_left": [x, y], "bottom_right": [x, y]}, …}.
void parseGeoreference(const json& root, WorkshopDefinition& definition, const std::string& source) {
    const auto found = root.find("georeference");
    if (found == root.end()) {
        return;
    }
    if (!found->is_object()) {
        throw Problem{source + ": 'georeference' must map photo file names to their corners and CRS."};
    }
    for (const auto& [name, value] : found->items()) {
        const std::string where = source + ": georeference[\"" + name + "\"]";
        if (std::find(definition.photos.begin(), definition.photos.end(), name) == definition.photos.end()) {
            throw Problem{where + " names no photo of 'photos'."};
        }
        if (!value.is_object()) {
            throw Problem{where + " must be an object with 'crs' and corners."};
        }
        PhotoCorners photo{{parseCorner(value, "top_left", where), parseCorner(value, "top_right", where),
                            parseCorner(value, "bottom_left", where),
                            parseCorner(value, "bottom_right", where)},
                           requireString(value, "crs", where)};
        // The corners' shape is checked on a nominal image; the photo's own size is used at placing.
        if (const auto problem = core::affineFromCorners(photo.corners, 1000, 1000);
            std::holds_alternative<std::string>(problem)) {
            throw Problem{where + " " + std::get<std::string>(problem)};
        }
        definition.photoCorners.emplace(name, std::move(photo));
    }
}

json cornersJson(const PhotoCorners& photo) {
    json written = {{"crs", photo.crs}};
    const std::pair<const char*, const std::optional<core::Vec2>*> corners[] = {
        {"top_left", &photo.corners.topLeft},
        {"top_right", &photo.corners.topRight},
        {"bottom_left", &photo.corners.bottomLeft},
        {"bottom_right", &photo.corners.bottomRight}};
    for (const auto& [key, corner] : corners) {
        if (*corner) {
            written[key] = json::array({(*corner)->x, (*corner)->y});
        }
    }
    return written;
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
    definition.seats = boundedInt(root, "seats", 2, 8, 0, source);
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
    PhasePlan whole; // what "auto_advance" at the top says for every phase
    parseAutoAdvance(root, whole, source);
    if (const auto found = root.find("auto_advance"); found != root.end() && found->is_object()) {
        definition.countdownS = boundedInt(*found, "countdown_s", 0, 30, 3, source + ": auto_advance");
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
        PhasePlan phase = whole;
        phase.name = requireString(phases[i], "name", where);
        parseDuration(phases[i], phase, where);
        parseAutoAdvance(phases[i], phase, where);
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
    const auto uses = [&definition](const char* tool) {
        return std::any_of(
            definition.phases.begin(), definition.phases.end(), [tool](const PhasePlan& phase) {
                return std::find(phase.tools.begin(), phase.tools.end(), tool) != phase.tools.end();
            });
    };
    if (auto problem =
            readDecisionPlan(root, uses("budget"), uses("criteria"), definition.decision, source)) {
        throw Problem{std::move(*problem)};
    }
    parseGeoreference(root, definition, source);
    return definition;
}

} // namespace

bool WorkshopDefinition::autoAdvances() const {
    return std::any_of(phases.begin(), phases.end(),
                       [](const PhasePlan& phase) { return phase.autoAdvance; });
}

std::string workshopDefinitionJson(const WorkshopDefinition& definition) {
    json categories = json::array();
    for (const Category& category : definition.categories) {
        char colour[8];
        std::snprintf(colour, sizeof colour, "#%06X", category.colour);
        categories.push_back({{"name", category.name}, {"colour", colour}});
    }
    json phases = json::array();
    for (const PhasePlan& phase : definition.phases) {
        json written = {{"name", phase.name}, {"tools", phase.tools}};
        if (phase.durationSeconds == phase.durationMinutes * 60) {
            written["minutes"] = phase.durationMinutes;
        } else {
            written["seconds"] = phase.durationSeconds;
        }
        if (definition.autoAdvances()) {
            written["auto_advance"] = phase.autoAdvance ? json{{"quiet_s", phase.quietS}} : json(false);
        }
        phases.push_back(std::move(written));
    }
    json root = {{"title", definition.title},       {"site", definition.site},
                 {"question", definition.question}, {"votes_per_seat", definition.votesPerSeat},
                 {"categories", categories},        {"phases", phases},
                 {"photos", definition.photos}};
    if (definition.seats > 0) {
        root["seats"] = definition.seats;
    }
    if (definition.autoAdvances()) {
        root["auto_advance"] = json{{"countdown_s", definition.countdownS}};
    }
    writeDecisionPlan(definition.decision, root);
    for (const auto& [name, photo] : definition.photoCorners) {
        root["georeference"][name] = cornersJson(photo);
    }
    return root.dump();
}

const std::vector<std::string>& knownTools() {
    static const std::vector<std::string> tools = {"photos", "cards",  "sketch", "cluster",
                                                   "vote",   "locked", "budget", "criteria"};
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

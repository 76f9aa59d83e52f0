// Reads atelier.toml with toml++ and checks every key against the table of known settings.
#include "cli/Config.hpp"

#include <array>
#include <fstream>
#include <functional>
#include <sstream>

#include <toml++/toml.h>

#include <spdlog/spdlog.h>

#include "input/TuioAllowList.hpp"
#include "table/PinHash.hpp"

namespace atelier::cli {
namespace {

/// One known key: where it lives, and how to read it into Config (returns an error sentence or "").
struct KeySpec {
    std::string_view section;
    std::string_view key;
    std::function<std::string(const toml::node&, Config&)> read;
};

std::string describe(const toml::node& node) {
    std::ostringstream out;
    if (node.is_string()) {
        out << '"' << node.as_string()->get() << '"';
    } else if (node.is_table()) {
        out << "a table";
    } else if (node.is_array()) {
        out << "a list";
    } else {
        node.visit([&out](auto&& value) {
            if constexpr (toml::is_value<decltype(value)>) {
                out << value;
            }
        });
    }
    return out.str();
}

auto number(double Config::*field, double low, double high, std::string_view unit) {
    return [=](const toml::node& node, Config& config) -> std::string {
        std::optional<double> value = node.value<double>();
        if (!node.is_number() || !value || !(*value >= low && *value <= high)) {
            std::ostringstream out;
            out << "must be a number " << unit << "between " << low << " and " << high << ", not "
                << describe(node);
            return out.str();
        }
        config.*field = *value;
        return {};
    };
}

auto integer(int Config::*field, int low, int high) {
    return [=](const toml::node& node, Config& config) -> std::string {
        const toml::value<int64_t>* value = node.as_integer();
        if (value == nullptr || value->get() < low || value->get() > high) {
            std::ostringstream out;
            out << "must be a whole number between " << low << " and " << high << ", not " << describe(node);
            return out.str();
        }
        config.*field = static_cast<int>(value->get());
        return {};
    };
}

auto boolean(bool Config::*field) {
    return [=](const toml::node& node, Config& config) -> std::string {
        const toml::value<bool>* value = node.as_boolean();
        if (value == nullptr) {
            return "must be true or false, not " + describe(node);
        }
        config.*field = value->get();
        return {};
    };
}

auto oneOf(std::string Config::*field, std::vector<std::string> choices) {
    return [=](const toml::node& node, Config& config) -> std::string {
        const toml::value<std::string>* value = node.as_string();
        if (value != nullptr) {
            for (const std::string& choice : choices) {
                if (value->get() == choice) {
                    config.*field = choice;
                    return {};
                }
            }
        }
        std::string list;
        for (const std::string& choice : choices) {
            list += (list.empty() ? "\"" : ", \"") + choice + "\"";
        }
        return "must be one of " + list + ", not " + describe(node);
    };
}

auto text(std::string Config::*field) {
    return [=](const toml::node& node, Config& config) -> std::string {
        const toml::value<std::string>* value = node.as_string();
        if (value == nullptr || value->get().empty()) {
            return "must be a text in quotes, not " + describe(node);
        }
        config.*field = value->get();
        return {};
    };
}

auto path(std::filesystem::path Config::*field) {
    return [=](const toml::node& node, Config& config) -> std::string {
        const toml::value<std::string>* value = node.as_string();
        if (value == nullptr) {
            return "must be a path in quotes, not " + describe(node);
        }
        config.*field = value->get();
        return {};
    };
}

/// An IANA time zone the system knows (its TZif file under /usr/share/zoneinfo).
auto zone(std::string Config::*field) {
    return [=](const toml::node& node, Config& config) -> std::string {
        const toml::value<std::string>* value = node.as_string();
        if (value == nullptr || !core::TimeZone::load(value->get())) {
            return "must be a time zone this system knows, such as \"Europe/Paris\", not " + describe(node);
        }
        config.*field = value->get();
        return {};
    };
}

/// A list of numeric IP addresses (checked against the bind address once the whole file is read).
auto addresses(std::vector<std::string> Config::*field) {
    return [=](const toml::node& node, Config& config) -> std::string {
        const toml::array* list = node.as_array();
        std::vector<std::string> values;
        for (std::size_t i = 0; list != nullptr && i < list->size(); ++i) {
            const toml::value<std::string>* value = list->get(i)->as_string();
            if (value == nullptr || !input::canonicalAddress(value->get())) {
                return "must list numeric IP addresses in quotes (e.g. [\"192.168.1.20\"]), not " +
                       describe(node);
            }
            values.push_back(value->get());
        }
        if (list == nullptr) {
            return "must be a list of IP addresses in quotes (e.g. [\"192.168.1.20\"]), not " +
                   describe(node);
        }
        config.*field = std::move(values);
        return {};
    };
}

// --- Facilitator panel: the PIN hash must be "" or what `atelier pin` writes.
auto pinHash(std::string Config::*field) {
    return [=](const toml::node& node, Config& config) -> std::string {
        const toml::value<std::string>* value = node.as_string();
        if (value == nullptr || (!value->get().empty() && !table::parsePinHash(value->get()))) {
            return "must be \"\" or the line `atelier pin` prints (\"$argon2id$...\"), not " + describe(node);
        }
        config.*field = value->get();
        return {};
    };
}

const std::vector<KeySpec>& knownKeys() {
    static const std::vector<KeySpec> keys = {
        {"display", "width_mm", number(&Config::displayWidthMm, 100, 5000, "of millimetres ")},
        {"display", "height_mm", number(&Config::displayHeightMm, 100, 5000, "of millimetres ")},
        {"display", "fullscreen", boolean(&Config::fullscreen)},
        {"display", "vsync", boolean(&Config::vsync)},
        {"display", "ui_scale", number(&Config::uiScale, 0.25, 4, "")},
        {"table", "seats", integer(&Config::seats, 2, 8)},
        {"table", "workshop", text(&Config::workshop)},
        {"table", "time_zone", zone(&Config::timeZone)},
        {"ui", "language", oneOf(&Config::language, {"fr", "en"})},
        {"data", "dir", path(&Config::dataDir)},
        {"data", "keep_sessions_days", integer(&Config::keepSessionsDays, 0, 36500)},
        {"cards", "text_limit", integer(&Config::cardTextLimit, 10, 1000)},
        {"cards", "cluster_distance_mm", number(&Config::clusterDistanceMm, 20, 500, "of millimetres ")},
        {"input", "tuio", boolean(&Config::tuioEnabled)},
        {"input", "tuio_bind", text(&Config::tuioBind)},
        {"input", "tuio_port", integer(&Config::tuioPort, 1, 65535)},
        {"input", "tuio_allow", addresses(&Config::tuioAllow)},
        {"gestures", "min_scale", number(&Config::minScale, 0.1, 1, "")},
        {"gestures", "max_scale", number(&Config::maxScale, 1, 10, "")},
        {"log", "level",
         oneOf(&Config::logLevel, {"trace", "debug", "info", "warn", "error", "critical", "off"})},
        // Exhibition ([kiosk] block)
        {"kiosk", "enabled", boolean(&Config::kioskEnabled)},
        {"kiosk", "idle_timeout_s", number(&Config::idleTimeoutS, 0, 86400, "of seconds ")},
        {"kiosk", "resume_max_idle_s", integer(&Config::resumeMaxIdleS, 60, 604800)},
        {"kiosk", "attract_session", integer(&Config::attractSession, 0, 2147483647)},
        {"kiosk", "attract_show_recent", boolean(&Config::attractShowRecent)},
        {"kiosk", "attract_speed", number(&Config::attractSpeed, 0.5, 32, "")},
        // --- Facilitator panel
        {"panel", "pin_hash", pinHash(&Config::panelPinHash)},
        {"panel", "gesture_fingers", integer(&Config::panelGestureFingers, 2, 5)},
        {"panel", "gesture_hold_s", number(&Config::panelGestureHoldS, 1, 10, "of seconds ")},
        {"panel", "gesture_corner",
         oneOf(&Config::panelGestureCorner, {"any", "top-left", "top-right", "bottom-left", "bottom-right"})},
        {"panel", "idle_close_s", integer(&Config::panelIdleCloseS, 30, 1800)},
        {"panel", "import_folder", path(&Config::panelImportFolder)},
        // --- Bringing photos and plans in
        {"import", "max_megapixels", integer(&Config::importMaxMegapixels, 1, 2000)},
        {"panel", "export_folder", path(&Config::panelExportFolder)},
    };
    return keys;
}

std::string where(const std::filesystem::path& file, const toml::node& node) {
    return file.string() + ":" + std::to_string(node.source().begin.line);
}

/// Kiosk mode needs an idle timeout: without one every visitor of the day shares one endless session. Unset,
/// it takes kKioskIdleTimeoutS; set to 0, the file is refused naming the key.
std::optional<ConfigError> checkKiosk(const toml::table& root, Config& config,
                                      const std::filesystem::path& sourceName) {
    if (!config.kioskEnabled) {
        return std::nullopt;
    }
    const toml::node_view<const toml::node> idle = root.at_path("kiosk.idle_timeout_s");
    if (!idle) {
        config.idleTimeoutS = kKioskIdleTimeoutS;
        return std::nullopt;
    }
    if (config.idleTimeoutS > 0) {
        return std::nullopt;
    }
    return ConfigError{
        where(sourceName, *idle.node()) +
        ": 'kiosk.idle_timeout_s' is 0 while kiosk.enabled = true: every visitor of the day would "
        "share one endless session. Set it to a few minutes (e.g. 180)."};
}

/// TUIO bound beyond loopback needs the trackers' addresses: otherwise any host on the network could touch
/// the table (and try PINs). Refused naming `input.tuio_allow`.
std::optional<ConfigError> checkTuio(const toml::table& root, const Config& config,
                                     const std::filesystem::path& sourceName) {
    if (!config.tuioEnabled) {
        return std::nullopt;
    }
    const auto allow = input::TuioAllowList::make(config.tuioBind, config.tuioAllow);
    const std::string* refusal = std::get_if<std::string>(&allow);
    if (refusal == nullptr) {
        return std::nullopt;
    }
    const toml::node_view<const toml::node> bind = root.at_path("input.tuio_bind");
    return ConfigError{(bind ? where(sourceName, *bind.node()) : sourceName.string()) +
                       ": 'input.tuio_allow' is "
                       "needed: " +
                       *refusal};
}

} // namespace

std::variant<Config, ConfigError> parseConfig(std::string_view text,
                                              const std::filesystem::path& sourceName) {
    toml::table root;
    try {
        root = toml::parse(text, sourceName.string());
    } catch (const toml::parse_error& error) {
        return ConfigError{sourceName.string() + ":" + std::to_string(error.source().begin.line) +
                           ": this line is not valid TOML (" + std::string(error.description()) + ")."};
    }

    Config config;
    config.source = sourceName;
    for (auto&& [sectionName, sectionNode] : root) {
        const toml::table* section = sectionNode.as_table();
        bool knownSection = false;
        for (const KeySpec& spec : knownKeys()) {
            knownSection = knownSection || spec.section == sectionName.str();
        }
        if (section == nullptr || !knownSection) {
            return ConfigError{where(sourceName, sectionNode) + ": unknown setting '" +
                               std::string(sectionName.str()) +
                               "' (known sections: [display], [table], [ui], [data], [cards], [input], "
                               "[gestures], [log], [kiosk], [panel], [import])."};
        }
        for (auto&& [keyName, valueNode] : *section) {
            const std::string fullName = std::string(sectionName.str()) + "." + std::string(keyName.str());
            const KeySpec* spec = nullptr;
            for (const KeySpec& candidate : knownKeys()) {
                if (candidate.section == sectionName.str() && candidate.key == keyName.str()) {
                    spec = &candidate;
                }
            }
            if (spec == nullptr) {
                return ConfigError{where(sourceName, valueNode) + ": unknown key '" + fullName +
                                   "'; every key is listed in kiosk-config/atelier.toml."};
            }
            if (std::string problem = spec->read(valueNode, config); !problem.empty()) {
                return ConfigError{where(sourceName, valueNode) + ": '" + fullName + "' " + problem + "."};
            }
        }
    }
    if (std::optional<ConfigError> kiosk = checkKiosk(root, config, sourceName)) {
        return *kiosk;
    }
    if (std::optional<ConfigError> tuio = checkTuio(root, config, sourceName)) {
        return *tuio;
    }
    return config;
}

std::vector<std::string> knownConfigKeys() {
    std::vector<std::string> names;
    for (const KeySpec& spec : knownKeys()) {
        names.push_back(std::string(spec.section) + "." + std::string(spec.key));
    }
    return names;
}

std::variant<Config, ConfigError> loadConfig(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return ConfigError{file.string() + ": cannot read this config file (missing or not readable)."};
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parseConfig(text.str(), file);
}

core::TimeZone tableTimeZone(const Config& config) {
    if (std::optional<core::TimeZone> zone = core::TimeZone::load(config.timeZone)) {
        return *zone;
    }
    spdlog::warn("the time zone {} is not on this system (package tzdata): times are shown in UTC",
                 config.timeZone);
    return core::TimeZone{};
}

} // namespace atelier::cli

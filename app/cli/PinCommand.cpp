// Reads a PIN, hashes it with Argon2id (a fresh salt), and prints it or writes it into the config file.
#include "cli/PinCommand.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "cli/Config.hpp"
#include "table/PinHash.hpp"

namespace atelier::cli {
namespace {

/// PINs shorter than this are still accepted (4 and 5 digits), with a warning.
constexpr std::size_t kAdvisedPinDigits = 6;

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\r' || text.back() == ' ' || text.back() == '\t')) {
        text.pop_back();
    }
    const std::size_t first = text.find_first_not_of(" \t");
    return first == std::string::npos ? std::string() : text.substr(first);
}

bool isSectionHeader(const std::string& line) {
    const std::string text = trimmed(line);
    return !text.empty() && text.front() == '[';
}

} // namespace

std::string withPinHash(const std::string& configText, const std::string& hash) {
    const std::string setting = "pin_hash = \"" + hash + "\"";
    std::istringstream in(configText);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    bool inPanel = false;
    std::optional<std::size_t> panelHeader;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (isSectionHeader(lines[i])) {
            inPanel = trimmed(lines[i]) == "[panel]";
            if (inPanel) {
                panelHeader = i;
            }
        } else if (inPanel && trimmed(lines[i]).rfind("pin_hash", 0) == 0) {
            lines[i] = setting;
            panelHeader.reset();
            break;
        }
    }
    bool replaced = true;
    if (panelHeader) {
        lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(*panelHeader) + 1, setting);
    } else {
        replaced = std::find(lines.begin(), lines.end(), setting) != lines.end();
    }
    std::string out;
    for (const std::string& line : lines) {
        out += line + "\n";
    }
    if (!replaced) {
        out += "\n[panel]\n" + setting + "\n";
    }
    return out;
}

int pinCommand(std::istream& in, std::ostream& out, std::ostream& err,
               const std::optional<std::filesystem::path>& configToSet, table::PinHashCost cost) {
    err << "Type the facilitator's new PIN (" << kAdvisedPinDigits << " to 8 digits), then Enter:\n";
    std::string pin;
    std::getline(in, pin);
    pin = trimmed(pin);
    if (!table::validPin(pin)) {
        err << "atelier: a PIN is 4 to 8 digits (0-9) and nothing else; nothing was changed.\n";
        return 2;
    }
    if (pin.size() < kAdvisedPinDigits) {
        err << "atelier: warning: a " << pin.size() << "-digit PIN can be found by trying; use "
            << kAdvisedPinDigits << " digits or more. It is set anyway.\n";
    }
    std::string hash;
    try {
        hash = table::makePinHash(pin, cost);
    } catch (const std::exception& error) {
        err << "atelier: " << error.what() << "; nothing was changed.\n";
        return 1;
    }
    if (!configToSet) {
        out << "# Under [panel] in atelier.toml:\npin_hash = \"" << hash << "\"\n";
        return 0;
    }
    std::ifstream file(*configToSet, std::ios::binary);
    if (!file) {
        err << "atelier: cannot read " << configToSet->string() << "; nothing was changed.\n";
        return 1;
    }
    std::ostringstream text;
    text << file.rdbuf();
    const std::string updated = withPinHash(text.str(), hash);
    const auto checked = parseConfig(updated, *configToSet);
    if (const auto* problem = std::get_if<ConfigError>(&checked)) {
        err << "atelier: the config would not be valid with the new PIN (" << problem->message
            << "); nothing was changed.\n";
        return 1;
    }
    const std::filesystem::path temporary = configToSet->string() + ".new";
    {
        std::ofstream written(temporary, std::ios::binary | std::ios::trunc);
        written << updated;
        if (!written.flush()) {
            err << "atelier: cannot write " << temporary.string() << "; nothing was changed.\n";
            return 1;
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, *configToSet, error);
    if (error) {
        std::filesystem::remove(temporary, error);
        err << "atelier: cannot replace " << configToSet->string() << "; nothing was changed.\n";
        return 1;
    }
    out << "The new PIN is set in " << configToSet->string() << " (only its salted hash is kept).\n";
    return 0;
}

} // namespace atelier::cli

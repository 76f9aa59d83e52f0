// `atelier pin`: turns a new facilitator PIN into the Argon2id hash the config keeps.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>

#include "table/PinHash.hpp"

namespace atelier::cli {

/// Reads the PIN (4 to 8 digits) from the first line of `in` and prints `pin_hash = "…"` for the config's
/// [panel] section; with `configToSet`, writes that line into the file instead (replacing an older one).
/// Returns the exit code: 0, 1 when the file cannot be written, 2 for a bad PIN.
/// `cost`: Argon2id's limits (tests use the cheapest; the command line libsodium's interactive ones).
int pinCommand(std::istream& in, std::ostream& out, std::ostream& err,
               const std::optional<std::filesystem::path>& configToSet, table::PinHashCost cost = {});

/// The config text with `pin_hash = "<hash>"` set in its [panel] section (added when missing).
std::string withPinHash(const std::string& configText, const std::string& hash);

} // namespace atelier::cli

// Sets up spdlog: to stdout, which journald collects when the table runs as a service.
#pragma once

#include <string>

namespace atelier::platform {

/// Configures the default logger at the named level ("info", "debug", ...). Commands whose stdout is
/// data for another program (--list-targets, sessions --json) log to stderr instead.
void setUpLogging(const std::string& level, bool toStderr = false);

} // namespace atelier::platform

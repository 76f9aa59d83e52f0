// Sets up spdlog: to stdout, which journald collects when the table runs as a service.
#pragma once

#include <string>

namespace atelier::platform {

/// Configures the default logger at the named level ("info", "debug", ...).
void setUpLogging(const std::string& level);

} // namespace atelier::platform

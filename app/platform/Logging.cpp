// Configures spdlog for Atelier's technicians: one line per message on stdout.
#include "platform/Logging.hpp"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace atelier::platform {

void setUpLogging(const std::string& level, bool toStderr) {
    static bool configured = false;
    if (!configured) {
        auto logger = toStderr ? spdlog::stderr_logger_mt("atelier") : spdlog::stdout_logger_mt("atelier");
        spdlog::set_default_logger(logger);
        spdlog::set_pattern("[%H:%M:%S.%e] [%^%l%$] %v");
        spdlog::flush_on(spdlog::level::info);
        configured = true;
    }
    spdlog::set_level(spdlog::level::from_str(level));
}

} // namespace atelier::platform

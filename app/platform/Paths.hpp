// Where Atelier finds its config, its data directory, and its shaders and assets.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <variant>

namespace atelier::platform {

/// A place that should exist but does not: the sentence says which and where it looked.
struct PathError {
    std::string message;
};

/// The config file to read: --config, else /etc/atelier, else the installed or source-tree default.
std::variant<std::filesystem::path, PathError>
findConfigFile(const std::optional<std::filesystem::path>& fromCommandLine);

/// The data directory: --data, else the config's data.dir, else $XDG_DATA_HOME/atelier (~/.local/share).
std::filesystem::path resolveDataDir(const std::optional<std::filesystem::path>& fromCommandLine,
                                     const std::filesystem::path& fromConfig);

/// The folder holding shaders/ and assets/: ../share/atelier beside the binary, or the source tree.
std::variant<std::filesystem::path, PathError> findResourceRoot();

} // namespace atelier::platform

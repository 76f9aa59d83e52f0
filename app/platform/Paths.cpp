// Resolves Atelier's config, data and resource locations, in the order the README documents.
#include "platform/Paths.hpp"

#include <cstdlib>
#include <system_error>

#ifndef ATELIER_SOURCE_DIR
#error "ATELIER_SOURCE_DIR must be defined by CMake (the source tree, for running from the build tree)"
#endif

namespace atelier::platform {
namespace {

std::filesystem::path executableDir() {
    std::error_code error;
    std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::filesystem::path{} : exe.parent_path();
}

bool isFile(const std::filesystem::path& file) {
    std::error_code error;
    return std::filesystem::is_regular_file(file, error);
}

bool isDir(const std::filesystem::path& dir) {
    std::error_code error;
    return std::filesystem::is_directory(dir, error);
}

} // namespace

std::variant<std::filesystem::path, PathError>
findConfigFile(const std::optional<std::filesystem::path>& fromCommandLine) {
    if (fromCommandLine) {
        if (!isFile(*fromCommandLine)) {
            return PathError{fromCommandLine->string() +
                             ": this config file (given with --config) does not exist."};
        }
        return *fromCommandLine;
    }
    const std::filesystem::path candidates[] = {
        "/etc/atelier/atelier.toml",
        executableDir() / "../share/atelier/kiosk-config/atelier.toml",
        std::filesystem::path(ATELIER_SOURCE_DIR) / "kiosk-config/atelier.toml",
    };
    for (const std::filesystem::path& candidate : candidates) {
        if (isFile(candidate)) {
            return candidate.lexically_normal();
        }
    }
    return PathError{"no config file found: give one with --config, or install /etc/atelier/atelier.toml."};
}

std::filesystem::path resolveDataDir(const std::optional<std::filesystem::path>& fromCommandLine,
                                     const std::filesystem::path& fromConfig) {
    if (fromCommandLine) {
        return *fromCommandLine;
    }
    if (!fromConfig.empty()) {
        return fromConfig;
    }
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg != '\0') {
        return std::filesystem::path(xdg) / "atelier";
    }
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home != nullptr ? home : ".") / ".local/share/atelier";
}

std::variant<std::filesystem::path, PathError> findResourceRoot() {
    const std::filesystem::path candidates[] = {
        executableDir() / "../share/atelier",
        std::filesystem::path(ATELIER_SOURCE_DIR),
    };
    for (const std::filesystem::path& candidate : candidates) {
        if (isDir(candidate / "shaders") && isDir(candidate / "assets")) {
            return candidate.lexically_normal();
        }
    }
    return PathError{"Atelier's shaders and assets are missing: looked in " +
                     candidates[0].lexically_normal().string() + " and " + candidates[1].string() + "."};
}

} // namespace atelier::platform

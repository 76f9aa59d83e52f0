// Removable drives from the mount table and sysfs, labels from udev's by-label links.
#include "platform/RemovableDrives.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

namespace atelier::platform {
namespace {

/// Undoes the mount table's and udev's escapes: "\040" (octal) and "\x20" (hex) for spaces and the like.
std::string unescape(const std::string& text) {
    auto digits = [&](std::size_t from, std::size_t count, const char* allowed) {
        return from + count <= text.size() &&
               text.substr(from, count).find_first_not_of(allowed) == std::string::npos;
    };
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == 'x' &&
            digits(i + 2, 2, "0123456789abcdefABCDEF")) {
            out += static_cast<char>(std::stoi(text.substr(i + 2, 2), nullptr, 16));
            i += 3;
        } else if (text[i] == '\\' && digits(i + 1, 3, "01234567")) {
            out += static_cast<char>(std::stoi(text.substr(i + 1, 3), nullptr, 8));
            i += 3;
        } else {
            out += text[i];
        }
    }
    return out;
}

/// The whole disk a partition belongs to ("sdb1" → "sdb", "mmcblk0p1" → "mmcblk0"), as /sys/block names it.
std::string diskOf(const std::string& device, const std::filesystem::path& sysBlock) {
    std::error_code error;
    for (const auto& disk : std::filesystem::directory_iterator(sysBlock, error)) {
        const std::string name = disk.path().filename().string();
        if (device == name ||
            (device.rfind(name, 0) == 0 && std::filesystem::exists(disk.path() / device, error))) {
            return name;
        }
    }
    return {};
}

bool isRemovable(const std::filesystem::path& disk) {
    std::ifstream flag(disk / "removable");
    int removable = 0;
    if (flag >> removable && removable == 1) {
        return true;
    }
    std::error_code error;
    const std::filesystem::path device = std::filesystem::canonical(disk / "device", error);
    return !error && device.string().find("/usb") != std::string::npos;
}

/// /dev/sdb1 → "MA CLE", from the by-label links.
std::map<std::string, std::string> labels(const std::filesystem::path& byLabel) {
    std::map<std::string, std::string> found;
    std::error_code error;
    for (const auto& link : std::filesystem::directory_iterator(byLabel, error)) {
        // udev's links are relative ("../../sdb1"): resolved by the text, the device need not be readable.
        std::filesystem::path target = std::filesystem::read_symlink(link.path(), error);
        if (!error) {
            target = target.is_absolute() ? target : (byLabel / target).lexically_normal();
            found[target.string()] = unescape(link.path().filename().string());
        }
    }
    return found;
}

} // namespace

MountLine parseMountInfoLine(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> fields;
    for (std::string field; in >> field;) {
        fields.push_back(field);
    }
    const auto dash = std::find(fields.begin(), fields.end(), "-");
    if (fields.size() < 10 || dash == fields.end() || dash + 2 >= fields.end()) {
        return {};
    }
    return MountLine{unescape(fields[4]), unescape(*(dash + 2))};
}

std::vector<table::ExportDestination> removableDrives(const MountSources& sources) {
    std::vector<table::ExportDestination> drives;
    std::ifstream table(sources.mountInfo);
    const std::map<std::string, std::string> named = labels(sources.byLabel);
    for (std::string line; std::getline(table, line);) {
        const MountLine mount = parseMountInfoLine(line);
        if (mount.source.rfind("/dev/", 0) != 0) {
            continue;
        }
        const std::string device = std::filesystem::path(mount.source).filename().string();
        const std::string disk = diskOf(device, sources.sysBlock);
        if (disk.empty() || !isRemovable(sources.sysBlock / disk)) {
            continue;
        }
        const auto label = named.find(mount.source);
        const std::string name = label != named.end()
                                     ? label->second
                                     : std::filesystem::path(mount.mountPoint).filename().string();
        drives.push_back(table::ExportDestination{name, mount.mountPoint, true});
    }
    return drives;
}

std::vector<table::ExportDestination> removableDrivesOrOverride() {
    const char* folder = std::getenv("ATELIER_REMOVABLE_DRIVES");
    if (folder == nullptr || *folder == '\0') {
        return removableDrives();
    }
    std::vector<table::ExportDestination> drives;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        if (entry.is_directory(error)) {
            drives.push_back(table::ExportDestination{entry.path().filename().string(), entry.path(), true});
        }
    }
    std::sort(drives.begin(), drives.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return drives;
}

} // namespace atelier::platform

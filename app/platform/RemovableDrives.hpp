// The USB sticks (removable drives) mounted now, named by their label, for the panel's export.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "table/PanelExportState.hpp"

namespace atelier::platform {

/// Where the system's tables are read from (tests point them at folders of their own).
struct MountSources {
    std::filesystem::path mountInfo = "/proc/self/mountinfo";
    std::filesystem::path sysBlock = "/sys/block";
    std::filesystem::path byLabel = "/dev/disk/by-label";
};

/// The mounted filesystems whose block device is removable (/sys/block/DEV/removable is 1, or the device
/// hangs off a USB bus), each named by its label (/dev/disk/by-label) or else its mount point's name.
std::vector<table::ExportDestination> removableDrives(const MountSources& sources = {});

/// The same, unless the environment names a folder in ATELIER_REMOVABLE_DRIVES: then each folder in it
/// stands for a mounted stick named after it (tests, and tables whose sticks mount in one place).
std::vector<table::ExportDestination> removableDrivesOrOverride();

/// One line of /proc/self/mountinfo: the mount point and the source device (octal escapes undone), or
/// empty strings when the line is not one.
struct MountLine {
    std::string mountPoint;
    std::string source;
};
MountLine parseMountInfoLine(const std::string& line);

} // namespace atelier::platform

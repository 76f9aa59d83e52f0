// USB sticks from a mount table and a sysfs laid out in a temporary folder: removable disks only, by label.
#include <gtest/gtest.h>

#include <fstream>

#include "TempDir.hpp"
#include "platform/RemovableDrives.hpp"

namespace atelier::platform {
namespace {

TEST(RemovableDrivesTest, AMountInfoLineGivesItsMountPointAndSourceWithSpacesUnescaped) {
    const MountLine line = parseMountInfoLine(
        "36 35 8:17 / /media/kiosk/CLE\\040ATELIER rw,nosuid shared:1 - vfat /dev/sdb1 rw,uid=1000");
    EXPECT_EQ(line.mountPoint, "/media/kiosk/CLE ATELIER");
    EXPECT_EQ(line.source, "/dev/sdb1");
    EXPECT_TRUE(parseMountInfoLine("not a mount line").mountPoint.empty());
}

TEST(RemovableDrivesTest, OnlyRemovableDisksAreListedNamedByTheirLabel) {
    testing::TempDir dir;
    const std::filesystem::path root = dir.path();
    std::filesystem::create_directories(root / "block/sda/sda1");
    std::filesystem::create_directories(root / "block/sdb/sdb1");
    std::ofstream(root / "block/sda/removable") << "0\n";
    std::ofstream(root / "block/sdb/removable") << "1\n";
    std::filesystem::create_directories(root / "by-label");
    std::filesystem::create_symlink("/dev/sdb1", root / "by-label/CL\\x20ATELIER"); // as udev names it
    std::ofstream(root / "mountinfo") << "25 1 8:1 / / rw - ext4 /dev/sda1 rw\n"
                                      << "36 25 8:17 / /media/kiosk/stick rw - vfat /dev/sdb1 rw\n"
                                      << "40 25 0:5 / /proc rw - proc proc rw\n";
    MountSources sources{root / "mountinfo", root / "block", root / "by-label"};
    std::vector<table::ExportDestination> drives = removableDrives(sources);
    ASSERT_EQ(drives.size(), 1u) << "the system disk sda is not removable";
    EXPECT_EQ(drives[0].folder, "/media/kiosk/stick");
    EXPECT_EQ(drives[0].name, "CL ATELIER") << "named by its label, \\x20 undone";
    EXPECT_TRUE(drives[0].removable);
}

} // namespace
} // namespace atelier::platform

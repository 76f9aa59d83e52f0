// Peak memory of importing a huge orthophoto: writes a side × side TIFF of one colour in deflated strips (a
// 20000 × 20000 one is a few megabytes on disk), imports it in a child process through the real import check
// (table::checkPhoto: decoded strip by strip, shrunk, converted to a JPEG) and reads the child's peak
// resident memory from the kernel (wait4's rusage). Prints one JSON line; exits 1 when the import fails, the
// stored photo is not the file's colour, or the peak passes the budget.
//   atelier_bench_import_memory [--side 20000] [--budget-mb 600]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "FormatImages.hpp"
#include "render/ImageLoader.hpp"
#include "table/PhotoImport.hpp"

namespace {

constexpr std::uint32_t kColour = 0x3C8A4E;

/// The child: imports the file; 0 when stored as the table's size and colour.
int importInChild(const std::filesystem::path& file, int side) {
    auto checked = atelier::table::checkPhoto(file);
    if (auto* refused = std::get_if<atelier::table::PhotoRefused>(&checked)) {
        std::fprintf(stderr, "%s: not imported: it %s\n", file.c_str(), refused->reason.c_str());
        return 2;
    }
    const auto& photo = std::get<atelier::table::CheckedPhoto>(checked);
    if (photo.sourceWidth != side || photo.sourceHeight != side || !photo.converted) {
        std::fprintf(stderr, "stored as %d × %d, converted %d\n", photo.sourceWidth, photo.sourceHeight,
                     photo.converted ? 1 : 0);
        return 3;
    }
    auto stored = atelier::render::decodeImage(photo.bytes, {});
    const auto* image = std::get_if<atelier::render::DecodedImage>(&stored);
    if (image == nullptr || std::abs(image->rgba[0] - 0x3C) > 4 || std::abs(image->rgba[1] - 0x8A) > 4 ||
        std::abs(image->rgba[2] - 0x4E) > 4) {
        std::fprintf(stderr, "the stored photo does not show the file's colour\n");
        return 4;
    }
    std::printf("{\"stored\": \"%d x %d %s\", ", image->width, image->height, photo.info.format.c_str());
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    int side = 20000;
    long budgetMb = 600;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--side") == 0) {
            side = std::atoi(argv[i + 1]);
        } else if (std::strcmp(argv[i], "--budget-mb") == 0) {
            budgetMb = std::atol(argv[i + 1]);
        }
    }
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("atelier-ortho-" + std::to_string(::getpid()) + ".tif");
    atelier::render::testing::writeSolidTiff(file, side, side, kColour);
    const auto fileBytes = std::filesystem::file_size(file);
    const auto start = std::chrono::steady_clock::now();
    const pid_t child = ::fork();
    if (child == 0) {
        ::_exit(importInChild(file, side));
    }
    int status = 0;
    rusage usage{};
    ::wait4(child, &status, 0, &usage);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::filesystem::remove(file);
    const long peakMb = usage.ru_maxrss / 1024;
    std::printf(
        "\"side\": %d, \"file_mb\": %.1f, \"peak_rss_mb\": %ld, \"budget_mb\": %ld, \"seconds\": %.2f}\n",
        side, static_cast<double>(fileBytes) / 1e6, peakMb, budgetMb, seconds);
    const bool imported = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return imported && peakMb <= budgetMb ? 0 : 1;
}

// Temporary name, chunks, fsync, rename: the only way the exports put a file where a person will look.
#include "table/WholeFile.hpp"

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace atelier::table {
namespace {

constexpr std::size_t kChunk = 64 * 1024;

/// Renames `partial` to `file` once it is on the disk; removes `partial` when that fails.
bool renameWhenWhole(const std::filesystem::path& partial, const std::filesystem::path& file, bool ok) {
    std::error_code error;
    if (ok) {
        std::filesystem::rename(partial, file, error);
        ok = !error && std::filesystem::exists(file, error);
    }
    if (!ok) {
        std::filesystem::remove(partial, error);
    }
    return ok;
}

} // namespace

std::filesystem::path partialName(const std::filesystem::path& file) {
    return file.parent_path() / ("." + file.filename().string() + ".part");
}

bool writeWholeFile(const std::filesystem::path& file, std::string_view bytes,
                    const std::function<bool(std::size_t)>& afterChunk) {
    const std::filesystem::path partial = partialName(file);
    std::FILE* out = std::fopen(partial.c_str(), "wb");
    bool ok = out != nullptr;
    for (std::size_t at = 0; ok && at < bytes.size(); at += kChunk) {
        const std::size_t size = std::min(kChunk, bytes.size() - at);
        ok = std::fwrite(bytes.data() + at, 1, size, out) == size && std::fflush(out) == 0;
        ok = (!afterChunk || afterChunk(at + size)) && ok;
    }
    if (out != nullptr) {
        ok = ::fsync(::fileno(out)) == 0 && ok; // on the stick, not in a cache, before it is called complete
        ok = std::fclose(out) == 0 && ok;
    }
    return renameWhenWhole(partial, file, ok);
}

bool completeFile(const std::filesystem::path& partial, const std::filesystem::path& file) {
    const int fd = ::open(partial.c_str(), O_RDONLY | O_CLOEXEC);
    bool ok = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0) {
        ok = ::close(fd) == 0 && ok;
    }
    return renameWhenWhole(partial, file, ok);
}

} // namespace atelier::table

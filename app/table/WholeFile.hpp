// Files written so that a pulled stick or a stopped export never leaves one that looks whole: under a
// temporary name, synced, then renamed.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string_view>

namespace atelier::table {

/// The temporary name a file is written under before it is renamed: ".NAME.part" beside it.
std::filesystem::path partialName(const std::filesystem::path& file);

/// Writes `bytes` to partialName(`file`) in chunks of 64 KiB, syncs it and renames it to `file`. After each
/// chunk `afterChunk(bytesWrittenSoFar)` is asked whether to go on (false: cancelled). On any failure or a
/// cancel, the temporary file is removed and false is returned.
bool writeWholeFile(const std::filesystem::path& file, std::string_view bytes,
                    const std::function<bool(std::size_t)>& afterChunk = {});

/// Syncs `partial` (written by someone else, e.g. ffmpeg) to its disk and renames it to `file`; removes it
/// and answers false when either fails.
bool completeFile(const std::filesystem::path& partial, const std::filesystem::path& file);

} // namespace atelier::table

// Pipes rendered frames into Debian's ffmpeg to make an MP4 (H.264) time-lapse.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <sys/types.h>

#include "platform/BoardStage.hpp"
#include "platform/PixelSize.hpp"

namespace atelier::platform {

/// The first executable named `name` in $PATH, or nothing.
std::optional<std::filesystem::path> findProgram(const std::string& name);

/// Runs ffmpeg reading raw RGBA frames on its standard input. One owner; not copyable.
class VideoEncoder {
public:
    /// Starts `ffmpeg` writing `file` from frames of `size` at `fps`; problem() says why it could not.
    VideoEncoder(const std::filesystem::path& ffmpeg, const std::filesystem::path& file, PixelSize size,
                 int fps);
    VideoEncoder(const VideoEncoder&) = delete;
    VideoEncoder& operator=(const VideoEncoder&) = delete;
    /// Closes the pipe and waits for ffmpeg if finish() was not called.
    ~VideoEncoder();

    /// Why ffmpeg could not start or stopped early, or "".
    const std::string& problem() const { return m_problem; }
    /// Sends one frame of the size given at construction; false when ffmpeg stopped taking frames.
    bool write(const Frame& frame);
    /// Ends the stream and waits for ffmpeg; "" when the file was written, else a sentence.
    std::string finish();

private:
    pid_t m_pid = -1;
    int m_pipe = -1;
    std::filesystem::path m_file;
    std::string m_problem;
};

} // namespace atelier::platform

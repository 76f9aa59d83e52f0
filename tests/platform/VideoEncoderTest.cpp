// The ffmpeg pipe: a child that stops taking frames makes write() fail, and the process keeps SIGPIPE's
// default.
#include <gtest/gtest.h>

#include <csignal>
#include <filesystem>

#include "platform/VideoEncoder.hpp"

namespace atelier::platform {
namespace {

TEST(VideoEncoderTest, AChildThatStopsReadingFailsTheWriteWithoutSigpipeOrAProcessWideIgnore) {
    struct sigaction before {};
    sigaction(SIGPIPE, nullptr, &before);
    ASSERT_EQ(before.sa_handler, SIG_DFL);
    const std::optional<std::filesystem::path> stopsAtOnce = findProgram("true");
    ASSERT_TRUE(stopsAtOnce);
    {
        VideoEncoder encoder(*stopsAtOnce, "unused.mp4", PixelSize{512, 512}, 25);
        ASSERT_TRUE(encoder.problem().empty()) << encoder.problem();
        Frame frame;
        frame.width = 512;
        frame.height = 512;
        frame.rgba.assign(512u * 512u * 4u,
                          0x80); // 1 MiB: more than the pipe holds, so write waits for `true`
        bool written = true;
        for (int i = 0; i < 8 && written; ++i) {
            written = encoder.write(frame);
        }
        EXPECT_FALSE(written) << "the reader is gone: the write must fail, not block or kill the process";
        EXPECT_NE(encoder.problem().find("stopped taking frames"), std::string::npos) << encoder.problem();
        struct sigaction during {};
        sigaction(SIGPIPE, nullptr, &during);
        EXPECT_EQ(during.sa_handler, SIG_DFL) << "SIGPIPE is not ignored for the whole process";
        sigset_t pending;
        sigpending(&pending);
        EXPECT_EQ(sigismember(&pending, SIGPIPE), 0) << "no SIGPIPE left pending";
    }
    struct sigaction after {};
    sigaction(SIGPIPE, nullptr, &after);
    EXPECT_EQ(after.sa_handler, SIG_DFL);
}

} // namespace
} // namespace atelier::platform

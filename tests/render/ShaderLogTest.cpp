// Shader compile errors name the file and the line, whatever the driver's log format.
#include <gtest/gtest.h>

#include "render/Shader.hpp"

namespace atelier::render {
namespace {

TEST(ShaderLog, NamesFileAndLineInMesaLogs) {
    const std::string log = "0:12(5): error: `colour' undeclared\n0:14(1): warning: unused\n";
    EXPECT_EQ(gl::nameLinesInLog(log, "shaders/card.frag"),
              "shaders/card.frag:12:5: error: `colour' undeclared\nshaders/card.frag:14:1: warning: unused");
}

TEST(ShaderLog, NamesFileAndLineInNvidiaLogs) {
    EXPECT_EQ(gl::nameLinesInLog("0(7) : error C1008: undefined variable", "shaders/x.vert"),
              "shaders/x.vert:7: error C1008: undefined variable");
}

TEST(ShaderLog, KeepsLinesItCannotParse) {
    EXPECT_EQ(gl::nameLinesInLog("something odd", "shaders/x.vert"), "shaders/x.vert: something odd");
}

} // namespace
} // namespace atelier::render

// The gl:: wrappers: one owner per GL name, and shader problems that name the file and the line.
#include <gtest/gtest.h>

#include <fstream>

#include "GlTestContext.hpp"
#include "SceneFixture.hpp"
#include "render/Buffer.hpp"
#include "render/Program.hpp"
#include "render/RenderError.hpp"
#include "render/Texture.hpp"

namespace atelier::render::testing {
namespace {

class GlWrappers : public ::testing::Test {
protected:
    void SetUp() override {
        std::string why;
        if (GlTestContext::get(why) == nullptr) {
            if (glRequired()) {
                FAIL() << "no OpenGL, and CI is set (CI must run the pixel tests): " << why;
            }
            GTEST_SKIP() << "no OpenGL here: " << why;
        }
        m_root = std::filesystem::temp_directory_path() /
                 ("atelier-shaders-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                  std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        std::filesystem::create_directories(m_root / "shaders");
    }
    void TearDown() override {
        std::error_code ignored;
        std::filesystem::remove_all(m_root, ignored);
    }
    void write(const std::string& name, const std::string& text) {
        std::ofstream(m_root / "shaders" / name) << text;
    }
    std::filesystem::path m_root;
};

TEST_F(GlWrappers, ACompileErrorNamesTheFileAndTheLine) {
    write("broken.vert", "#version 330 core\nvoid main() { gl_Position = vec4(0.0); }\n");
    write("broken.frag",
          "#version 330 core\nout vec4 o;\nvoid main() {\n    o = vec4(1.0);\n    o = colour;\n}\n");
    try {
        gl::Program::load(m_root, "broken");
        FAIL() << "a broken shader must not load";
    } catch (const RenderError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("shaders/broken.frag:5"), std::string::npos) << message;
    }
}

TEST_F(GlWrappers, AMissingFileSaysWhereItLooked) {
    try {
        gl::Program::load(m_root, "absent");
        FAIL() << "a missing shader must not load";
    } catch (const RenderError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("shaders/absent.vert is missing"), std::string::npos) << message;
        EXPECT_NE(message.find(m_root.string()), std::string::npos) << message;
    }
}

TEST_F(GlWrappers, TheRealShadersCompile) {
    for (const char* name : {"scene", "photo", "glyph", "stroke"}) {
        EXPECT_NO_THROW(gl::Program::load(resourceRoot(), name)) << name;
    }
}

TEST_F(GlWrappers, MovingHandsTheNameOverAndTheLastOwnerDeletesIt) {
    GLuint name = 0;
    {
        gl::Buffer first = gl::Buffer::create();
        name = first.id();
        first.upload(GL_ARRAY_BUFFER, nullptr, 64, GL_STATIC_DRAW);
        gl::Buffer second = std::move(first);
        EXPECT_EQ(first.id(), 0u); // NOLINT(bugprone-use-after-move): moved-from is empty by contract
        EXPECT_EQ(second.id(), name);
        EXPECT_EQ(glIsBuffer(name), GL_TRUE);
        gl::Buffer third = gl::Buffer::create();
        third = std::move(second);
        EXPECT_EQ(third.id(), name);
    }
    EXPECT_EQ(glIsBuffer(name), GL_FALSE);

    gl::Texture texture = gl::Texture::allocate(100, 50, GL_RGBA8, GL_RGBA, 99);
    EXPECT_EQ(texture.levels(), 7); // 100×50 down to 1×1
    EXPECT_GT(texture.bytes(), 100u * 50u * 4u);
    EXPECT_THROW(gl::Texture::allocate(0, 10, GL_RGBA8, GL_RGBA), RenderError);
}

} // namespace
} // namespace atelier::render::testing

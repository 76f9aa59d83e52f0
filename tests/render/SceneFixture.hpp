// A GL context, a font, a texture cache with in-memory photos and a scene renderer, for pixel tests.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>

#include "GlTestContext.hpp"
#include "TestFont.hpp"
#include "TestImages.hpp"
#include "core/Board.hpp"
#include "render/SceneRenderer.hpp"

namespace atelier::render::testing {

/// The checkout's top folder, where shaders/ lives.
std::filesystem::path resourceRoot();

/// Sets up a scene renderer drawing into an offscreen target of 1280 × 720 pixels showing a 400 × 225 mm
/// surface (3.2 px/mm, the density of the 55-inch 4K table).
class SceneFixture : public ::testing::Test {
protected:
    static constexpr int kWidth = 1280;
    static constexpr int kHeight = 720;

    void SetUp() override;
    void TearDown() override;

    /// Draws the board once and reads the pixels back.
    Pixels render(const core::Board& board, const Overlays& overlays = {});
    /// Draws until nothing is left to load or paint (or twenty seconds have passed).
    Pixels renderUntilLoaded(const core::Board& board);
    /// Starts again with a new renderer and texture cache (empty caches), on the same files.
    void restart();
    /// The pixel under a table point (mm).
    Rgb at(const Pixels& pixels, core::Vec2 mm) const;

    /// Image files the cache can load, by hash.
    std::map<std::string, Bytes> m_files;
    View m_view{{400, 225}, kWidth, kHeight};
    std::unique_ptr<TestFont> m_font;
    std::unique_ptr<TextureCache> m_textures;
    std::unique_ptr<SceneRenderer> m_scene;
    std::unique_ptr<RenderTarget> m_target;
};

/// A card of the default size.
core::Card makeCard(core::ItemId id, core::Vec2 centre, std::string text, int category = 0,
                    std::uint64_t z = 1);

/// A photo showing the file with this hash.
core::Photo makePhoto(core::ItemId id, std::string hash, core::Pose pose, core::Size size,
                      std::uint64_t z = 1);

} // namespace atelier::render::testing

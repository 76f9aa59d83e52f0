// What one SceneRenderer::draw did: the figures `atelier bench` reports and tests check.
#pragma once

#include <cstddef>

namespace atelier::render {

/// Work done by the last frame (main thread).
struct FrameStats {
    int drawCalls = 0;             ///< every glDraw* issued, offscreen painting included
    int compositeTriangles = 0;    ///< triangles redrawn into the scene cache
    long redrawnPixels = 0;        ///< pixels of the scene cache redrawn (the rest was kept)
    long presentedPixels = 0;      ///< pixels written into the caller's framebuffer (the rest was kept)
    long copiedPixels = 0;         ///< pixels of a partial present copied from the cache (overlaps twice)
    int floatingItems = 0;         ///< moving items drawn over the cache instead of into it
    int itemsPainted = 0;          ///< cards and labels painted into the atlas
    std::size_t segmentsDrawn = 0; ///< stroke segments drawn into layers
    int layersRedrawn = 0;         ///< stroke layers resized and drawn again entirely
    int layersBaked = 0;           ///< photo layers baked again (photo sharpened, strokes erased, resized)
    double uploadMs = 0;           ///< main-thread CPU spent creating and filling photo textures
    double uploadWallMs = 0;       ///< the same in wall-clock time (includes preemption by other threads)
    double offscreenCpuMs = 0;     ///< main-thread CPU spent bringing layers and the atlas up to date
    double compositeCpuMs = 0;     ///< main-thread CPU spent building and submitting the composite pass
    std::size_t textureBytes = 0;  ///< photo, atlas and layer textures held
};

} // namespace atelier::render

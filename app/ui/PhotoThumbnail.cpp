// One GL texture per thumbnail key, made when first drawn and dropped when not drawn for a while.
#include "ui/PhotoThumbnail.hpp"

#include <algorithm>
#include <imgui.h>
#include <map>

#include "render/Texture.hpp"

namespace atelier::ui {
namespace {

/// A texture not drawn for this many frames is deleted (the editor was closed).
constexpr int kIdleFrames = 600;
/// At most this many thumbnails' textures are kept (a workshop holds at most a few dozen photos).
constexpr std::size_t kMaxTextures = 256;

struct Kept {
    render::gl::Texture texture;
    int lastFrame = 0;
};

std::map<std::string, Kept>& textures() {
    static std::map<std::string, Kept> kept; // GL objects: released by releaseThumbnailTextures() at shutdown
    return kept;
}

const render::gl::Texture& textureFor(const ThumbnailPixels& pixels) {
    std::map<std::string, Kept>& kept = textures();
    const int frame = ImGui::GetFrameCount();
    std::erase_if(kept, [frame](const auto& entry) { return frame - entry.second.lastFrame > kIdleFrames; });
    auto found = kept.find(pixels.key);
    if (found == kept.end()) {
        if (kept.size() >= kMaxTextures) {
            kept.erase(std::min_element(kept.begin(), kept.end(), [](const auto& a, const auto& b) {
                return a.second.lastFrame < b.second.lastFrame;
            }));
        }
        render::gl::Texture texture =
            render::gl::Texture::allocate(pixels.width, pixels.height, GL_RGBA8, GL_RGBA);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, pixels.width, pixels.height, GL_RGBA, GL_UNSIGNED_BYTE,
                        pixels.rgba.data());
        glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
        found = kept.emplace(pixels.key, Kept{std::move(texture), frame}).first;
    }
    found->second.lastFrame = frame;
    return found->second.texture;
}

} // namespace

void drawThumbnail(const RowThumbnail& thumbnail, float sidePx) {
    const ThumbnailPixels* pixels = thumbnail.pixels.get();
    if (pixels == nullptr || pixels->width < 1 || pixels->height < 1 ||
        pixels->rgba.size() != static_cast<std::size_t>(pixels->width) * pixels->height * 4) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (thumbnail.problem.empty()) { // still decoding: a quiet placeholder of the same size
            ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + sidePx, at.y + sidePx),
                                                      ImGui::GetColorU32(ImGuiCol_FrameBg));
        }
        ImGui::Dummy(ImVec2(sidePx, sidePx));
        return;
    }
    const float scale = sidePx / static_cast<float>(std::max(pixels->width, pixels->height));
    const ImVec2 size(static_cast<float>(pixels->width) * scale, static_cast<float>(pixels->height) * scale);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(sidePx, sidePx));
    const ImVec2 min(at.x + (sidePx - size.x) / 2, at.y + (sidePx - size.y) / 2);
    const auto id = static_cast<std::uintptr_t>(textureFor(*pixels).id());
    ImGui::GetWindowDrawList()->AddImage(reinterpret_cast<ImTextureID>(id), min,
                                         ImVec2(min.x + size.x, min.y + size.y));
}

void releaseThumbnailTextures() {
    textures().clear();
}

} // namespace atelier::ui

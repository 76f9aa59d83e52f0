// The workshop banner: its title and the current phase on one line at the top edge, and saving trouble.
#pragma once

#include <string>

#include "core/Catalogue.hpp"

namespace atelier::ui {

/// What the banner shows; filled by the platform from the workshop and the board.
struct BannerContent {
    std::string title;
    std::string phase;
    std::string warning;
};

/// Draws the banner with ImGui, centred at the top of a display of the given pixel width.
void drawBanner(const BannerContent& content, core::Language language, float displayWidth);

} // namespace atelier::ui

// The workshop banner: its title and the current phase on one line at the top edge, and saving trouble.
#pragma once

#include <string>

#include "core/Catalogue.hpp"
#include "render/View.hpp"

namespace atelier::ui {

/// What the banner shows; filled by the platform from the workshop and the board.
struct BannerContent {
    std::string title;
    std::string phase;
    std::string warning;
};

/// Draws the banner with ImGui in the theme's banner type (its capitals in mm of the table), centred at the
/// top of the view.
void drawBanner(const BannerContent& content, core::Language language, const render::View& view);

} // namespace atelier::ui

// The attract loop's invitation, drawn toward every side of the table.
#pragma once

#include "core/Catalogue.hpp"
#include "render/View.hpp"

namespace atelier::ui {

/// Draws the invitation toward every side of the table: a veil over the board and, on each edge, the
/// sentence in the table's language with the other language under it, facing the people on that side.
void drawInvitation(core::Language language, const render::View& view);

} // namespace atelier::ui

// The attract loop's invitation, drawn toward every side of the table.
#pragma once

#include <optional>
#include <string>

#include "core/Catalogue.hpp"
#include "render/View.hpp"

namespace atelier::ui {

/// What the invitation says and how far its ripple is.
struct InvitationContent {
    core::Language language = core::Language::French;
    std::string question;         ///< the workshop's question ("" for none)
    std::optional<double> ripple; ///< 0..1 while a calm ripple runs from the touch point; none between
};

/// Draws the invitation toward every side of the table: on each edge a paper card facing the people on
/// that side with "touch to begin" in the table's language and the other language under it, the
/// workshop's question, and one sentence (both languages) on what happens to what people write; a touch
/// point whose ring ripples now and then. No veil over the whole table: each card is its own ImGui
/// command, so a ripple frame redraws the four cards, not the screen.
void drawInvitation(const InvitationContent& content, const render::View& view);

} // namespace atelier::ui

// A workshop being edited on the panel: its fields as typed, checked by the workshop file's own rules.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/Catalogue.hpp"
#include "workshop/WorkshopDefinition.hpp"

namespace atelier::table {

/// A category being edited; its colour is an index in the colour-blind-safe palette.
struct DraftCategory {
    std::string name;
    std::size_t colour = 0;
};

/// A phase being edited; minutes as typed, so that a bad value can be shown and refused.
struct DraftPhase {
    std::string name;
    std::string minutes = "10";
    std::vector<std::string> tools;
};

/// A site photo of the draft: stored already (hash) or checked and waiting for the save (bytes).
struct DraftPhoto {
    std::string name;
    std::string hash;
    std::vector<std::uint8_t> bytes; ///< empty once stored
    std::string mime;
    int width = 0;
    int height = 0;
};

/// The editor's content; nothing of it is stored until checkDraft() finds no problem.
struct WorkshopDraft {
    std::string id; ///< "" for a new workshop
    std::string title, site, question;
    std::vector<DraftCategory> categories;
    std::vector<DraftPhase> phases;
    int votesPerSeat = 5;
    int seats = 4;
    std::vector<DraftPhoto> photos;
    workshop::DecisionPlan decision; ///< criteria and budget, kept as the workshop file has them
};

/// The field a problem belongs to ("title", "category.2.name", "phase.1.minutes", "categories"…) and the
/// catalogue's sentence for it.
struct DraftProblem {
    std::string field;
    core::TextId sentence = core::TextId::EditorInvalid;
};

/// The colour-blind-safe palette categories choose from (0xRRGGBB).
const std::vector<std::uint32_t>& categoryPalette();

/// The letter a category's cards carry besides its colour: A for the first, B for the second…
std::string categoryMark(std::size_t index);

/// The draft as a workshop file's JSON (minutes that are not a number stay text, so the check refuses them).
std::string draftJson(const WorkshopDraft& draft);

/// The first problem of the draft, found by the workshop file's own parser; std::nullopt when it can be
/// saved.
std::optional<DraftProblem> checkDraft(const WorkshopDraft& draft);

/// A draft of a stored definition (palette colours matched, others taken as the nearest palette colour).
WorkshopDraft draftOf(const workshop::WorkshopDefinition& definition);

} // namespace atelier::table

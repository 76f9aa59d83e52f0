// Turns the editor's fields into a workshop definition and its parser's first refusal into a field's
// sentence.
#include "table/WorkshopDraft.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "render/Palette.hpp"
#include "workshop/DecisionPlan.hpp"

namespace atelier::table {
namespace {

using nlohmann::json;

/// The index after "name[" in the message ("phases[2]" → 2), if there.
std::optional<std::size_t> indexAfter(const std::string& message, const std::string& name) {
    const std::size_t at = message.find(name + "[");
    if (at == std::string::npos) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(std::strtoul(message.c_str() + at + name.size() + 1, nullptr, 10));
}

/// The field and sentence for the parser's message (its words name the key and the list index).
DraftProblem problemOf(const std::string& message) {
    const auto mentions = [&message](const char* key) { return message.find(key) != std::string::npos; };
    if (const auto category = indexAfter(message, "categories")) {
        return {"category." + std::to_string(*category + 1) + ".name", core::TextId::EditorNeedsCategoryName};
    }
    if (const auto phase = indexAfter(message, "phases")) {
        const std::string prefix = "phase." + std::to_string(*phase + 1);
        if (mentions("'minutes'") || mentions("'seconds'")) {
            return {prefix + ".minutes", core::TextId::EditorBadMinutes};
        }
        return {prefix + ".name", core::TextId::EditorNeedsPhaseName};
    }
    if (mentions("'title'")) {
        return {"title", core::TextId::EditorNeedsTitle};
    }
    if (mentions("'site'")) {
        return {"site", core::TextId::EditorNeedsSite};
    }
    if (mentions("'question'")) {
        return {"question", core::TextId::EditorNeedsQuestion};
    }
    if (mentions("'votes_per_seat'")) {
        return {"votes", core::TextId::EditorBadVotes};
    }
    if (mentions("'seats'")) {
        return {"seats", core::TextId::EditorBadSeats};
    }
    if (mentions("'categories'")) {
        return {"categories", core::TextId::EditorNeedsCategory};
    }
    if (mentions("'phases'")) {
        return {"phases", core::TextId::EditorNeedsPhase};
    }
    return {"", core::TextId::EditorInvalid};
}

/// Minutes as typed: a number when it is one (up to 6 digits), else the text itself.
json minutesOf(const std::string& typed) {
    if (!typed.empty() && typed.size() <= 6 &&
        std::all_of(typed.begin(), typed.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::stoi(typed);
    }
    return typed;
}

} // namespace

const std::vector<std::uint32_t>& categoryPalette() {
    return render::okabeIto();
}

std::string categoryMark(std::size_t index) {
    return std::string(1, static_cast<char>('A' + static_cast<int>(index % 26)));
}

std::string draftJson(const WorkshopDraft& draft) {
    json categories = json::array();
    for (const DraftCategory& category : draft.categories) {
        char colour[8];
        std::snprintf(colour, sizeof colour, "#%06X",
                      categoryPalette()[category.colour % categoryPalette().size()]);
        categories.push_back({{"name", category.name}, {"colour", colour}});
    }
    json phases = json::array();
    for (const DraftPhase& phase : draft.phases) {
        phases.push_back(
            {{"name", phase.name}, {"minutes", minutesOf(phase.minutes)}, {"tools", phase.tools}});
    }
    json photos = json::array();
    for (const DraftPhoto& photo : draft.photos) {
        photos.push_back(photo.name);
    }
    json root{{"title", draft.title},       {"site", draft.site},
              {"question", draft.question}, {"votes_per_seat", draft.votesPerSeat},
              {"seats", draft.seats},       {"categories", categories},
              {"phases", phases},           {"photos", photos}};
    workshop::writeDecisionPlan(draft.decision, root);
    return root.dump();
}

std::optional<DraftProblem> checkDraft(const WorkshopDraft& draft) {
    auto parsed = workshop::parseWorkshopDefinition(draftJson(draft), "editor");
    if (const auto* error = std::get_if<workshop::DefinitionError>(&parsed)) {
        return problemOf(error->message);
    }
    return std::nullopt;
}

WorkshopDraft draftOf(const workshop::WorkshopDefinition& definition) {
    WorkshopDraft draft;
    draft.title = definition.title;
    draft.site = definition.site;
    draft.question = definition.question;
    draft.votesPerSeat = definition.votesPerSeat;
    draft.seats = definition.seats > 0 ? definition.seats : draft.seats;
    for (const workshop::Category& category : definition.categories) {
        const auto& palette = categoryPalette();
        std::size_t nearest = 0;
        int best = 1 << 30;
        for (std::size_t i = 0; i < palette.size(); ++i) {
            int distance = 0;
            for (int shift : {0, 8, 16}) {
                const int a = static_cast<int>((category.colour >> shift) & 0xFF);
                const int b = static_cast<int>((palette[i] >> shift) & 0xFF);
                distance += (a - b) * (a - b);
            }
            if (distance < best) {
                best = distance;
                nearest = i;
            }
        }
        draft.categories.push_back(DraftCategory{category.name, nearest});
    }
    for (const workshop::PhasePlan& phase : definition.phases) {
        const int minutes =
            phase.durationMinutes > 0 ? phase.durationMinutes : (phase.durationSeconds + 59) / 60;
        draft.phases.push_back(DraftPhase{phase.name, std::to_string(minutes), phase.tools});
    }
    draft.decision = definition.decision;
    return draft;
}

} // namespace atelier::table

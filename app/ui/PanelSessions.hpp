// The panel's session library: every session of the table, newest first, each one opened in replay.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/Catalogue.hpp"

namespace atelier::ui {

struct PanelFrame;
struct PanelModel;

/// One session as the library lists it, its words already in the panel's language and the table's time zone.
struct PanelSessionRow {
    std::int64_t id = 0;
    std::string workshop; ///< the workshop's title
    std::string when;     ///< e.g. "lundi 7 décembre 2026, 14:05"
    std::string duration; ///< e.g. "1 h 12 min"
    int cards = 0;
    std::string status; ///< "en cours", "terminée", "archivée"
    bool live = false;  ///< the session on the table now (no replay offered)
};

/// The controls' button that opens the library ("panel.sessions").
void drawSessionsButton(const PanelModel& model, PanelFrame& frame, float width, float row);

/// The library's face of the panel: a back button ("panel.sessions.back"), the scrollable list
/// ("panel.sessions.list") with a "Replay" button per ended session ("panel.session.ID.replay") and an
/// "Export" one ("panel.session.ID.export").
void drawSessionLibrary(const PanelModel& model, PanelFrame& frame);

} // namespace atelier::ui

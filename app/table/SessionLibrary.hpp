// The panel's session library: the data file's sessions as rows in the panel's language and local time.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "core/Catalogue.hpp"
#include "core/TimeZone.hpp"
#include "store/SessionSummary.hpp"
#include "ui/PanelSessions.hpp"

namespace atelier::table {

/// The rows, newest first; `live` is the session on the table now (listed, never offered for replay).
std::vector<ui::PanelSessionRow> sessionRows(const std::vector<store::SessionSummary>& sessions,
                                             const std::map<std::int64_t, int>& cards,
                                             core::Language language, const core::TimeZone& zone,
                                             std::optional<std::int64_t> live);

/// "1 h 12 min", "8 min", "45 s".
std::string durationText(std::int64_t ms);

} // namespace atelier::table

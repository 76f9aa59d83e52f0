// The language chosen in the facilitator's panel, kept beside the data file so a restart speaks it again.
#pragma once

#include <filesystem>
#include <optional>

#include "core/Catalogue.hpp"

namespace atelier::table {

/// The file in the data directory that holds the panel's last choice ("fr" or "en" on one line).
inline constexpr const char* kPanelLanguageFileName = "panel-language";

/// The language last chosen in the panel for this data directory, or nothing (never chosen, unreadable).
std::optional<core::Language> loadPanelLanguage(const std::filesystem::path& dataDir);

/// Keeps `language` for the next start: written to a temporary file, synced, renamed over the old one, so a
/// power cut leaves the old choice or the new, never half a file. False (and a warning logged) on failure.
bool savePanelLanguage(const std::filesystem::path& dataDir, core::Language language);

} // namespace atelier::table

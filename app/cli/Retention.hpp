// Privacy between groups: old sessions purged, and a stale live session never resumed for new visitors.
#pragma once

#include <filesystem>
#include <string>

#include "cli/Config.hpp"

namespace atelier::cli {

/// `atelier purge --older-than DAYS`: thins the snapshots of the ended sessions it keeps
/// (store::thinEndedSessions), deletes sessions that ended more than `days` days ago, their snapshots and
/// the photos no other session uses, then gives the space back; the exit code.
int purgeCommand(const std::filesystem::path& dataDir, int days);

/// At a table's start, before the session is chosen: thins ended sessions' snapshots and purges by [data]
/// keep_sessions_days (when set), and in kiosk
/// mode archives the workshop's live session (every workshop's when `workshopId` is empty: a start without
/// --workshop resumes the newest live session, whichever its workshop) when it has been idle longer than
/// [kiosk] resume_max_idle_s, so it is not resumed. Logs a sentence for each; never stops the table.
void applyRetentionAtStart(const Config& config, const std::string& workshopId,
                           const std::string& sessionChoice, const std::filesystem::path& dataDir);

} // namespace atelier::cli

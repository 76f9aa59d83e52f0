// The table's settings, read from atelier.toml: display size, seats, language, data place, logging.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/TimeZone.hpp"

namespace atelier::cli {

/// The idle timeout kiosk mode takes when the config leaves [kiosk] idle_timeout_s unset (seconds).
inline constexpr double kKioskIdleTimeoutS = 180.0;

/// Everything the config file can set; the defaults are those of kiosk-config/atelier.toml.
struct Config {
    /// Physical size of the touch surface in millimetres: table space is mm (docs/architecture.md).
    double displayWidthMm = 1210.0;
    double displayHeightMm = 680.0;
    /// Full screen on the display (kiosk) unless --windowed says otherwise.
    bool fullscreen = true;
    /// Synchronise swaps with the display, so a drag never tears.
    bool vsync = true;
    /// Multiplier on the facilitator panel's size computed from the physical size (1 = as computed).
    double uiScale = 1.0;
    /// Language of the on-screen text: "fr" or "en".
    std::string language = "fr";
    /// Number of seats around the table (2..8).
    int seats = 6;
    /// The workshop `atelier run` opens when --workshop is not given: "demo", "exhibition" (both shipped in
    /// assets/) or a workshop id of the data file.
    std::string workshop = "demo";
    /// The table's local time zone (an IANA name, e.g. "Europe/Paris"): every time the table shows (session
    /// library, replay clock, report) is local, never UTC.
    std::string timeZone = "Europe/Paris";
    /// Where the SQLite file lives; empty means the command line or $XDG_DATA_HOME/atelier decides.
    std::filesystem::path dataDir;
    /// Characters an idea card may hold, counted as people count them (not bytes).
    int cardTextLimit = 140;
    /// "Suggest clusters" (facilitator panel): cards whose centres lie within this many millimetres are
    /// proposed as one group (single linkage).
    double clusterDistanceMm = 120.0;
    /// Listen for TUIO 1.1 cursors (camera tables and many touch frames speak only TUIO).
    bool tuioEnabled = true;
    /// Address the TUIO socket binds to: loopback unless a tracker on another machine must reach it.
    std::string tuioBind = "127.0.0.1";
    /// UDP port of TUIO (3333 is TUIO's usual port).
    int tuioPort = 3333;
    /// The only hosts whose TUIO datagrams are read (numeric addresses); required when tuioBind is not
    /// loopback.
    std::vector<std::string> tuioAllow;
    /// Smallest and largest scale a pinch gives a card or photo.
    double minScale = 0.5;
    double maxScale = 3.0;
    /// spdlog level name: trace, debug, info, warn, error, critical, off.
    std::string logLevel = "info";
    // Exhibition ([kiosk] block)
    /// Kiosk mode: full screen, cursor hidden, no shortcut quits or switches; SIGTERM or the panel quits.
    bool kioskEnabled = false;
    /// Seconds without a contact before the session is archived and the attract loop shows; 0 = never (not
    /// allowed in kiosk mode, where an unset value means kKioskIdleTimeoutS).
    double idleTimeoutS = 0.0;
    /// In kiosk mode, a live session idle for longer than this (seconds) is archived at start instead of
    /// resumed, so a morning's visitors never get the evening's session.
    int resumeMaxIdleS = 1800;
    /// The past session the attract loop replays (0: the newest one old enough).
    int attractSession = 0;
    /// Let the attract loop show sessions less than a day old (privacy: off).
    bool attractShowRecent = false;
    /// How many times faster than real time the attract loop replays its session (0.5 to 32).
    double attractSpeed = 16.0;
    // --- Facilitator panel ---
    /// The facilitator's PIN as a salted hash (`atelier pin` writes it); "" = no PIN set, the panel stays
    /// shut.
    std::string panelPinHash;
    /// Fingers held still in a corner to call the PIN pad (2..5), and for how long (seconds).
    int panelGestureFingers = 3;
    double panelGestureHoldS = 3.0;
    /// Which corner answers: "any", "top-left", "top-right", "bottom-left", "bottom-right".
    std::string panelGestureCorner = "any";
    /// The panel closes by itself after this many seconds unused.
    int panelIdleCloseS = 120;
    /// Where the panel's import looks for photos (a USB stick mounts under /media).
    std::filesystem::path panelImportFolder = "/media";
    /// `[import] max_megapixels`: images past this are refused; below it, large ones are shrunk on import.
    int importMaxMegapixels = 400;
    /// A folder the panel's export offers besides the USB sticks it finds ("" = the sticks only).
    std::filesystem::path panelExportFolder;

    // --- Retention ([data] block) ---
    /// Ended sessions older than this many days are purged at start (0: kept for ever).
    int keepSessionsDays = 0;

    /// The file these settings came from, for messages.
    std::filesystem::path source;
};

/// A config file that could not be used: one sentence naming the file, line and key.
struct ConfigError {
    std::string message;
};

/// Reads and validates a config file; every unknown key or bad value is an error.
std::variant<Config, ConfigError> loadConfig(const std::filesystem::path& file);

/// Every key the config file may hold, as "section.key" (docs and tests check the shipped file against it).
std::vector<std::string> knownConfigKeys();

/// Same as loadConfig, from text already in memory (tests, and `--config -` one day).
std::variant<Config, ConfigError> parseConfig(std::string_view text, const std::filesystem::path& sourceName);

/// The zone `[table] time_zone` names (UTC, with a warning, when the system lacks it).
core::TimeZone tableTimeZone(const Config& config);

} // namespace atelier::cli

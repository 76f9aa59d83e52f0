// Reads input scripts: JSON lines of touches that drive integration tests, benchmarks and demos.
#pragma once

#include "input/Contact.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace atelier::input {

/// One line of a script: a touch at a normalised point, or at a named target resolved when it plays.
struct ScriptLine {
    int lineNumber = 0;        ///< 1-based, for messages
    std::int64_t tMs = 0;      ///< milliseconds since the script started
    ContactId id = 0;          ///< the script's contact id (source Script)
    Phase phase = Phase::Down; ///< down, move, up or cancel
    bool hasPosition = false;  ///< x, y given (else target)
    core::Vec2 normalised;     ///< x, y: 0..1 of the surface
    std::string target;        ///< a TargetRegistry name, when no x, y
    core::Vec2 offsetMm;       ///< dx, dy added to the target's centre
    /// A line `{"t":…,"screenshot":"F.png"}` touches nothing: the frame shown when it plays is saved as F.png
    /// (a test's picture of each screen a journey passes through). "" for a touch.
    std::string screenshot;
};

/// A problem in a script, naming the line and the field so that whoever wrote it can fix it.
struct ScriptError {
    int line = 0;        ///< 1-based; 0 when the file itself could not be read
    std::string field;   ///< the JSON key at fault, or empty when the line as a whole is
    std::string message; ///< what is wrong, as a sentence fragment ("is missing")
    /// "line 3, field \"x\": must be a number", or the message alone for file errors.
    std::string text() const;
};

/// The lines of a script and every problem found (a script with problems should not be played).
struct Script {
    std::vector<ScriptLine> lines;   ///< the good lines, in order
    std::vector<ScriptError> errors; ///< every problem, in order (at most about 50)
    /// True when the script has no problem.
    bool ok() const { return errors.empty(); }
};

/// Parses input scripts: `{"t":120,"id":3,"phase":"down","x":0.41,"y":0.62}` or `"target":"card.12"` with
/// optional `"dx"`, `"dy"` (mm) instead of x, y; phase is down, move, up or cancel; blank lines and lines
/// starting with # are skipped; t never goes back. `{"t":…,"screenshot":"F.png"}` saves the frame then. Never
/// throws; the format is in docs/input.md.
class ScriptReader {
public:
    /// Parses script text (any bytes: a bad line is an error, never a crash).
    static Script parse(std::string_view text);

    /// Reads and parses a script file; an unreadable file is one error on line 0.
    static Script readFile(const std::filesystem::path& path);
};

} // namespace atelier::input

// Line-by-line parsing of input scripts with the core's strict JSON pull reader.
#include "input/ScriptReader.hpp"

#include "core/JsonReader.hpp"

#include <cmath>
#include <fstream>
#include <optional>
#include <sstream>
#include <utility>

namespace atelier::input {
namespace {

constexpr std::size_t kMaxErrors = 50;
constexpr std::size_t kMaxLineBytes = 4096;
constexpr std::size_t kMaxTargetBytes = 200;
constexpr std::int64_t kMaxTimeMs = 7LL * 24 * 3600 * 1000;
constexpr double kMaxOffsetMm = 10000.0;
constexpr double kMaxNormalised = 1000.0;
/// A screenshot's file name, at most.
constexpr std::size_t kMaxScreenshotBytes = 4096;

/// Everything a line may hold, before the rules between fields are checked.
struct Fields {
    std::optional<std::int64_t> t;
    std::optional<std::uint64_t> id;
    std::optional<Phase> phase;
    std::optional<double> x, y, dx, dy;
    std::optional<std::string> target;
    std::optional<std::string> screenshot;
};

class LineParser {
public:
    LineParser(std::string_view text, int lineNumber) : m_reader(text), m_lineNumber(lineNumber) {}

    /// Fills `line`, or returns false with `error` set.
    bool parse(ScriptLine& line, ScriptError& error) {
        if (!m_reader.beginObject()) {
            return fail(error, "", "must be one JSON object: " + m_reader.error());
        }
        Fields fields;
        std::string key;
        while (m_reader.nextKey(key)) {
            if (!readField(key, fields, error)) {
                return false;
            }
        }
        if (m_reader.failed() || !m_reader.finish()) {
            return fail(error, "", "is not valid JSON: " + m_reader.error());
        }
        return check(fields, line, error);
    }

private:
    bool fail(ScriptError& error, std::string field, std::string message) const {
        error = ScriptError{m_lineNumber, std::move(field), std::move(message)};
        return false;
    }

    template <typename T>
    bool once(const std::optional<T>& slot, const std::string& key, ScriptError& error) const {
        return !slot.has_value() || fail(error, key, "appears twice");
    }

    bool readNumber(const std::string& key, std::optional<double>& slot, double limit, ScriptError& error) {
        double value = 0;
        if (!once(slot, key, error)) {
            return false;
        }
        if (!m_reader.readDouble(value)) {
            return fail(error, key, "must be a number (" + m_reader.error() + ")");
        }
        if (!(std::abs(value) <= limit)) {
            return fail(error, key, "is out of range");
        }
        slot = value;
        return true;
    }

    bool readField(const std::string& key, Fields& fields, ScriptError& error) {
        if (key == "t") {
            std::int64_t value = 0;
            if (!once(fields.t, key, error)) {
                return false;
            }
            if (!m_reader.readInt64(value)) {
                return fail(error, key, "must be a whole number of milliseconds (" + m_reader.error() + ")");
            }
            if (value < 0 || value > kMaxTimeMs) {
                return fail(error, key, "must be between 0 and 604800000 ms (a week)");
            }
            fields.t = value;
            return true;
        }
        if (key == "id") {
            std::uint64_t value = 0;
            if (!once(fields.id, key, error)) {
                return false;
            }
            if (!m_reader.readUint64(value)) {
                return fail(error, key, "must be a whole number of 0 or more (" + m_reader.error() + ")");
            }
            fields.id = value;
            return true;
        }
        if (key == "phase") {
            std::string value;
            if (!once(fields.phase, key, error)) {
                return false;
            }
            if (!m_reader.readString(value)) {
                return fail(error, key, "must be a string (" + m_reader.error() + ")");
            }
            for (const Phase phase : {Phase::Down, Phase::Move, Phase::Up, Phase::Cancel}) {
                if (value == phaseName(phase)) {
                    fields.phase = phase;
                    return true;
                }
            }
            return fail(error, key, "must be \"down\", \"move\", \"up\" or \"cancel\"");
        }
        if (key == "x") {
            return readNumber(key, fields.x, kMaxNormalised, error);
        }
        if (key == "y") {
            return readNumber(key, fields.y, kMaxNormalised, error);
        }
        if (key == "dx") {
            return readNumber(key, fields.dx, kMaxOffsetMm, error);
        }
        if (key == "dy") {
            return readNumber(key, fields.dy, kMaxOffsetMm, error);
        }
        if (key == "screenshot") {
            return readScreenshot(key, fields, error);
        }
        if (key == "target") {
            std::string value;
            if (!once(fields.target, key, error)) {
                return false;
            }
            if (!m_reader.readString(value)) {
                return fail(error, key, "must be a string (" + m_reader.error() + ")");
            }
            if (value.empty() || value.size() > kMaxTargetBytes) {
                return fail(error, key, "must name a target (1 to 200 bytes)");
            }
            fields.target = std::move(value);
            return true;
        }
        return fail(error, key,
                    "is not a field of input scripts (t, id, phase, x, y, target, dx, dy, screenshot)");
    }

    bool readScreenshot(const std::string& key, Fields& fields, ScriptError& error) {
        std::string value;
        if (!once(fields.screenshot, key, error)) {
            return false;
        }
        if (!m_reader.readString(value)) {
            return fail(error, key, "must be a string (" + m_reader.error() + ")");
        }
        if (value.empty() || value.size() > kMaxScreenshotBytes) {
            return fail(error, key, "must name a PNG file (1 to 4096 bytes)");
        }
        fields.screenshot = std::move(value);
        return true;
    }

    /// A screenshot line: a time and a file, nothing that touches.
    bool checkScreenshot(Fields& fields, ScriptLine& line, ScriptError& error) const {
        if (fields.id || fields.phase || fields.x || fields.y || fields.target || fields.dx || fields.dy) {
            return fail(error, "screenshot", "stands alone with \"t\" (no id, phase, position or target)");
        }
        line.lineNumber = m_lineNumber;
        line.tMs = *fields.t;
        line.screenshot = std::move(*fields.screenshot);
        return true;
    }

    bool check(Fields& fields, ScriptLine& line, ScriptError& error) const {
        if (!fields.t) {
            return fail(error, "t", "is missing");
        }
        if (fields.screenshot) {
            return checkScreenshot(fields, line, error);
        }
        if (!fields.id) {
            return fail(error, "id", "is missing");
        }
        if (!fields.phase) {
            return fail(error, "phase", "is missing");
        }
        const bool hasX = fields.x.has_value();
        const bool hasY = fields.y.has_value();
        if (fields.target) {
            if (hasX || hasY) {
                return fail(error, hasX ? "x" : "y", "cannot be given with \"target\"");
            }
        } else {
            if (fields.dx || fields.dy) {
                return fail(error, fields.dx ? "dx" : "dy", "is only allowed with \"target\"");
            }
            if (!hasX || !hasY) {
                return fail(error, hasX ? "y" : "x", "is missing (give x and y, or target)");
            }
        }
        line.lineNumber = m_lineNumber;
        line.tMs = *fields.t;
        line.id = *fields.id;
        line.phase = *fields.phase;
        line.hasPosition = !fields.target.has_value();
        line.normalised = core::Vec2{fields.x.value_or(0.0), fields.y.value_or(0.0)};
        line.target = fields.target.value_or(std::string());
        line.offsetMm = core::Vec2{fields.dx.value_or(0.0), fields.dy.value_or(0.0)};
        return true;
    }

    core::JsonReader m_reader;
    int m_lineNumber;
};

bool isSkipped(std::string_view line) {
    const std::size_t first = line.find_first_not_of(" \t\r");
    return first == std::string_view::npos || line[first] == '#';
}

} // namespace

std::string ScriptError::text() const {
    if (line == 0) {
        return message;
    }
    std::string result = "line " + std::to_string(line);
    if (!field.empty()) {
        result += ", field \"" + field + "\"";
    }
    return result + ": " + message;
}

Script ScriptReader::parse(std::string_view text) {
    Script script;
    int lineNumber = 0;
    std::int64_t previousT = 0;
    std::size_t start = 0;
    while (start < text.size() && script.errors.size() < kMaxErrors) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        std::string_view raw = text.substr(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (!raw.empty() && raw.back() == '\r') {
            raw.remove_suffix(1);
        }
        if (isSkipped(raw)) {
            continue;
        }
        if (raw.size() > kMaxLineBytes) {
            script.errors.push_back(ScriptError{lineNumber, "", "is longer than 4096 bytes"});
            continue;
        }
        ScriptLine line;
        ScriptError error;
        if (!LineParser(raw, lineNumber).parse(line, error)) {
            script.errors.push_back(std::move(error));
            continue;
        }
        if (line.tMs < previousT) {
            script.errors.push_back(ScriptError{lineNumber, "t",
                                                "goes back in time (" + std::to_string(line.tMs) +
                                                    " ms after " + std::to_string(previousT) + " ms)"});
            continue;
        }
        previousT = line.tMs;
        script.lines.push_back(std::move(line));
    }
    if (script.errors.size() >= kMaxErrors) {
        script.errors.push_back(ScriptError{lineNumber, "", "too many errors; the rest was not read"});
    }
    return script;
}

Script ScriptReader::readFile(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        Script script;
        script.errors.push_back(ScriptError{0, "", "cannot open the input script " + path.string()});
        return script;
    }
    std::ostringstream content;
    content << file.rdbuf();
    if (file.bad()) {
        Script script;
        script.errors.push_back(ScriptError{0, "", "cannot read the input script " + path.string()});
        return script;
    }
    return parse(content.str());
}

} // namespace atelier::input

// Shared pieces of the event codec: typed field reading and the JSON forms of poses, sizes and points.
#include "core/EventFields.hpp"

#include "core/JsonReader.hpp"

#include <limits>

namespace atelier::core::detail {
namespace {

int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

} // namespace

std::optional<std::string_view> FieldReader::find(const char* key) {
    if (!m_error.empty()) {
        return std::nullopt;
    }
    std::optional<std::string_view> found = m_object.member(key);
    if (!found) {
        m_error = "the " + std::string(m_eventType) + " payload has no \"" + m_prefix + key + "\" field";
    }
    return found;
}

bool FieldReader::problem(const char* key, std::string_view what) {
    m_error = "\"" + m_prefix + key + "\" in the " + std::string(m_eventType) + " payload must be " +
              std::string(what);
    return false;
}

bool FieldReader::id(const char* key, ItemId& value) {
    const std::optional<std::string_view> field = find(key);
    if (!field) {
        return false;
    }
    JsonReader reader(*field);
    if (!reader.readUint64(value) || !reader.finish()) {
        return problem(key, "a whole number of 0 or more");
    }
    return true;
}

bool FieldReader::wholeNumber(const char* key, std::int64_t& value) {
    const std::optional<std::string_view> field = find(key);
    if (!field) {
        return false;
    }
    JsonReader reader(*field);
    if (!reader.readInt64(value) || !reader.finish()) {
        return problem(key, "a whole number");
    }
    return true;
}

bool FieldReader::boolean(const char* key, bool& value) {
    const std::optional<std::string_view> field = find(key);
    if (!field) {
        return false;
    }
    JsonReader reader(*field);
    if (!reader.readBool(value) || !reader.finish()) {
        return problem(key, "true or false");
    }
    return true;
}

bool FieldReader::integer(const char* key, int& value) {
    const std::optional<std::string_view> field = find(key);
    if (!field) {
        return false;
    }
    JsonReader reader(*field);
    std::int64_t number = 0;
    if (!reader.readInt64(number) || !reader.finish() || number < std::numeric_limits<int>::min() ||
        number > std::numeric_limits<int>::max()) {
        return problem(key, "a whole number of ordinary size");
    }
    value = static_cast<int>(number);
    return true;
}

bool FieldReader::number(const char* key, double& value) {
    const std::optional<std::string_view> field = find(key);
    if (!field) {
        return false;
    }
    JsonReader reader(*field);
    if (!reader.readDouble(value) || !reader.finish()) {
        return problem(key, "a finite number");
    }
    return true;
}

bool FieldReader::text(const char* key, std::string& value) {
    const std::optional<std::string_view> field = find(key);
    if (!field) {
        return false;
    }
    JsonReader reader(*field);
    if (!reader.readString(value) || !reader.finish()) {
        return problem(key, "a string");
    }
    return true;
}

bool FieldReader::pose(const char* key, Pose& value) {
    const std::optional<std::string_view> field = find(key);
    if (!field) {
        return false;
    }
    JsonObjectView object;
    if (!object.parse(*field)) {
        return problem(key, "an object with x, y, rotation and scale");
    }
    FieldReader inner(object, m_eventType, m_error, m_prefix + key + ".");
    return inner.number("x", value.centre.x) && inner.number("y", value.centre.y) &&
           inner.number("rotation", value.rotation) && inner.number("scale", value.scale);
}

bool FieldReader::size(const char* key, Size& value) {
    const std::optional<std::string_view> field = find(key);
    if (!field) {
        return false;
    }
    JsonObjectView object;
    if (!object.parse(*field)) {
        return problem(key, "an object with width and height");
    }
    FieldReader inner(object, m_eventType, m_error, m_prefix + key + ".");
    return inner.number("width", value.width) && inner.number("height", value.height);
}

bool FieldReader::points(const char* key, std::vector<Vec2>& value) {
    const std::optional<std::string_view> field = find(key);
    if (!field) {
        return false;
    }
    value.clear();
    JsonReader reader(*field);
    bool ok = reader.beginArray();
    Vec2 point;
    while (ok && reader.nextElement()) {
        ok = reader.readDouble(point.x) && reader.nextElement() && reader.readDouble(point.y);
        value.push_back(point);
    }
    if (!ok || !reader.finish()) {
        return problem(key, "a flat array of finite numbers [x0, y0, x1, y1, ...]");
    }
    return true;
}

bool FieldReader::ids(const char* key, std::vector<ItemId>& value) {
    const std::optional<std::string_view> field = find(key);
    if (!field) {
        return false;
    }
    value.clear();
    JsonReader reader(*field);
    bool ok = reader.beginArray();
    while (ok && reader.nextElement()) {
        ok = reader.readUint64(value.emplace_back());
    }
    if (!ok || !reader.finish()) {
        return problem(key, "an array of ids (whole numbers of 0 or more)");
    }
    return true;
}

bool FieldReader::texts(const char* key, std::vector<std::string>& value) {
    const std::optional<std::string_view> field = find(key);
    if (!field) {
        return false;
    }
    value.clear();
    JsonReader reader(*field);
    bool ok = reader.beginArray();
    while (ok && reader.nextElement()) {
        ok = reader.readString(value.emplace_back());
    }
    if (!ok || !reader.finish()) {
        return problem(key, "an array of strings");
    }
    return true;
}

bool FieldReader::colour(const char* key, std::uint32_t& value) {
    const std::optional<std::string_view> field = find(key);
    if (!field) {
        return false;
    }
    const char* expected = "a colour written \"#rrggbbaa\" (8 hex digits)";
    std::string text;
    JsonReader reader(*field);
    if (!reader.readString(text) || !reader.finish() || text.size() != 9 || text[0] != '#') {
        return problem(key, expected);
    }
    std::uint32_t colour = 0;
    for (std::size_t i = 1; i < text.size(); ++i) {
        const int digit = hexDigit(text[i]);
        if (digit < 0) {
            return problem(key, expected);
        }
        colour = colour * 16 + static_cast<std::uint32_t>(digit);
    }
    value = colour;
    return true;
}

void writePose(JsonWriter& writer, const Pose& pose) {
    writer.beginObject();
    writer.key("x");
    writer.number(pose.centre.x);
    writer.key("y");
    writer.number(pose.centre.y);
    writer.key("rotation");
    writer.number(pose.rotation);
    writer.key("scale");
    writer.number(pose.scale);
    writer.endObject();
}

void writeSize(JsonWriter& writer, const Size& size) {
    writer.beginObject();
    writer.key("width");
    writer.number(size.width);
    writer.key("height");
    writer.number(size.height);
    writer.endObject();
}

void writePoints(JsonWriter& writer, const std::vector<Vec2>& points) {
    writer.beginArray();
    for (const Vec2& point : points) {
        writer.number(point.x);
        writer.number(point.y);
    }
    writer.endArray();
}

void writeColour(JsonWriter& writer, std::uint32_t colour) {
    static constexpr char kHexDigits[] = "0123456789abcdef";
    std::string text = "#";
    for (int shift = 28; shift >= 0; shift -= 4) {
        text += kHexDigits[(colour >> shift) & 0x0FU];
    }
    writer.string(text);
}

} // namespace atelier::core::detail

// Locating object members with the pull reader: keys are decoded, values are kept as raw text.
#include "core/JsonObjectView.hpp"

#include "core/JsonReader.hpp"

namespace atelier::core {

bool JsonObjectView::parse(std::string_view text) {
    m_members.clear();
    m_error.clear();
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || text[first] != '{') {
        JsonReader whole(text);
        m_error = whole.skipValue() && whole.finish() ? "is not a JSON object"
                                                      : "is not valid JSON: " + whole.error();
        return false;
    }
    JsonReader reader(text);
    std::string key;
    reader.beginObject();
    while (reader.nextKey(key)) {
        const std::size_t start = reader.position();
        if (!reader.skipValue()) {
            break;
        }
        m_members.emplace_back(key, text.substr(start, reader.position() - start));
    }
    if (!reader.finish()) {
        m_error = "is not valid JSON: " + reader.error();
        m_members.clear();
        return false;
    }
    return true;
}

std::optional<std::string_view> JsonObjectView::member(std::string_view key) const {
    for (auto found = m_members.rbegin(); found != m_members.rend(); ++found) {
        if (found->first == key) {
            return found->second;
        }
    }
    return std::nullopt;
}

} // namespace atelier::core

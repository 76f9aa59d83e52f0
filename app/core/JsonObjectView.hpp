// One JSON object whose members are located but not yet read: event payloads without a JSON tree.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace atelier::core {

/// Finds the members of a JSON object in one pass (checking the grammar of the whole text, nested values
/// included) and hands out each member's raw text for a JsonReader to read. No allocation per value.
class JsonObjectView {
public:
    /// Locates the members of the object that makes up the whole text (which must outlive the view).
    /// False when the text is not valid JSON or not an object; error() then says which, in a few words.
    bool parse(std::string_view text);

    /// The raw JSON text of the member with this key (the last one when a key is repeated), or nothing.
    std::optional<std::string_view> member(std::string_view key) const;

    /// "is not valid JSON: at byte 12: ..." or "is not a JSON object", to follow the payload's name.
    const std::string& error() const { return m_error; }

private:
    std::vector<std::pair<std::string, std::string_view>> m_members;
    std::string m_error;
};

} // namespace atelier::core

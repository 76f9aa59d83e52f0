#include "TextFiles.hpp"

#include <fstream>
#include <sstream>
#include <utility>

namespace atelier::testing {

std::string readAll(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::vector<std::vector<std::string>> parseCsv(const std::string& text, char separator) {
    std::vector<std::vector<std::string>> records(1);
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted && c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
            field += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == separator) {
            records.back().push_back(std::exchange(field, {}));
        } else if (!quoted && c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            records.back().push_back(std::exchange(field, {}));
            records.emplace_back();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.empty() || !records.back().empty()) {
        records.back().push_back(field);
    } else {
        records.pop_back();
    }
    return records;
}

} // namespace atelier::testing

// Reading what an export wrote: a whole file as bytes, and RFC 4180 CSV as records of fields.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace atelier::testing {

/// The file's bytes ("" when it cannot be read).
std::string readAll(const std::filesystem::path& file);

/// Splits RFC 4180 text into records of fields (quoted fields may hold commas, quotes and line breaks;
/// records end with CRLF). `separator` is ',' unless the file uses another (Decidim's ';').
std::vector<std::vector<std::string>> parseCsv(const std::string& text, char separator = ',');

} // namespace atelier::testing

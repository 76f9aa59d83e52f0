// Checks a JSON value against the subset of JSON Schema (2020-12) the project's checked-in schemas use.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace atelier::testing {

/// The places where `value` breaks `schema` (empty when it conforms), one sentence each. Understands type,
/// const, enum, minimum, maximum, required, properties, items, prefixItems, minItems, maxItems, oneOf, anyOf,
/// not and local $ref ("#/$defs/name"); `root` is the schema $ref resolves in (the whole schema).
std::vector<std::string> schemaProblems(const nlohmann::json& value, const nlohmann::json& schema,
                                        const nlohmann::json& root, const std::string& where = "$");

} // namespace atelier::testing

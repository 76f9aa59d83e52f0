#include "JsonSchemaCheck.hpp"

#include <algorithm>

namespace atelier::testing {
namespace {

bool typeMatches(const nlohmann::json& value, const std::string& type) {
    if (type == "object") {
        return value.is_object();
    }
    if (type == "array") {
        return value.is_array();
    }
    if (type == "string") {
        return value.is_string();
    }
    if (type == "number") {
        return value.is_number();
    }
    if (type == "integer") {
        return value.is_number_integer();
    }
    if (type == "boolean") {
        return value.is_boolean();
    }
    return type == "null" && value.is_null();
}

const nlohmann::json& resolved(const nlohmann::json& schema, const nlohmann::json& root) {
    if (schema.is_object() && schema.contains("$ref")) {
        const std::string ref = schema["$ref"].get<std::string>();
        return root.at(nlohmann::json::json_pointer(ref.substr(1)));
    }
    return schema;
}

void checkType(const nlohmann::json& value, const nlohmann::json& schema, const std::string& where,
               std::vector<std::string>& problems) {
    if (!schema.contains("type")) {
        return;
    }
    bool ok = false;
    if (schema["type"].is_array()) {
        for (const auto& type : schema["type"]) {
            ok = ok || typeMatches(value, type.get<std::string>());
        }
    } else {
        ok = typeMatches(value, schema["type"].get<std::string>());
    }
    if (!ok) {
        problems.push_back(where + ": " + value.dump() + " is not of type " + schema["type"].dump());
    }
}

void checkArray(const nlohmann::json& value, const nlohmann::json& schema, const nlohmann::json& root,
                const std::string& where, std::vector<std::string>& problems) {
    if (schema.contains("minItems") && value.size() < schema["minItems"].get<std::size_t>()) {
        problems.push_back(where + ": fewer than " + schema["minItems"].dump() + " items");
    }
    if (schema.contains("maxItems") && value.size() > schema["maxItems"].get<std::size_t>()) {
        problems.push_back(where + ": more than " + schema["maxItems"].dump() + " items");
    }
    std::size_t first = 0;
    if (schema.contains("prefixItems")) {
        const auto& prefix = schema["prefixItems"];
        for (; first < prefix.size() && first < value.size(); ++first) {
            auto more =
                schemaProblems(value[first], prefix[first], root, where + "[" + std::to_string(first) + "]");
            problems.insert(problems.end(), more.begin(), more.end());
        }
    }
    if (schema.contains("items")) {
        for (std::size_t i = first; i < value.size(); ++i) {
            auto more =
                schemaProblems(value[i], schema["items"], root, where + "[" + std::to_string(i) + "]");
            problems.insert(problems.end(), more.begin(), more.end());
        }
    }
}

void checkObject(const nlohmann::json& value, const nlohmann::json& schema, const nlohmann::json& root,
                 const std::string& where, std::vector<std::string>& problems) {
    for (const auto& key : schema.value("required", nlohmann::json::array())) {
        if (!value.contains(key.get<std::string>())) {
            problems.push_back(where + ": missing " + key.get<std::string>());
        }
    }
    if (schema.contains("properties")) {
        for (const auto& [key, sub] : schema["properties"].items()) {
            if (value.contains(key)) {
                auto more = schemaProblems(value[key], sub, root, where + "." + key);
                problems.insert(problems.end(), more.begin(), more.end());
            }
        }
    }
}

} // namespace

std::vector<std::string> schemaProblems(const nlohmann::json& value, const nlohmann::json& given,
                                        const nlohmann::json& root, const std::string& where) {
    const nlohmann::json& schema = resolved(given, root);
    std::vector<std::string> problems;
    checkType(value, schema, where, problems);
    if (schema.contains("const") && value != schema["const"]) {
        problems.push_back(where + ": not " + schema["const"].dump());
    }
    if (schema.contains("enum") &&
        std::find(schema["enum"].begin(), schema["enum"].end(), value) == schema["enum"].end()) {
        problems.push_back(where + ": " + value.dump() + " is not one of " + schema["enum"].dump());
    }
    if (schema.contains("minimum") && value.is_number() &&
        value.get<double>() < schema["minimum"].get<double>()) {
        problems.push_back(where + ": " + value.dump() + " is below " + schema["minimum"].dump());
    }
    if (schema.contains("maximum") && value.is_number() &&
        value.get<double>() > schema["maximum"].get<double>()) {
        problems.push_back(where + ": " + value.dump() + " is above " + schema["maximum"].dump());
    }
    if (value.is_array()) {
        checkArray(value, schema, root, where, problems);
    }
    if (value.is_object()) {
        checkObject(value, schema, root, where, problems);
    }
    if (schema.contains("oneOf")) {
        int matching = 0;
        for (const auto& option : schema["oneOf"]) {
            matching += schemaProblems(value, option, root, where).empty() ? 1 : 0;
        }
        if (matching != 1) {
            problems.push_back(where + ": matches " + std::to_string(matching) +
                               " of oneOf, not exactly one");
        }
    }
    if (schema.contains("anyOf") &&
        std::none_of(schema["anyOf"].begin(), schema["anyOf"].end(), [&](const nlohmann::json& option) {
            return schemaProblems(value, option, root, where).empty();
        })) {
        problems.push_back(where + ": matches none of anyOf");
    }
    if (schema.contains("not") && schemaProblems(value, schema["not"], root, where).empty()) {
        problems.push_back(where + ": matches what \"not\" forbids: " + schema["not"].dump());
    }
    return problems;
}

} // namespace atelier::testing

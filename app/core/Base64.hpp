// Base64 (RFC 4648, with padding): photos carried inside a workshop file, which is JSON text.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace atelier::core {

/// The bytes as base64 text with '=' padding, no line breaks.
std::string base64Encode(std::span<const std::uint8_t> bytes);

/// The bytes of base64 text (padding required, no whitespace); std::nullopt when the text is not base64.
std::optional<std::vector<std::uint8_t>> base64Decode(std::string_view text);

} // namespace atelier::core

// The facilitator's PIN, kept in the config only as a salted PBKDF2-HMAC-SHA256 hash.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atelier::table {

/// Rounds `atelier pin` uses for a new hash: about a tenth of a second on the table's computer, so that
/// trying every PIN against a stolen config costs days rather than seconds.
constexpr int kPinHashIterations = 100000;

/// PBKDF2 (RFC 8018) with HMAC-SHA256 (RFC 2104) over core::Sha256: `length` bytes derived from the password.
std::vector<std::uint8_t> pbkdf2HmacSha256(std::string_view password, std::string_view salt, int iterations,
                                           std::size_t length);

/// True for a PIN the number pad can type: 4 to 8 digits.
bool validPin(std::string_view pin);

/// The config value for this PIN: "pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>".
std::string makePinHash(std::string_view pin, std::string_view salt, int iterations = kPinHashIterations);

/// 16 random bytes for a new salt (from std::random_device, the kernel's random source on Linux).
std::string randomSalt();

/// A hash value as read from the config, taken apart.
struct PinHash {
    int iterations = 0;
    std::string salt;              ///< raw bytes
    std::vector<std::uint8_t> key; ///< 32 bytes
};

/// Parses a config value; nothing when it is not of the form makePinHash() writes.
std::optional<PinHash> parsePinHash(std::string_view text);

/// True when the PIN gives the stored hash (compared in constant time).
bool pinMatches(std::string_view pin, const PinHash& stored);

} // namespace atelier::table

// The facilitator's PIN, kept in the config only as an Argon2id hash (libsodium); older PBKDF2 hashes still
// read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atelier::table {

/// How much an Argon2id hash costs to compute: libsodium's "interactive" limits by default (2 passes over
/// 64 MiB, about a tenth of a second), so that trying every PIN against a stolen config costs years for
/// 6 digits. Tests may ask for less.
struct PinHashCost {
    unsigned long long opsLimit = 0; ///< 0: crypto_pwhash_OPSLIMIT_INTERACTIVE
    std::size_t memLimit = 0;        ///< bytes; 0: crypto_pwhash_MEMLIMIT_INTERACTIVE
};

/// The cheapest cost libsodium accepts (1 pass over 8 KiB): for tests only, never for a real PIN.
PinHashCost cheapestPinHashCost();

/// PBKDF2 (RFC 8018) with libsodium's HMAC-SHA256: `length` bytes derived from the password. Only to check
/// the hashes older versions wrote.
std::vector<std::uint8_t> pbkdf2HmacSha256(std::string_view password, std::string_view salt, int iterations,
                                           std::size_t length);

/// True for a PIN the number pad can type: 4 to 8 digits.
bool validPin(std::string_view pin);

/// The config value for this PIN: libsodium's crypto_pwhash_str, "$argon2id$v=19$m=…,t=…,p=1$salt$hash",
/// with a fresh random salt. Throws std::runtime_error when libsodium cannot (out of memory).
std::string makePinHash(std::string_view pin, PinHashCost cost = {});

/// The form older versions wrote: "pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>" (tests make them).
std::string makeLegacyPinHash(std::string_view pin, std::string_view salt, int iterations);

/// A hash value as read from the config (or the data file), checked.
struct PinHash {
    enum class Scheme { Argon2id, Pbkdf2Sha256 };
    Scheme scheme = Scheme::Argon2id;
    std::string text;              ///< as written: the config's value, the key of what the data file keeps
    int iterations = 0;            ///< PBKDF2 only
    std::string salt;              ///< PBKDF2 only: raw bytes
    std::vector<std::uint8_t> key; ///< PBKDF2 only: 32 bytes
};

/// Parses a config value; nothing when it is neither an Argon2id string libsodium reads nor the PBKDF2 form.
std::optional<PinHash> parsePinHash(std::string_view text);

/// True when the PIN gives the stored hash (compared in constant time). Takes ~0.1 s: call it off the
/// main thread.
bool pinMatches(std::string_view pin, const PinHash& stored);

/// True for a hash of an older scheme (PBKDF2) that is replaced by an Argon2id one once the PIN is typed.
bool needsRewrite(const PinHash& stored);

} // namespace atelier::table

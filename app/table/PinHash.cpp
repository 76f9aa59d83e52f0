// Argon2id PIN hashes through libsodium, and the PBKDF2-HMAC-SHA256 form of older versions (read only).
#include "table/PinHash.hpp"

#include <charconv>
#include <cstring>
#include <sodium.h>
#include <span>
#include <stdexcept>

#include "core/Sha256.hpp"

namespace atelier::table {
namespace {

constexpr std::string_view kLegacyScheme = "pbkdf2-sha256";
constexpr std::string_view kArgon2idPrefix = "$argon2id$";
constexpr int kMaxIterations = 10000000;

/// libsodium must be initialised once before use; sodium_init is thread-safe and idempotent.
void initSodium() {
    static const bool ready = sodium_init() >= 0;
    if (!ready) {
        throw std::runtime_error("libsodium could not be initialised");
    }
}

std::optional<std::vector<std::uint8_t>> fromHex(std::string_view text) {
    if (text.size() % 2 != 0) {
        return std::nullopt;
    }
    std::vector<std::uint8_t> out;
    for (std::size_t i = 0; i < text.size(); i += 2) {
        unsigned value = 0;
        const auto [end, error] = std::from_chars(text.data() + i, text.data() + i + 2, value, 16);
        if (error != std::errc() || end != text.data() + i + 2) {
            return std::nullopt;
        }
        out.push_back(static_cast<std::uint8_t>(value));
    }
    return out;
}

std::span<const std::uint8_t> bytesOf(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

std::optional<PinHash> parseLegacy(std::string_view text) {
    const std::string whole(text);
    std::vector<std::string_view> parts;
    while (true) {
        const std::size_t dollar = text.find('$');
        parts.push_back(text.substr(0, dollar));
        if (dollar == std::string_view::npos) {
            break;
        }
        text.remove_prefix(dollar + 1);
    }
    if (parts.size() != 4 || parts[0] != kLegacyScheme) {
        return std::nullopt;
    }
    PinHash hash;
    hash.scheme = PinHash::Scheme::Pbkdf2Sha256;
    hash.text = whole;
    const auto [end, error] =
        std::from_chars(parts[1].data(), parts[1].data() + parts[1].size(), hash.iterations);
    if (error != std::errc() || end != parts[1].data() + parts[1].size() || hash.iterations < 1 ||
        hash.iterations > kMaxIterations) {
        return std::nullopt;
    }
    const std::optional<std::vector<std::uint8_t>> salt = fromHex(parts[2]);
    std::optional<std::vector<std::uint8_t>> key = fromHex(parts[3]);
    if (!salt || salt->size() < 8 || !key || key->size() != 32) {
        return std::nullopt;
    }
    hash.salt.assign(salt->begin(), salt->end());
    hash.key = std::move(*key);
    return hash;
}

} // namespace

PinHashCost cheapestPinHashCost() {
    return PinHashCost{crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

std::vector<std::uint8_t> pbkdf2HmacSha256(std::string_view password, std::string_view salt, int iterations,
                                           std::size_t length) {
    initSodium();
    // The key's pads are hashed once; every round starts from a copy of that state.
    crypto_auth_hmacsha256_state keyed;
    crypto_auth_hmacsha256_init(&keyed, bytesOf(password).data(), password.size());
    std::vector<std::uint8_t> out;
    for (std::uint32_t blockIndex = 1; out.size() < length; ++blockIndex) {
        std::vector<std::uint8_t> message(salt.begin(), salt.end());
        for (int shift = 24; shift >= 0; shift -= 8) {
            message.push_back(static_cast<std::uint8_t>(blockIndex >> shift));
        }
        std::uint8_t u[crypto_auth_hmacsha256_BYTES];
        crypto_auth_hmacsha256_state state = keyed;
        crypto_auth_hmacsha256_update(&state, message.data(), message.size());
        crypto_auth_hmacsha256_final(&state, u);
        std::uint8_t t[crypto_auth_hmacsha256_BYTES];
        std::memcpy(t, u, sizeof t);
        for (int round = 1; round < iterations; ++round) {
            state = keyed;
            crypto_auth_hmacsha256_update(&state, u, sizeof u);
            crypto_auth_hmacsha256_final(&state, u);
            for (std::size_t i = 0; i < sizeof t; ++i) {
                t[i] ^= u[i];
            }
        }
        for (std::size_t i = 0; i < sizeof t && out.size() < length; ++i) {
            out.push_back(t[i]);
        }
    }
    return out;
}

bool validPin(std::string_view pin) {
    if (pin.size() < 4 || pin.size() > 8) {
        return false;
    }
    for (char c : pin) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

std::string makePinHash(std::string_view pin, PinHashCost cost) {
    initSodium();
    const unsigned long long ops = cost.opsLimit != 0 ? cost.opsLimit : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const std::size_t mem = cost.memLimit != 0 ? cost.memLimit : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pin.data(), pin.size(), ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw std::runtime_error("the PIN could not be hashed (Argon2id needs " + std::to_string(mem >> 20) +
                                 " MiB of memory)");
    }
    return out;
}

std::string makeLegacyPinHash(std::string_view pin, std::string_view salt, int iterations) {
    const std::vector<std::uint8_t> key = pbkdf2HmacSha256(pin, salt, iterations, 32);
    return std::string(kLegacyScheme) + "$" + std::to_string(iterations) + "$" +
           core::Sha256::toHex(bytesOf(salt)) + "$" + core::Sha256::toHex(key);
}

std::optional<PinHash> parsePinHash(std::string_view text) {
    if (text.substr(0, kArgon2idPrefix.size()) != kArgon2idPrefix) {
        return parseLegacy(text);
    }
    initSodium();
    const std::string whole(text);
    if (whole.size() >= crypto_pwhash_STRBYTES) {
        return std::nullopt;
    }
    // needs_rehash reads the parameters back: -1 when the string is not one crypto_pwhash_str writes.
    if (crypto_pwhash_str_needs_rehash(whole.c_str(), crypto_pwhash_argon2id_OPSLIMIT_MIN,
                                       crypto_pwhash_argon2id_MEMLIMIT_MIN) < 0) {
        return std::nullopt;
    }
    PinHash hash;
    hash.scheme = PinHash::Scheme::Argon2id;
    hash.text = whole;
    return hash;
}

bool pinMatches(std::string_view pin, const PinHash& stored) {
    initSodium();
    if (stored.scheme == PinHash::Scheme::Argon2id) {
        return crypto_pwhash_str_verify(stored.text.c_str(), pin.data(), pin.size()) == 0;
    }
    const std::vector<std::uint8_t> key = pbkdf2HmacSha256(pin, stored.salt, stored.iterations, 32);
    return stored.key.size() == key.size() && sodium_memcmp(key.data(), stored.key.data(), key.size()) == 0;
}

bool needsRewrite(const PinHash& stored) {
    return stored.scheme != PinHash::Scheme::Argon2id;
}

} // namespace atelier::table

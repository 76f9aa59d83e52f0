// PBKDF2-HMAC-SHA256 on top of core::Sha256, and the text form of a stored PIN hash.
#include "table/PinHash.hpp"

#include <charconv>
#include <random>

#include "core/Sha256.hpp"

namespace atelier::table {
namespace {

constexpr std::size_t kBlock = 64;
constexpr std::string_view kScheme = "pbkdf2-sha256";
constexpr int kMaxIterations = 10000000;

/// HMAC-SHA256 with the key's inner and outer pads prepared once (PBKDF2 reuses them for every round).
class Hmac {
public:
    explicit Hmac(std::string_view key) {
        std::array<std::uint8_t, kBlock> block{};
        if (key.size() > kBlock) {
            core::Sha256 hash;
            hash.update(key);
            const core::Sha256::Digest digest = hash.finish();
            std::copy(digest.begin(), digest.end(), block.begin());
        } else {
            std::copy(key.begin(), key.end(), block.begin());
        }
        for (std::size_t i = 0; i < kBlock; ++i) {
            m_inner[i] = static_cast<std::uint8_t>(block[i] ^ 0x36);
            m_outer[i] = static_cast<std::uint8_t>(block[i] ^ 0x5c);
        }
    }

    core::Sha256::Digest mac(std::span<const std::uint8_t> message) const {
        core::Sha256 inner;
        inner.update(m_inner);
        inner.update(message);
        const core::Sha256::Digest innerDigest = inner.finish();
        core::Sha256 outer;
        outer.update(m_outer);
        outer.update(innerDigest);
        return outer.finish();
    }

private:
    std::array<std::uint8_t, kBlock> m_inner{};
    std::array<std::uint8_t, kBlock> m_outer{};
};

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

} // namespace

std::vector<std::uint8_t> pbkdf2HmacSha256(std::string_view password, std::string_view salt, int iterations,
                                           std::size_t length) {
    const Hmac hmac(password);
    std::vector<std::uint8_t> out;
    for (std::uint32_t blockIndex = 1; out.size() < length; ++blockIndex) {
        std::vector<std::uint8_t> message(salt.begin(), salt.end());
        for (int shift = 24; shift >= 0; shift -= 8) {
            message.push_back(static_cast<std::uint8_t>(blockIndex >> shift));
        }
        core::Sha256::Digest u = hmac.mac(message);
        core::Sha256::Digest t = u;
        for (int round = 1; round < iterations; ++round) {
            u = hmac.mac(u);
            for (std::size_t i = 0; i < t.size(); ++i) {
                t[i] ^= u[i];
            }
        }
        for (std::size_t i = 0; i < t.size() && out.size() < length; ++i) {
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

std::string makePinHash(std::string_view pin, std::string_view salt, int iterations) {
    const std::vector<std::uint8_t> key = pbkdf2HmacSha256(pin, salt, iterations, 32);
    const std::span<const std::uint8_t> saltBytes(reinterpret_cast<const std::uint8_t*>(salt.data()),
                                                  salt.size());
    return std::string(kScheme) + "$" + std::to_string(iterations) + "$" + core::Sha256::toHex(saltBytes) +
           "$" + core::Sha256::toHex(key);
}

std::string randomSalt() {
    std::random_device device;
    std::string salt;
    for (int i = 0; i < 16; ++i) {
        salt += static_cast<char>(device() & 0xFF);
    }
    return salt;
}

std::optional<PinHash> parsePinHash(std::string_view text) {
    std::vector<std::string_view> parts;
    while (true) {
        const std::size_t dollar = text.find('$');
        parts.push_back(text.substr(0, dollar));
        if (dollar == std::string_view::npos) {
            break;
        }
        text.remove_prefix(dollar + 1);
    }
    if (parts.size() != 4 || parts[0] != kScheme) {
        return std::nullopt;
    }
    PinHash hash;
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

bool pinMatches(std::string_view pin, const PinHash& stored) {
    const std::vector<std::uint8_t> key =
        pbkdf2HmacSha256(pin, stored.salt, stored.iterations, stored.key.size());
    std::uint8_t difference = 0;
    for (std::size_t i = 0; i < key.size(); ++i) {
        difference = static_cast<std::uint8_t>(difference | (key[i] ^ stored.key[i]));
    }
    return difference == 0 && key.size() == stored.key.size();
}

} // namespace atelier::table

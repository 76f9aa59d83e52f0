// SHA-256 (FIPS 180-4): addresses photo blobs and fingerprints boards.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace atelier::core {

/// Incremental SHA-256, for data that arrives in pieces (a photo read in chunks).
class Sha256 {
public:
    /// A 32-byte digest.
    using Digest = std::array<std::uint8_t, 32>;

    /// Starts an empty message.
    Sha256();

    /// Feeds more bytes.
    void update(std::span<const std::uint8_t> bytes);

    /// Feeds more bytes given as characters.
    void update(std::string_view bytes);

    /// Pads, returns the digest and leaves the object ready to hash something new.
    Digest finish();

    /// Bytes as lowercase hexadecimal characters, two per byte (a Digest gives 64).
    static std::string toHex(std::span<const std::uint8_t> bytes);

private:
    void compress(const std::uint8_t* block);

    std::array<std::uint32_t, 8> m_state{};
    std::array<std::uint8_t, 64> m_block{};
    std::size_t m_blockFill = 0;
    std::uint64_t m_totalBytes = 0;
};

/// Lowercase hex SHA-256 of the bytes (the store names photo blobs by it).
std::string sha256Hex(std::string_view bytes);

/// Lowercase hex SHA-256 of the bytes.
std::string sha256Hex(std::span<const std::uint8_t> bytes);

} // namespace atelier::core

// Internal to the compact board codec: the layout constants and the varint writer both sides share.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

namespace atelier::core::detail {

/// Every compact board starts with these three bytes, then kCompactBoardVersion, then the kind.
inline constexpr std::string_view kCompactMagic = "ATB";
/// The fifth byte of a whole board.
inline constexpr char kCompactWhole = 'W';
/// The fifth byte of a delta.
inline constexpr char kCompactDelta = 'D';
/// The byte that opens the optional deciding block at the end of a board or delta (DecisionBoardCodec).
inline constexpr char kCompactDecision = 'K';
/// Bits of the flags byte of a card, photo, stroke, cluster or vote.
inline constexpr unsigned kFlagGone = 1;   ///< deleted, removed, erased, dissolved or withdrawn
inline constexpr unsigned kFlagEnded = 2;  ///< a stroke whose pen lifted
inline constexpr unsigned kFlagHidden = 4; ///< a card the facilitator took away (card.hidden)
inline constexpr unsigned kFlagPaused = 4; ///< the board's own flags: the session is paused

/// A value snapped to a grid of `steps` per unit as a whole number (0 for what apply could never store).
inline std::int64_t onGrid(double value, double steps) {
    const double scaled = value * steps;
    if (!(std::fabs(scaled) <= 1e15)) {
        return 0;
    }
    return static_cast<std::int64_t>(scaled + (scaled >= 0 ? 0.5 : -0.5));
}

/// Appends varints (LEB128), zigzagged signed numbers and length-prefixed strings to a byte string.
class CompactWriter {
public:
    /// An unsigned number, 7 bits a byte.
    void unsignedNumber(std::uint64_t value) {
        while (value >= 0x80) {
            m_bytes.push_back(static_cast<char>((value & 0x7f) | 0x80));
            value >>= 7;
        }
        m_bytes.push_back(static_cast<char>(value));
    }
    /// A signed number, zigzagged so that small magnitudes take one byte.
    void signedNumber(std::int64_t value) {
        unsignedNumber((static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63));
    }
    /// A string, its byte length first.
    void text(std::string_view value) {
        unsignedNumber(value.size());
        m_bytes.append(value);
    }
    /// One raw byte.
    void byte(unsigned value) { m_bytes.push_back(static_cast<char>(value)); }
    /// Room for `bytes` more, to avoid regrowing a megabyte string.
    void reserve(std::size_t bytes) { m_bytes.reserve(bytes); }
    /// The bytes written; the writer is left empty.
    std::string take() { return std::move(m_bytes); }

private:
    std::string m_bytes;
};

} // namespace atelier::core::detail

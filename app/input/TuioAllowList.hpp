// Which hosts may send TUIO to the table: loopback alone by default, named addresses beyond it.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace atelier::input {

/// The canonical text of a numeric IPv4 or IPv6 address (as inet_ntop writes it; an IPv4-mapped IPv6 address
/// as its IPv4); nothing when `text` is not a numeric address.
std::optional<std::string> canonicalAddress(std::string_view text);

/// True for 127.0.0.0/8 and ::1 (and their IPv4-mapped forms): only this computer can send to them.
bool isLoopbackAddress(std::string_view text);

/// The senders the TUIO receiver reads datagrams from. Bound to loopback with no list, every local sender is
/// read (only this computer can reach the socket); with a list, only its addresses, wherever it is bound.
/// Bound beyond loopback, a list is required: the config refuses the bind without one.
class TuioAllowList {
public:
    /// Checks the config's choice; the error is one sentence naming `[input] tuio_allow`.
    static std::variant<TuioAllowList, std::string> make(std::string_view bindAddress,
                                                         const std::vector<std::string>& allow);

    /// True when a datagram from this address (any numeric form) may be read.
    bool allows(std::string_view address) const;

    /// True when every sender is read (loopback bind, no list).
    bool open() const { return m_addresses.empty(); }

private:
    std::set<std::string> m_addresses; ///< canonical
};

} // namespace atelier::input

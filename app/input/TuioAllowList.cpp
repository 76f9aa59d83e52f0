// Numeric addresses read, compared in one canonical form, and the rule that a LAN bind needs an allow list.
#include "input/TuioAllowList.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <array>
#include <cstring>

namespace atelier::input {
namespace {

/// The bytes of an IPv4 address inside an IPv4-mapped IPv6 one (::ffff:a.b.c.d), if it is one.
std::optional<in_addr> mappedIpv4(const in6_addr& address) {
    if (!IN6_IS_ADDR_V4MAPPED(&address)) {
        return std::nullopt;
    }
    in_addr ipv4{};
    std::memcpy(&ipv4, address.s6_addr + 12, sizeof ipv4);
    return ipv4;
}

std::string ipv4Text(const in_addr& address) {
    std::array<char, INET_ADDRSTRLEN> text{};
    inet_ntop(AF_INET, &address, text.data(), text.size());
    return text.data();
}

} // namespace

std::optional<std::string> canonicalAddress(std::string_view text) {
    const std::string address(text);
    in_addr ipv4{};
    if (inet_pton(AF_INET, address.c_str(), &ipv4) == 1) {
        return ipv4Text(ipv4);
    }
    in6_addr ipv6{};
    if (inet_pton(AF_INET6, address.c_str(), &ipv6) == 1) {
        if (const std::optional<in_addr> mapped = mappedIpv4(ipv6)) {
            return ipv4Text(*mapped);
        }
        std::array<char, INET6_ADDRSTRLEN> out{};
        inet_ntop(AF_INET6, &ipv6, out.data(), out.size());
        return std::string(out.data());
    }
    return std::nullopt;
}

bool isLoopbackAddress(std::string_view text) {
    const std::optional<std::string> address = canonicalAddress(text);
    return address && (address->rfind("127.", 0) == 0 || *address == "::1");
}

std::variant<TuioAllowList, std::string> TuioAllowList::make(std::string_view bindAddress,
                                                             const std::vector<std::string>& allow) {
    TuioAllowList list;
    for (const std::string& entry : allow) {
        const std::optional<std::string> address = canonicalAddress(entry);
        if (!address) {
            return "[input] tuio_allow holds \"" + entry +
                   "\", which is not a numeric IP address (e.g. \"192.168.1.20\"; host names are not looked "
                   "up).";
        }
        list.m_addresses.insert(*address);
    }
    if (list.m_addresses.empty() && !isLoopbackAddress(bindAddress)) {
        return "TUIO is bound to " + std::string(bindAddress) +
               ", beyond this computer, but [input] tuio_allow names no tracker: any host on the network "
               "could "
               "touch the table and try PINs. List the trackers' addresses, e.g. tuio_allow = "
               "[\"192.168.1.20\"].";
    }
    return list;
}

bool TuioAllowList::allows(std::string_view address) const {
    if (m_addresses.empty()) {
        return true;
    }
    const std::optional<std::string> canonical = canonicalAddress(address);
    return canonical && m_addresses.contains(*canonical);
}

} // namespace atelier::input

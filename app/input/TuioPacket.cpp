// OSC bundle walking and message deserialisation with liblo, into plain OscMessage values.
#include "input/TuioPacket.hpp"

#include <lo/lo.h>

#include <cstring>
#include <memory>
#include <string_view>

namespace atelier::input {
namespace {

constexpr std::size_t kMaxPacketBytes = 65536;
constexpr int kMaxBundleDepth = 4;
constexpr int kMaxArgs = 1024;
constexpr char kBundleTag[8] = {'#', 'b', 'u', 'n', 'd', 'l', 'e', '\0'};

struct MessageFree {
    void operator()(lo_message message) const { lo_message_free(message); }
};
using MessagePtr = std::unique_ptr<std::remove_pointer_t<lo_message>, MessageFree>;

std::uint32_t readBigEndian32(const std::uint8_t* bytes) {
    return (static_cast<std::uint32_t>(bytes[0]) << 24U) | (static_cast<std::uint32_t>(bytes[1]) << 16U) |
           (static_cast<std::uint32_t>(bytes[2]) << 8U) | static_cast<std::uint32_t>(bytes[3]);
}

template <typename T>
T readArg(const lo_arg* arg) {
    // liblo's arguments are only 4-byte aligned: copy rather than read a 64-bit member in place.
    T value{};
    std::memcpy(&value, static_cast<const void*>(arg), sizeof(T));
    return value;
}

void decodeMessage(std::span<const std::uint8_t> bytes, TuioDecoder& decoder, std::int64_t nowMs,
                   std::vector<Contact>& out) {
    // An aligned, writable copy: liblo takes a void* and reads 32-bit words.
    std::vector<std::uint32_t> buffer((bytes.size() + 3) / 4, 0U);
    std::memcpy(buffer.data(), bytes.data(), bytes.size());
    int result = 0;
    const MessagePtr message(lo_message_deserialise(buffer.data(), bytes.size(), &result));
    if (!message) {
        decoder.anomalies().report(Anomaly::MalformedOsc, nowMs,
                                   "an OSC message liblo cannot read (error " + std::to_string(result) + ")");
        return;
    }
    const char* raw = reinterpret_cast<const char*>(buffer.data());
    const std::string_view path(raw, strnlen(raw, bytes.size()));
    const int argc = lo_message_get_argc(message.get());
    const char* types = lo_message_get_types(message.get());
    lo_arg** argv = lo_message_get_argv(message.get());
    if (argc < 0 || argc > kMaxArgs || (argc > 0 && (types == nullptr || argv == nullptr))) {
        decoder.anomalies().report(Anomaly::MalformedOsc, nowMs, "an OSC message with too many arguments");
        return;
    }
    std::vector<OscArg> args(static_cast<std::size_t>(argc));
    for (std::size_t i = 0; i < args.size(); ++i) {
        OscArg& arg = args[i];
        arg.type = types[i];
        const lo_arg* value = argv[i];
        if (value == nullptr) {
            continue;
        }
        switch (arg.type) {
        case 'i':
            arg.integer = readArg<std::int32_t>(value);
            break;
        case 'h':
            arg.integer = readArg<std::int64_t>(value);
            break;
        case 'f':
            arg.real = readArg<float>(value);
            break;
        case 'd':
            arg.real = readArg<double>(value);
            break;
        case 's':
        case 'S':
            arg.text = std::string_view(reinterpret_cast<const char*>(value));
            break;
        default:
            break;
        }
    }
    decoder.handle(OscMessage{path, args}, nowMs, out);
}

void decodeElement(std::span<const std::uint8_t> bytes, int depth, TuioDecoder& decoder, std::int64_t nowMs,
                   std::vector<Contact>& out) {
    if (bytes.size() < sizeof(kBundleTag) || std::memcmp(bytes.data(), kBundleTag, sizeof(kBundleTag)) != 0) {
        decodeMessage(bytes, decoder, nowMs, out);
        return;
    }
    if (depth >= kMaxBundleDepth) {
        decoder.anomalies().report(Anomaly::MalformedOsc, nowMs, "OSC bundles nested too deeply");
        return;
    }
    if (bytes.size() < 16) {
        decoder.anomalies().report(Anomaly::MalformedOsc, nowMs, "an OSC bundle without its time tag");
        return;
    }
    decoder.beginBundle();
    std::size_t pos = 16; // "#bundle\0" and the 8-byte time tag, ignored: TUIO is played as it arrives
    while (pos < bytes.size()) {
        if (bytes.size() - pos < 4) {
            decoder.anomalies().report(Anomaly::MalformedOsc, nowMs,
                                       "an OSC bundle cut inside an element size");
            return;
        }
        const std::size_t length = readBigEndian32(bytes.data() + pos);
        pos += 4;
        if (length == 0 || length % 4 != 0 || length > bytes.size() - pos) {
            decoder.anomalies().report(Anomaly::MalformedOsc, nowMs, "an OSC bundle element of a wrong size");
            return;
        }
        decodeElement(bytes.subspan(pos, length), depth + 1, decoder, nowMs, out);
        pos += length;
    }
}

} // namespace

void decodeOscPacket(std::span<const std::uint8_t> bytes, TuioDecoder& decoder, std::int64_t nowMs,
                     std::vector<Contact>& out, std::string_view sender) {
    decoder.beginPacket(sender);
    if (bytes.empty() || bytes.size() > kMaxPacketBytes || bytes.size() % 4 != 0) {
        decoder.anomalies().report(Anomaly::MalformedOsc, nowMs,
                                   "an OSC packet of " + std::to_string(bytes.size()) + " bytes");
        return;
    }
    decodeElement(bytes, 0, decoder, nowMs, out);
}

} // namespace atelier::input

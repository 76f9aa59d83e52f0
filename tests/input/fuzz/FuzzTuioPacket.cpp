// libFuzzer target: any UDP datagram through the OSC/TUIO packet handler, then the contact gate.
#include "input/ContactTracker.hpp"
#include "input/TuioPacket.hpp"

#include <spdlog/spdlog.h>

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
    spdlog::set_level(spdlog::level::off); // every input makes a fresh reporter: keep the output readable
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace atelier::input;
    TuioDecoder decoder(SurfaceMapping({1210, 680}));
    ContactTracker tracker(TrackerOptions{{1210, 680}, 50, 64});
    std::vector<Contact> raw;
    std::vector<Contact> clean;
    const std::span<const std::uint8_t> packet(data, size);
    // The same datagram twice (a repeated frame must be harmless), then the source falls silent.
    decodeOscPacket(packet, decoder, 0, raw);
    decodeOscPacket(packet, decoder, 10, raw);
    decoder.expireSilent(5000, raw);
    for (const Contact& contact : raw) {
        tracker.accept(contact, clean);
    }
    tracker.reconcile(Source::Tuio, decoder.aliveIds(), 5000, clean);
    if (decoder.cursorCount() != 0 || tracker.liveCount() != 0) {
        __builtin_trap(); // silence must have released every cursor
    }
    return 0;
}

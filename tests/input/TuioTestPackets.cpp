// TUIO frames serialised by liblo.
#include "TuioTestPackets.hpp"

#include <cstdlib>
#include <cstring>

namespace atelier::input::testing {

BundlePtr tuioFrame(const std::vector<TuioCursor>& cursors, std::int32_t frame, const std::string& source) {
    BundlePtr bundle(lo_bundle_new(lo_timetag{0U, 1U}));
    if (!source.empty()) {
        lo_message message = lo_message_new();
        lo_message_add_string(message, "source");
        lo_message_add_string(message, source.c_str());
        lo_bundle_add_message(bundle.get(), "/tuio/2Dcur", message);
    }
    lo_message alive = lo_message_new();
    lo_message_add_string(alive, "alive");
    for (const TuioCursor& cursor : cursors) {
        lo_message_add_int32(alive, cursor.id);
    }
    lo_bundle_add_message(bundle.get(), "/tuio/2Dcur", alive);
    for (const TuioCursor& cursor : cursors) {
        lo_message set = lo_message_new();
        lo_message_add_string(set, "set");
        lo_message_add_int32(set, cursor.id);
        lo_message_add_float(set, cursor.x);
        lo_message_add_float(set, cursor.y);
        lo_message_add_float(set, 0.0F);
        lo_message_add_float(set, 0.0F);
        lo_message_add_float(set, 0.0F);
        lo_bundle_add_message(bundle.get(), "/tuio/2Dcur", set);
    }
    lo_message fseq = lo_message_new();
    lo_message_add_string(fseq, "fseq");
    lo_message_add_int32(fseq, frame);
    lo_bundle_add_message(bundle.get(), "/tuio/2Dcur", fseq);
    return bundle;
}

std::vector<std::uint8_t> serialise(lo_bundle bundle) {
    std::size_t size = 0;
    void* data = lo_bundle_serialise(bundle, nullptr, &size);
    std::vector<std::uint8_t> bytes(size);
    std::memcpy(bytes.data(), data, size);
    std::free(data);
    return bytes;
}

std::vector<std::uint8_t> serialise(lo_message message, const char* path) {
    std::size_t size = 0;
    void* data = lo_message_serialise(message, path, nullptr, &size);
    std::vector<std::uint8_t> bytes(size);
    std::memcpy(bytes.data(), data, size);
    std::free(data);
    return bytes;
}

} // namespace atelier::input::testing

// Real TUIO 1.1 packets built with liblo, for the packet, receiver and fuzz-seed tests.
#pragma once

#include <lo/lo.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace atelier::input::testing {

/// One cursor of a TUIO frame: session id and normalised position.
struct TuioCursor {
    std::int32_t id = 0;
    float x = 0;
    float y = 0;
};

/// Frees a liblo bundle and its messages.
struct BundleFree {
    void operator()(lo_bundle bundle) const { lo_bundle_free_recursive(bundle); }
};
/// An owned liblo bundle.
using BundlePtr = std::unique_ptr<std::remove_pointer_t<lo_bundle>, BundleFree>;

/// A frame as a tracker sends it: [source], alive, one set per cursor, fseq.
BundlePtr tuioFrame(const std::vector<TuioCursor>& cursors, std::int32_t frame,
                    const std::string& source = {});

/// The bytes of a bundle, as they travel over UDP.
std::vector<std::uint8_t> serialise(lo_bundle bundle);

/// The bytes of one message.
std::vector<std::uint8_t> serialise(lo_message message, const char* path);

} // namespace atelier::input::testing

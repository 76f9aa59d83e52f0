// An appended event on its way from the main thread to the writer thread.
#pragma once

#include "core/Event.hpp"

#include <cstdint>
#include <string>

namespace atelier::store {

/// An event with its seq and its row already encoded on the main thread, waiting to be committed.
struct PendingEvent {
    std::int64_t seq = 0;
    std::int64_t tMs = 0;
    int seat = 0;
    std::string type;
    std::string payload;
    core::Event event; ///< handed to the SnapshotMaker once committed
};

} // namespace atelier::store

// The phase of the workshop the table is in.
#pragma once

#include <string>
#include <vector>

namespace atelier::core {

/// A step of the method (observe, ideas, cluster, vote, ...) and the tools the docks offer during it.
struct Phase {
    int index = -1; ///< -1 until the first phase.started
    std::string name;
    std::vector<std::string> tools; ///< tool names of the workshop definition ("cards", "sketch", ...)
    int durationS = 0;              ///< planned length in seconds; 0 = untimed
    friend bool operator==(const Phase&, const Phase&) = default;
};

} // namespace atelier::core

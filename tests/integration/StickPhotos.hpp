// Photo files the integration tests put on a "USB stick" folder for the panel to import.
#pragma once

#include <cstdint>
#include <filesystem>

namespace atelier::testing {

/// Writes a PNG of one colour; false when it could not be written.
bool writeSolidPng(const std::filesystem::path& file, int width, int height, std::uint8_t r, std::uint8_t g,
                   std::uint8_t b);

} // namespace atelier::testing

// Reads PNG screenshots in tests so they can assert on what a person would see.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

namespace atelier::testing {

/// An RGB colour with 8-bit channels.
struct Colour {
    int r = 0, g = 0, b = 0;
};

/// A decoded RGBA image, top row first.
struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;

    /// The pixel at (x, y), x rightwards and y downwards from the top-left corner.
    Colour at(int x, int y) const;
    /// How many pixels of the rectangle [x0,x1)×[y0,y1) are darker than the luminance threshold (0..255).
    int countDarker(int x0, int y0, int x1, int y1, int threshold) const;
};

/// Loads a PNG (or a JPEG), or nothing when it cannot be read.
std::optional<Image> loadPng(const std::filesystem::path& file);

/// True when two colours differ by at most tolerance on every channel.
bool near(Colour a, Colour b, int tolerance = 3);

} // namespace atelier::testing

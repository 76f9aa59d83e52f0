// The table drawn offscreen (SDL's offscreen driver, EGL) for exports: a board in, pixels out.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "core/Board.hpp"
#include "core/Catalogue.hpp"
#include "platform/CommandLine.hpp"
#include "platform/Config.hpp"

namespace atelier::platform {

/// One frame read back from GL: RGBA, top row first.
struct Frame {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;
};

/// Owns a hidden window, ImGui, the texture cache (photos from the data file) and the scene renderer,
/// set up as the live table sets them up, so an export looks like the table. Main thread only.
class HeadlessTable {
public:
    /// Opens the offscreen surface of `size` pixels for a table of the config's physical size; photos are
    /// read from `dataFile`; cards use `categoryColours` (0xRRGGBB). A sentence when it cannot be made.
    static std::variant<std::unique_ptr<HeadlessTable>, std::string>
    open(const Config& config, const std::filesystem::path& resourceRoot,
         const std::filesystem::path& dataFile, PixelSize size, std::vector<std::uint32_t> categoryColours);

    HeadlessTable(const HeadlessTable&) = delete;
    HeadlessTable& operator=(const HeadlessTable&) = delete;
    ~HeadlessTable();

    /// Draws the board (and the banner with its title and phase) until its photos are loaded and its cards
    /// painted, 10 s at most; the frame stays in the back buffer for capture.
    void draw(const core::Board& board);
    /// Draws only what changed since the last draw, without waiting for photos (video frames).
    void drawOnce(const core::Board& board);
    /// The last drawn frame's pixels.
    Frame capture() const;
    /// The last drawn frame written as a PNG file; "" on success, else a sentence.
    std::string savePng(const std::filesystem::path& file) const;
    /// The surface in pixels.
    PixelSize size() const { return m_size; }

private:
    struct Parts;
    explicit HeadlessTable(std::unique_ptr<Parts> parts, PixelSize size, core::Language language,
                           core::Size surfaceMm);
    void frame(const core::Board& board);

    std::unique_ptr<Parts> m_parts;
    PixelSize m_size;
    core::Language m_language;
    core::Size m_surfaceMm;
};

/// The export's default picture size: 1920 pixels wide, as tall as the table's physical aspect asks.
PixelSize defaultExportSize(const Config& config);

} // namespace atelier::platform

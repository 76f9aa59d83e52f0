// Reads back the frame just drawn and writes it as a PNG: how tests and docs see what a person sees.
#pragma once

#include <filesystem>
#include <string>

namespace atelier::render {

/// Reads the current back buffer (width × height pixels) and writes it to a PNG file, top row first.
/// Returns "" on success, else a sentence naming the file and the problem.
std::string saveScreenshot(const std::filesystem::path& file, int width, int height);

} // namespace atelier::render

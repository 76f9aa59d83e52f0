// Loads the UI font from Debian's fonts with the glyphs French needs (accents, « » ’ … — œ Œ €).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

struct ImFont;

namespace atelier::ui {

/// The font files tried in order: DejaVu Sans (fonts-dejavu-core), then Noto Sans (fonts-noto-core).
const std::vector<std::filesystem::path>& fontCandidates();

/// Glyph ranges for ImGui: Basic Latin, Latin-1, Latin Extended-A (œ Œ), General Punctuation
/// (’ … – — U+202F) and €; ImGui 1.86's defaults stop at U+00FF.
const unsigned short* frenchGlyphRanges();

/// The French ranges plus the symbols dock buttons and keys carry (arrows, ⌫, ␣, ✎, ✖).
const unsigned short* interfaceGlyphRanges();

/// Adds the UI font at this pixel size to ImGui's atlas; returns "" or a sentence saying what went wrong.
std::string loadUiFont(float pixelSize);

/// Adds the UI font again at a larger pixel size, for the banner, the question and headings (sharper than the
/// body font scaled up); largeUiFont() returns it.
void loadLargeUiFont(float pixelSize);

/// The large UI font, or ImGui's default font when none was loaded (tests, a missing font file).
ImFont* largeUiFont();

/// Capitals' height as a share of the nominal pixel size ImGui loads a font at, for the UI font files
/// (measured on 'H'; render::capHeightRatio measures a loaded font exactly).
double uiFontCapRatio();

/// Adds the font cards are written with (large, so text stays sharp when a card is scaled up); the
/// scene renderer reads its glyphs from ImGui's atlas. Nothing when no font file could be read.
ImFont* loadCardFont(float pixelSize);

} // namespace atelier::ui

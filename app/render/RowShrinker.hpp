// Shrinks an image while its rows arrive, top first, so that a large file never lies in memory in full.
#pragma once

#include <cstdint>
#include <vector>

namespace atelier::render {

/// Averages every source pixel into the output cell it falls in (an area filter weighted by alpha), holding
/// one output row of sums: memory is the output image plus a few output rows, whatever the source's size.
class RowShrinker {
public:
    /// Source rows of sourceWidth straight RGBA pixels become a targetWidth × targetHeight image
    /// (each at most the source's side; 1 at least).
    RowShrinker(int sourceWidth, int sourceHeight, int targetWidth, int targetHeight);

    /// Adds the next source row (sourceWidth × 4 bytes, straight alpha); rows past the last are ignored.
    void addRow(const std::uint8_t* rgba);
    /// Source rows added so far.
    int rowsAdded() const { return m_row; }
    int targetWidth() const { return m_targetWidth; }
    int targetHeight() const { return m_targetHeight; }
    /// The output (straight RGBA, top row first); rows never reached stay transparent.
    std::vector<std::uint8_t> take();

private:
    void flushRow();

    int m_sourceWidth;
    int m_sourceHeight;
    int m_targetWidth;
    int m_targetHeight;
    int m_row = 0;                            ///< next source row
    int m_outRow = 0;                         ///< output row being summed
    int m_rowsInOutRow = 0;                   ///< source rows summed into it
    std::vector<int> m_column;                ///< the output column of each source column
    std::vector<std::uint32_t> m_columnCount; ///< source columns per output column
    std::vector<std::uint64_t> m_sums;        ///< per output pixel: R·A, G·A, B·A, A
    std::vector<std::uint8_t> m_out;
};

} // namespace atelier::render

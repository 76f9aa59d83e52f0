// An area filter fed row by row: the strip-wise shrinking of large photos and plans on import.
#include "render/RowShrinker.hpp"

#include <algorithm>

namespace atelier::render {

RowShrinker::RowShrinker(int sourceWidth, int sourceHeight, int targetWidth, int targetHeight)
    : m_sourceWidth(std::max(1, sourceWidth)), m_sourceHeight(std::max(1, sourceHeight)),
      m_targetWidth(std::clamp(targetWidth, 1, m_sourceWidth)),
      m_targetHeight(std::clamp(targetHeight, 1, m_sourceHeight)),
      m_column(static_cast<std::size_t>(m_sourceWidth)),
      m_columnCount(static_cast<std::size_t>(m_targetWidth), 0),
      m_sums(static_cast<std::size_t>(m_targetWidth) * 4, 0),
      m_out(static_cast<std::size_t>(m_targetWidth) * static_cast<std::size_t>(m_targetHeight) * 4, 0) {
    for (int x = 0; x < m_sourceWidth; ++x) {
        const auto column = static_cast<int>(static_cast<std::int64_t>(x) * m_targetWidth / m_sourceWidth);
        m_column[static_cast<std::size_t>(x)] = column;
        ++m_columnCount[static_cast<std::size_t>(column)];
    }
}

void RowShrinker::addRow(const std::uint8_t* rgba) {
    if (m_row >= m_sourceHeight) {
        return;
    }
    const auto outRow = static_cast<int>(static_cast<std::int64_t>(m_row) * m_targetHeight / m_sourceHeight);
    if (outRow != m_outRow) {
        flushRow();
        m_outRow = outRow;
    }
    for (int x = 0; x < m_sourceWidth; ++x) {
        const std::uint8_t* pixel = rgba + static_cast<std::size_t>(x) * 4;
        std::uint64_t* sum = &m_sums[static_cast<std::size_t>(m_column[static_cast<std::size_t>(x)]) * 4];
        const std::uint64_t alpha = pixel[3];
        sum[0] += pixel[0] * alpha;
        sum[1] += pixel[1] * alpha;
        sum[2] += pixel[2] * alpha;
        sum[3] += alpha;
    }
    ++m_rowsInOutRow;
    ++m_row;
    if (m_row == m_sourceHeight) {
        flushRow();
    }
}

void RowShrinker::flushRow() {
    if (m_rowsInOutRow == 0) {
        return;
    }
    std::uint8_t* out =
        &m_out[static_cast<std::size_t>(m_outRow) * static_cast<std::size_t>(m_targetWidth) * 4];
    for (std::size_t x = 0; x < static_cast<std::size_t>(m_targetWidth); ++x) {
        std::uint64_t* sum = &m_sums[x * 4];
        const std::uint64_t count =
            std::uint64_t{m_columnCount[x]} * static_cast<std::uint64_t>(m_rowsInOutRow);
        if (sum[3] > 0 && count > 0) {
            for (std::size_t c = 0; c < 3; ++c) {
                out[x * 4 + c] = static_cast<std::uint8_t>((sum[c] + sum[3] / 2) / sum[3]);
            }
            out[x * 4 + 3] = static_cast<std::uint8_t>((sum[3] + count / 2) / count);
        }
        std::fill(sum, sum + 4, 0);
    }
    m_rowsInOutRow = 0;
}

std::vector<std::uint8_t> RowShrinker::take() {
    flushRow();
    return std::move(m_out);
}

} // namespace atelier::render

// SPDX-License-Identifier: MIT
#include "scan/linesplitter.h"

#include <QtGlobal>

namespace kiosk::scan {

LineSplitter::LineSplitter(qsizetype maxLineBytes) : m_max(qMax<qsizetype>(1, maxLineBytes)) {}

void LineSplitter::clear()
{
    m_buffer.clear();
    m_discarding = false;
}

LineSplitter::Output LineSplitter::feed(QByteArrayView chunk)
{
    Output out;
    qsizetype start = 0;
    while (start < chunk.size()) {
        qsizetype end = start;
        while (end < chunk.size() && chunk[end] != '\r' && chunk[end] != '\n')
            ++end;
        const QByteArrayView piece = chunk.sliced(start, end - start);
        if (!m_discarding) {
            if (m_buffer.size() + piece.size() > m_max) {
                m_buffer.clear();
                m_discarding = true;
                ++out.overflows;
            } else {
                m_buffer.append(piece);
            }
        }
        if (end == chunk.size())
            break; // no end of line yet: keep the start for the next chunk
        if (!m_discarding && !m_buffer.isEmpty())
            out.lines.append(m_buffer);
        m_buffer.clear();
        m_discarding = false;
        start = end + 1; // CRLF gives an empty line in between, which is skipped
    }
    return out;
}

} // namespace kiosk::scan

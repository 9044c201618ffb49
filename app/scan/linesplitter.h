// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace kiosk::scan {

// Cuts a byte stream into lines ended by CR, LF or CRLF; empty lines are skipped. A line that
// grows past maxLineBytes without an end is dropped (and counted), and so is the rest of it
// up to the next end of line: a scanner that never ends its lines cannot fill the memory.
class LineSplitter
{
public:
    static constexpr qsizetype defaultMaxLineBytes = 64 * 1024;

    struct Output
    {
        QList<QByteArray> lines;
        int overflows = 0; // lines dropped for being too long
    };

    explicit LineSplitter(qsizetype maxLineBytes = defaultMaxLineBytes);

    Output feed(QByteArrayView chunk);
    void clear();
    qsizetype buffered() const { return m_buffer.size(); }
    qsizetype maxLineBytes() const { return m_max; }

private:
    QByteArray m_buffer;
    qsizetype m_max;
    bool m_discarding = false; // inside a line that was already dropped
};

} // namespace kiosk::scan

// SPDX-License-Identifier: MIT
#pragma once

#include "qr/qrimage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QVideoFrameFormat>

#include <atomic>
#include <functional>

class QVideoFrame;

namespace kiosk::qr {

// Reads QR codes from camera frames on its own one-thread pool, never on the caller's thread.
// While a frame is being decoded, new frames are dropped (not queued), so a slow decode costs
// frames, never memory or latency. Only the luminance is copied: the Y plane of YUV frames is
// copied out of the mapped frame and the frame unmapped at once; other formats go through
// QVideoFrame::toImage().
//
// submitFrame() may be called from any thread (e.g. directly from QVideoSink's
// videoFrameChanged); decoded() is emitted in the thread this object lives in.
class FrameDecoder : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit FrameDecoder(QObject *parent = nullptr);
    ~FrameDecoder() override;

    // True when the frame was taken; false when it was dropped (busy, or unreadable).
    bool submitFrame(const QVideoFrame &frame);
    // Same for a still image (e.g. a preview grab); the image is shared, not copied.
    bool submitImage(const QImage &image);

    // True when frames in this format are read by copying their Y samples only, without
    // converting the whole picture (cameras offering such a format are preferred).
    static bool readsLumaInPlace(QVideoFrameFormat::PixelFormat format);

    void setDecodeOptions(const DecodeOptions &options);
    DecodeOptions decodeOptions() const;

    // The same text seen again within this many ms (of the last sighting) is not emitted again.
    void setDuplicateWindow(int ms) { m_duplicateWindowMs = ms; }
    int duplicateWindow() const { return m_duplicateWindowMs; }
    void setClock(Clock clock);
    // Forget what was seen, so the next sighting of any text is emitted.
    void clearHistory() { m_recent.clear(); }

    bool isBusy() const { return m_busy.load(); }
    // Waits for the running decode (if any); its result is delivered by the event loop later.
    bool waitForIdle(int msecs = -1);

    int acceptedFrames() const { return m_accepted.load(); } // handed to the decoder thread
    int droppedFrames() const { return m_dropped.load(); }   // refused (busy or unreadable)
    int decodedFrames() const { return m_decoded.load(); }   // a QR code was read
    qint64 lastDecodeMs() const { return m_lastDecodeMs.load(); }

Q_SIGNALS:
    void decoded(const QString &text);

private:
    struct Luma;
    bool startJob(Luma luma);
    bool refuse(const char *why, int pixelFormat);
    void deliver(const QString &text);

    QThreadPool m_pool;
    mutable QMutex m_optionsMutex;
    DecodeOptions m_options;
    std::atomic<bool> m_busy{false};
    std::atomic<bool> m_warned{false};
    std::atomic<int> m_accepted{0};
    std::atomic<int> m_dropped{0};
    std::atomic<int> m_decoded{0};
    std::atomic<qint64> m_lastDecodeMs{0};

    // Only touched in this object's thread.
    int m_duplicateWindowMs = 2000;
    Clock m_clock;
    QElapsedTimer m_elapsed;
    QHash<QString, qint64> m_recent; // text -> when last seen
};

} // namespace kiosk::qr

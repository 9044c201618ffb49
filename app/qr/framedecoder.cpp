// SPDX-License-Identifier: MIT
#include "qr/framedecoder.h"

#include "qr/qrlogging.h"

#include <QMutexLocker>
#include <QSysInfo>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <cstring>
#include <optional>

namespace kiosk::qr {

namespace {

// Where the luminance of a frame is: which plane, where the first Y sample of a row is and
// how many bytes apart the samples are.
struct YLayout
{
    int plane = 0;
    int offset = 0;
    int pixelStride = 1;
};

std::optional<YLayout> yLayout(QVideoFrameFormat::PixelFormat format)
{
    // 16-bit samples (little-endian in Qt's memory buffers): the high byte is enough to read.
    constexpr int highByte = QSysInfo::ByteOrder == QSysInfo::LittleEndian ? 1 : 0;
    switch (format) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_Y8:
        return YLayout{0, 0, 1};
    case QVideoFrameFormat::Format_YUYV:
        return YLayout{0, 0, 2};
    case QVideoFrameFormat::Format_UYVY:
        return YLayout{0, 1, 2};
    case QVideoFrameFormat::Format_Y16:
    case QVideoFrameFormat::Format_P010:
    case QVideoFrameFormat::Format_P016:
        return YLayout{0, highByte, 2};
    default:
        return std::nullopt;
    }
}

} // namespace

bool FrameDecoder::readsLumaInPlace(QVideoFrameFormat::PixelFormat format)
{
    return yLayout(format).has_value();
}

// What one decode job owns: either a tightly packed luminance plane or an image.
struct FrameDecoder::Luma
{
    QByteArray plane;
    int width = 0;
    int height = 0;
    QImage image;
};

FrameDecoder::FrameDecoder(QObject *parent) : QObject(parent)
{
    // One decoder thread: tryStart() then refuses work while it is busy.
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("kiosk-qr-decoder"));
    m_elapsed.start();
}

FrameDecoder::~FrameDecoder()
{
    // The job calls back into this object; it must be over before members go away.
    m_pool.clear();
    m_pool.waitForDone();
}

void FrameDecoder::setDecodeOptions(const DecodeOptions &options)
{
    QMutexLocker locker(&m_optionsMutex);
    m_options = options;
}

DecodeOptions FrameDecoder::decodeOptions() const
{
    QMutexLocker locker(&m_optionsMutex);
    return m_options;
}

void FrameDecoder::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

bool FrameDecoder::waitForIdle(int msecs)
{
    return m_pool.waitForDone(msecs);
}

bool FrameDecoder::submitFrame(const QVideoFrame &frame)
{
    // Claim the decoder before touching the frame, so a busy decoder costs nothing.
    if (!frame.isValid() || m_busy.exchange(true)) {
        ++m_dropped;
        return false;
    }
    Luma luma;
    if (const std::optional<YLayout> layout = yLayout(frame.pixelFormat())) {
        QVideoFrame mapped(frame);
        if (!mapped.map(QVideoFrame::ReadOnly))
            return refuse("could not map a frame", frame.pixelFormat());
        const int width = mapped.width();
        const int height = mapped.height();
        const int stride = mapped.bytesPerLine(layout->plane);
        const uchar *src = mapped.bits(layout->plane);
        const qsizetype needed = qsizetype(height - 1) * stride +
                                 qsizetype(width - 1) * layout->pixelStride + layout->offset + 1;
        if (!src || width <= 0 || height <= 0 || mapped.mappedBytes(layout->plane) < needed) {
            mapped.unmap();
            return refuse("unexpected frame layout", frame.pixelFormat());
        }
        // Copy only the Y samples; the frame (often a camera buffer) is released right away.
        luma.plane = QByteArray(qsizetype(width) * height, Qt::Uninitialized);
        auto *dst = reinterpret_cast<uchar *>(luma.plane.data());
        for (int y = 0; y < height; ++y) {
            const uchar *row = src + qsizetype(y) * stride + layout->offset;
            uchar *out = dst + qsizetype(y) * width;
            if (layout->pixelStride == 1) {
                std::memcpy(out, row, std::size_t(width));
            } else {
                for (int x = 0; x < width; ++x)
                    out[x] = row[qsizetype(x) * layout->pixelStride];
            }
        }
        mapped.unmap();
        luma.width = width;
        luma.height = height;
    } else {
        luma.image = frame.toImage();
        if (luma.image.isNull())
            return refuse("could not convert a frame", frame.pixelFormat());
    }
    return startJob(std::move(luma));
}

bool FrameDecoder::refuse(const char *why, int pixelFormat)
{
    m_busy.store(false);
    ++m_dropped;
    // A camera that sends one unreadable frame sends thirty a second: say it once.
    if (!m_warned.exchange(true))
        qCWarning(lcQrCode) << why << "(video pixel format" << pixelFormat << ")";
    return false;
}

bool FrameDecoder::submitImage(const QImage &image)
{
    if (image.isNull() || m_busy.exchange(true)) {
        ++m_dropped;
        return false;
    }
    Luma luma;
    luma.image = image;
    return startJob(std::move(luma));
}

bool FrameDecoder::startJob(Luma luma)
{
    const DecodeOptions options = decodeOptions();
    const bool started = m_pool.tryStart([this, luma = std::move(luma), options] {
        QElapsedTimer timer;
        timer.start();
        const Result<DecodedQr> result =
            luma.image.isNull()
                ? decodeLuminance(reinterpret_cast<const uchar *>(luma.plane.constData()),
                                  luma.width, luma.height, luma.width, options)
                : decodeImage(luma.image, options);
        m_lastDecodeMs.store(timer.elapsed());
        if (result && !result->text.isEmpty()) {
            ++m_decoded;
            QMetaObject::invokeMethod(
                this, [this, text = result->text] { deliver(text); }, Qt::QueuedConnection);
        }
        m_busy.store(false);
    });
    if (!started) {
        // The last job has just ended but its thread is not yet free: drop this one too.
        m_busy.store(false);
        ++m_dropped;
        return false;
    }
    ++m_accepted;
    return true;
}

void FrameDecoder::deliver(const QString &text)
{
    const qint64 now = m_clock ? m_clock() : m_elapsed.elapsed();
    for (auto it = m_recent.begin(); it != m_recent.end();) {
        if (now - it.value() >= m_duplicateWindowMs)
            it = m_recent.erase(it);
        else
            ++it;
    }
    // A code held in front of the camera is reported once, not once per frame.
    const bool seen = m_recent.contains(text);
    m_recent.insert(text, now);
    if (seen)
        return;
    qCDebug(lcQrCode) << "decoded" << text.size() << "characters in" << m_lastDecodeMs.load()
                      << "ms";
    Q_EMIT decoded(text);
}

} // namespace kiosk::qr

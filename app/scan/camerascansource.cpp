// SPDX-License-Identifier: MIT
#include "scan/camerascansource.h"

#include "qr/framedecoder.h"
#include "scan/scanlogging.h"

#include <QCamera>
#include <QCameraFormat>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QTimer>
#include <QVideoFrameFormat>
#include <QVideoSink>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace kiosk::scan {

namespace {

// About 720p is plenty for a phone screen held up to the camera and decodes in a few tens of
// ms; bigger frames only cost time. YUV beats MJPEG (no JPEG decoding per frame).
QCameraFormat chooseFormat(const QList<QCameraFormat> &formats)
{
    QCameraFormat best;
    qint64 bestScore = std::numeric_limits<qint64>::max();
    for (const QCameraFormat &format : formats) {
        const QSize size = format.resolution();
        if (size.isEmpty() || format.maxFrameRate() < 10)
            continue;
        qint64 score = std::llabs(qint64(size.width()) * size.height() - 1280 * 720);
        if (!qr::FrameDecoder::readsLumaInPlace(format.pixelFormat()))
            score += 1280 * 720;
        if (score < bestScore) {
            best = format;
            bestScore = score;
        }
    }
    return best;
}

} // namespace

CameraScanSource::CameraScanSource(CameraScanConfig config, QObject *parent)
    : ScanSource(parent), m_config(std::move(config))
{
    m_decoder = new qr::FrameDecoder(this);
    m_decoder->setDuplicateWindow(m_config.duplicateWindowMs);
    connect(m_decoder, &qr::FrameDecoder::decoded, this, [this](const QString &text) {
        if (m_wanted)
            Q_EMIT textScanned(text);
    });
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(qMax(100, m_config.retryIntervalMs));
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_wanted && !m_camera)
            openCamera();
    });
}

CameraScanSource::~CameraScanSource()
{
    // Children go in creation order, the sink before the session: unhook everything first.
    m_wanted = false;
    if (m_session) {
        m_session->setCamera(nullptr);
        m_session->setVideoSink(nullptr);
    }
    delete m_camera.data();
}

QString CameraScanSource::name() const
{
    return tr("Camera %1").arg(deviceLabel());
}

bool CameraScanSource::isActive() const
{
    return m_wanted && m_camera && m_camera->isActive();
}

bool CameraScanSource::hasCamera() const
{
    if (m_wanted)
        return m_camera != nullptr;
    return !findDevice(QMediaDevices::videoInputs(), m_config.camera,
                       QMediaDevices::defaultVideoInput())
                .isNull();
}

QCameraDevice CameraScanSource::findDevice(const QList<QCameraDevice> &devices,
                                           const QString &wanted, const QCameraDevice &fallback)
{
    const QString key = wanted.trimmed();
    if (key.isEmpty())
        return fallback;
    for (const QCameraDevice &device : devices) {
        if (QString::fromUtf8(device.id()) == key)
            return device;
    }
    for (const QCameraDevice &device : devices) {
        if (device.description().compare(key, Qt::CaseInsensitive) == 0)
            return device;
    }
    for (const QCameraDevice &device : devices) {
        if (device.description().contains(key, Qt::CaseInsensitive))
            return device;
    }
    return {};
}

QVideoSink *CameraScanSource::videoSink()
{
    if (!m_sink) {
        m_sink = new QVideoSink(this);
        // Direct: frames may arrive on a media thread; the decoder copies the Y plane there and
        // drops frames while busy, so nothing is queued behind a slow UI thread.
        connect(m_sink, &QVideoSink::videoFrameChanged, m_decoder, &qr::FrameDecoder::submitFrame,
                Qt::DirectConnection);
    }
    return m_sink;
}

void CameraScanSource::start()
{
    if (m_wanted)
        return;
    m_wanted = true;
    m_lastError.clear();
    m_decoder->clearHistory();
    if (!m_devices) {
        m_devices = new QMediaDevices(this);
        connect(m_devices, &QMediaDevices::videoInputsChanged, this,
                &CameraScanSource::onVideoInputsChanged);
    }
    openCamera();
}

void CameraScanSource::stop()
{
    if (!m_wanted)
        return;
    m_wanted = false;
    m_retryTimer->stop();
    closeCamera();
    setStatus(tr("Camera off"));
}

QString CameraScanSource::deviceLabel() const
{
    if (!m_device.isNull())
        return QStringLiteral("“") + m_device.description() + QStringLiteral("”");
    if (!m_config.camera.isEmpty())
        return QStringLiteral("“") + m_config.camera + QStringLiteral("”");
    return tr("(default)");
}

void CameraScanSource::openCamera()
{
    if (!m_wanted || m_camera)
        return;
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    const QCameraDevice device =
        findDevice(devices, m_config.camera, QMediaDevices::defaultVideoInput());
    if (device.isNull()) {
        m_device = {};
        if (m_config.camera.isEmpty())
            reportError(tr("No camera is connected. Connect one to scan QR codes."));
        else
            reportError(tr("The camera “%1” is not connected.").arg(m_config.camera));
        setStatus(tr("Waiting for a camera"));
        return; // videoInputsChanged brings us back
    }
    m_device = device;
    m_camera = new QCamera(device, this);
    connect(m_camera, &QCamera::errorOccurred, this,
            [this](QCamera::Error error, const QString &errorString) {
                onCameraError(int(error), errorString);
            });
    connect(m_camera, &QCamera::activeChanged, this, &CameraScanSource::onActiveChanged);
    const QCameraFormat format = chooseFormat(device.videoFormats());
    if (!format.isNull())
        m_camera->setCameraFormat(format);
    if (!m_session)
        m_session = new QMediaCaptureSession(this);
    m_session->setVideoSink(videoSink());
    m_session->setCamera(m_camera);
    qCInfo(lcScan) << "opening camera" << device.description() << device.id() << format.resolution()
                   << format.pixelFormat();
    setStatus(tr("Starting camera %1").arg(deviceLabel()));
    m_camera->start();
}

void CameraScanSource::closeCamera()
{
    if (!m_camera)
        return;
    QCamera *camera = m_camera;
    m_camera = nullptr;
    camera->disconnect(this);
    camera->stop();
    if (m_session)
        m_session->setCamera(nullptr);
    // Later: we may be inside one of the camera's own signals (errorOccurred).
    camera->deleteLater();
    // A decode still running may finish; its result is ignored when not wanted.
}

void CameraScanSource::onActiveChanged(bool active)
{
    if (!m_wanted)
        return;
    if (active) {
        m_lastError.clear();
        setStatus(tr("Camera %1 ready: show the QR code").arg(deviceLabel()));
    }
}

void CameraScanSource::onCameraError(int error, const QString &errorString)
{
    Q_UNUSED(error)
    // Qt 6.4 has no permission API: a camera the kiosk's user may not open is a camera error.
    const QString detail = errorString.isEmpty() ? tr("unknown error") : errorString;
    reportError(tr("The camera %1 could not be used: %2. Check that no other program is using "
                   "it and that the kiosk's user may open it (the “video” group).")
                    .arg(deviceLabel(), detail));
    closeCamera();
    if (m_wanted) {
        setStatus(tr("Camera unavailable; trying again"));
        m_retryTimer->start();
    }
}

void CameraScanSource::onVideoInputsChanged()
{
    if (!m_wanted)
        return;
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    if (m_camera) {
        const bool stillThere =
            std::any_of(devices.cbegin(), devices.cend(),
                        [this](const QCameraDevice &d) { return d.id() == m_device.id(); });
        if (stillThere)
            return;
        qCInfo(lcScan) << "camera disappeared" << m_device.description();
        const QString label = deviceLabel();
        closeCamera();
        reportError(tr("The camera %1 was disconnected.").arg(label));
        setStatus(tr("Waiting for the camera to come back"));
        return;
    }
    // No camera running: the one we want (or any, for the default) may have arrived.
    m_lastError.clear();
    openCamera();
}

void CameraScanSource::setStatus(const QString &status)
{
    qCDebug(lcScan) << "camera:" << status;
    Q_EMIT statusChanged(status);
}

void CameraScanSource::reportError(const QString &message)
{
    // Retries repeat the same failure; say it once.
    if (message == m_lastError)
        return;
    m_lastError = message;
    qCWarning(lcScan) << "camera:" << message;
    Q_EMIT errorOccurred(message);
}

} // namespace kiosk::scan

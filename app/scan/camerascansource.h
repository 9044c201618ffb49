// SPDX-License-Identifier: MIT
#pragma once

#include "scan/scanconfig.h"
#include "scan/scansource.h"

#include <QCameraDevice>
#include <QList>
#include <QPointer>

class QCamera;
class QMediaCaptureSession;
class QMediaDevices;
class QTimer;
class QVideoSink;

namespace kiosk::qr {
class FrameDecoder;
}

namespace kiosk::scan {

// Reads QR codes from a camera: QCamera -> QMediaCaptureSession -> QVideoSink -> FrameDecoder.
// Follows hot-plug: when the chosen camera disappears it says so, and it restarts when the
// camera comes back. A UI shows the live picture by listening to videoSink().
class CameraScanSource : public ScanSource
{
    Q_OBJECT

public:
    explicit CameraScanSource(CameraScanConfig config = {}, QObject *parent = nullptr);
    ~CameraScanSource() override;

    void start() override;
    void stop() override;
    QString name() const override;
    bool isActive() const override;

    // Frames for a preview; they are read here too (the decoder is fed directly). Made on first
    // use: a sink starts the media backend (GStreamer), several MiB a kiosk at rest can spare.
    QVideoSink *videoSink();
    qr::FrameDecoder *frameDecoder() const { return m_decoder; }
    // The camera in use, or a null device.
    QCameraDevice currentDevice() const { return m_device; }
    // Started: a camera is open (starting or delivering). Stopped: the configured camera is
    // connected (asking loads the media backend).
    bool hasCamera() const;

    // `wanted` matched against id, then description (case-insensitive), then part of the
    // description; an empty `wanted` gives `fallback`. A null device when nothing matches.
    static QCameraDevice findDevice(const QList<QCameraDevice> &devices, const QString &wanted,
                                    const QCameraDevice &fallback = {});

private:
    void openCamera();
    void closeCamera();
    void onVideoInputsChanged();
    void onCameraError(int error, const QString &errorString);
    void onActiveChanged(bool active);
    void setStatus(const QString &status);
    void reportError(const QString &message);
    QString deviceLabel() const;

    CameraScanConfig m_config;
    QVideoSink *m_sink = nullptr;
    qr::FrameDecoder *m_decoder = nullptr;
    QMediaCaptureSession *m_session = nullptr;
    QMediaDevices *m_devices = nullptr; // created on first start(): it loads the media backend
    QPointer<QCamera> m_camera;
    QCameraDevice m_device;
    QTimer *m_retryTimer = nullptr;
    bool m_wanted = false;
    QString m_lastError;
};

} // namespace kiosk::scan

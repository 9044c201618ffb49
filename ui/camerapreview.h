// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QImage>
#include <QPointer>
#include <QWidget>

class QVideoFrame;
class QVideoSink;

namespace kiosk::ui {

// A small live view of the scanner camera, mirrored like a selfie so customers can aim their
// phone at it. It shares the frames the decoder gets (one QVideoSink) and draws at most ~8 per
// second: the preview must never cost the decoder or the UI thread more than a glance.
class CameraPreview : public QWidget
{
    Q_OBJECT

public:
    explicit CameraPreview(QWidget *parent = nullptr);

    // The camera's frames, or null for none. Hidden until the first picture arrives.
    void setSink(QVideoSink *sink);
    QImage currentImage() const { return m_image; }

    QSize sizeHint() const override { return {240, 180}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void onFrame(const QVideoFrame &frame);

    QPointer<QVideoSink> m_sink;
    QImage m_image;
    QElapsedTimer m_sinceLast;
};

} // namespace kiosk::ui

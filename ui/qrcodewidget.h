// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QStringList>
#include <QTimer>
#include <QWidget>

namespace kiosk::ui {

// Shows a QR code (or the frames of an animated one) as large as the widget allows, in whole
// pixels per module with a quiet zone, black on white: crisp for phone cameras at any size.
// Text too long for a QR code is refused with a message in place of the code.
class QrCodeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    // One frame is a still code; several are shown in turn (an animated UR).
    void setFrames(const QStringList &frames, int frameIntervalMs = 300);
    void clear();
    QStringList frames() const { return m_frames; }
    int currentFrame() const { return m_index; }
    QString errorText() const { return m_error; }
    // The code as drawn right now (for tests and "save as PNG").
    QImage currentImage() const { return m_image; }

    QSize sizeHint() const override { return {480, 480}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void showNextFrame();
    void updateAccessibleText();

    QStringList m_frames;
    int m_index = 0;
    QImage m_image;
    QString m_error;
    QTimer m_frameTimer;
};

} // namespace kiosk::ui

// SPDX-License-Identifier: MIT
#pragma once

#include "qr/signingrequest.h"
#include "relay/relaysettings.h"
#include "screens/screen.h"

class QVideoSink;

namespace kiosk::ui {

class CameraPreview;
class CountdownRing;
class QrCodeWidget;

// The signing request as a large QR code, whose wallet must sign it, the relay's time limit
// as seconds and a ring, which wallets work, and what the scanner sees.
class QrScreen : public Screen
{
    Q_OBJECT

public:
    explicit QrScreen(QWidget *parent = nullptr);

    void setRequest(const qr::SigningRequest &request, const QStringList &frames,
                    relay::Approver approver, int totalSeconds);
    void setSecondsLeft(int secondsLeft);
    void setScanStatus(const QString &status);
    // A scanned answer that was not accepted; the request stays on screen.
    void showRejected(const QString &reason);
    // Parts of an animated answer received so far.
    void setProgress(double fraction);
    void setDemo(bool demo);
    // The scanner camera's frames for the live view (null: no camera). The view shows only
    // once a picture arrives: never an empty box.
    void setCameraFrames(QVideoSink *sink);
    // What can read the phone's code here: the screen says where to hold it, or plainly that
    // nothing can read it.
    void setScanners(bool camera, bool scanner);

    QStringList frames() const;
    int secondsLeft() const;
    QString guidance() const override;
    void clear() override;

Q_SIGNALS:
    void cancelRequested();
    void demoWalletRequested();

protected:
    void retranslate() override;
    int fitSide(bool wide, QSize side) override;

private:
    QLabel *m_title;
    QLabel *m_signer;
    QrCodeWidget *m_code;
    CountdownRing *m_ring;
    QLabel *m_time;
    QLabel *m_steps;
    QLabel *m_wallets;
    QLabel *m_scanHint;
    QLabel *m_scanStatus;
    CameraPreview *m_preview;
    QLabel *m_rejected;
    QPushButton *m_demoWallet;
    QPushButton *m_cancel;
    qr::SigningRequest m_request;
    relay::Approver m_approver = relay::Approver::Customer;
    int m_total = 45;
    int m_left = 0;
    bool m_camera = true;
    bool m_scanner = true;
    double m_progress = 0;
    QString m_scanText;
};

} // namespace kiosk::ui

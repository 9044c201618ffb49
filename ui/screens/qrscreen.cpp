// SPDX-License-Identifier: MIT
#include "screens/qrscreen.h"

#include "camerapreview.h"
#include "countdownring.h"
#include "qrcodewidget.h"
#include "theme.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace kiosk::ui {

QrScreen::QrScreen(QWidget *parent)
    : Screen(parent), m_title(addLabel("qrTitle", "title")), m_signer(addLabel("qrSigner")),
      m_code(new QrCodeWidget(this)), m_ring(new CountdownRing(this)), m_time(new QLabel(this)),
      m_steps(addLabel("qrSteps")), m_wallets(addLabel("qrWallets", "small")),
      m_scanHint(addLabel("scanHint")), m_scanStatus(addLabel("scanStatus", "muted")),
      m_preview(new CameraPreview(this)), m_rejected(addLabel("scanRejected", "danger")),
      m_demoWallet(makeButton("demoWalletButton", "primary")), m_cancel(makeButton("qrCancel"))
{
    // Square and large, sized by fitSide(): in landscape beside the steps with the primary
    // action under it.
    m_layout->insertWidget(2, m_code, 0, Qt::AlignHCenter);
    auto *timeRow = new QHBoxLayout;
    m_time->setObjectName(QStringLiteral("qrTime"));
    m_time->setWordWrap(true);
    timeRow->addWidget(m_ring);
    timeRow->addWidget(m_time, 1);
    m_layout->insertLayout(3, timeRow);
    // Where to hold the phone, and the live view beside it when there is a camera.
    m_layout->removeWidget(m_scanHint);
    m_layout->removeWidget(m_scanStatus);
    auto *scanTexts = new QVBoxLayout;
    scanTexts->setSpacing(8);
    scanTexts->addWidget(m_scanHint);
    scanTexts->addWidget(m_scanStatus);
    auto *scanRow = new QHBoxLayout;
    scanRow->addLayout(scanTexts, 1);
    scanRow->addWidget(m_preview, 0, Qt::AlignTop);
    m_layout->insertLayout(m_layout->indexOf(m_rejected), scanRow);
    m_rejected->hide();
    m_demoWallet->hide();
    m_buttons->addWidget(m_demoWallet);
    m_buttons->addWidget(m_cancel);
    keepBeside(m_code, m_layout);
    keepBeside(m_demoWallet, m_buttons);
    connect(m_cancel, &QPushButton::clicked, this, &QrScreen::cancelRequested);
    connect(m_demoWallet, &QPushButton::clicked, this, &QrScreen::demoWalletRequested);
    retranslate();
}

void QrScreen::setRequest(const qr::SigningRequest &request, const QStringList &frames,
                          relay::Approver approver, int totalSeconds)
{
    m_request = request;
    m_approver = approver;
    m_total = totalSeconds;
    m_progress = 0;
    m_scanText.clear();
    m_rejected->hide();
    m_code->setFrames(frames);
    retranslate();
}

void QrScreen::setSecondsLeft(int secondsLeft)
{
    m_left = secondsLeft;
    m_ring->setTime(secondsLeft, m_total);
    retranslate();
}

void QrScreen::setScanStatus(const QString &status)
{
    m_scanText = status;
    retranslate();
}

void QrScreen::showRejected(const QString &reason)
{
    m_rejected->setText(reason);
    m_rejected->show();
}

void QrScreen::setProgress(double fraction)
{
    m_progress = fraction;
    retranslate();
}

void QrScreen::setDemo(bool demo)
{
    m_demoWallet->setVisible(demo);
}

void QrScreen::setCameraFrames(QVideoSink *sink)
{
    m_preview->setSink(sink);
}

void QrScreen::setScanners(bool camera, bool scanner)
{
    if (camera == m_camera && scanner == m_scanner)
        return;
    m_camera = camera;
    m_scanner = scanner;
    retranslate();
}

int QrScreen::fitSide(bool wide, QSize side)
{
    // As large as the phone camera likes it (larger in large-text mode), as far as it fits;
    // below kSmallest the modules get too small to scan from a step away.
    constexpr int kSmallest = 240;
    const Theme &theme = Theme::current();
    const int largest = int(560 * theme.pictureScale());
    if (!wide) {
        const int size = std::clamp(side.width(), 200, largest);
        m_code->setFixedSize(size, size);
        return 0;
    }
    // Beside the steps: the code, and its primary action under it, in the page's height.
    const QMargins margins = sideMargins();
    int height = side.height() - margins.top() - margins.bottom();
    int buttonWidth = 0;
    if (!m_demoWallet->isHidden()) {
        height -= m_demoWallet->sizeHint().height() + sideSpacing();
        buttonWidth = m_demoWallet->sizeHint().width();
    }
    // The code takes at most 40 % of the page; its action may take up to half (large text).
    const int size =
        std::min({largest, height, side.width() * 4 / 5 - margins.left() - margins.right()});
    if (size < kSmallest || buttonWidth > side.width() - margins.left() - margins.right())
        return 0;
    m_code->setFixedSize(size, size);
    return std::max(size, buttonWidth) + margins.left() + margins.right();
}

QStringList QrScreen::frames() const
{
    return m_code->frames();
}

int QrScreen::secondsLeft() const
{
    return m_left;
}

void QrScreen::clear()
{
    m_request = {};
    m_code->clear();
    m_preview->setSink(nullptr); // the last picture of the last customer goes too
    m_rejected->hide();
    m_scanText.clear();
    m_progress = 0;
    m_left = 0;
}

QString QrScreen::guidance() const
{
    return QStringList{m_title->text(), m_signer->text(), m_steps->text(), m_scanHint->text(),
                       m_time->text()}
        .join(u' ');
}

void QrScreen::retranslate()
{
    m_title->setText(m_request.approval ? tr("Scan this code with your wallet to approve")
                                        : tr("Scan this code with your wallet to reject"));
    // No wallet address: a customer recognises "the wallet you paid with", not hex digits.
    m_signer->setText(m_approver == relay::Approver::Shop
                          ? tr("The shop owner's wallet must confirm this.")
                          : tr("Use the wallet app you paid with."));
    m_time->setText(m_left > CountdownRing::kWarningSeconds
                        ? tr("%n second(s) left. The loyalty system sets this limit; it cannot "
                             "be extended.",
                             nullptr, m_left)
                        : tr("Only %n second(s) left! If time runs out, nothing changes and you "
                             "can start again.",
                             nullptr, m_left));
    setRole(m_time, m_left > CountdownRing::kWarningSeconds ? "muted" : "danger");
    m_steps->setText(tr("1. Open your wallet app and scan this code.\n2. Check the purchase "
                        "and sign.\n3. Hold the code your phone shows up to the scanner."));
    m_wallets->setText(tr("Works with the Loyalty wallet app and with wallets that can scan a "
                          "signing request, such as Keystone."));
    // Where the kiosk reads the phone's code, said in words: without a camera there is no
    // picture to aim at, and without anything that reads codes the customer must know now.
    if (m_camera && m_scanner)
        m_scanHint->setText(tr("Hold the code on your phone up to the camera or to the scanner "
                               "below the screen."));
    else if (m_camera)
        m_scanHint->setText(tr("Hold the code on your phone up to the camera."));
    else if (m_scanner)
        m_scanHint->setText(tr("Hold the code on your phone up to the scanner below the screen."));
    else
        m_scanHint->setText(tr("This kiosk cannot read your phone's code right now. Please ask "
                               "the staff at the counter for help."));
    setRole(m_scanHint, m_camera || m_scanner ? "" : "danger");
    QString status = m_scanText.isEmpty() ? tr("Waiting for your wallet's code…") : m_scanText;
    if (m_progress > 0 && m_progress < 1)
        status = tr("Reading your wallet's code: %1 %").arg(int(m_progress * 100));
    m_scanStatus->setText(status);
    m_demoWallet->setText(tr("Sign (demo wallet)"));
    describe(m_demoWallet, tr("Sign with the demo wallet"),
             tr("Demo mode only: answers the code as a phone wallet would"));
    m_cancel->setText(tr("Cancel"));
    describe(m_cancel, tr("Cancel"), tr("Stops here; nothing is sent and nothing changes"));
    m_code->setAccessibleDescription(tr("Signing request for your wallet"));
}

} // namespace kiosk::ui

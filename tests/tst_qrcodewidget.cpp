// SPDX-License-Identifier: MIT
// The QR widget: what it shows on screen decodes back to the text, at whole-pixel scale, still
// or animated; text too long for a code shows a message instead.
#include "qrcodewidget.h"

#include "qr/qrimage.h"

#include <QTest>

using kiosk::ui::QrCodeWidget;

class TestQrCodeWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void screenDecodesBack();
    void animatedFramesCycle();
    void tooLongShowsMessage();
    void accessibleNames();
};

void TestQrCodeWidget::screenDecodesBack()
{
    QrCodeWidget widget;
    widget.resize(431, 517);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    const QString text = QStringLiteral(
        "UR:ETH-SIGNATURE/OTADTPDAGDNDCAWMGTFRKIGRPMNDUTDNBTKGFSSBJNAOHDFPAOBTIOCWLAZOTDAAIYTPSB");
    widget.setFrames({text});
    QVERIFY(widget.errorText().isEmpty());
    QVERIFY(widget.currentImage().width() <= 431);
    const QImage shown = widget.grab().toImage();
    const auto decoded = kiosk::qr::decodeImage(shown);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->text, text);
    widget.resize(900, 900);
    QTRY_VERIFY(widget.currentImage().width() > 431); // re-drawn, not stretched
}

void TestQrCodeWidget::animatedFramesCycle()
{
    QrCodeWidget widget;
    widget.resize(300, 300);
    widget.show();
    widget.setFrames({QStringLiteral("ONE"), QStringLiteral("TWO"), QStringLiteral("THREE")}, 20);
    QTRY_VERIFY(widget.currentFrame() == 2);
    QTRY_VERIFY(widget.currentFrame() == 0);
}

void TestQrCodeWidget::tooLongShowsMessage()
{
    QrCodeWidget widget;
    widget.resize(300, 300);
    widget.setFrames({QString(5000, u'x')});
    QVERIFY(widget.currentImage().isNull());
    QVERIFY2(widget.errorText().contains(u"too long"_qs), qPrintable(widget.errorText()));
}

void TestQrCodeWidget::accessibleNames()
{
    QrCodeWidget widget;
    QCOMPARE(widget.accessibleName(), QStringLiteral("QR code for your wallet"));
    widget.setFrames({QStringLiteral("A"), QStringLiteral("B")});
    QVERIFY(widget.accessibleDescription().contains(u"animated"_qs));
}

QTEST_MAIN(TestQrCodeWidget)
#include "tst_qrcodewidget.moc"

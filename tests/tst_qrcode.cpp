// SPDX-License-Identifier: MIT
// Drawing QR codes and reading them back: modes, whole-pixel scaling, limits, images a camera
// or a file might give us, and the frame decoder's threading and frame dropping.
#include "cameraframe.h"
#include "qr/framedecoder.h"
#include "qr/qrfile.h"
#include "qr/qrimage.h"
#include "qr/qrreader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTransform>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <cstring>

using namespace kiosk::qr;
using kiosk::Result;
using kiosk::test::cameraFrame;

namespace {

// An upper-case UR as a wallet would show it (bytewords letters, minimal encoding).
QString upperCaseUr(int length)
{
    QString ur = QStringLiteral("UR:ETH-SIGN-REQUEST/");
    QRandomGenerator rng(4527);
    while (ur.size() < length)
        ur += QChar(u'A' + char16_t(rng.bounded(26)));
    return ur;
}

// Control characters, Latin-1, CJK, an emoji, markup characters.
QString binaryish()
{
    QString text = QStringLiteral("\x01\x02\t\x7f <>&\"'\\ ~|{}");
    text += QString::fromUtf8("é€ 한국어 포인트 😀 ");
    for (int i = 0; i < 40; ++i)
        text += QChar(char16_t(0x20 + (i * 37) % 0x5f));
    return text;
}

QImage draw(const QString &text, int pixels = 600, RenderOptions options = {})
{
    Result<QImage> image = drawQrCode(text, pixels, options);
    if (!image)
        qFatal("drawQrCode failed: %s", qPrintable(image.error()));
    return *image;
}

QString read(const QImage &image)
{
    const Result<DecodedQr> decoded = decodeImage(image);
    return decoded ? decoded->text : QStringLiteral("<error: ") + decoded.error() + u'>';
}

// A frame in `format` whose luminance is `grey` (chroma neutral).
QVideoFrame videoFrame(const QImage &grey, QVideoFrameFormat::PixelFormat format)
{
    QVideoFrame frame(QVideoFrameFormat(grey.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        qFatal("cannot map a new video frame");
    const int w = grey.width();
    switch (format) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YV12:
        for (int p = 1; p < frame.planeCount(); ++p)
            std::memset(frame.bits(p), 128, std::size_t(frame.mappedBytes(p)));
        for (int y = 0; y < grey.height(); ++y)
            std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), grey.constScanLine(y),
                        std::size_t(w));
        break;
    case QVideoFrameFormat::Format_YUYV:
    case QVideoFrameFormat::Format_UYVY: {
        const int yOffset = format == QVideoFrameFormat::Format_YUYV ? 0 : 1;
        for (int y = 0; y < grey.height(); ++y) {
            uchar *row = frame.bits(0) + y * frame.bytesPerLine(0);
            for (int x = 0; x < w; ++x) {
                row[2 * x + yOffset] = grey.constScanLine(y)[x];
                row[2 * x + 1 - yOffset] = 128;
            }
        }
        break;
    }
    default: {
        // Packed 32-bit RGB, named in memory byte order: only where the alpha byte is matters.
        const bool alphaFirst = format == QVideoFrameFormat::Format_ARGB8888 ||
                                format == QVideoFrameFormat::Format_XRGB8888 ||
                                format == QVideoFrameFormat::Format_ABGR8888 ||
                                format == QVideoFrameFormat::Format_XBGR8888;
        for (int y = 0; y < grey.height(); ++y) {
            uchar *row = frame.bits(0) + y * frame.bytesPerLine(0);
            for (int x = 0; x < w; ++x) {
                const uchar v = grey.constScanLine(y)[x];
                uchar *pixel = row + 4 * x;
                pixel[0] = pixel[1] = pixel[2] = pixel[3] = v;
                pixel[alphaFirst ? 0 : 3] = 255;
            }
        }
        break;
    }
    }
    frame.unmap();
    return frame;
}

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void rawBytes();
    void upperCaseUrIsAlphanumeric();
    void errorCorrectionLevels();
    void integerScaling_data();
    void integerScaling();
    void tooSmallForPixels();
    void tooLong();
    void emptyText();
    void pngFile();
    void pngUnwritable();
    void codeFiles_data();
    void codeFiles();
    void codeFileRefused_data();
    void codeFileRefused();
    void readTransformed_data();
    void readTransformed();
    void luminanceWithStride();
    void nothingToRead();
    void frameFormats_data();
    void frameFormats();
    void framesDroppedWhileBusy();
    void duplicatesWithinWindow();
};

void TestQrCode::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("short") << QStringLiteral("hello, kiosk");
    QTest::newRow("digits") << QStringLiteral("215115000000000000000042");
    QTest::newRow("upper-case UR 400") << upperCaseUr(400);
    QTest::newRow("lower-case UR 300") << upperCaseUr(300).toLower();
    QTest::newRow("binary-ish") << binaryish();
    QTest::newRow("hex signature")
        << QStringLiteral("0x") + QString(QLatin1String(QByteArray(65, '\x5a').toHex()));
}

void TestQrCode::roundTrip()
{
    QFETCH(QString, text);
    const QImage image = draw(text);
    QCOMPARE(read(image), text);
}

void TestQrCode::rawBytes()
{
    QByteArray data;
    for (int i = 0; i < 256; ++i)
        data += char(i); // NUL and everything above 0x7f
    const Result<QrMatrix> matrix = encodeBytes(data);
    QVERIFY2(matrix, qPrintable(matrix.error()));
    QCOMPARE(matrix->mode(), QrMode::Byte);
    const QImage image = renderMatrix(*matrix, 4);
    const Result<DecodedQr> decoded = decodeImage(image);
    QVERIFY2(decoded, qPrintable(decoded.error()));
    QCOMPARE(decoded->bytes, data);
}

void TestQrCode::upperCaseUrIsAlphanumeric()
{
    const QString ur = upperCaseUr(400);
    QVERIFY(isAlphanumeric(ur));
    QVERIFY(!isAlphanumeric(ur.toLower()));
    const Result<QrMatrix> upper = encodeText(ur);
    const Result<QrMatrix> lower = encodeText(ur.toLower());
    const Result<QrMatrix> bytes = encodeBytes(ur.toUtf8());
    QVERIFY(upper && lower && bytes);
    QCOMPARE(upper->mode(), QrMode::Alphanumeric);
    QCOMPARE(lower->mode(), QrMode::Mixed);
    // 5.5 bits a character against 8: a clearly smaller symbol.
    QVERIFY2(upper->version() + 2 <= bytes->version(),
             qPrintable(QStringLiteral("alphanumeric v%1, bytes v%2")
                            .arg(upper->version())
                            .arg(bytes->version())));
    QVERIFY(upper->version() < lower->version());
    QCOMPARE(encodeText(QStringLiteral("0123456789"))->mode(), QrMode::Numeric);
}

void TestQrCode::errorCorrectionLevels()
{
    const QString text = upperCaseUr(300);
    int lastVersion = 0;
    for (ErrorCorrection level : {ErrorCorrection::Low, ErrorCorrection::Medium,
                                  ErrorCorrection::Quartile, ErrorCorrection::High}) {
        RenderOptions options;
        options.errorCorrection = level;
        const Result<QrMatrix> matrix = encodeText(text, level);
        QVERIFY(matrix);
        QCOMPARE(matrix->errorCorrection(), level);
        QVERIFY(matrix->version() > lastVersion); // more redundancy needs more room
        lastVersion = matrix->version();
        QCOMPARE(read(draw(text, 800, options)), text);
    }
}

void TestQrCode::integerScaling_data()
{
    QTest::addColumn<int>("pixels");
    QTest::addColumn<bool>("mono");
    for (int pixels : {100, 333, 600, 601, 1000}) {
        QTest::addRow("grey %d", pixels) << pixels << false;
        QTest::addRow("mono %d", pixels) << pixels << true;
    }
}

void TestQrCode::integerScaling()
{
    QFETCH(int, pixels);
    QFETCH(bool, mono);
    const QString text = QStringLiteral("UR:BYTES/HDCXJLTOTLUYCSKBMKVOLBPDFLSWTSK");
    const Result<QrMatrix> matrix = encodeText(text);
    QVERIFY(matrix);
    RenderOptions options;
    options.format = mono ? QImage::Format_Mono : QImage::Format_Grayscale8;
    const QImage image = draw(text, pixels, options);
    QCOMPARE(image.format(), options.format);

    const int quiet = 4;
    const int modules = matrix->size() + 2 * quiet;
    const int moduleSize = pixels / modules; // the largest whole size that fits
    QVERIFY(moduleSize >= 1);
    QCOMPARE(moduleSizeFor(matrix->size(), quiet, pixels), moduleSize);
    QCOMPARE(image.width(), modules * moduleSize);
    QCOMPARE(image.height(), modules * moduleSize);
    QVERIFY(image.width() <= pixels);
    QVERIFY(image.width() + modules > pixels); // one more pixel a module would not fit

    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    for (int my = 0; my < modules; ++my) {
        for (int mx = 0; mx < modules; ++mx) {
            const bool inSymbol = mx >= quiet && my >= quiet && mx < quiet + matrix->size() &&
                                  my < quiet + matrix->size();
            const bool dark = inSymbol && matrix->isDark(mx - quiet, my - quiet);
            const uchar expected = dark ? 0 : 255;
            // Every pixel of every module: pure black or white, the module's own colour.
            for (int y = my * moduleSize; y < (my + 1) * moduleSize; ++y) {
                const uchar *line = grey.constScanLine(y);
                for (int x = mx * moduleSize; x < (mx + 1) * moduleSize; ++x) {
                    if (line[x] != expected)
                        QFAIL(qPrintable(QStringLiteral("pixel %1,%2 of module %3,%4 is %5")
                                             .arg(x)
                                             .arg(y)
                                             .arg(mx)
                                             .arg(my)
                                             .arg(line[x])));
                }
            }
        }
    }
    QCOMPARE(read(image), text);
}

void TestQrCode::tooSmallForPixels()
{
    const Result<QImage> image = drawQrCode(upperCaseUr(400), 40);
    QVERIFY(!image);
    QVERIFY2(image.error().contains(QLatin1String("pixels")), qPrintable(image.error()));
}

void TestQrCode::tooLong()
{
    // Bytes: 2331 fit at M, one more does not.
    const Result<QrMatrix> fits = encodeBytes(QByteArray(2331, 'x'));
    QVERIFY2(fits, qPrintable(fits.error()));
    QCOMPARE(fits->version(), 40);
    const Result<QrMatrix> over = encodeBytes(QByteArray(2332, 'x'));
    QVERIFY(!over);
    QVERIFY2(over.error().contains(QLatin1String("too long")), qPrintable(over.error()));
    QVERIFY2(over.error().contains(QLatin1String("2331")), qPrintable(over.error()));

    // Alphanumeric: 2000 characters fit at L (4296) but not at H (1852).
    const QString ur = upperCaseUr(2000);
    QVERIFY(encodeText(ur, ErrorCorrection::Low));
    const Result<QrMatrix> high = encodeText(ur, ErrorCorrection::High);
    QVERIFY(!high);
    QVERIFY2(high.error().contains(QLatin1String("1852")), qPrintable(high.error()));

    const Result<QImage> image = drawQrCode(QString(5000, u'a'), 600);
    QVERIFY(!image);
    QVERIFY2(image.error().contains(QLatin1String("too long")), qPrintable(image.error()));
}

void TestQrCode::emptyText()
{
    QVERIFY(!encodeText(QString()));
    QVERIFY(!encodeBytes(QByteArray()));
    QCOMPARE(drawQrCode(QString(), 600).error(),
             QStringLiteral("There is nothing to put in a QR code."));
}

void TestQrCode::pngFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("request.png"));
    const QString text = upperCaseUr(300);
    const Result<QSize> size = writeQrPng(text, path, 600, ErrorCorrection::High);
    QVERIFY2(size, qPrintable(size.error()));
    QImage loaded(path);
    QVERIFY(!loaded.isNull());
    QCOMPARE(loaded.size(), *size);
    QVERIFY(size->width() <= 600);
    QCOMPARE(read(loaded), text);
}

void TestQrCode::pngUnwritable()
{
    const Result<QSize> size =
        writeQrPng(QStringLiteral("x"), QStringLiteral("/nonexistent/dir/qr.png"), 600);
    QVERIFY(!size);
    QVERIFY2(size.error().contains(QLatin1String("/nonexistent/dir/qr.png")),
             qPrintable(size.error()));
}

// What `--response @FILE` and the wallet's @FILE read: a photo or screenshot of a code in
// any common format, or plain text.
void TestQrCode::codeFiles_data()
{
    QTest::addColumn<QString>("format"); // how the test writes the file: PNG by writeQrPng()

    QTest::newRow("PNG from writeQrPng") << QStringLiteral("writeQrPng");
    QTest::newRow("JPEG photo") << QStringLiteral("JPG");
    QTest::newRow("colour PNG") << QStringLiteral("PNG");
    QTest::newRow("BMP") << QStringLiteral("BMP");
    QTest::newRow("text") << QStringLiteral("text");
}

void TestQrCode::codeFiles()
{
    QFETCH(QString, format);
    const QString text = upperCaseUr(300);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("answer"));
    if (format == u"writeQrPng") {
        QVERIFY(writeQrPng(text, path, 600));
    } else if (format == u"text") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8() + '\n');
    } else {
        // A camera-like RGB picture, so the decoder does more than read back its own pixels.
        const QImage photo =
            cameraFrame(text, QSize(900, 700)).convertToFormat(QImage::Format_RGB888);
        QVERIFY(photo.save(path, qPrintable(format), 90));
    }
    const Result<QString> read = readCodeFile(path);
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read->trimmed(), text);
}

void TestQrCode::codeFileRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message"); // after "<path>: "

    // A PNG header that claims 20000 x 20000 pixels (400 MB decoded) and has no pixel data.
    QByteArray huge("\x89PNG\r\n\x1a\n", 8);
    huge += QByteArray("\0\0\0\x0dIHDR", 8);
    huge += QByteArray("\0\0\x4e\x20\0\0\x4e\x20\x08\x00\0\0\0", 13);
    huge += QByteArray(4, '\0'); // CRC
    QTest::newRow("too many pixels")
        << huge
        << QStringLiteral("the image is 20000 x 20000 pixels; at most 12000 a side can be read.");

    QByteArray truncated = huge;
    truncated[19] = 0x64; // 100 x 100: plausible, but the pixel data is missing
    truncated[23] = 0x64;
    truncated[18] = truncated[22] = 0;
    QTest::newRow("truncated PNG")
        << truncated << QStringLiteral("the image could not be decoded (");

    QImage blank(200, 200, QImage::Format_Grayscale8);
    blank.fill(255);
    QByteArray blankPng;
    QBuffer buffer(&blankPng);
    QVERIFY(buffer.open(QIODevice::WriteOnly) && blank.save(&buffer, "PNG"));
    QTest::newRow("no code in the picture") << blankPng << QStringLiteral("No QR code was found.");
}

void TestQrCode::codeFileRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("answer.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const Result<QString> read = readCodeFile(path);
    QVERIFY(!read);
    QVERIFY2(read.error().startsWith(path + u": " + message), qPrintable(read.error()));

    const Result<QString> missing = readCodeFile(dir.filePath(QStringLiteral("missing.png")));
    QVERIFY(!missing);
    QVERIFY2(
        missing.error().startsWith(u"cannot read " + dir.filePath(QStringLiteral("missing.png"))),
        qPrintable(missing.error()));
}

void TestQrCode::readTransformed_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind :
         {"scaled 0.73", "scaled 1.37", "scaled 2.5 smooth", "rotated 15", "rotated 90",
          "rotated 180", "noise", "low contrast", "RGB32", "ARGB32", "ARGB32 premultiplied",
          "RGB888", "RGBA8888", "Indexed8", "camera-like"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestQrCode::readTransformed()
{
    QFETCH(QString, kind);
    const QString text = upperCaseUr(300);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("code.png"));
    QVERIFY(writeQrPng(text, path, 600));
    const QImage png(path);
    QVERIFY(!png.isNull());
    const QImage rgb = png.convertToFormat(QImage::Format_RGB32);

    QImage image;
    if (kind.startsWith(QLatin1String("scaled"))) {
        const qreal factor = kind.section(u' ', 1, 1).toDouble();
        const auto mode = kind.endsWith(QLatin1String("smooth")) ? Qt::SmoothTransformation
                                                                 : Qt::FastTransformation;
        image = rgb.scaled(rgb.size() * factor, Qt::IgnoreAspectRatio, mode);
    } else if (kind.startsWith(QLatin1String("rotated"))) {
        const int degrees = kind.section(u' ', 1, 1).toInt();
        const QImage turned =
            rgb.transformed(QTransform().rotate(degrees), Qt::SmoothTransformation);
        // The corners a rotation uncovers are black: paint the turned code on white.
        image = QImage(turned.size(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter(&image).drawImage(0, 0, turned);
    } else if (kind == u"noise" || kind == u"low contrast") {
        image = png.convertToFormat(QImage::Format_Grayscale8);
        QRandomGenerator rng(7);
        for (int y = 0; y < image.height(); ++y) {
            uchar *line = image.scanLine(y);
            for (int x = 0; x < image.width(); ++x) {
                if (kind == u"noise")
                    line[x] = uchar(qBound(0, line[x] + int(rng.bounded(121)) - 60, 255));
                else
                    line[x] = line[x] ? 150 : 110; // 40 grey levels apart
            }
        }
    } else if (kind == u"RGB32") {
        image = rgb;
    } else if (kind == u"ARGB32") {
        image = png.convertToFormat(QImage::Format_ARGB32);
    } else if (kind == u"ARGB32 premultiplied") {
        image = png.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    } else if (kind == u"RGB888") {
        image = png.convertToFormat(QImage::Format_RGB888);
    } else if (kind == u"RGBA8888") {
        image = png.convertToFormat(QImage::Format_RGBA8888);
    } else if (kind == u"Indexed8") {
        image = png.convertToFormat(QImage::Format_Indexed8); // read through a grey copy
    } else if (kind == u"camera-like") {
        image = cameraFrame(text, QSize(1280, 720));
    }
    QVERIFY(!image.isNull());
    QCOMPARE(read(image), text);
}

void TestQrCode::luminanceWithStride()
{
    const QString text = QStringLiteral("stride test");
    const QImage code = draw(text, 300);
    const int stride = code.width() + 13;
    QByteArray buffer(qsizetype(stride) * code.height(), char(0x55)); // padding is garbage
    for (int y = 0; y < code.height(); ++y)
        std::memcpy(buffer.data() + qsizetype(y) * stride, code.constScanLine(y),
                    std::size_t(code.width()));
    const Result<DecodedQr> decoded = decodeLuminance(
        reinterpret_cast<const uchar *>(buffer.constData()), code.width(), code.height(), stride);
    QVERIFY2(decoded, qPrintable(decoded.error()));
    QCOMPARE(decoded->text, text);
    QCOMPARE(decoded->corners.size(), 4);
    QVERIFY(!decodeLuminance(nullptr, 10, 10, 10));
    QVERIFY(!decodeLuminance(reinterpret_cast<const uchar *>(buffer.constData()), 100, 10, 50));
}

void TestQrCode::nothingToRead()
{
    QImage blank(640, 480, QImage::Format_Grayscale8);
    blank.fill(200);
    const Result<DecodedQr> none = decodeImage(blank);
    QVERIFY(!none);
    QVERIFY2(none.error().contains(QLatin1String("No QR code")), qPrintable(none.error()));
    QVERIFY(!decodeImage(QImage()));
}

void TestQrCode::frameFormats_data()
{
    QTest::addColumn<int>("formatValue"); // PixelFormat is not a registered metatype
    QTest::newRow("NV12") << int(QVideoFrameFormat::Format_NV12);
    QTest::newRow("NV21") << int(QVideoFrameFormat::Format_NV21);
    QTest::newRow("YUV420P") << int(QVideoFrameFormat::Format_YUV420P);
    QTest::newRow("YV12") << int(QVideoFrameFormat::Format_YV12);
    QTest::newRow("YUYV") << int(QVideoFrameFormat::Format_YUYV);
    QTest::newRow("UYVY") << int(QVideoFrameFormat::Format_UYVY);
    QTest::newRow("ARGB8888") << int(QVideoFrameFormat::Format_ARGB8888);
    QTest::newRow("BGRA8888") << int(QVideoFrameFormat::Format_BGRA8888);
}

void TestQrCode::frameFormats()
{
    QFETCH(int, formatValue);
    const auto format = QVideoFrameFormat::PixelFormat(formatValue);
    const QString text = upperCaseUr(200);
    const QVideoFrame frame = videoFrame(cameraFrame(text, QSize(640, 480)), format);
    QVERIFY(frame.isValid());
    QCOMPARE(frame.pixelFormat(), format);

    FrameDecoder decoder;
    QSignalSpy spy(&decoder, &FrameDecoder::decoded);
    QVERIFY(decoder.submitFrame(frame));
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), text);
    QCOMPARE(decoder.acceptedFrames(), 1);
    QCOMPARE(decoder.decodedFrames(), 1);
    QCOMPARE(decoder.droppedFrames(), 0);
}

void TestQrCode::framesDroppedWhileBusy()
{
    const QString text = upperCaseUr(300);
    const QVideoFrame frame =
        videoFrame(cameraFrame(text, QSize(1920, 1080)), QVideoFrameFormat::Format_NV12);

    FrameDecoder decoder;
    QSignalSpy spy(&decoder, &FrameDecoder::decoded);
    // A camera at full speed: frames keep coming while the first one is being decoded.
    QVERIFY(decoder.submitFrame(frame));
    // submitFrame() returned with the decode still running: it is not done on this thread.
    QVERIFY(decoder.isBusy());
    QVERIFY(!decoder.submitFrame(frame));

    const int frames = 60;
    qint64 slowestSubmitNs = 0;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer one;
        one.start();
        decoder.submitFrame(frame);
        slowestSubmitNs = qMax(slowestSubmitNs, one.nsecsElapsed());
        QTest::qWait(2); // the UI thread keeps running its event loop meanwhile
    }
    QTRY_VERIFY(!decoder.isBusy());
    QVERIFY(decoder.waitForIdle(5000));
    QTRY_COMPARE(spy.count(), 1); // the same code, many frames: reported once
    QCOMPARE(spy.at(0).at(0).toString(), text);

    const int submitted = frames + 2;
    QCOMPARE(decoder.acceptedFrames() + decoder.droppedFrames(), submitted);
    QVERIFY2(decoder.droppedFrames() > 0, "frames must be dropped while a decode runs");
    QVERIFY(decoder.acceptedFrames() >= 1);
    QVERIFY(decoder.decodedFrames() >= 1);
    // What a submit costs the UI thread is measured in bench_qr (BM_SubmitFrame1080p_*), not
    // asserted here: a timed check fails on a busy machine, not on slow code.
    qInfo("%d frames in %lld ms: %d decoded, %d dropped, last decode %lld ms, slowest submit "
          "%.1f ms",
          submitted, total.elapsed(), decoder.acceptedFrames(), decoder.droppedFrames(),
          decoder.lastDecodeMs(), double(slowestSubmitNs) / 1e6);
}

void TestQrCode::duplicatesWithinWindow()
{
    qint64 now = 1000;
    FrameDecoder decoder;
    decoder.setClock([&now] { return now; });
    decoder.setDuplicateWindow(2000);
    QSignalSpy spy(&decoder, &FrameDecoder::decoded);
    const QImage first = draw(QStringLiteral("first"), 300);
    const QImage second = draw(QStringLiteral("second"), 300);

    auto feed = [&decoder](const QImage &image) {
        QTRY_VERIFY(!decoder.isBusy());
        QVERIFY(decoder.waitForIdle(5000));
        QVERIFY(decoder.submitImage(image));
        QVERIFY(decoder.waitForIdle(5000));
        QCoreApplication::processEvents(); // deliver the queued result
    };
    feed(first);
    QTRY_COMPARE(spy.count(), 1);
    now += 1500;
    feed(first); // still in view
    now += 1500;
    feed(first); // seen 1.5 s ago: still the same sighting
    feed(second);
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(decoder.decodedFrames(), 4);
    now += 2500; // gone for 2.5 s: a new sighting
    feed(first);
    QTRY_COMPARE(spy.count(), 3);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("first"));
    QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("second"));
    QCOMPARE(spy.at(2).at(0).toString(), QStringLiteral("first"));
}

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"

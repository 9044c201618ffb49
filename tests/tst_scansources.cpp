// SPDX-License-Identifier: MIT
// Scan sources: the keyboard wedge's timing (on a simulated clock), the serial line splitter
// and a serial scanner on a pseudo-terminal, the camera source without a camera, the config.
#include "qr/framedecoder.h"
#include "qr/qrimage.h"
#include "scan/camerascansource.h"
#include "scan/keyboardwedgescansource.h"
#include "scan/linesplitter.h"
#include "scan/scanconfig.h"
#include "scan/serialscansource.h"

#include <QFile>
#include <QKeyEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <QWindow>

#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace kiosk::scan;

namespace {

// Where keys that get through end up (a text field, as far as the test is concerned).
class KeyRecorder : public QObject
{
public:
    QString typed;
    int releases = 0;

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            typed += static_cast<QKeyEvent *>(event)->text();
            return true;
        }
        if (event->type() == QEvent::KeyRelease) {
            ++releases;
            return true;
        }
        return QObject::event(event);
    }
};

class RecordingWindow : public QWindow
{
public:
    QString typed;

protected:
    void keyPressEvent(QKeyEvent *event) override { typed += event->text(); }
};

// Types like a keyboard: press and release per character, `gapMs` on the clock before each
// key, Shift around capitals when `shift` (as scanners do).
class Typist
{
public:
    Typist(QObject *receiver, qint64 *clock) : m_receiver(receiver), m_clock(clock) {}

    void type(const QString &text, int gapMs, bool shift = false)
    {
        for (QChar c : text) {
            *m_clock += gapMs;
            const bool upper = shift && c.isUpper();
            if (upper)
                send(QEvent::KeyPress, Qt::Key_Shift, Qt::ShiftModifier, QString());
            const Qt::KeyboardModifiers mods = upper ? Qt::ShiftModifier : Qt::NoModifier;
            const int key = c.toUpper().unicode();
            send(QEvent::KeyPress, key, mods, QString(c));
            send(QEvent::KeyRelease, key, mods, QString(c));
            if (upper)
                send(QEvent::KeyRelease, Qt::Key_Shift, Qt::NoModifier, QString());
        }
    }
    void enter(int gapMs)
    {
        *m_clock += gapMs;
        send(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
        send(QEvent::KeyRelease, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
    }
    void key(int key, int gapMs)
    {
        *m_clock += gapMs;
        send(QEvent::KeyPress, key, Qt::NoModifier, QString());
        send(QEvent::KeyRelease, key, Qt::NoModifier, QString());
    }

private:
    void send(QEvent::Type type, int key, Qt::KeyboardModifiers mods, const QString &text)
    {
        QKeyEvent event(type, key, mods, text);
        QCoreApplication::sendEvent(m_receiver, &event);
    }

    QObject *m_receiver;
    qint64 *m_clock;
};

const QString kScan = QStringLiteral("UR:ETH-SIGNATURE/OEADTPDAGDWMZTFTZO");

#if defined(Q_OS_LINUX)
// A pseudo-terminal: the master end plays the scanner, the slave is "the serial port".
struct Pty
{
    int master = -1;
    QString slavePath;

    bool open()
    {
        master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0)
            return false;
        const char *name = ::ptsname(master);
        if (!name)
            return false;
        slavePath = QString::fromLocal8Bit(name);
        return true;
    }
    bool write(const QByteArray &data) const
    {
        return ::write(master, data.constData(), std::size_t(data.size())) == data.size();
    }
    void close()
    {
        if (master >= 0)
            ::close(master);
        master = -1;
    }
    ~Pty() { close(); }
};
#endif

} // namespace

class TestScanSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wedgeFastBurst();
    void wedgeSlowTyping();
    void wedgeBurstWithoutEnter();
    void wedgeShortBurst();
    void wedgeMixed();
    void wedgeOtherKeysPassThrough();
    void wedgeOnApplication();
    void wedgeStop();
    void lineSplitter_data();
    void lineSplitter();
    void lineSplitterOverflow();
    void serialNoPort();
    void serialPseudoTerminal();
    void cameraFindDevice();
    void cameraWithoutCamera();
    void configFromSettings();
    void configErrors();
};

void TestScanSources::wedgeFastBurst()
{
    qint64 now = 10'000;
    KeyRecorder field;
    KeyboardWedgeScanSource wedge;
    wedge.setClock([&now] { return now; });
    wedge.setTarget(&field);
    QSignalSpy scanned(&wedge, &ScanSource::textScanned);
    wedge.start();
    QVERIFY(wedge.isActive());

    Typist scanner(&field, &now);
    scanner.type(kScan, 4, true);
    scanner.enter(4);
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(scanned.at(0).at(0).toString(), kScan);
    QCOMPARE(field.typed, QString()); // swallowed: nothing typed into the field
    QCOMPARE(field.releases, 0);
    QTest::qWait(wedge.config().flushDelayMs + 50);
    QCOMPARE(field.typed, QString()); // and nothing replayed later

    scanner.type(kScan.toLower(), 10);
    scanner.enter(10);
    QCOMPARE(scanned.count(), 2);
    QCOMPARE(scanned.at(1).at(0).toString(), kScan.toLower());
}

void TestScanSources::wedgeSlowTyping()
{
    qint64 now = 0;
    KeyRecorder field;
    KeyboardWedgeScanSource wedge;
    wedge.setClock([&now] { return now; });
    wedge.setTarget(&field);
    QSignalSpy scanned(&wedge, &ScanSource::textScanned);
    wedge.start();

    Typist person(&field, &now);
    person.type(QStringLiteral("Hello kiosk 12345"), 150, true);
    person.enter(200);
    QCOMPARE(scanned.count(), 0);
    QCOMPARE(field.typed, QStringLiteral("Hello kiosk 12345\r")); // every key, in order
}

void TestScanSources::wedgeBurstWithoutEnter()
{
    qint64 now = 0;
    KeyRecorder field;
    KeyboardWedgeScanSource wedge;
    wedge.setClock([&now] { return now; });
    wedge.setTarget(&field);
    QSignalSpy scanned(&wedge, &ScanSource::textScanned);
    wedge.start();

    Typist(&field, &now).type(kScan, 3);
    QCOMPARE(field.typed, QString()); // held while it may still be a scan
    // No Enter: not a scan. The keys reach the field once the flush delay has passed.
    QTRY_COMPARE(field.typed, kScan);
    QCOMPARE(scanned.count(), 0);
}

void TestScanSources::wedgeShortBurst()
{
    qint64 now = 0;
    KeyRecorder field;
    KeyboardWedgeScanSource wedge; // minLength 8
    wedge.setClock([&now] { return now; });
    wedge.setTarget(&field);
    QSignalSpy scanned(&wedge, &ScanSource::textScanned);
    wedge.start();

    Typist typist(&field, &now);
    typist.type(QStringLiteral("ok"), 5); // two keys at once (rollover typing)
    typist.enter(5);
    QCOMPARE(scanned.count(), 0);
    QCOMPARE(field.typed, QStringLiteral("ok\r"));
}

void TestScanSources::wedgeMixed()
{
    qint64 now = 0;
    KeyRecorder field;
    KeyboardWedgeScanSource wedge;
    wedge.setClock([&now] { return now; });
    wedge.setTarget(&field);
    QSignalSpy scanned(&wedge, &ScanSource::textScanned);
    wedge.start();

    Typist keys(&field, &now);
    keys.type(QStringLiteral("ab"), 300); // a person...
    keys.type(kScan.left(1), 300);        // ...then a scan: its first key comes after a pause
    keys.type(kScan.mid(1), 5);
    keys.enter(5);
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(scanned.at(0).at(0).toString(), kScan);
    QCOMPARE(field.typed, QStringLiteral("ab"));

    // A slow gap inside fast keys splits them: what came before it was typing.
    keys.type(QStringLiteral("ABCD"), 5);
    keys.type(QStringLiteral("EFG"), 200);
    QCOMPARE(field.typed, QStringLiteral("abABCDEF")); // G is held: it may start a burst
    keys.type(QStringLiteral("UR:BYTES/XYZW"), 300);
    QCOMPARE(field.typed, QStringLiteral("abABCDEFGUR:BYTES/XYZ"));
    keys.type(QStringLiteral("U"), 300); // the scan starts after a pause...
    keys.type(QStringLiteral("R:BYTES/HDCXLKAHSSQZWF"), 5);
    keys.enter(5);
    QCOMPARE(scanned.count(), 2);
    QCOMPARE(scanned.at(1).at(0).toString(), QStringLiteral("UR:BYTES/HDCXLKAHSSQZWF"));
    QCOMPARE(field.typed, QStringLiteral("abABCDEFGUR:BYTES/XYZW")); // ...which let W through

    // And a person again afterwards.
    keys.type(QStringLiteral("xy"), 250);
    keys.enter(250);
    QCOMPARE(field.typed, QStringLiteral("abABCDEFGUR:BYTES/XYZWxy\r"));
    QCOMPARE(scanned.count(), 2);
}

void TestScanSources::wedgeOtherKeysPassThrough()
{
    qint64 now = 0;
    KeyRecorder field;
    KeyboardWedgeScanSource wedge;
    wedge.setClock([&now] { return now; });
    wedge.setTarget(&field);
    QSignalSpy scanned(&wedge, &ScanSource::textScanned);
    wedge.start();

    Typist keys(&field, &now);
    keys.type(QStringLiteral("abc"), 5);
    keys.key(Qt::Key_Backspace, 5); // not a scanner key: the held keys go first, then it
    QCOMPARE(field.typed, QStringLiteral("abc"));
    QCOMPARE(field.releases, 4);

    // Ctrl+V is a command, even in the middle of fast keys.
    QKeyEvent paste(QEvent::KeyPress, Qt::Key_V, Qt::ControlModifier, QStringLiteral("\x16"));
    QCoreApplication::sendEvent(&field, &paste);
    QCOMPARE(field.typed, QStringLiteral("abc\x16"));

    // A held-down key repeats: a person.
    QKeyEvent repeat(QEvent::KeyPress, Qt::Key_X, Qt::NoModifier, QStringLiteral("x"), true);
    QCoreApplication::sendEvent(&field, &repeat);
    QCOMPARE(field.typed, QStringLiteral("abc\x16x"));
    QCOMPARE(scanned.count(), 0);
}

void TestScanSources::wedgeOnApplication()
{
    qint64 now = 0;
    RecordingWindow window;
    KeyboardWedgeScanSource wedge; // no target: the application
    wedge.setClock([&now] { return now; });
    QSignalSpy scanned(&wedge, &ScanSource::textScanned);
    wedge.start();

    Typist keys(&window, &now);
    keys.type(kScan, 5, true);
    keys.enter(5);
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(window.typed, QString());
    keys.type(QStringLiteral("hi"), 500);
    keys.enter(500);
    QCOMPARE(window.typed, QStringLiteral("hi\r"));
    QCOMPARE(scanned.count(), 1);
}

void TestScanSources::wedgeStop()
{
    qint64 now = 0;
    KeyRecorder field;
    KeyboardWedgeScanSource wedge;
    wedge.setClock([&now] { return now; });
    wedge.setTarget(&field);
    QSignalSpy scanned(&wedge, &ScanSource::textScanned);
    QSignalSpy status(&wedge, &ScanSource::statusChanged);
    wedge.start();
    Typist keys(&field, &now);
    keys.type(QStringLiteral("ABC"), 5);
    wedge.stop(); // held keys are delivered, not lost
    QCOMPARE(field.typed, QStringLiteral("ABC"));
    QVERIFY(!wedge.isActive());
    keys.type(kScan, 5);
    keys.enter(5);
    QCOMPARE(scanned.count(), 0);
    QCOMPARE(field.typed, QStringLiteral("ABC") + kScan + u'\r');
    QCOMPARE(status.count(), 2);
}

void TestScanSources::lineSplitter_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<int>("left");
    QTest::newRow("LF") << QByteArray("one\ntwo\n") << QStringList{u"one"_qs, u"two"_qs} << 0;
    QTest::newRow("CR") << QByteArray("one\rtwo\r") << QStringList{u"one"_qs, u"two"_qs} << 0;
    QTest::newRow("CRLF") << QByteArray("one\r\ntwo\r\n") << QStringList{u"one"_qs, u"two"_qs} << 0;
    QTest::newRow("blank lines") << QByteArray("\r\n\n\rone\n\n") << QStringList{u"one"_qs} << 0;
    QTest::newRow("unfinished") << QByteArray("one\ntw") << QStringList{u"one"_qs} << 2;
}

void TestScanSources::lineSplitter()
{
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, lines);
    QFETCH(int, left);
    // All at once, and one byte at a time: the same lines.
    for (int chunk : {int(stream.size()), 1, 3}) {
        LineSplitter splitter;
        QStringList got;
        for (qsizetype i = 0; i < stream.size(); i += chunk) {
            const LineSplitter::Output out = splitter.feed(
                QByteArrayView(stream).sliced(i, qMin<qsizetype>(chunk, stream.size() - i)));
            QCOMPARE(out.overflows, 0);
            for (const QByteArray &line : out.lines)
                got << QString::fromUtf8(line);
        }
        QCOMPARE(got, lines);
        QCOMPARE(splitter.buffered(), left);
    }
}

void TestScanSources::lineSplitterOverflow()
{
    LineSplitter splitter; // 64 KiB
    QCOMPARE(splitter.maxLineBytes(), 64 * 1024);
    const QByteArray junk(4096, 'x');
    int overflows = 0;
    for (int i = 0; i < 40; ++i) { // 160 KiB without an end of line
        const LineSplitter::Output out = splitter.feed(junk);
        QVERIFY(out.lines.isEmpty());
        overflows += out.overflows;
        QVERIFY(splitter.buffered() <= splitter.maxLineBytes());
    }
    QCOMPARE(overflows, 1); // one line dropped, reported once
    QCOMPARE(splitter.buffered(), 0);
    // The rest of the runaway line is dropped too; the next line is fine.
    const LineSplitter::Output out = splitter.feed("tail of junk\nUR:BYTES/OK\r\n");
    QCOMPARE(out.overflows, 0);
    QCOMPARE(out.lines, QList<QByteArray>{"UR:BYTES/OK"});

    // Exactly at the limit is still a line.
    LineSplitter small(8);
    QCOMPARE(small.feed("12345678\n").lines, QList<QByteArray>{"12345678"});
    const LineSplitter::Output over = small.feed("123456789\nok\n");
    QCOMPARE(over.overflows, 1);
    QCOMPARE(over.lines, QList<QByteArray>{"ok"});
}

void TestScanSources::serialNoPort()
{
    SerialScanConfig config;
    config.portName = QStringLiteral("/dev/kiosk-no-such-scanner");
    config.reconnectIntervalMs = 50;
    SerialScanSource source(config);
    QSignalSpy errors(&source, &ScanSource::errorOccurred);
    source.start();
    QVERIFY(!source.isActive());
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(config.portName),
             qPrintable(errors.at(0).at(0).toString()));
    // It keeps trying, without repeating the same complaint.
    QTRY_VERIFY(source.reconnectAttempts() >= 4);
    QCOMPARE(errors.count(), 1);
    source.stop();
    const int attempts = source.reconnectAttempts();
    QTest::qWait(200);
    QCOMPARE(source.reconnectAttempts(), attempts);

    SerialScanSource unnamed(SerialScanConfig{});
    QSignalSpy unnamedErrors(&unnamed, &ScanSource::errorOccurred);
    unnamed.start();
    QCOMPARE(unnamedErrors.count(), 1);
}

void TestScanSources::serialPseudoTerminal()
{
#if defined(Q_OS_LINUX)
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Pty pty;
    if (!pty.open())
        QSKIP("no pseudo-terminals here");
    // A stable name that can point at a new pty later, like a udev symlink for a scanner.
    const QString link = dir.filePath(QStringLiteral("scanner"));
    QVERIFY(QFile::link(pty.slavePath, link));

    SerialScanConfig config;
    config.portName = link;
    config.baudRate = 115200;
    config.reconnectIntervalMs = 50;
    config.maxLineBytes = 1024;
    SerialScanSource source(config);
    QSignalSpy scanned(&source, &ScanSource::textScanned);
    QSignalSpy errors(&source, &ScanSource::errorOccurred);
    source.start();
    if (!source.isActive())
        QSKIP(qPrintable(QStringLiteral("cannot open a pty as a serial port here: ") +
                         (errors.isEmpty() ? QString() : errors.at(0).at(0).toString())));

    QVERIFY(pty.write("UR:BYTES/ONE\r\nUR:BY"));
    QTRY_COMPARE(scanned.count(), 1);
    QVERIFY(pty.write("TES/TWO\r"));
    QTRY_COMPARE(scanned.count(), 2);
    QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("UR:BYTES/ONE"));
    QCOMPARE(scanned.at(1).at(0).toString(), QStringLiteral("UR:BYTES/TWO"));

    // A scanner that never ends its line.
    QVERIFY(pty.write(QByteArray(3000, 'z')));
    QTRY_COMPARE(errors.count(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(QLatin1String("without an end of line")),
             qPrintable(errors.at(0).at(0).toString()));
    QVERIFY(pty.write("\nUR:BYTES/THREE\n"));
    QTRY_COMPARE(scanned.count(), 3);
    QCOMPARE(scanned.at(2).at(0).toString(), QStringLiteral("UR:BYTES/THREE"));

    // Unplugged: reported, then it comes back on a new pty under the same name.
    pty.close();
    QTRY_VERIFY(!source.isActive());
    QTRY_VERIFY(errors.count() >= 2);
    Pty replugged;
    QVERIFY(replugged.open());
    QVERIFY(QFile::remove(link));
    QVERIFY(QFile::link(replugged.slavePath, link));
    QTRY_VERIFY(source.isActive());
    QVERIFY(replugged.write("UR:BYTES/FOUR\n"));
    QTRY_COMPARE(scanned.count(), 4);
    QCOMPARE(scanned.at(3).at(0).toString(), QStringLiteral("UR:BYTES/FOUR"));
    source.stop();
#else
    QSKIP("pseudo-terminal test is Linux-only");
#endif
}

void TestScanSources::cameraFindDevice()
{
    QVERIFY(CameraScanSource::findDevice({}, QStringLiteral("HD Webcam")).isNull());
    QVERIFY(CameraScanSource::findDevice({}, QString()).isNull());
}

void TestScanSources::cameraWithoutCamera()
{
    CameraScanConfig config;
    config.camera = QStringLiteral("kiosk-test-no-such-camera");
    CameraScanSource source(config);
    QSignalSpy scanned(&source, &ScanSource::textScanned);
    QSignalSpy errors(&source, &ScanSource::errorOccurred);
    QSignalSpy status(&source, &ScanSource::statusChanged);
    QVERIFY(source.videoSink());
    source.start();
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(config.camera),
             qPrintable(errors.at(0).at(0).toString()));
    QVERIFY(!source.isActive());
    QVERIFY(status.count() >= 1);

    // Frames reaching the sink (as a camera would deliver them) come out as scans.
    const QString text = QStringLiteral("UR:BYTES/CAMERA");
    const QImage code = *kiosk::qr::drawQrCode(text, 300);
    QVideoFrame frame(QVideoFrameFormat(code.size(), QVideoFrameFormat::Format_Y8));
    QVERIFY(frame.map(QVideoFrame::WriteOnly));
    for (int y = 0; y < code.height(); ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), code.constScanLine(y),
                    std::size_t(code.width()));
    frame.unmap();
    source.videoSink()->setVideoFrame(frame);
    QTRY_COMPARE(scanned.count(), 1);
    QCOMPARE(scanned.at(0).at(0).toString(), text);

    // Stopped: frames are no longer reported.
    source.stop();
    source.frameDecoder()->clearHistory();
    QVERIFY(source.frameDecoder()->waitForIdle(5000));
    source.videoSink()->setVideoFrame(frame);
    QVERIFY(source.frameDecoder()->waitForIdle(5000));
    QCoreApplication::sendPostedEvents(); // what the idle decoder posted is delivered now
    QCOMPARE(scanned.count(), 1);
}

void TestScanSources::configFromSettings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[scan]\nsources = camera, serial\ncamera = HD Webcam\n"
                   "wedge_max_key_gap_ms = 25\nwedge_min_length = 12\nserial_port = /dev/ttyACM0\n"
                   "serial_baud_rate = 115200\n");
    }
    QSettings settings(path, QSettings::IniFormat);
    const kiosk::Result<ScanConfig> config = ScanConfig::fromSettings(settings);
    QVERIFY2(config, qPrintable(config.error()));
    QCOMPARE(config->sources, (QStringList{u"camera"_qs, u"serial"_qs}));
    QCOMPARE(config->camera.camera, QStringLiteral("HD Webcam"));
    QCOMPARE(config->wedge.maxKeyGapMs, 25);
    QCOMPARE(config->wedge.minLength, 12);
    QCOMPARE(config->serial.portName, QStringLiteral("/dev/ttyACM0"));
    QCOMPARE(config->serial.baudRate, 115200);
    QCOMPARE(settings.group(), QString());

    QObject owner;
    const QList<ScanSource *> sources = createScanSources(*config, &owner);
    QCOMPARE(sources.size(), 2);
    QVERIFY(qobject_cast<CameraScanSource *>(sources.at(0)));
    QVERIFY(qobject_cast<SerialScanSource *>(sources.at(1)));

    QSettings empty(dir.filePath(QStringLiteral("empty.conf")), QSettings::IniFormat);
    const kiosk::Result<ScanConfig> defaults = ScanConfig::fromSettings(empty);
    QVERIFY(defaults);
    QCOMPARE(defaults->sources, (QStringList{u"camera"_qs, u"wedge"_qs}));
    QCOMPARE(defaults->wedge.maxKeyGapMs, 30);
}

void TestScanSources::configErrors()
{
    QTemporaryDir dir;
    int files = 0;
    const auto load = [&dir, &files](const QByteArray &ini) {
        // A new file each time: QSettings caches what it read by file name.
        const QString path = dir.filePath(QStringLiteral("bad%1.conf").arg(++files));
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(ini);
        file.close();
        QSettings settings(path, QSettings::IniFormat);
        return ScanConfig::fromSettings(settings);
    };
    const auto badSource = load("[scan]\nsources = camera, laser\n");
    QVERIFY(!badSource);
    QVERIFY2(badSource.error().contains(QLatin1String("laser")), qPrintable(badSource.error()));
    const auto badGap = load("[scan]\nwedge_max_key_gap_ms = fast\n");
    QVERIFY(!badGap);
    QVERIFY2(badGap.error().contains(QLatin1String("wedge_max_key_gap_ms")),
             qPrintable(badGap.error()));
    const auto noPort = load("[scan]\nsources = serial\n");
    QVERIFY(!noPort);
    QVERIFY2(noPort.error().contains(QLatin1String("serial_port")), qPrintable(noPort.error()));
}

QTEST_MAIN(TestScanSources)
#include "tst_scansources.moc"

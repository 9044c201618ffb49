// SPDX-License-Identifier: MIT
// stall_probe: does the UI thread ever stall during a scan or a relay call? A 1 ms timer on the
// main thread records the longest gap between its ticks while (a) camera-sized frames with a QR
// code are fed to the FrameDecoder at 30 fps and (b) relay calls run against the simulator.
// Prints one line per workload and exits 0 when no gap exceeds 16 ms (one frame at 60 Hz).
#include "qr/framedecoder.h"
#include "qr/qrimage.h"
#include "relay/relayclient.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPainter>
#include <QProcess>
#include <QTimer>

#include <cstdio>

namespace {

class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worstNs = qMax(m_worstNs, now - m_lastNs);
            m_lastNs = now;
        });
    }
    void start()
    {
        m_worstNs = 0;
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return double(m_worstNs) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_worstNs = 0;
};

void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QImage cameraFrame()
{
    QImage frame(1280, 720, QImage::Format_Grayscale8);
    frame.fill(150);
    const QImage code =
        kiosk::qr::drawQrCode(
            QStringLiteral("UR:ETH-SIGNATURE/OTADTPDAGDNDCAWMGTFRKIGRPMNDUTDNBTKGFSSB"
                           "JNAOHDFPAOBTIOCWLAZOTDAAIYTPSBIHTOYLNYDKVLRFOTZCYADMNTTPNT"),
            400)
            .value();
    QPainter(&frame).drawImage(440, 160, code);
    return frame;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("kiosk.*.debug=false\nkiosk.*.info=false"));
    StallProbe probe;
    bool allMet = true;
    const auto report = [&allMet](const char *what, double worstMs, const QString &detail) {
        const bool met = worstMs <= 16.0;
        allMet = allMet && met;
        std::printf("%-36s longest UI-thread gap %6.2f ms  %s  (%s)\n", what, worstMs,
                    met ? "met" : "NOT met", qPrintable(detail));
    };

    // (a) A scan: 3 s of 1280x720 frames at 30 fps, decoded on the worker thread.
    kiosk::qr::FrameDecoder decoder;
    int decoded = 0;
    QObject::connect(&decoder, &kiosk::qr::FrameDecoder::decoded, &decoder,
                     [&decoded] { ++decoded; });
    decoder.setDuplicateWindow(0);
    const QImage frame = cameraFrame();
    QTimer camera;
    camera.setInterval(33);
    QObject::connect(&camera, &QTimer::timeout, &decoder, [&] { decoder.submitImage(frame); });
    probe.start();
    camera.start();
    runFor(3000);
    camera.stop();
    report("scan (1280x720 at 30 fps)", probe.stop(),
           QStringLiteral("%1 frames decoded, %2 dropped while busy")
               .arg(decoded)
               .arg(decoder.droppedFrames()));

    // (b) Relay calls against the simulator: 200 payment lookups, 8 at a time.
    if (argc > 1) {
        QProcess simulator;
        simulator.start(QString::fromLocal8Bit(argv[1]),
                        {QStringLiteral("--port"), QStringLiteral("0")});
        simulator.waitForReadyRead(10000);
        const QByteArray line = simulator.readLine().trimmed();
        const QString url = QString::fromLatin1(line.mid(line.indexOf("http")));
        kiosk::relay::RelaySettings settings;
        settings.baseUrl = QUrl(url);
        kiosk::relay::RelayClient client(settings);
        int answered = 0;
        int started = 0;
        std::function<void()> next = [&] {
            if (started >= 200)
                return;
            ++started;
            client.fetchChainId(&client,
                                [&](const kiosk::relay::RelayResult<kiosk::eth::UInt256> &) {
                                    ++answered;
                                    next();
                                });
        };
        probe.start();
        for (int i = 0; i < 8; ++i)
            next();
        QElapsedTimer waited;
        waited.start();
        while (answered < 200 && waited.elapsed() < 20000)
            runFor(10);
        report("relay calls (200 GETs, 8 in flight)", probe.stop(),
               QStringLiteral("%1 answered").arg(answered));
        simulator.kill();
        simulator.waitForFinished();
    }
    return allMet ? 0 : 1;
}

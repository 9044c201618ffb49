// SPDX-License-Identifier: MIT
// loyalty-fleet-sim keeps working: a few kiosks for a few seconds, every cancellation finished
// and the relay asked about as often as the feed's pace says.
#include "toolrun.h"

#include <QTest>

class TestFleetSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threeKiosksCancelAndStayWithinThePace();
};

void TestFleetSim::threeKiosksCancelAndStayWithinThePace()
{
    const ToolRun run =
        runTool(QStringLiteral(KIOSK_FLEETSIM_BIN),
                {QStringLiteral("--kiosks"), QStringLiteral("3"), QStringLiteral("--duration"),
                 QStringLiteral("8"), QStringLiteral("--rate"), QStringLiteral("20"),
                 QStringLiteral("--warmup"), QStringLiteral("0"), QStringLiteral("--chain-delay"),
                 QStringLiteral("0.2"), QStringLiteral("--grace"), QStringLiteral("30"),
                 QStringLiteral("--relay-sim"), QStringLiteral(KIOSK_RELAYSIM_BIN),
                 QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QJsonObject report = run.json();
    QCOMPARE(report.value(u"kiosks").toInt(), 3);
    const int started = report.value(u"cancellationsStarted").toInt();
    QVERIFY(started >= 1); // the first customer comes at once
    QCOMPARE(report.value(u"cancellationsFinished").toInt(), started);
    QCOMPARE(report.value(u"cancellationsFailed").toInt(), 0);
    QCOMPARE(report.value(u"requestErrors").toInt(), 0);
    QVERIFY(report.value(u"latencyP50").toDouble() > 0);
    QVERIFY(report.value(u"latencyMax").toDouble() < 30);

    // A cancellation costs a few dozen calls at most; the rest is the feed, at its busy pace
    // at most (2 s) plus one call when each cancellation opens.
    const double seconds = report.value(u"seconds").toDouble();
    const double requests = report.value(u"requestsPerSecond").toDouble() * seconds;
    QVERIFY2(requests > 0 && requests <= started * 40 + 3 * seconds,
             qPrintable(QString::number(requests)));
    const double feed = report.value(u"feedRequestsPerSecond").toDouble() * seconds;
    QVERIFY2(feed <= 3 * seconds / 2 + started + 3, qPrintable(QString::number(feed)));
    // CPU is counted in 10 ms ticks: a few seconds of three kiosks may round to none.
    QVERIFY(report.value(u"cpuPercentPerKiosk").toDouble() >= 0);
    QVERIFY(report.value(u"rssMiB").toDouble() > 0);
}

QTEST_GUILESS_MAIN(TestFleetSim)
#include "tst_fleetsim.moc"

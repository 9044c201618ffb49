// SPDX-License-Identifier: MIT
// The metrics registry and its renderings, checked by hand and by promtool, and the listener
// that serves them with /healthz.
#include "metrics/metricsregistry.h"
#include "metrics/metricsserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

using kiosk::metrics::Format;
using kiosk::metrics::HealthProblem;
using kiosk::metrics::MetricsRegistry;
using kiosk::metrics::MetricsServer;

namespace {
void fill(MetricsRegistry &r)
{
    r.addCounter(QStringLiteral("loyalty_kiosk_cancellations"), QStringLiteral("Ended ones."));
    r.addHistogram(QStringLiteral("loyalty_kiosk_step_duration_seconds"),
                   QStringLiteral("Steps \"quoted\" and a back\\slash."), QStringLiteral("seconds"),
                   {1, 0.5, 2});
    r.addGauge(QStringLiteral("loyalty_kiosk_build_info"), QStringLiteral("Build."));
    r.addGauge(QStringLiteral("loyalty_kiosk_journal_size_bytes"), QStringLiteral("Size."),
               QStringLiteral("bytes"));
    r.increment(QStringLiteral("loyalty_kiosk_cancellations"),
                {{QStringLiteral("outcome"), QStringLiteral("approved")},
                 {QStringLiteral("relay_code"), QStringLiteral("0")}});
    r.increment(QStringLiteral("loyalty_kiosk_cancellations"),
                {{QStringLiteral("outcome"), QStringLiteral("approved")},
                 {QStringLiteral("relay_code"), QStringLiteral("0")}});
    const kiosk::metrics::Labels open{{QStringLiteral("step"), QStringLiteral("open")}};
    for (double seconds : {0.2, 0.5, 0.7, 1.5, 9.0})
        r.observe(QStringLiteral("loyalty_kiosk_step_duration_seconds"), open, seconds);
    r.set(QStringLiteral("loyalty_kiosk_build_info"),
          {{QStringLiteral("version"), QStringLiteral("0.2.0")},
           {QStringLiteral("commit"), QStringLiteral("a\"b\\c\nd")}},
          1);
    r.set(QStringLiteral("loyalty_kiosk_journal_size_bytes"), 4096);
}

// One HTTP request on a plain socket (status line, headers and body), with a deadline. The
// server runs on this thread: wait with the event loop running, never with blocking calls.
QByteArray send(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&socket, &answer] { answer += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write(request);
    if (!QTest::qWaitFor([&socket] { return socket.state() == QAbstractSocket::UnconnectedState; },
                         5000))
        return {}; // the server kept it open: no answer counts
    return answer + socket.readAll();
}

QByteArray get(quint16 port, const QByteArray &path, const QByteArray &extraHeaders = {})
{
    return send(port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders + "\r\n");
}
} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openMetricsRendering();
    void prometheusTextRendering();
    void histogramBucketsAreCumulative();
    void labelValuesAreEscaped();
    void promtoolAcceptsTheOutput();
    void serverServesMetricsAndHealth();
    void serverRefusesWhatItDoesNotServe();
};

void TestMetrics::openMetricsRendering()
{
    MetricsRegistry r;
    fill(r);
    const QByteArray text = r.render(Format::OpenMetrics);
    QVERIFY(
        text.startsWith("# HELP loyalty_kiosk_cancellations Ended ones.\n"
                        "# TYPE loyalty_kiosk_cancellations counter\n"
                        "loyalty_kiosk_cancellations_total{outcome=\"approved\",relay_code=\"0\"} "
                        "2\n"));
    QVERIFY(text.contains("# UNIT loyalty_kiosk_step_duration_seconds seconds\n"));
    QVERIFY(text.contains("# HELP loyalty_kiosk_step_duration_seconds Steps \\\"quoted\\\" and a "
                          "back\\\\slash.\n"));
    QVERIFY(text.contains("# UNIT loyalty_kiosk_journal_size_bytes bytes\n"));
    QVERIFY(text.contains("loyalty_kiosk_journal_size_bytes 4096\n"));
    QVERIFY(text.endsWith("\n# EOF\n"));
    QCOMPARE(MetricsRegistry::contentType(Format::OpenMetrics),
             QByteArray("application/openmetrics-text; version=1.0.0; charset=utf-8"));
}

void TestMetrics::prometheusTextRendering()
{
    MetricsRegistry r;
    fill(r);
    const QByteArray text = r.render(Format::PrometheusText);
    // promtool (2.42) reads this format: a counter is described under its samples' name.
    QVERIFY(text.startsWith("# HELP loyalty_kiosk_cancellations_total Ended ones.\n"
                            "# TYPE loyalty_kiosk_cancellations_total counter\n"));
    QVERIFY(!text.contains("# UNIT"));
    QVERIFY(!text.contains("# EOF"));
    QVERIFY(text.contains("Steps \"quoted\" and a back\\\\slash.\n"));
}

void TestMetrics::histogramBucketsAreCumulative()
{
    MetricsRegistry r;
    fill(r);
    const QByteArray text = r.render(Format::OpenMetrics);
    // Bounds sorted; each bucket counts everything at or below it; +Inf counts all.
    const QByteArray expected =
        "loyalty_kiosk_step_duration_seconds_bucket{step=\"open\",le=\"0.5\"} 2\n"
        "loyalty_kiosk_step_duration_seconds_bucket{step=\"open\",le=\"1\"} 3\n"
        "loyalty_kiosk_step_duration_seconds_bucket{step=\"open\",le=\"2\"} 4\n"
        "loyalty_kiosk_step_duration_seconds_bucket{step=\"open\",le=\"+Inf\"} 5\n"
        "loyalty_kiosk_step_duration_seconds_count{step=\"open\"} 5\n"
        "loyalty_kiosk_step_duration_seconds_sum{step=\"open\"} 11.9\n";
    QVERIFY2(text.contains(expected), text.constData());
    const kiosk::metrics::Labels open{{QStringLiteral("step"), QStringLiteral("open")}};
    QCOMPARE(r.value(QStringLiteral("loyalty_kiosk_step_duration_seconds_count"), open), 5.0);
    QCOMPARE(r.value(QStringLiteral("loyalty_kiosk_step_duration_seconds_sum"), open), 11.9);
    QVERIFY(qIsNaN(r.value(QStringLiteral("loyalty_kiosk_step_duration_seconds_count"))));
}

void TestMetrics::labelValuesAreEscaped()
{
    QCOMPARE(MetricsRegistry::escapeLabelValue(QStringLiteral("a\"b\\c\nd")),
             QByteArray("a\\\"b\\\\c\\nd"));
    MetricsRegistry r;
    fill(r);
    QVERIFY(r.render(Format::OpenMetrics)
                .contains(
                    "loyalty_kiosk_build_info{version=\"0.2.0\",commit=\"a\\\"b\\\\c\\nd\"} 1\n"));
    QCOMPARE(MetricsRegistry::formatNumber(0.1), QByteArray("0.1"));
    QCOMPARE(MetricsRegistry::formatNumber(qInf()), QByteArray("+Inf"));
}

void TestMetrics::promtoolAcceptsTheOutput()
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty())
        QSKIP("promtool is not installed (Debian: prometheus)");
    MetricsRegistry r;
    fill(r);
    QProcess check;
    check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(check.waitForStarted());
    check.write(r.render(Format::PrometheusText));
    check.closeWriteChannel();
    QVERIFY(check.waitForFinished(30000));
    const QByteArray said = check.readAllStandardOutput() + check.readAllStandardError();
    QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0, said.constData());
}

void TestMetrics::serverServesMetricsAndHealth()
{
    MetricsRegistry registry;
    fill(registry);
    QList<HealthProblem> problems;
    MetricsServer server(&registry, [&problems] { return problems; });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    QCOMPARE(server.port(), port);

    QByteArray answer = get(port, "/metrics", "Accept: application/openmetrics-text\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
    QVERIFY(answer.contains(
        "Content-Type: application/openmetrics-text; version=1.0.0; charset=utf-8\r\n"));
    QVERIFY(answer.endsWith("# EOF\n"));
    answer = get(port, "/metrics");
    QVERIFY(answer.contains("Content-Type: text/plain; version=0.0.4; charset=utf-8\r\n"));
    QVERIFY(answer.contains("loyalty_kiosk_cancellations_total{"));

    answer = get(port, "/healthz");
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
    QVERIFY(answer.endsWith("{\"status\":\"ready\"}\n"));
    problems << HealthProblem{QStringLiteral("relay-unreachable"), QStringLiteral("gone")};
    answer = get(port, "/healthz");
    QVERIFY2(answer.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), answer.constData());
    const QJsonObject body =
        QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
    QCOMPARE(body.value(u"status").toString(), QStringLiteral("out-of-service"));
    QCOMPARE(body.value(u"reasons")[0][u"code"].toString(), QStringLiteral("relay-unreachable"));
    QCOMPARE(body.value(u"reasons")[0][u"message"].toString(), QStringLiteral("gone"));
}

void TestMetrics::serverRefusesWhatItDoesNotServe()
{
    MetricsRegistry registry;
    MetricsServer server(&registry, {});
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    QVERIFY(get(port, "/").startsWith("HTTP/1.1 404 "));
    QVERIFY(get(port, "/metrics", "Content-Length: 5\r\n").startsWith("HTTP/1.1 413 "));
    QVERIFY(get(port, "/metrics", "X-Big: " + QByteArray(9000, 'a') + "\r\n")
                .startsWith("HTTP/1.1 431 "));
    QVERIFY(send(port, "POST /metrics HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 405 "));
    // A second listener on a taken port says so instead of serving nothing silently.
    MetricsServer other(&registry, {});
    QCOMPARE(other.listen(QHostAddress::LocalHost, port), quint16(0));
}

QTEST_MAIN(TestMetrics)
#include "tst_metrics.moc"

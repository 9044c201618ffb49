// SPDX-License-Identifier: MIT
// The shipped sample configuration parses as documented, and bad values are named.
#include "config/kioskconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;

class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedSampleParses();
    void badValuesAreNamed_data();
    void badValuesAreNamed();
    void missingFile();
};

void TestConfig::shippedSampleParses()
{
    const auto config =
        config::KioskConfig::load(QStringLiteral(KIOSK_SOURCE_DIR "/packaging/kiosk.conf"), true);
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QVERIFY(config->relayUrl.isEmpty());
    QCOMPARE(config->api, relay::ApiVersion::V2);
    QCOMPARE(config->terminalId, QStringLiteral("KIOSK0001"));
    QCOMPARE(config->approver, relay::Approver::Customer);
    QCOMPARE(config->paymentTimeoutSeconds, 45);
    QCOMPARE(config->historyRetentionDays, 90);
    QCOMPARE(config->scan.sources,
             QStringList({QStringLiteral("camera"), QStringLiteral("wedge")}));
    QCOMPARE(config->scan.wedge.maxKeyGapMs, 30);
}

void TestConfig::badValuesAreNamed_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QString>("named");
    QTest::newRow("api") << QByteArray("[relay]\napi = v3\n") << "relay/api";
    QTest::newRow("timeout") << QByteArray("[relay]\ntimeout_ms = soon\n") << "relay/timeout_ms";
    QTest::newRow("insecure") << QByteArray("[relay]\nallow_insecure_http = maybe\n")
                              << "allow_insecure_http";
    QTest::newRow("approver") << QByteArray("[approval]\napprover = bank\n") << "approval/approver";
    QTest::newRow("window") << QByteArray("[approval]\npayment_timeout_seconds = 1\n")
                            << "payment_timeout_seconds";
    QTest::newRow("retention") << QByteArray("[state]\nhistory_retention_days = -5\n")
                               << "history_retention_days";
    QTest::newRow("scan source") << QByteArray("[scan]\nsources = laser\n") << "laser";
    QTest::newRow("callback key file")
        << QByteArray("[events]\ncallback_key = @/nonexistent/key\n") << "callback_key";
}

void TestConfig::badValuesAreNamed()
{
    QFETCH(QByteArray, ini);
    QFETCH(QString, named);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("kiosk.conf")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ini);
    file.close();
    const auto config = config::KioskConfig::load(file.fileName(), true);
    QVERIFY(!config.ok());
    QVERIFY2(config.error().contains(named), qPrintable(config.error()));
}

void TestConfig::missingFile()
{
    QVERIFY(config::KioskConfig::load(QStringLiteral("/nonexistent/kiosk.conf"), false).ok());
    const auto required =
        config::KioskConfig::load(QStringLiteral("/nonexistent/kiosk.conf"), true);
    QVERIFY(!required.ok());
    QVERIFY(required.error().contains(u"does not exist"_qs));
}

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"

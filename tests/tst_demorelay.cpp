// SPDX-License-Identifier: MIT
// Demo mode's relay: the bundled simulator started as a child and answering on loopback.
#include "relay/demorelay.h"
#include "relay/relayclient.h"

#include <QSignalSpy>
#include <QTest>

using namespace kiosk::relay;

class TestDemoRelay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAndAnswers();
    void missingProgramFailsClearly();
};

void TestDemoRelay::startsAndAnswers()
{
    DemoRelay demo;
    QSignalSpy ready(&demo, &DemoRelay::ready);
    demo.start(QStringLiteral(KIOSK_RELAYSIM_BIN));
    QVERIFY(ready.wait(10000));
    QVERIFY(demo.url().toString().startsWith(u"http://127.0.0.1:"_qs));
    RelaySettings settings;
    settings.baseUrl = demo.url();
    RelayClient client(settings);
    std::optional<RelayResult<kiosk::eth::UInt256>> chainId;
    client.fetchChainId(nullptr,
                        [&](const RelayResult<kiosk::eth::UInt256> &answer) { chainId = answer; });
    QTRY_VERIFY(chainId.has_value());
    QVERIFY2(chainId->ok(), qPrintable(chainId->error()));
    QCOMPARE(chainId->value().toDecimal(), QStringLiteral("215115")); // the demo seed's chain
}

void TestDemoRelay::missingProgramFailsClearly()
{
    DemoRelay demo;
    QSignalSpy failed(&demo, &DemoRelay::failed);
    demo.start(QString());
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().toString().contains(u"not installed"_qs));
    DemoRelay broken;
    QSignalSpy brokenFailed(&broken, &DemoRelay::failed);
    broken.start(QStringLiteral("/nonexistent/loyalty-relay-sim"));
    QVERIFY(brokenFailed.wait(5000));
}

QTEST_GUILESS_MAIN(TestDemoRelay)
#include "tst_demorelay.moc"

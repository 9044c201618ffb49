// SPDX-License-Identifier: MIT
// Runs the built loyalty-wallet as a person or a script would and checks its output contract.
#include "demokeys.h"
#include "testdata.h"
#include "toolrun.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = ToolRun;

Run runWallet(const QStringList &args)
{
    return runTool(QStringLiteral(KIOSK_WALLET_BIN), args);
}

using demo::kCustomer;                    // tests/demokeys.h
const QString &kKey = demo::kCustomerKey; // tests/demokeys.h
const QString kPayment =
    QStringLiteral("0x2d9100c28be32e1a29e55b2ead66d472a6271627235778379657d08c9dc1d901");
} // namespace

class TestWalletCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addressFromKey();
    void addressFromKeyFile();
    void signCancelVectors();
    void signTerminalVectors();
    void recoverVectors();
    void badInput_data();
    void badInput();
    void keyNeverEchoed();
    void help();
};

void TestWalletCli::addressFromKey()
{
    const Run run = runWallet({QStringLiteral("address"), QStringLiteral("--key"), kKey});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, kCustomer + u'\n');
    QVERIFY(run.err.isEmpty());
}

void TestWalletCli::addressFromKeyFile()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("k")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kKey.toLatin1() + "\n");
    file.close();
    const Run run =
        runWallet({QStringLiteral("address"), QStringLiteral("--key"), u'@' + file.fileName()});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), kCustomer);
}

void TestWalletCli::signCancelVectors()
{
    const QJsonArray vectors =
        loadTestJson(QStringLiteral("signing.json"))[u"cancelApproval"].toArray();
    for (const auto &entry : vectors) {
        const QJsonObject v = entry.toObject();
        const Run run = runWallet({QStringLiteral("sign-cancel"), QStringLiteral("--key"),
                                   v[u"privateKey"].toString(), QStringLiteral("--payment-id"),
                                   v[u"paymentId"].toString(), QStringLiteral("--purchase-id"),
                                   v[u"purchaseId"].toString(), QStringLiteral("--chain-id"),
                                   v[u"chainId"].toString(), QStringLiteral("--nonce"),
                                   v[u"nonce"].toString()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.endsWith(u'\n'));
        QCOMPARE(run.out.count(u'\n'), 1);
        const QJsonObject out = QJsonDocument::fromJson(run.out.toUtf8()).object();
        for (const char *field :
             {"signer", "abiEncoded", "messageHash", "eip191Digest", "signature"})
            QCOMPARE(out[QLatin1String(field)].toString(), v[QLatin1String(field)].toString());
        QCOMPARE(out.size(), 5);
    }
}

void TestWalletCli::signTerminalVectors()
{
    const QJsonArray vectors =
        loadTestJson(QStringLiteral("signing.json"))[u"kioskMessages"].toArray();
    for (const auto &entry : vectors) {
        const QJsonObject v = entry.toObject();
        QStringList args{QStringLiteral("sign-terminal"), QStringLiteral("--key"),
                         v[u"privateKey"].toString(), QStringLiteral("--payment-id"),
                         v[u"paymentId"].toString()};
        if (v[u"kind"].toString() == u"OpenCancelPayment")
            args << QStringLiteral("--open") << QStringLiteral("--terminal-id")
                 << v[u"terminalId"].toString();
        else
            args << QStringLiteral("--close") << QStringLiteral("--confirm")
                 << (v[u"confirm"].toBool() ? QStringLiteral("1") : QStringLiteral("0"));
        const Run run = runWallet(args);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject out = QJsonDocument::fromJson(run.out.toUtf8()).object();
        for (const char *field : {"signer", "abiEncoded", "messageHash", "signature"})
            QCOMPARE(out[QLatin1String(field)].toString(), v[QLatin1String(field)].toString());
    }
}

void TestWalletCli::recoverVectors()
{
    const QJsonObject data = loadTestJson(QStringLiteral("signing.json"));
    QJsonArray vectors = data[u"cancelApproval"].toArray();
    for (const auto &entry : data[u"kioskMessages"].toArray())
        vectors.append(entry);
    QCOMPARE(vectors.size(), 12);
    for (const auto &entry : std::as_const(vectors)) {
        const QJsonObject v = entry.toObject();
        const Run run = runWallet({QStringLiteral("recover"), QStringLiteral("--message-hash"),
                                   v[u"messageHash"].toString(), QStringLiteral("--signature"),
                                   v[u"signature"].toString()});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), v[u"signer"].toString());
    }
    // The ERC-4527 reference signature (over other data) recovers to some address, with v = 27.
    const QJsonObject ur = loadTestJson(QStringLiteral("erc4527.json"))[u"ethSignature"].toObject();
    const Run run = runWallet({QStringLiteral("recover"), QStringLiteral("--message-hash"),
                               QStringLiteral("0x") + QString(64, u'1'),
                               QStringLiteral("--signature"), ur[u"signature"].toString()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"0x"_qs));
}

void TestWalletCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named"); // the argument the message must name
    const QString hash =
        QStringLiteral("0x35d5e9f4c08d0fed5b119e1bb7ed1df3a7e9c223a42491d8c0e078afdbbe64ef");
    const QString sig =
        QStringLiteral("0x712e278c38f9372d020b38eb12a8d0314b40efec7166afaafcdc7f3cd27968927644af25a"
                       "bf7524b6cab9e37d965080f90a9ae4fa8e73e916a35a092d4bf7c8c1b");
    const QStringList cancel{QStringLiteral("sign-cancel"),
                             QStringLiteral("--key"),
                             kKey,
                             QStringLiteral("--payment-id"),
                             kPayment,
                             QStringLiteral("--purchase-id"),
                             QStringLiteral("P1"),
                             QStringLiteral("--chain-id"),
                             QStringLiteral("1"),
                             QStringLiteral("--nonce"),
                             QStringLiteral("0")};
    auto replaced = [&](const QString &option, const QString &value) {
        QStringList args = cancel;
        args[args.indexOf(option) + 1] = value;
        return args;
    };
    auto without = [&](const QString &option) {
        QStringList args = cancel;
        const auto at = args.indexOf(option);
        args.remove(at, 2);
        return args;
    };
    QTest::newRow("no command") << QStringList{} << "Usage";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("steal")} << "unknown command";
    QTest::newRow("address no key") << QStringList{QStringLiteral("address")} << "--key";
    QTest::newRow("address short key")
        << QStringList{QStringLiteral("address"), QStringLiteral("--key"), QStringLiteral("0x12")}
        << "--key";
    QTest::newRow("address missing key file")
        << QStringList{QStringLiteral("address"), QStringLiteral("--key"),
                       QStringLiteral("@/nonexistent/k")}
        << "--key";
    QTest::newRow("address key value missing")
        << QStringList{QStringLiteral("address"), QStringLiteral("--key")} << "--key";
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("address"), QStringLiteral("--kee"), kKey} << "kee";
    QTest::newRow("stray word") << QStringList{QStringLiteral("address"), kKey} << "unexpected";
    QTest::newRow("nonce negative")
        << replaced(QStringLiteral("--nonce"), QStringLiteral("-1")) << "--nonce";
    QTest::newRow("nonce overflow")
        << replaced(QStringLiteral("--nonce"), QString(80, u'9')) << "--nonce";
    QTest::newRow("nonce space") << replaced(QStringLiteral("--nonce"), QStringLiteral(" 1"))
                                 << "--nonce";
    QTest::newRow("chain id hex") << replaced(QStringLiteral("--chain-id"), QStringLiteral("0x1"))
                                  << "--chain-id";
    QTest::newRow("payment id short")
        << replaced(QStringLiteral("--payment-id"), kPayment.left(20)) << "--payment-id";
    QTest::newRow("payment id no prefix")
        << replaced(QStringLiteral("--payment-id"), kPayment.mid(2)) << "--payment-id";
    QTest::newRow("purchase id long")
        << replaced(QStringLiteral("--purchase-id"), QString(67, u'p')) << "--purchase-id";
    QTest::newRow("missing nonce") << without(QStringLiteral("--nonce")) << "--nonce";
    QTest::newRow("missing purchase id")
        << without(QStringLiteral("--purchase-id")) << "--purchase-id";
    QTest::newRow("terminal both") << QStringList{QStringLiteral("sign-terminal"),
                                                  QStringLiteral("--key"),
                                                  kKey,
                                                  QStringLiteral("--open"),
                                                  QStringLiteral("--close"),
                                                  QStringLiteral("--payment-id"),
                                                  kPayment}
                                   << "--open or --close";
    QTest::newRow("terminal neither")
        << QStringList{QStringLiteral("sign-terminal"), QStringLiteral("--key"), kKey,
                       QStringLiteral("--payment-id"), kPayment}
        << "--open or --close";
    QTest::newRow("terminal open no id")
        << QStringList{QStringLiteral("sign-terminal"), QStringLiteral("--key"),        kKey,
                       QStringLiteral("--open"),        QStringLiteral("--payment-id"), kPayment}
        << "--terminal-id";
    QTest::newRow("terminal confirm 2") << QStringList{QStringLiteral("sign-terminal"),
                                                       QStringLiteral("--key"),
                                                       kKey,
                                                       QStringLiteral("--close"),
                                                       QStringLiteral("--payment-id"),
                                                       kPayment,
                                                       QStringLiteral("--confirm"),
                                                       QStringLiteral("2")}
                                        << "--confirm";
    QTest::newRow("terminal confirm true")
        << QStringList{QStringLiteral("sign-terminal"), QStringLiteral("--key"),        kKey,
                       QStringLiteral("--close"),       QStringLiteral("--payment-id"), kPayment,
                       QStringLiteral("--confirm"),     QStringLiteral("true")}
        << "--confirm";
    QTest::newRow("terminal id long") << QStringList{QStringLiteral("sign-terminal"),
                                                     QStringLiteral("--key"),
                                                     kKey,
                                                     QStringLiteral("--open"),
                                                     QStringLiteral("--payment-id"),
                                                     kPayment,
                                                     QStringLiteral("--terminal-id"),
                                                     QString(67, u't')}
                                      << "--terminal-id";
    QTest::newRow("recover short sig")
        << QStringList{QStringLiteral("recover"), QStringLiteral("--message-hash"), hash,
                       QStringLiteral("--signature"), sig.left(100)}
        << "--signature";
    QTest::newRow("recover bad v")
        << QStringList{QStringLiteral("recover"), QStringLiteral("--message-hash"), hash,
                       QStringLiteral("--signature"), sig.left(130) + QStringLiteral("25")}
        << "--signature";
    QTest::newRow("recover high s")
        << QStringList{QStringLiteral("recover"), QStringLiteral("--message-hash"), hash,
                       QStringLiteral("--signature"),
                       sig.left(66) + QStringLiteral("f") + sig.mid(67)}
        << "--signature";
    QTest::newRow("recover hash short")
        << QStringList{QStringLiteral("recover"), QStringLiteral("--message-hash"), hash.left(40),
                       QStringLiteral("--signature"), sig}
        << "--message-hash";
    QTest::newRow("recover garbage")
        << QStringList{QStringLiteral("recover"), QStringLiteral("--message-hash"),
                       QString::fromUtf8("\xed\x95\x9c\xea\xb8\x80"), QStringLiteral("--signature"),
                       sig}
        << "--message-hash";
}

void TestWalletCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const Run run = runWallet(args);
    QVERIFY(run.exitCode != -2); // not crashed
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.contains(named), qPrintable(run.err));
    if (named != u"Usage")
        QCOMPARE(run.err.count(u'\n'), 1);
}

void TestWalletCli::keyNeverEchoed()
{
    const QString badKey = QStringLiteral("0x") + QString(63, u'7') + u'z';
    for (const QStringList &args :
         {QStringList{QStringLiteral("address"), QStringLiteral("--key"), badKey},
          QStringList{QStringLiteral("address"), badKey},
          QStringList{QStringLiteral("address"), QStringLiteral("--key"), kKey, kKey}}) {
        const Run run = runWallet(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.contains(QString(20, u'7')));
        QVERIFY(!run.err.contains(kKey.mid(2, 20)));
    }
    const Run ok =
        runWallet({QStringLiteral("sign-cancel"), QStringLiteral("--key"), kKey,
                   QStringLiteral("--payment-id"), kPayment, QStringLiteral("--purchase-id"),
                   QStringLiteral("P"), QStringLiteral("--chain-id"), QStringLiteral("1"),
                   QStringLiteral("--nonce"), QStringLiteral("0")});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(!ok.out.contains(kKey.mid(2, 20)));
}

void TestWalletCli::help()
{
    const Run run = runWallet({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"sign-cancel"_qs));
}

QTEST_GUILESS_MAIN(TestWalletCli)
#include "tst_walletcli.moc"

// SPDX-License-Identifier: MIT
// The staff PIN: its hash format, PBKDF2 against a published vector, the lockout, and the
// PIN staff set on the touchscreen taking over from kiosk.conf.
#include "common/clock.h"
#include "staff/staffpin.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using staff::PinGate;

namespace {
// Few iterations: the tests check behaviour, not cost.
constexpr int kFast = 1000;
} // namespace

class TestStaffPin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashThenVerify();
    void pbkdf2KnownAnswer_data();
    void pbkdf2KnownAnswer();
    void malformedHash_data();
    void malformedHash();
    void badPins_data();
    void badPins();
    void lockout();
    void notConfigured();
    void stateDirOverridesConfig();
};

void TestStaffPin::hashThenVerify()
{
    const auto hash = staff::hashPin(QStringLiteral("4821"), kFast);
    QVERIFY2(hash.ok(), qPrintable(hash.error()));
    const QStringList parts = hash->split(u'$');
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
    QCOMPARE(parts.at(1), QStringLiteral("1000"));
    QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), 16);
    QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), 32);

    QCOMPARE(staff::verifyPin(QStringLiteral("4821"), *hash).value(), true);
    QCOMPARE(staff::verifyPin(QStringLiteral("4822"), *hash).value(), false);
    QCOMPARE(staff::verifyPin(QStringLiteral("48210"), *hash).value(), false);
    QCOMPARE(staff::verifyPin(QStringLiteral("abcd"), *hash).value(), false);

    // A fresh salt each time: the same PIN never gives the same hash.
    const auto again = staff::hashPin(QStringLiteral("4821"), kFast);
    QVERIFY(again.ok());
    QVERIFY(*again != *hash);
    QCOMPARE(staff::verifyPin(QStringLiteral("4821"), *again).value(), true);

    // The default cost.
    const auto slow = staff::hashPin(QStringLiteral("123456789012"));
    QVERIFY(slow.ok());
    QVERIFY(slow->startsWith(u"pbkdf2-sha256$200000$"_qs));
    QCOMPARE(staff::verifyPin(QStringLiteral("123456789012"), *slow).value(), true);
}

void TestStaffPin::pbkdf2KnownAnswer_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<QByteArray>("expected");
    // RFC 7914 section 11 (the PBKDF2-HMAC-SHA256 vectors behind scrypt), and the widely
    // published SHA-256 counterparts of RFC 6070's inputs.
    QTest::newRow("rfc7914 passwd") << QByteArray("passwd") << QByteArray("salt") << 1
                                    << QByteArray("55ac046e56e3089fec1691c22544b605"
                                                  "f94185216dde0465e68b9d57c20dacbc"
                                                  "49ca9cccf179b645991664b39d77ef31"
                                                  "7c71b845b1e30bd509112041d3a19783");
    QTest::newRow("rfc7914 NaCl") << QByteArray("Password") << QByteArray("NaCl") << 80000
                                  << QByteArray("4ddcd8f60b98be21830cee5ef22701f9"
                                                "641a4418d04c0414aeff08876b34ab56"
                                                "a1d425a1225833549adb841b51c9b317"
                                                "6a272bdebba1d078478f62b397f33c8d");
    QTest::newRow("c=1") << QByteArray("password") << QByteArray("salt") << 1
                         << QByteArray("120fb6cffcf8b32c43e7225256c4f837"
                                       "a86548c92ccc35480805987cb70be17b");
    QTest::newRow("c=2") << QByteArray("password") << QByteArray("salt") << 2
                         << QByteArray("ae4d0c95af6b46d32d0adff928f06dd0"
                                       "2a303f8ef3c251dfd6e2d85a95474c43");
    QTest::newRow("c=4096") << QByteArray("password") << QByteArray("salt") << 4096
                            << QByteArray("c5e478d59288c841aa530db6845c4c8d"
                                          "962893a001ce4e11a4963873aa98134a");
}

void TestStaffPin::pbkdf2KnownAnswer()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(int, iterations);
    QFETCH(QByteArray, expected);
    QCOMPARE(staff::pbkdf2Sha256(password, salt, iterations, int(expected.size() / 2)).toHex(),
             expected);
}

void TestStaffPin::malformedHash_data()
{
    QTest::addColumn<QString>("encoded");
    QTest::addColumn<QString>("named");
    const QString salt = QString::fromLatin1(QByteArray(16, 'S').toBase64());
    const QString hash = QString::fromLatin1(QByteArray(32, 'H').toBase64());
    const auto encode = [](const QString &prefix, const QString &iterations, const QString &s,
                           const QString &h) {
        return QStringList{prefix, iterations, s, h}.join(u'$');
    };
    const QString prefix = QStringLiteral("pbkdf2-sha256");
    const QString thousand = QStringLiteral("1000");
    QTest::newRow("wrong prefix") << encode(QStringLiteral("pbkdf2-sha1"), thousand, salt, hash)
                                  << "pbkdf2-sha256$";
    QTest::newRow("bcrypt") << QStringLiteral("$2b$12$abcdefghijklmnopqrstuu") << "pbkdf2-sha256$";
    QTest::newRow("too few parts")
        << QString(prefix + u'$' + thousand + u'$' + salt) << "pbkdf2-sha256$";
    QTest::newRow("bad salt base64")
        << encode(prefix, thousand, QStringLiteral("!!not base64!!"), hash) << "salt";
    QTest::newRow("short salt") << encode(prefix, thousand,
                                          QString::fromLatin1(QByteArray(4, 'S').toBase64()), hash)
                                << "salt";
    QTest::newRow("bad hash base64")
        << encode(prefix, thousand, salt, QStringLiteral("%%%%")) << "hash";
    QTest::newRow("short hash") << encode(prefix, thousand, salt,
                                          QString::fromLatin1(QByteArray(20, 'H').toBase64()))
                                << "hash";
    QTest::newRow("iterations low")
        << encode(prefix, QStringLiteral("999"), salt, hash) << "iterations";
    QTest::newRow("iterations high")
        << encode(prefix, QStringLiteral("10000001"), salt, hash) << "iterations";
    QTest::newRow("iterations text")
        << encode(prefix, QStringLiteral("many"), salt, hash) << "iterations";
}

void TestStaffPin::malformedHash()
{
    QFETCH(QString, encoded);
    QFETCH(QString, named);
    const auto verified = staff::verifyPin(QStringLiteral("1234"), encoded);
    QVERIFY(!verified.ok());
    QVERIFY2(verified.error().contains(u"malformed"_qs), qPrintable(verified.error()));
    QVERIFY2(verified.error().contains(named), qPrintable(verified.error()));
    // Never stored, and a gate with it stays closed instead of counting wrong PINs.
    QTemporaryDir dir;
    QVERIFY(!staff::saveStaffPinHash(dir.path(), encoded).ok());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("malformed")));
    FakeClock clock;
    PinGate gate(encoded, &clock);
    QCOMPARE(gate.tryPin(QStringLiteral("1234")), PinGate::Outcome::NotConfigured);
}

void TestStaffPin::badPins_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("named");
    QTest::newRow("3 digits") << "123"
                              << "4 to 12 digits";
    QTest::newRow("13 digits") << "1234567890123"
                               << "4 to 12 digits";
    QTest::newRow("empty") << ""
                           << "4 to 12 digits";
    QTest::newRow("letters") << "12ab"
                             << "digits only";
    QTest::newRow("space") << "12 34"
                           << "digits only";
    QTest::newRow("arabic-indic digits")
        << QStringLiteral("\u0661\u0662\u0663\u0664") << "digits only";
}

void TestStaffPin::badPins()
{
    QFETCH(QString, pin);
    QFETCH(QString, named);
    const auto hash = staff::hashPin(pin, kFast);
    QVERIFY(!hash.ok());
    QVERIFY2(hash.error().contains(named), qPrintable(hash.error()));
}

void TestStaffPin::lockout()
{
    const QString hash = staff::hashPin(QStringLiteral("2580"), kFast).value();
    FakeClock clock(1'000'000);
    PinGate gate(hash, &clock);
    QSignalSpy lockouts(&gate, &PinGate::lockedOut);
    QVERIFY(gate.isConfigured());

    // A right PIN resets the count: 4 wrong, right, 4 wrong is no lockout.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(gate.tryPin(QStringLiteral("0000")), PinGate::Outcome::Wrong);
    QCOMPARE(gate.tryPin(QStringLiteral("2580")), PinGate::Outcome::Accepted);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(gate.tryPin(QStringLiteral("0000")), PinGate::Outcome::Wrong);
    QCOMPARE(gate.lockedSecondsLeft(), 0);

    // The 5th wrong PIN in a row locks for 60 s.
    QCOMPARE(gate.tryPin(QStringLiteral("0000")), PinGate::Outcome::LockedOut);
    QCOMPARE(lockouts.size(), 1);
    QCOMPARE(lockouts.at(0).at(0).toInt(), 60);
    QCOMPARE(gate.lockedSecondsLeft(), 60);
    // Even the right PIN is refused while locked.
    QCOMPARE(gate.tryPin(QStringLiteral("2580")), PinGate::Outcome::LockedOut);
    clock.advanceMs(59'500);
    QCOMPARE(gate.lockedSecondsLeft(), 1);
    QCOMPARE(gate.tryPin(QStringLiteral("2580")), PinGate::Outcome::LockedOut);
    clock.advanceMs(500);
    QCOMPARE(gate.lockedSecondsLeft(), 0);

    // The next lockout is twice as long.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(gate.tryPin(QStringLiteral("1111")), PinGate::Outcome::Wrong);
    QCOMPARE(gate.tryPin(QStringLiteral("1111")), PinGate::Outcome::LockedOut);
    QCOMPARE(gate.lockedSecondsLeft(), 120);
    QCOMPARE(lockouts.at(1).at(0).toInt(), 120);
    clock.advanceMs(120'000);
    QCOMPARE(gate.tryPin(QStringLiteral("2580")), PinGate::Outcome::Accepted);

    // After a right PIN the lockouts start at 60 s again; they double up to 15 min.
    const QList<int> expected{60, 120, 240, 480, 900, 900};
    for (const int seconds : expected) {
        for (int i = 0; i < 5; ++i)
            gate.tryPin(QStringLiteral("9999"));
        QCOMPARE(gate.lockedSecondsLeft(), seconds);
        clock.advanceMs(qint64(seconds) * 1000);
    }

    // A clock set back does not lengthen a lockout.
    for (int i = 0; i < 5; ++i)
        gate.tryPin(QStringLiteral("9999"));
    clock.advanceMs(-3'600'000);
    QCOMPARE(gate.lockedSecondsLeft(), 900);
}

void TestStaffPin::notConfigured()
{
    FakeClock clock;
    PinGate gate(QString(), &clock);
    QVERIFY(!gate.isConfigured());
    QCOMPARE(gate.tryPin(QStringLiteral("1234")), PinGate::Outcome::NotConfigured);
    gate.setHash(staff::hashPin(QStringLiteral("1234"), kFast).value());
    QVERIFY(gate.isConfigured());
    QCOMPARE(gate.tryPin(QStringLiteral("1234")), PinGate::Outcome::Accepted);
    gate.setHash(QString());
    QCOMPARE(gate.tryPin(QStringLiteral("1234")), PinGate::Outcome::NotConfigured);
}

void TestStaffPin::stateDirOverridesConfig()
{
    QTemporaryDir dir;
    const QString configured = staff::hashPin(QStringLiteral("1111"), kFast).value();
    const QString changed = staff::hashPin(QStringLiteral("2222"), kFast).value();

    QCOMPARE(staff::loadStaffPinHash(dir.path(), configured), configured);
    QCOMPARE(staff::loadStaffPinHash(QString(), configured), configured);

    const auto saved = staff::saveStaffPinHash(dir.path(), changed);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    const QFileInfo file(dir.filePath(QStringLiteral("staff-pin")));
    QVERIFY(file.exists());
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                   QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QCOMPARE(staff::loadStaffPinHash(dir.path(), configured), changed);
    QCOMPARE(staff::loadStaffPinHash(dir.path(), QString()), changed);

    FakeClock clock;
    PinGate gate(staff::loadStaffPinHash(dir.path(), configured), &clock);
    QCOMPARE(gate.tryPin(QStringLiteral("1111")), PinGate::Outcome::Wrong);
    QCOMPARE(gate.tryPin(QStringLiteral("2222")), PinGate::Outcome::Accepted);
}

QTEST_GUILESS_MAIN(TestStaffPin)
#include "tst_staffpin.moc"

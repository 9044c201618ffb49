// SPDX-License-Identifier: MIT
// The staff PIN: its hash formats (scrypt, and PBKDF2 still verified) against published
// vectors, 6+ digits for new PINs, where the hash is read from (and which files are refused),
// the lockout and its surviving a restart, and every attempt logged without the PIN.
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
constexpr staff::ScryptCost kFastScrypt{10, 8, 1};

// What the kiosk.staff category logged while alive.
class LogCapture
{
public:
    LogCapture()
    {
        s_messages.clear();
        s_previous = qInstallMessageHandler(&handler);
    }
    ~LogCapture() { qInstallMessageHandler(s_previous); }
    QStringList messages() const { return s_messages; }

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        if (context.category && QByteArrayView(context.category) == "kiosk.staff")
            s_messages << text;
        else if (s_previous)
            s_previous(type, context, text);
    }
    static inline QStringList s_messages;
    static inline QtMessageHandler s_previous = nullptr;
};

void writeFile(const QString &path, const QByteArray &content, QFileDevice::Permissions mode)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    QVERIFY(file.setPermissions(mode));
}
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
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
    void scryptHashThenVerify();
    void scryptKnownAnswer_data();
    void scryptKnownAnswer();
    void newPinsNeedSixDigits();
    void pinFileLocations();
    void changedPinIsSealedAtRest();
    void pinFileReadableByOthersIsRefused();
    void lockoutSurvivesRestart();
    void setupCodeHash();
    void setupCodeLocations();
    void setupCodeGateHasItsOwnLockout();
    void firstPinChosenWithSetupCode();
    void damagedLockoutFileLocks();
    void everyAttemptIsLogged();
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

    QCOMPARE(staff::verifyPin(QStringLiteral("4821"), *hash).value(), staff::PinCheck::Right);
    QCOMPARE(staff::verifyPin(QStringLiteral("4822"), *hash).value(), staff::PinCheck::Wrong);
    QCOMPARE(staff::verifyPin(QStringLiteral("48210"), *hash).value(), staff::PinCheck::Wrong);
    QCOMPARE(staff::verifyPin(QStringLiteral("abcd"), *hash).value(), staff::PinCheck::Wrong);

    // A fresh salt each time: the same PIN never gives the same hash.
    const auto again = staff::hashPin(QStringLiteral("4821"), kFast);
    QVERIFY(again.ok());
    QVERIFY(*again != *hash);
    QCOMPARE(staff::verifyPin(QStringLiteral("4821"), *again).value(), staff::PinCheck::Right);

    // The default hash is scrypt at its default cost.
    const auto slow = staff::hashPin(QStringLiteral("123456789012"));
    QVERIFY(slow.ok());
    QVERIFY2(slow->startsWith(u"scrypt$15$8$1$"_qs), qPrintable(*slow));
    QCOMPARE(staff::verifyPin(QStringLiteral("123456789012"), *slow).value(),
             staff::PinCheck::Right);
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
                                  << "scrypt$";
    QTest::newRow("bcrypt") << QStringLiteral("$2b$12$abcdefghijklmnopqrstuu") << "scrypt$";
    QTest::newRow("too few parts") << QString(prefix + u'$' + thousand + u'$' + salt) << "scrypt$";
    const auto scrypt = [&salt, &hash](const char *n, const char *r, const char *p) {
        return QStringList{QStringLiteral("scrypt"),
                           QLatin1String(n),
                           QLatin1String(r),
                           QLatin1String(p),
                           salt,
                           hash}
            .join(u'$');
    };
    QTest::newRow("scrypt N low") << scrypt("9", "8", "1") << "LOG2_N";
    QTest::newRow("scrypt N high (memory)") << scrypt("21", "8", "1") << "LOG2_N";
    QTest::newRow("scrypt r 0") << scrypt("15", "0", "1") << "LOG2_N";
    QTest::newRow("scrypt p high") << scrypt("15", "8", "17") << "LOG2_N";
    QTest::newRow("scrypt text") << scrypt("15", "x", "1") << "LOG2_N";
    QTest::newRow("scrypt short hash")
        << QStringList{QStringLiteral("scrypt$15$8$1"), salt,
                       QString::fromLatin1(QByteArray(20, 'H').toBase64())}
               .join(u'$')
        << "hash";
    QTest::newRow("scrypt missing part")
        << QStringList{QStringLiteral("scrypt$15$8"), salt, hash}.join(u'$') << "scrypt$";
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

void TestStaffPin::scryptHashThenVerify()
{
    const auto hash = staff::hashPin(QStringLiteral("482100"), kFastScrypt);
    QVERIFY2(hash.ok(), qPrintable(hash.error()));
    const QStringList parts = hash->split(u'$');
    QCOMPARE(parts.size(), 6);
    QCOMPARE(parts.mid(0, 4), (QStringList{u"scrypt"_qs, u"10"_qs, u"8"_qs, u"1"_qs}));
    QCOMPARE(QByteArray::fromBase64(parts.at(4).toLatin1()).size(), 16);
    QCOMPARE(QByteArray::fromBase64(parts.at(5).toLatin1()).size(), 32);
    QVERIFY(staff::checkPinHash(*hash).ok());

    QCOMPARE(staff::verifyPin(QStringLiteral("482100"), *hash).value(), staff::PinCheck::Right);
    QCOMPARE(staff::verifyPin(QStringLiteral("482101"), *hash).value(), staff::PinCheck::Wrong);
    QCOMPARE(staff::verifyPin(QStringLiteral("4821000"), *hash).value(), staff::PinCheck::Wrong);
    const auto again = staff::hashPin(QStringLiteral("482100"), kFastScrypt);
    QVERIFY(*again != *hash);
    QCOMPARE(staff::verifyPin(QStringLiteral("482100"), *again).value(), staff::PinCheck::Right);

    // A cost outside what a stored hash may say is refused when hashing too.
    QVERIFY(!staff::hashPin(QStringLiteral("482100"), staff::ScryptCost{21, 8, 1}).ok());
}

void TestStaffPin::scryptKnownAnswer_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("log2N");
    QTest::addColumn<int>("r");
    QTest::addColumn<int>("p");
    QTest::addColumn<QByteArray>("expected");
    // RFC 7914 section 12.
    QTest::newRow("rfc7914 empty") << QByteArray() << QByteArray() << 4 << 1 << 1
                                   << QByteArray("77d6576238657b203b19ca42c18a0497"
                                                 "f16b4844e3074ae8dfdffa3fede21442"
                                                 "fcd0069ded0948f8326a753a0fc81f17"
                                                 "e8d3e0fb2e0d3628cf35e20c38d18906");
    QTest::newRow("rfc7914 NaCl") << QByteArray("password") << QByteArray("NaCl") << 10 << 8 << 16
                                  << QByteArray("fdbabe1c9d3472007856e7190d01e9fe"
                                                "7c6ad7cbc8237830e77376634b373162"
                                                "2eaf30d92e22a3886ff109279d9830da"
                                                "c727afb94a83ee6d8360cbdfa2cc0640");
}

void TestStaffPin::scryptKnownAnswer()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(int, log2N);
    QFETCH(int, r);
    QFETCH(int, p);
    QFETCH(QByteArray, expected);
    QCOMPARE(staff::scrypt(password, salt, staff::ScryptCost{log2N, r, p}, int(expected.size() / 2))
                 .toHex(),
             expected);
}

void TestStaffPin::newPinsNeedSixDigits()
{
    for (const char *shortPin : {"1234", "12345"}) {
        const auto refused = staff::hashPin(QString::fromLatin1(shortPin), kFastScrypt);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"6 to 12 digits"_qs), qPrintable(refused.error()));
    }
    QVERIFY(staff::hashPin(QStringLiteral("123456"), kFastScrypt).ok());
    QVERIFY(!staff::hashPin(QStringLiteral("1234567890123"), kFastScrypt).ok());
    QVERIFY(!staff::hashPin(QStringLiteral("12345a"), kFastScrypt).ok());

    // A 4-digit PIN set up before (PBKDF2) still opens staff mode until it is changed.
    const QString old = staff::hashPin(QStringLiteral("2580"), kFast).value();
    FakeClock clock;
    PinGate gate(old, &clock);
    QCOMPARE(gate.tryPin(QStringLiteral("2580")), PinGate::Outcome::Accepted);
}

void TestStaffPin::pinFileLocations()
{
    QTemporaryDir state, credentials, etc;
    const staff::PinLocations where{state.path(), credentials.path(),
                                    etc.filePath(QStringLiteral("staff-pin")), QString(),
                                    QString()};
    const QString configured = staff::hashPin(QStringLiteral("1111"), kFast).value();
    const QString system = staff::hashPin(QStringLiteral("222222"), kFastScrypt).value();
    const QString credential = staff::hashPin(QStringLiteral("333333"), kFastScrypt).value();
    const QString changed = staff::hashPin(QStringLiteral("444444"), kFastScrypt).value();

    // Nothing anywhere: staff mode closed, nothing to complain about.
    auto found = staff::findStaffPinHash(where, QString());
    QVERIFY(found.hash.isEmpty());
    QVERIFY(found.refusals.isEmpty());

    // Only kiosk.conf: used, with a warning that says where it belongs.
    found = staff::findStaffPinHash(where, configured);
    QCOMPARE(found.hash, configured);
    QCOMPARE(found.origin, u"kiosk.conf"_qs);
    QCOMPARE(found.refusals.size(), 1);
    QVERIFY2(found.refusals.first().contains(where.systemFile), qPrintable(found.refusals.first()));

    // The /etc file wins over kiosk.conf; the line pin-hash prints and the bare hash both work.
    writeFile(where.systemFile, "pin_hash = " + system.toLatin1() + "\n", kOwnerOnly);
    found = staff::findStaffPinHash(where, configured);
    QCOMPARE(found.hash, system);
    QCOMPARE(found.origin, where.systemFile);
    QVERIFY(found.refusals.isEmpty());
    writeFile(where.systemFile, system.toLatin1() + "\n", kOwnerOnly);
    QCOMPARE(staff::findStaffPinHash(where, configured).hash, system);

    // systemd's credential wins over reading /etc directly.
    writeFile(credentials.filePath(QStringLiteral("staff-pin")), credential.toLatin1() + "\n",
              QFileDevice::ReadOwner);
    QCOMPARE(staff::findStaffPinHash(where, configured).hash, credential);

    // A PIN staff changed on the screen wins over all of them.
    QVERIFY(staff::saveStaffPinHash(where, changed).ok());
    found = staff::findStaffPinHash(where, configured);
    QCOMPARE(found.hash, changed);
    QCOMPARE(found.origin, state.filePath(QStringLiteral("staff-pin")));

    // An empty file is no PIN there: the next place is asked.
    writeFile(state.filePath(QStringLiteral("staff-pin")), "", kOwnerOnly);
    QCOMPARE(staff::findStaffPinHash(where, configured).hash, credential);

    FakeClock clock;
    PinGate gate(staff::findStaffPinHash(where, configured).hash, &clock);
    QCOMPARE(gate.tryPin(QStringLiteral("333333")), PinGate::Outcome::Accepted);
}

void TestStaffPin::changedPinIsSealedAtRest()
{
    QTemporaryDir state, credentials;
    const staff::PinLocations where{state.path(), credentials.path(), QString(), QString(),
                                    QString()};
    const QString changed = staff::hashPin(QStringLiteral("444444"), kFastScrypt).value();
    QVERIFY(staff::saveStaffPinHash(where, changed).ok());

    // On disk: neither the hash nor its salt, only the sealed value; the machine key beside it
    // (no other key configured here) is owner-only.
    QFile file(state.filePath(QStringLiteral("staff-pin")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll();
    QVERIFY2(onDisk.startsWith("sealed-v1$"), onDisk.constData());
    QVERIFY(!onDisk.contains(changed.section(u'$', 4, 4).toLatin1()));
    QVERIFY(!onDisk.contains("scrypt"));
    const QFileInfo key(state.filePath(QStringLiteral("machine-key")));
    QVERIFY(key.exists());
    QCOMPARE(key.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QCOMPARE(staff::findStaffPinHash(where, QString()).hash, changed);

    // The state directory copied to another machine (another key): staff mode stays closed and
    // says why, rather than opening with something else.
    QVERIFY(QFile::remove(key.filePath()));
    writeFile(credentials.filePath(QStringLiteral("machine-key")),
              QByteArray(32, '\x5a').toBase64() + "\n", QFileDevice::ReadOwner);
    auto found = staff::findStaffPinHash(where, QString());
    QVERIFY(found.hash.isEmpty());
    QCOMPARE(found.refusals.size(), 1);
    QVERIFY2(found.refusals.first().contains(u"cannot be opened"_qs),
             qPrintable(found.refusals.first()));

    // A key others can read is refused, never used.
    QVERIFY(QFile::setPermissions(credentials.filePath(QStringLiteral("machine-key")),
                                  QFileDevice::ReadOwner | QFileDevice::ReadOther));
    found = staff::findStaffPinHash(where, QString());
    QVERIFY(found.hash.isEmpty());
    QVERIFY2(found.refusals.first().contains(u"chmod 600"_qs), qPrintable(found.refusals.first()));

    // A hash written before sealing (a plain line) still opens staff mode.
    writeFile(state.filePath(QStringLiteral("staff-pin")), changed.toLatin1() + "\n", kOwnerOnly);
    QCOMPARE(staff::findStaffPinHash(where, QString()).hash, changed);
}

void TestStaffPin::pinFileReadableByOthersIsRefused()
{
    QTemporaryDir state, etc;
    const staff::PinLocations where{
        state.path(), QString(), etc.filePath(QStringLiteral("staff-pin")), QString(), QString()};
    const QString configured = staff::hashPin(QStringLiteral("1111"), kFast).value();
    const QString system = staff::hashPin(QStringLiteral("222222"), kFastScrypt).value();
    writeFile(where.systemFile, system.toLatin1() + "\n",
              kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther);

    // Refused with the fix, and not replaced by kiosk.conf's weaker copy: staff mode closed.
    auto found = staff::findStaffPinHash(where, configured);
    QVERIFY(found.hash.isEmpty());
    QCOMPARE(found.refusals.size(), 1);
    QVERIFY2(found.refusals.first().contains(u"chmod 600 "_qs + where.systemFile),
             qPrintable(found.refusals.first()));

    // Group-readable is refused too; the chmod fixes it.
    QVERIFY(QFile::setPermissions(where.systemFile, kOwnerOnly | QFileDevice::ReadGroup));
    QVERIFY(staff::findStaffPinHash(where, configured).hash.isEmpty());
    QVERIFY(QFile::setPermissions(where.systemFile, kOwnerOnly));
    QCOMPARE(staff::findStaffPinHash(where, configured).hash, system);
}

void TestStaffPin::lockoutSurvivesRestart()
{
    QTemporaryDir state;
    const QString path = PinGate::lockoutFilePath(state.path());
    const QString hash = staff::hashPin(QStringLiteral("258000"), kFastScrypt).value();
    FakeClock clock(5'000'000);
    {
        PinGate gate(hash, &clock);
        gate.persistTo(path);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(gate.tryPin(QStringLiteral("000000")), PinGate::Outcome::Wrong);
    }
    QVERIFY(QFile::exists(path));
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                              QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    {
        // Restarted: the count goes on, 2 more wrong PINs lock.
        PinGate gate(hash, &clock);
        gate.persistTo(path);
        QCOMPARE(gate.tryPin(QStringLiteral("000000")), PinGate::Outcome::Wrong);
        QCOMPARE(gate.tryPin(QStringLiteral("000000")), PinGate::Outcome::LockedOut);
        QCOMPARE(gate.lockedSecondsLeft(), 60);
    }
    clock.advanceMs(20'000);
    {
        // Restarted during the lockout: still locked, for what is left of it.
        PinGate gate(hash, &clock);
        gate.persistTo(path);
        QCOMPARE(gate.lockedSecondsLeft(), 40);
        QCOMPARE(gate.tryPin(QStringLiteral("258000")), PinGate::Outcome::LockedOut);
        clock.advanceMs(40'000);
        // And the next lockout is still twice as long.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(gate.tryPin(QStringLiteral("000000")), PinGate::Outcome::Wrong);
        QCOMPARE(gate.tryPin(QStringLiteral("000000")), PinGate::Outcome::LockedOut);
        QCOMPARE(gate.lockedSecondsLeft(), 120);
        clock.advanceMs(120'000);
        QCOMPARE(gate.tryPin(QStringLiteral("258000")), PinGate::Outcome::Accepted);
    }
    {
        // The right PIN cleared it for the next start too.
        PinGate gate(hash, &clock);
        gate.persistTo(path);
        QCOMPARE(gate.lockedSecondsLeft(), 0);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(gate.tryPin(QStringLiteral("000000")), PinGate::Outcome::Wrong);
    }
}

void TestStaffPin::damagedLockoutFileLocks()
{
    QTemporaryDir state;
    const QString path = PinGate::lockoutFilePath(state.path());
    const QString hash = staff::hashPin(QStringLiteral("258000"), kFastScrypt).value();
    FakeClock clock(5'000'000);
    for (const QByteArray &damaged :
         {QByteArray("not json"), QByteArray(R"({"wrongInARow":-1})"),
          QByteArray(
              R"({"wrongInARow":0,"lockouts":0,"lockedUntilMs":0,"lockDurationMs":99999999})")}) {
        writeFile(path, damaged, kOwnerOnly);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("damaged")));
        PinGate gate(hash, &clock);
        gate.persistTo(path);
        QCOMPARE(gate.lockedSecondsLeft(), 60);
        QCOMPARE(gate.tryPin(QStringLiteral("258000")), PinGate::Outcome::LockedOut);
    }
}

void TestStaffPin::everyAttemptIsLogged()
{
    const QString hash = staff::hashPin(QStringLiteral("975310"), kFastScrypt).value();
    FakeClock clock;
    LogCapture log;
    PinGate gate(hash, &clock);
    QCOMPARE(gate.tryPin(QStringLiteral("975310")), PinGate::Outcome::Accepted);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(gate.tryPin(QStringLiteral("864200")), PinGate::Outcome::Wrong);
    QCOMPARE(gate.tryPin(QStringLiteral("864200")), PinGate::Outcome::LockedOut);
    QCOMPARE(gate.tryPin(QStringLiteral("975310")), PinGate::Outcome::LockedOut);
    gate.setHash(QString());
    clock.advanceMs(60'000);
    QCOMPARE(gate.tryPin(QStringLiteral("975310")), PinGate::Outcome::NotConfigured);

    const QStringList messages = log.messages();
    QCOMPARE(messages.size(), 8);
    QVERIFY(messages.at(0).contains(u"accepted"_qs));
    QVERIFY(messages.at(1).contains(u"wrong staff PIN: 1 of 5"_qs));
    QVERIFY(messages.at(5).contains(u"locked for 60 s"_qs));
    QVERIFY(messages.at(6).contains(u"refused: locked out"_qs));
    QCOMPARE(messages.at(7), u"staff PIN attempt refused: none is set up on this kiosk"_qs);
    for (const QString &message : messages) {
        QVERIFY2(!message.contains(u"975310"_qs) && !message.contains(u"864200"_qs),
                 qPrintable(message));
    }
}

void TestStaffPin::setupCodeHash()
{
    // 8 to 16 digits; the hash has the PIN's format and verifies the same way.
    const QString hash = staff::hashSetupCode(QStringLiteral("90817263"), kFastScrypt).value();
    QVERIFY2(hash.startsWith(u"scrypt$10$8$1$"_qs), qPrintable(hash));
    QCOMPARE(staff::verifyPin(QStringLiteral("90817263"), hash).value(), staff::PinCheck::Right);
    QCOMPARE(staff::verifyPin(QStringLiteral("90817264"), hash).value(), staff::PinCheck::Wrong);
    const QString longest =
        staff::hashSetupCode(QStringLiteral("1234567890123456"), kFastScrypt).value();
    QCOMPARE(staff::verifyPin(QStringLiteral("1234567890123456"), longest).value(),
             staff::PinCheck::Right);
    for (const QString &bad : {u"1234567"_qs, u"12345678901234567"_qs, u"1234567a"_qs, u""_qs}) {
        const auto refused = staff::hashSetupCode(bad, kFastScrypt);
        QVERIFY2(!refused.ok(), qPrintable(bad));
        QCOMPARE(refused.error(), u"the set-up code must be 8 to 16 digits (0 to 9)"_qs);
    }
}

void TestStaffPin::setupCodeLocations()
{
    QTemporaryDir state, credentials, etc;
    staff::PinLocations where{state.path(), credentials.path(),
                              etc.filePath(QStringLiteral("staff-pin")), QString(),
                              etc.filePath(QStringLiteral("setup-code"))};
    const QString system = staff::hashSetupCode(QStringLiteral("11112222"), kFastScrypt).value();
    const QString credential =
        staff::hashSetupCode(QStringLiteral("33334444"), kFastScrypt).value();

    // None, or the empty file the package installs: no set-up code.
    QVERIFY(staff::findSetupCodeHash(where).hash.isEmpty());
    writeFile(where.setupCodeFile, "", kOwnerOnly);
    auto found = staff::findSetupCodeHash(where);
    QVERIFY(found.hash.isEmpty());
    QVERIFY(found.refusals.isEmpty());

    // The /etc file read directly; systemd's credential wins over it.
    writeFile(where.setupCodeFile, system.toLatin1() + "\n", kOwnerOnly);
    found = staff::findSetupCodeHash(where);
    QCOMPARE(found.hash, system);
    QCOMPARE(found.origin, where.setupCodeFile);
    writeFile(credentials.filePath(QStringLiteral("setup-code")), credential.toLatin1() + "\n",
              QFileDevice::ReadOwner);
    QCOMPARE(staff::findSetupCodeHash(where).hash, credential);

    // Never from the staff PIN's places, nor the PIN's from the set-up code's.
    where.credentialsDir.clear();
    QCOMPARE(staff::findStaffPinHash(where, QString()).hash, QString());

    // Readable by others, or not a hash at all: refused, and nothing else is used instead.
    writeFile(where.setupCodeFile, system.toLatin1() + "\n", kOwnerOnly | QFileDevice::ReadOther);
    found = staff::findSetupCodeHash(where);
    QVERIFY(found.hash.isEmpty());
    QCOMPARE(found.refusals,
             QStringList{u"%1 can be read or changed by other users than the kiosk's: fix it "
                         "with: chmod 600 %1"_qs.arg(where.setupCodeFile)});
    writeFile(where.setupCodeFile, "12345678\n", kOwnerOnly); // the code itself, not its hash
    found = staff::findSetupCodeHash(where);
    QVERIFY(found.hash.isEmpty());
    QCOMPARE(found.refusals.size(), 1);
    QVERIFY2(found.refusals.first().startsWith(where.setupCodeFile + u": the stored staff PIN "
                                                                     "hash is malformed"_qs),
             qPrintable(found.refusals.first()));
}

void TestStaffPin::setupCodeGateHasItsOwnLockout()
{
    QTemporaryDir state;
    const QString code = staff::hashSetupCode(QStringLiteral("55556666"), kFastScrypt).value();
    const QString pinLockout = PinGate::lockoutFilePath(state.path());
    const QString codeLockout = PinGate::lockoutFilePath(state.path(), PinGate::Secret::SetupCode);
    QCOMPARE(codeLockout, state.filePath(QStringLiteral("setup-code-lockout")));
    FakeClock clock;
    LogCapture log;
    {
        PinGate gate(code, &clock, nullptr, PinGate::Secret::SetupCode);
        gate.persistTo(codeLockout);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(gate.tryPin(QStringLiteral("55556667")), PinGate::Outcome::Wrong);
        QCOMPARE(gate.tryPin(QStringLiteral("55556667")), PinGate::Outcome::LockedOut);
    }
    QVERIFY(QFileInfo::exists(codeLockout));
    QVERIFY(!QFileInfo::exists(pinLockout));
    // Restarting the kiosk does not end the lockout.
    PinGate again(code, &clock, nullptr, PinGate::Secret::SetupCode);
    again.persistTo(codeLockout);
    QCOMPARE(again.tryPin(QStringLiteral("55556666")), PinGate::Outcome::LockedOut);
    clock.advanceMs(60'000);
    QCOMPARE(again.tryPin(QStringLiteral("55556666")), PinGate::Outcome::Accepted);
    const QStringList messages = log.messages();
    QVERIFY2(messages.first().startsWith(u"wrong set-up code: 1 of 5"_qs),
             qPrintable(messages.first()));
    QCOMPARE(messages.last(), u"set-up code accepted: choosing a staff PIN"_qs);
}

void TestStaffPin::firstPinChosenWithSetupCode()
{
    QTemporaryDir state, credentials;
    const staff::PinLocations where{state.path(), credentials.path(), QString(), QString(),
                                    QString()};
    // Too short for a new PIN: nothing saved.
    const auto refused = staff::saveNewStaffPin(where, QStringLiteral("12345"));
    QCOMPARE(refused.error(), u"the PIN must be 6 to 12 digits long"_qs);
    QVERIFY(!QFileInfo::exists(state.filePath(QStringLiteral("staff-pin"))));

    const auto chosen = staff::saveNewStaffPin(where, QStringLiteral("246813"));
    QVERIFY2(chosen.ok(), qPrintable(chosen.error()));
    // Found as the staff PIN from now on, sealed at rest like a PIN changed on the screen.
    const auto found = staff::findStaffPinHash(where, QString());
    QCOMPARE(found.hash, chosen.value());
    QCOMPARE(found.origin, state.filePath(QStringLiteral("staff-pin")));
    FakeClock clock;
    PinGate gate(found.hash, &clock);
    QCOMPARE(gate.tryPin(QStringLiteral("246813")), PinGate::Outcome::Accepted);
}

QTEST_GUILESS_MAIN(TestStaffPin)
#include "tst_staffpin.moc"

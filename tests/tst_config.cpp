// SPDX-License-Identifier: MIT
// The shipped sample configuration parses as documented, and bad values are named.
#include "config/kioskconfig.h"
#include "config/secretseal.h"
#include "demokeys.h"
#include "relay/relaysettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace kiosk;

class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedSampleParses();
    void shippedSampleHasEveryKey();
    void badValuesAreNamed_data();
    void badValuesAreNamed();
    void missingFile();
    void uiAndStaffKeys();
    void valuesWithCommasAreKept();
    void overridesRoundTrip();
    void overridesBadValue_data();
    void overridesBadValue();
    void overridesMissingFile();
    void overridesNeverHoldSecrets();
    void overridesKeepOnlyWhatStaffChanged();
    void secretsReadableByAllAreRefused();
    void sealedSecretsAreBoundToKeyAndPurpose();
    void credentialsReplaceTheFilesSecrets();
    void dropInsInNameOrder();
    void dropInLeftoversAreNotRead();
    void dropInErrorNamesTheFile_data();
    void dropInErrorNamesTheFile();
    void overridesCompareWithDropIns();
    void unreadableDropInFolder();
};

namespace {
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(content);
    return file.fileName();
}
} // namespace

void TestConfig::shippedSampleParses()
{
    const auto config =
        config::KioskConfig::load(QStringLiteral(KIOSK_SOURCE_DIR "/packaging/kiosk.conf"), true);
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QVERIFY(config->relayUrl.isEmpty());
    QCOMPARE(config->demo, false); // never a demo by accident
    QCOMPARE(config->api, relay::ApiVersion::V2);
    // The file says its values are the defaults except [terminal] id and key (examples).
    const config::KioskConfig defaults;
    QCOMPARE(config->terminalId, QStringLiteral("KIOSK0001"));
    QCOMPARE(config->terminalKey, u"@/etc/loyalty-kiosk/terminal.key"_qs);
    QCOMPARE(config->timeoutMs, defaults.timeoutMs);
    QCOMPARE(config->getRetries, defaults.getRetries);
    QCOMPARE(config->allowInsecureHttp, defaults.allowInsecureHttp);
    QCOMPARE(config->pinSha256, defaults.pinSha256);
    QCOMPARE(config->callbackListen, defaults.callbackListen);
    QCOMPARE(config->scan.sources, defaults.scan.sources);
    QCOMPARE(config->approver, relay::Approver::Customer);
    QCOMPARE(config->paymentTimeoutSeconds, 45);
    QCOMPARE(config->historyRetentionDays, 90);
    QCOMPARE(config->scan.sources,
             QStringList({QStringLiteral("camera"), QStringLiteral("wedge")}));
    QCOMPARE(config->scan.wedge.maxKeyGapMs, 30);
    QCOMPARE(config->language, QStringLiteral("ko"));
    QCOMPARE(config->fullScreen, true);
    QCOMPARE(config->idleSeconds, 60);
    QCOMPARE(config->idleWarningSeconds, 20);
    QCOMPARE(config->screenDpi, 0.0);
    QCOMPARE(config->largeText, false);
    QCOMPARE(config->highContrast, false);
    QCOMPARE(config->lowPosition, false);
    QCOMPARE(config->speech, true);
    QVERIFY(config->staffPinHash.isEmpty());
}

// The shipped kiosk.conf documents every key the kiosk reads, and reads every key it documents:
// a key missing from configKeys() would be shown as unknown by `config --effective` and never
// kept by staff settings.
void TestConfig::shippedSampleHasEveryKey()
{
    QSettings sample(QStringLiteral(KIOSK_SOURCE_DIR "/packaging/kiosk.conf"),
                     QSettings::IniFormat);
    QStringList shipped = sample.allKeys();
    QStringList known;
    for (const config::ConfigKey &key : config::configKeys())
        known << QString::fromLatin1(key.key);
    shipped.sort();
    known.sort();
    QCOMPARE(shipped, known);
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
    QTest::newRow("busy poll") << QByteArray("[events]\npoll_seconds = 0\n")
                               << "events/poll_seconds";
    QTest::newRow("idle poll") << QByteArray("[events]\nidle_poll_seconds = 1\n")
                               << "events/idle_poll_seconds";
    QTest::newRow("callback key file")
        << QByteArray("[events]\ncallback_key = @/nonexistent/key\n") << "callback_key";
    QTest::newRow("language") << QByteArray("[ui]\nlanguage = fr\n") << "ui/language";
    QTest::newRow("mode") << QByteArray("[kiosk]\nmode = showroom\n") << "kiosk/mode";
    QTest::newRow("full screen") << QByteArray("[ui]\nfull_screen = kiosk\n") << "ui/full_screen";
    QTest::newRow("idle short") << QByteArray("[ui]\nidle_seconds = 14\n") << "ui/idle_seconds";
    QTest::newRow("idle long") << QByteArray("[ui]\nidle_seconds = 3601\n") << "ui/idle_seconds";
    // Less than 20 s to answer "are you still there?" is refused (accessibility).
    QTest::newRow("idle warning short")
        << QByteArray("[ui]\nidle_warning_seconds = 19\n") << "ui/idle_warning_seconds";
    QTest::newRow("idle warning long")
        << QByteArray("[ui]\nidle_warning_seconds = 301\n") << "ui/idle_warning_seconds";
    QTest::newRow("dpi low") << QByteArray("[ui]\nscreen_dpi = 49\n") << "ui/screen_dpi";
    QTest::newRow("dpi high") << QByteArray("[ui]\nscreen_dpi = 1001\n") << "ui/screen_dpi";
    QTest::newRow("dpi text") << QByteArray("[ui]\nscreen_dpi = retina\n") << "ui/screen_dpi";
    QTest::newRow("large text") << QByteArray("[ui]\nlarge_text = huge\n") << "ui/large_text";
    QTest::newRow("high contrast") << QByteArray("[ui]\nhigh_contrast = 2\n") << "ui/high_contrast";
    QTest::newRow("low position") << QByteArray("[ui]\nlow_position = down\n") << "ui/low_position";
    QTest::newRow("speech") << QByteArray("[ui]\nspeech = loud\n") << "ui/speech";
    QTest::newRow("pin hash file")
        << QByteArray("[staff]\npin_hash = @/nonexistent/pin\n") << "staff/pin_hash";
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

void TestConfig::uiAndStaffKeys()
{
    QTemporaryDir dir;
    const QByteArray hash = "pbkdf2-sha256$200000$q+/AbCdEfGhIjKlMnOpQrA==$"
                            "Zm9v/+Zm9vZm9vZm9vZm9vZm9vZm9vZm9vZm9vZm9vZm8=";
    const QString hashFile = writeFile(dir, QStringLiteral("pin"), hash + '\n');
    const QString path = writeFile(
        dir, QStringLiteral("kiosk.conf"),
        "[kiosk]\nmode = Demo\n[ui]\nlanguage = EN\nfull_screen = false\nidle_seconds = 90\n"
        "idle_warning_seconds = 30\nscreen_dpi = 141.5\nlarge_text = yes\n"
        "high_contrast = 1\nlow_position = true\nspeech = no\n"
        "[staff]\npin_hash = " +
            hash + "\n");
    const auto config = config::KioskConfig::load(path, true);
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->demo, true);
    QCOMPARE(config->language, QStringLiteral("en"));
    QCOMPARE(config->fullScreen, false);
    QCOMPARE(config->idleSeconds, 90);
    QCOMPARE(config->idleWarningSeconds, 30);
    QCOMPARE(config->screenDpi, 141.5);
    QCOMPARE(config->largeText, true);
    QCOMPARE(config->highContrast, true);
    QCOMPARE(config->lowPosition, true);
    QCOMPARE(config->speech, false);
    QCOMPARE(config->staffPinHash, QString::fromLatin1(hash));

    // "@path" reads the hash from a file, like the other secrets (private to the kiosk, as
    // every secret file must be); 0 asks the screen.
    QVERIFY(QFile::setPermissions(hashFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QString fromFile =
        writeFile(dir, QStringLiteral("kiosk2.conf"),
                  "[ui]\nscreen_dpi = 0\n[staff]\npin_hash = @" + hashFile.toUtf8() + "\n");
    const auto second = config::KioskConfig::load(fromFile, true);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(second->staffPinHash, QString::fromLatin1(hash));
    QCOMPARE(second->screenDpi, 0.0);
}

void TestConfig::valuesWithCommasAreKept()
{
    // QSettings reads an unquoted "A, B" as a list: two pins (a key rotation) were silently
    // read as none, so pinning was off without a word.
    QTemporaryDir dir;
    const QByteArray pinA = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
    const QByteArray pinB = "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=";
    const QString path = writeFile(dir, QStringLiteral("kiosk.conf"),
                                   "[relay]\nurl = https://relay.example\npin_sha256 = " + pinA +
                                       ", " + pinB + "\n[terminal]\nid = SHOP 1, DOOR 2\n");
    const auto config = config::KioskConfig::load(path, true);
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->pinSha256, QString::fromLatin1(pinA + ", " + pinB));
    QCOMPARE(config->terminalId, u"SHOP 1, DOOR 2"_qs);
    const auto pins = relay::RelaySettings::parsePins(config->pinSha256);
    QVERIFY2(pins.ok(), qPrintable(pins.error()));
    QCOMPARE(pins->size(), 2);
}

void TestConfig::overridesRoundTrip()
{
    QTemporaryDir dir;
    const QString base = QStringLiteral(KIOSK_SOURCE_DIR "/packaging/kiosk.conf");
    auto edited = config::KioskConfig::load(base, true).value();
    edited.relayUrl = QStringLiteral("https://relay.example.com/api");
    edited.api = relay::ApiVersion::V1;
    edited.terminalId = QStringLiteral("KIOSK-7; front door");
    edited.approver = relay::Approver::Shop;
    edited.paymentTimeoutSeconds = 90;
    edited.scan.sources = {QStringLiteral("serial"), QStringLiteral("camera")};
    edited.scan.camera.camera = QStringLiteral("HD Webcam, rear \"USB\"");
    edited.scan.serial.portName = QStringLiteral("/dev/ttyACM1");
    edited.language = QStringLiteral("en");
    edited.idleSeconds = 120;
    edited.idleWarningSeconds = 45;
    edited.largeText = true;
    edited.highContrast = true;
    edited.lowPosition = true;
    edited.speech = false;

    const QString path = config::KioskConfig::overridesPath(dir.path());
    QCOMPARE(path, dir.path() + QStringLiteral("/settings.conf"));
    const auto saved = edited.saveOverrides(path);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(QFileInfo(path).permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                  QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther),
             QFileDevice::Permissions());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("settings.conf")});

    auto loaded = config::KioskConfig::load(base, true).value();
    const auto applied = loaded.applyOverrides(path);
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    QCOMPARE(loaded.relayUrl, edited.relayUrl);
    QCOMPARE(loaded.api, edited.api);
    QCOMPARE(loaded.terminalId, edited.terminalId);
    QCOMPARE(loaded.approver, edited.approver);
    QCOMPARE(loaded.paymentTimeoutSeconds, edited.paymentTimeoutSeconds);
    QCOMPARE(loaded.scan.sources, edited.scan.sources);
    QCOMPARE(loaded.scan.camera.camera, edited.scan.camera.camera);
    QCOMPARE(loaded.scan.serial.portName, edited.scan.serial.portName);
    QCOMPARE(loaded.language, edited.language);
    QCOMPARE(loaded.idleSeconds, edited.idleSeconds);
    QCOMPARE(loaded.idleWarningSeconds, edited.idleWarningSeconds);
    QCOMPARE(loaded.largeText, edited.largeText);
    QCOMPARE(loaded.highContrast, edited.highContrast);
    QCOMPARE(loaded.lowPosition, edited.lowPosition);
    QCOMPARE(loaded.speech, edited.speech);
    // What staff cannot edit still comes from the configuration file.
    QCOMPARE(loaded.sourcePath, base);
    QCOMPARE(loaded.terminalKey, QStringLiteral("@/etc/loyalty-kiosk/terminal.key"));
    QCOMPARE(loaded.scan.wedge.maxKeyGapMs, 30);
    QCOMPARE(loaded.timeoutMs, 10000);

    // Saving again replaces the file (no stale keys, no leftovers).
    edited.scan.sources = {QStringLiteral("wedge")};
    edited.scan.serial.portName.clear();
    QVERIFY(edited.saveOverrides(path).ok());
    auto reloaded = config::KioskConfig::load(base, true).value();
    QVERIFY(reloaded.applyOverrides(path).ok());
    QCOMPARE(reloaded.scan.sources, QStringList{QStringLiteral("wedge")});
    QVERIFY(reloaded.scan.serial.portName.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("settings.conf")});
}

void TestConfig::overridesBadValue_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QString>("named");
    QTest::newRow("idle warning") << QByteArray(
                                         "[ui]\nlarge_text = true\nidle_warning_seconds = 10\n")
                                  << "ui/idle_warning_seconds";
    QTest::newRow("language") << QByteArray("[ui]\nlarge_text = true\nlanguage = de\n")
                              << "ui/language";
    QTest::newRow("api") << QByteArray("[ui]\nlarge_text = true\n[relay]\napi = v9\n")
                         << "relay/api";
    QTest::newRow("window")
        << QByteArray("[ui]\nlarge_text = true\n[approval]\npayment_timeout_seconds = 0\n")
        << "payment_timeout_seconds";
    QTest::newRow("serial without port")
        << QByteArray("[ui]\nlarge_text = true\n[scan]\nsources = serial\n") << "serial_port";
}

void TestConfig::overridesBadValue()
{
    QFETCH(QByteArray, ini);
    QFETCH(QString, named);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("settings.conf"), ini);
    auto config =
        config::KioskConfig::load(QStringLiteral(KIOSK_SOURCE_DIR "/packaging/kiosk.conf"), true)
            .value();
    const auto applied = config.applyOverrides(path);
    QVERIFY(!applied.ok());
    QVERIFY2(applied.error().contains(named), qPrintable(applied.error()));
    // Nothing of a refused file is taken, not even its good keys.
    QCOMPARE(config.largeText, false);
}

void TestConfig::overridesMissingFile()
{
    auto config =
        config::KioskConfig::load(QStringLiteral(KIOSK_SOURCE_DIR "/packaging/kiosk.conf"), true)
            .value();
    const auto applied =
        config.applyOverrides(config::KioskConfig::overridesPath(QStringLiteral("/nonexistent")));
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    QCOMPARE(config.terminalId, QStringLiteral("KIOSK0001"));
    QCOMPARE(config.idleSeconds, 60);
}

void TestConfig::overridesNeverHoldSecrets()
{
    QTemporaryDir dir;
    config::KioskConfig config;
    config.accessKey = QStringLiteral("access-secret-1");
    config.terminalKey = QStringLiteral("0xterminal-secret-2");
    config.callbackKey = QStringLiteral("callback-secret-3");
    config.staffPinHash = QStringLiteral("pbkdf2-sha256$1000$c2FsdHNhbHQ=$secret4");
    config.idleSeconds = 75; // changed by staff: saved
    const QString path = config::KioskConfig::overridesPath(dir.path());
    QVERIFY(config.saveOverrides(path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    for (const char *secret : {"secret", "access_key", "key", "pin_hash", "pbkdf2"})
        QVERIFY2(!content.contains(secret), content.constData());
    QVERIFY(content.contains("idle_seconds"));
}

void TestConfig::overridesKeepOnlyWhatStaffChanged()
{
    // Staff change the language; the vendor later lengthens the idle time in kiosk.conf. Before,
    // saving wrote every staff key, so the vendor's change never reached this kiosk.
    QTemporaryDir dir;
    const QString etc =
        writeFile(dir, QStringLiteral("kiosk.conf"),
                  "[relay]\nurl = https://relay.example\n[ui]\nidle_seconds = 90\n");
    auto running = config::KioskConfig::load(etc, true).value();
    running.language = QStringLiteral("en");
    const QString path = config::KioskConfig::overridesPath(dir.filePath(QStringLiteral("state")));
    QVERIFY(running.saveOverrides(path).ok());
    QSettings saved(path, QSettings::IniFormat);
    QCOMPARE(saved.allKeys(), QStringList{u"ui/language"_qs});

    writeFile(dir, QStringLiteral("kiosk.conf"),
              "[relay]\nurl = https://relay.example\n[ui]\nidle_seconds = 120\n");
    auto restarted = config::KioskConfig::load(etc, true).value();
    QVERIFY(restarted.applyOverrides(path).ok());
    QCOMPARE(restarted.idleSeconds, 120);
    QCOMPARE(restarted.language, u"en"_qs);

    // Set back to what the file says: no longer an override.
    restarted.language = QStringLiteral("ko");
    restarted.idleSeconds = 100;
    QVERIFY(restarted.saveOverrides(path).ok());
    QSettings again(path, QSettings::IniFormat);
    QCOMPARE(again.allKeys(), QStringList{u"ui/idle_seconds"_qs});

    // A configuration file that cannot be read at the time: every key, nothing lost.
    restarted.sourcePath = writeFile(dir, QStringLiteral("bad.conf"), "[ui]\nidle_seconds = x\n");
    QVERIFY(restarted.saveOverrides(path).ok());
    QSettings all(path, QSettings::IniFormat);
    QCOMPARE(all.allKeys().size(), 15);
}

void TestConfig::secretsReadableByAllAreRefused()
{
    QTemporaryDir dir;
    const auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                          QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto ownerAndGroup =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;

    // A key inline in a world-readable kiosk.conf: refused, with the fix.
    const QString inlineKey =
        writeFile(dir, QStringLiteral("inline.conf"), "[relay]\naccess_key = s3cret\n");
    QVERIFY(QFile::setPermissions(inlineKey, everyone));
    auto loaded = config::KioskConfig::load(inlineKey, true);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(u"chmod o-rwx " + inlineKey), qPrintable(loaded.error()));
    QVERIFY(QFile::setPermissions(inlineKey, ownerAndGroup)); // the service's group may read it
    QVERIFY2(config::KioskConfig::load(inlineKey, true).ok(), "a private file is fine");

    // The shipped sample holds no secret: world-readable is fine.
    QVERIFY(
        config::KioskConfig::load(QStringLiteral(KIOSK_SOURCE_DIR "/packaging/kiosk.conf"), true)
            .ok());

    // Key files named with @: the terminal key and the access key.
    const QString keyFile =
        writeFile(dir, QStringLiteral("terminal.key"), demo::kTerminalKey.toLatin1() + '\n');
    QVERIFY(QFile::setPermissions(keyFile, everyone));
    config::KioskConfig config;
    config.relayUrl = QStringLiteral("http://127.0.0.1:9");
    config.terminalKey = u'@' + keyFile;
    auto settings = config.relaySettings();
    QVERIFY(!settings);
    QVERIFY2(settings.error().contains(u"chmod o-rwx"_qs), qPrintable(settings.error()));
    QVERIFY(QFile::setPermissions(keyFile, ownerAndGroup));
    QVERIFY2(config.relaySettings().ok(), qPrintable(config.relaySettings().error()));

    config.terminalKey.clear();
    config.accessKey = u'@' + keyFile;
    QVERIFY(QFile::setPermissions(keyFile, everyone));
    QVERIFY(!config.relaySettings());
}

void TestConfig::sealedSecretsAreBoundToKeyAndPurpose()
{
    QTemporaryDir state;
    const config::MachineKeyLocations where{QString(), QString(), state.path()};
    using config::SecretSeal;
    QVERIFY(!SecretSeal::open(where, SecretSeal::Create::Never).ok()); // none yet
    auto seal = SecretSeal::open(where, SecretSeal::Create::IfMissing);
    QVERIFY2(seal.ok(), qPrintable(seal.error()));
    const QByteArray secret = "scrypt$15$8$1$c2FsdA==$aGFzaA==";
    const auto sealed = seal->seal(secret, "staff-pin");
    QVERIFY(sealed.ok());
    QVERIFY(SecretSeal::isSealed(sealed.value()));
    QVERIFY(!sealed->contains(secret));
    QVERIFY(seal->seal(secret, "staff-pin").value() != sealed.value()); // a fresh nonce each time

    // The same key, opened again from its file, opens it.
    auto again = SecretSeal::open(where, SecretSeal::Create::Never);
    QVERIFY(again.ok());
    QCOMPARE(again->unseal(sealed.value(), "staff-pin").value(), secret);
    // Not for another purpose, not changed by one bit, not cut.
    QVERIFY(!again->unseal(sealed.value(), "terminal-key").ok());
    QByteArray flipped = sealed.value();
    flipped[flipped.size() - 6] = flipped[flipped.size() - 6] == 'A' ? 'B' : 'A';
    QVERIFY(!again->unseal(flipped, "staff-pin").ok());
    QVERIFY(!again->unseal(sealed->left(30), "staff-pin").ok());
    QVERIFY(!again->unseal("sealed-v1$!!!", "staff-pin").ok());
    // Not with another machine's key.
    QTemporaryDir other;
    auto otherSeal =
        SecretSeal::open({QString(), QString(), other.path()}, SecretSeal::Create::IfMissing);
    QVERIFY(otherSeal.ok());
    const auto refused = otherSeal->unseal(sealed.value(), "staff-pin");
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"machine key"_qs), qPrintable(refused.error()));
    // A malformed key file is named, with how to make a right one.
    writeFile(other, QStringLiteral("machine-key"), "short\n");
    QFile::setPermissions(other.filePath(QStringLiteral("machine-key")), QFileDevice::ReadOwner);
    const auto malformed =
        SecretSeal::open({QString(), QString(), other.path()}, SecretSeal::Create::Never);
    QVERIFY(!malformed.ok());
    QVERIFY2(malformed.error().contains(u"openssl rand -base64 32"_qs),
             qPrintable(malformed.error()));
}

void TestConfig::credentialsReplaceTheFilesSecrets()
{
    QTemporaryDir dir;
    const QString conf =
        writeFile(dir, QStringLiteral("kiosk.conf"), "[relay]\naccess_key = @/etc/nowhere\n");
    QFile::setPermissions(conf, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("credentials")));
    const QString credentials = dir.filePath(QStringLiteral("credentials"));
    QTemporaryDir creds(credentials + QStringLiteral("/XXXXXX"));
    writeFile(creds, QStringLiteral("access-key"), "from-systemd\n");
    QFile::setPermissions(creds.filePath(QStringLiteral("access-key")), QFileDevice::ReadOwner);
    qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(creds.path()));
    const auto config = config::KioskConfig::load(conf, true);
    qunsetenv("CREDENTIALS_DIRECTORY");
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->accessKey, u'@' + creds.filePath(QStringLiteral("access-key")));
    QVERIFY(config->terminalKey.isEmpty()); // none there: the file's (none) stays
    QCOMPARE(config::readSecret(config->accessKey).value(), u"from-systemd"_qs);
}

namespace {
// kiosk.conf in `dir`, and its drop-in folder kiosk.conf.d.
QString writeConfigWithDropIns(const QTemporaryDir &dir, const QByteArray &content)
{
    QDir(dir.path()).mkdir(QStringLiteral("kiosk.conf.d"));
    return writeFile(dir, QStringLiteral("kiosk.conf"), content);
}
} // namespace

void TestConfig::dropInsInNameOrder()
{
    QTemporaryDir dir;
    const QString conf = writeConfigWithDropIns(
        dir, "[relay]\nurl = https://vendor.example\ntimeout_ms = 5000\n[ui]\nidle_seconds = 90\n");
    QCOMPARE(config::KioskConfig::dropInDir(conf), conf + u".d"_qs);
    writeFile(dir, u"kiosk.conf.d/10-region.conf"_qs,
              "[relay]\nurl = https://region.example\n[terminal]\nid = REGION\n");
    writeFile(dir, u"kiosk.conf.d/50-site.conf"_qs, "[terminal]\nid = SITE-7\n");
    // Byte-wise, as systemd orders them: "9" sorts after "5", "Z" before "a".
    writeFile(dir, u"kiosk.conf.d/9-late.conf"_qs, "[relay]\nurl = https://late.example\n");
    writeFile(dir, u"kiosk.conf.d/Z.conf"_qs, "[ui]\nidle_seconds = 100\n");
    writeFile(dir, u"kiosk.conf.d/a.conf"_qs, "[ui]\nidle_seconds = 110\n");

    const auto files = config::KioskConfig::dropInFiles(conf);
    QVERIFY2(files.ok(), qPrintable(files.error()));
    const QString d = conf + u".d/"_qs;
    QCOMPARE(files.value(),
             (QStringList{d + u"10-region.conf"_qs, d + u"50-site.conf"_qs, d + u"9-late.conf"_qs,
                          d + u"Z.conf"_qs, d + u"a.conf"_qs}));
    const auto config = config::KioskConfig::load(conf, true);
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->relayUrl, u"https://late.example"_qs); // the last that sets it wins
    QCOMPARE(config->terminalId, u"SITE-7"_qs);
    QCOMPARE(config->idleSeconds, 110);
    QCOMPARE(config->timeoutMs, 5000); // no drop-in sets it: kiosk.conf's
    QCOMPARE(config->sourcePath, conf);

    // Without the vendor's file the drop-ins still apply; with no drop-in folder, none.
    QVERIFY(QFile::remove(conf));
    QCOMPARE(config::KioskConfig::load(conf, false)->terminalId, u"SITE-7"_qs);
    QVERIFY(!config::KioskConfig::load(conf, true).ok());
    QVERIFY(config::KioskConfig::dropInFiles(dir.filePath(u"other.conf"_qs))->isEmpty());
}

void TestConfig::dropInLeftoversAreNotRead()
{
    QTemporaryDir dir;
    const QString conf = writeConfigWithDropIns(dir, "[ui]\nlanguage = ko\n");
    // Each would make load() fail if it were read.
    for (const char *name :
         {"50-site.conf~", ".50-site.conf.swp", "50-site.conf.dpkg-dist", "50-site.conf.dpkg-old",
          "50-site.conf.dpkg-new", ".hidden.conf", "README", "50-site.conf.example"})
        QVERIFY(!writeFile(dir, u"kiosk.conf.d/"_qs + QLatin1String(name),
                           "[kiosk]\nmode = bogus\n[ui]\nlanguage = en\n")
                     .isEmpty());
    QVERIFY(QDir(dir.path()).mkdir(u"kiosk.conf.d/folder.conf"_qs));
    writeFile(dir, u"kiosk.conf.d/60-real.conf"_qs, "[ui]\nidle_seconds = 75\n");

    const auto files = config::KioskConfig::dropInFiles(conf);
    QVERIFY2(files.ok(), qPrintable(files.error()));
    QCOMPARE(files.value(), QStringList{conf + u".d/60-real.conf"_qs});
    const auto config = config::KioskConfig::load(conf, true);
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->language, u"ko"_qs);
    QCOMPARE(config->idleSeconds, 75);
}

void TestConfig::dropInErrorNamesTheFile_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QString>("key");
    QTest::newRow("range") << QByteArray("[ui]\nidle_seconds = 5\n") << u"ui/idle_seconds"_qs;
    QTest::newRow("api") << QByteArray("[relay]\napi = v9\n") << u"relay/api"_qs;
    QTest::newRow("approver") << QByteArray("[approval]\napprover = nobody\n")
                              << u"approval/approver"_qs;
    QTest::newRow("secret file") << QByteArray("[staff]\npin_hash = @/nonexistent/pin\n")
                                 << u"staff/pin_hash"_qs;
}

void TestConfig::dropInErrorNamesTheFile()
{
    QFETCH(QByteArray, ini);
    QFETCH(QString, key);
    QTemporaryDir dir;
    const QString conf = writeConfigWithDropIns(dir, "[ui]\nlanguage = ko\n");
    writeFile(dir, u"kiosk.conf.d/10-good.conf"_qs, "[ui]\nidle_seconds = 75\n");
    const QString bad = writeFile(dir, u"kiosk.conf.d/50-site.conf"_qs, ini);
    const auto config = config::KioskConfig::load(conf, true);
    QVERIFY(!config.ok());
    QVERIFY2(config.error().contains(bad), qPrintable(config.error()));
    QVERIFY2(config.error().contains(key), qPrintable(config.error()));
}

void TestConfig::overridesCompareWithDropIns()
{
    QTemporaryDir dir;
    const QString conf =
        writeConfigWithDropIns(dir, "[ui]\nlanguage = ko\nidle_seconds = 60\nspeech = true\n");
    writeFile(dir, u"kiosk.conf.d/50-site.conf"_qs,
              "[ui]\nlanguage = en\nidle_seconds = 120\n[relay]\nurl = https://site.example\n");
    auto edited = config::KioskConfig::load(conf, true).value();
    QCOMPARE(edited.idleSeconds, 120);
    // Staff change only the language, back to kiosk.conf's: it differs from the merged value,
    // so it is kept; the drop-in's idle time and relay were not changed, so they are not.
    edited.language = u"ko"_qs;
    edited.speech = false;
    const QString path = config::KioskConfig::overridesPath(dir.path());
    QVERIFY(edited.saveOverrides(path).ok());
    const QSettings saved(path, QSettings::IniFormat);
    QCOMPARE(saved.allKeys(), (QStringList{u"ui/language"_qs, u"ui/speech"_qs}));
    QCOMPARE(saved.value(u"ui/language"_qs).toString(), u"ko"_qs);

    // The site's later change still takes effect, under staff's language.
    writeFile(dir, u"kiosk.conf.d/50-site.conf"_qs, "[ui]\nlanguage = en\nidle_seconds = 180\n");
    auto restarted = config::KioskConfig::load(conf, true).value();
    QVERIFY(restarted.applyOverrides(path).ok());
    QCOMPARE(restarted.idleSeconds, 180);
    QCOMPARE(restarted.language, u"ko"_qs);
    QCOMPARE(restarted.speech, false);
}

void TestConfig::unreadableDropInFolder()
{
    QTemporaryDir dir;
    const QString conf = writeFile(dir, QStringLiteral("kiosk.conf"), "[ui]\nlanguage = ko\n");
    // Not a folder at all: named, never silently skipped.
    const QString notFolder = writeFile(dir, QStringLiteral("kiosk.conf.d"), "[ui]\n");
    auto config = config::KioskConfig::load(conf, true);
    QVERIFY(!config.ok());
    QVERIFY2(config.error().contains(notFolder), qPrintable(config.error()));
    QVERIFY(QFile::remove(notFolder));

    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("kiosk.conf.d")));
    writeFile(dir, u"kiosk.conf.d/50-site.conf"_qs, "[ui]\nlanguage = en\n");
    QVERIFY(QFile::setPermissions(notFolder, QFileDevice::WriteOwner));
    const auto restore = qScopeGuard([&notFolder] {
        QFile::setPermissions(notFolder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner);
    });
    if (::geteuid() == 0)
        QSKIP("root reads a folder whatever its mode");
    config = config::KioskConfig::load(conf, true);
    QVERIFY(!config.ok());
    QVERIFY2(config.error().contains(notFolder), qPrintable(config.error()));
}

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"

// SPDX-License-Identifier: MIT
#include "config/kioskconfig.h"

#include "relay/callbackreceiver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace kiosk::config {

namespace {
// A key's text as written. QSettings reads an unquoted value with commas ("A, B") as a list;
// joined again, so such a value is never silently empty.
QString iniText(const QSettings &ini, const QString &key)
{
    const QVariant value = ini.value(key);
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", ")).trimmed();
    return value.toString().trimmed();
}

QString translate(const char *text)
{
    return QCoreApplication::translate("kiosk::config", text);
}

Result<int> readInt(const QSettings &ini, const QString &key, int fallback, int min, int max)
{
    if (!ini.contains(key))
        return fallback;
    bool ok = false;
    const int value = iniText(ini, key).toInt(&ok);
    if (!ok || value < min || value > max)
        return fail(
            QCoreApplication::translate("kiosk::config", "%1 must be a whole number from %2 to %3")
                .arg(key)
                .arg(min)
                .arg(max));
    return value;
}

Result<bool> readBool(const QSettings &ini, const QString &key, bool fallback)
{
    if (!ini.contains(key))
        return fallback;
    const QString text = iniText(ini, key).toLower();
    if (text == u"true" || text == u"1" || text == u"yes")
        return true;
    if (text == u"false" || text == u"0" || text == u"no")
        return false;
    return fail(QCoreApplication::translate("kiosk::config", "%1 must be true or false").arg(key));
}

// A file that holds a secret must not be readable by every user of the machine (its group,
// e.g. the kiosk service's, may read it). The message says how to fix it.
Result<void> checkPrivate(const QString &path, const QString &what)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return {}; // reading it reports the real problem
    if (info.permissions() & (QFileDevice::ReadOther | QFileDevice::WriteOther))
        return fail(QCoreApplication::translate(
                        "kiosk::config",
                        "%1 %2 can be read by every user of this machine; make it private "
                        "(chmod o-rwx %2)")
                        .arg(what, path));
    return {};
}

} // namespace

Result<QString> readSecret(const QString &value)
{
    if (!value.startsWith(u'@'))
        return value;
    if (auto ok = checkPrivate(value.mid(1),
                               QCoreApplication::translate("kiosk::config", "the secret file"));
        !ok)
        return fail(ok.error());
    QFile file(value.mid(1));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("kiosk::config", "cannot read %1: %2")
                        .arg(file.fileName(), file.errorString()));
    return QString::fromUtf8(file.readLine(4096)).trimmed();
}

namespace {

// A key whose value may be a secret or "@path" to one; the target keeps its value when the key
// is absent.
Result<void> readSecretSetting(const QSettings &ini, const QString &key, QString &target)
{
    if (!ini.contains(key))
        return {};
    auto secret = readSecret(iniText(ini, key));
    if (!secret)
        return fail(key + u": " + secret.error());
    target = secret.value();
    return {};
}

// A present key replaces `target`; an absent one keeps it.
void readString(const QSettings &ini, const QString &key, QString &target)
{
    if (ini.contains(key))
        target = iniText(ini, key);
}

// Reads every key present in `ini` into `config`; absent keys keep the value `config` has.
// One parser for both the configuration file (on top of the defaults) and the staff
// overrides (on top of that file), so both are checked the same way.
Result<void> readSettings(QSettings &ini, const QString &path, KioskConfig &config)
{
    if (ini.contains(QStringLiteral("kiosk/mode"))) {
        const QString mode = iniText(ini, QStringLiteral("kiosk/mode")).toLower();
        if (mode != u"production" && mode != u"demo")
            return fail(
                QCoreApplication::translate("kiosk::config", "%1: %2 must be production or demo")
                    .arg(path, QStringLiteral("kiosk/mode")));
        config.demo = mode == u"demo";
    }
    readString(ini, QStringLiteral("relay/url"), config.relayUrl);
    if (ini.contains(QStringLiteral("relay/api"))) {
        auto api = relay::parseApiVersion(iniText(ini, QStringLiteral("relay/api")));
        if (!api)
            return fail(u"relay/api " + api.error());
        config.api = api.value();
    }
    readString(ini, QStringLiteral("relay/access_key"), config.accessKey);
    readString(ini, QStringLiteral("relay/ca_file"), config.caFile);
    readString(ini, QStringLiteral("relay/pin_sha256"), config.pinSha256);
    if (auto pins = relay::RelaySettings::parsePins(config.pinSha256); !pins)
        return fail(pins.error());
    auto insecure =
        readBool(ini, QStringLiteral("relay/allow_insecure_http"), config.allowInsecureHttp);
    auto timeout = readInt(ini, QStringLiteral("relay/timeout_ms"), config.timeoutMs, 100, 120000);
    auto retries = readInt(ini, QStringLiteral("relay/get_retries"), config.getRetries, 0, 10);
    auto window = readInt(ini, QStringLiteral("approval/payment_timeout_seconds"),
                          config.paymentTimeoutSeconds, 5, 600);
    auto retention = readInt(ini, QStringLiteral("state/history_retention_days"),
                             config.historyRetentionDays, 1, 3650);
    auto fullScreen = readBool(ini, QStringLiteral("ui/full_screen"), config.fullScreen);
    auto idle = readInt(ini, QStringLiteral("ui/idle_seconds"), config.idleSeconds, 15, 3600);
    // At least 20 s to answer "are you still there?" (WCAG 2.2.1, Timing Adjustable).
    auto idleWarning =
        readInt(ini, QStringLiteral("ui/idle_warning_seconds"), config.idleWarningSeconds, 20, 300);
    auto largeText = readBool(ini, QStringLiteral("ui/large_text"), config.largeText);
    auto highContrast = readBool(ini, QStringLiteral("ui/high_contrast"), config.highContrast);
    auto lowPosition = readBool(ini, QStringLiteral("ui/low_position"), config.lowPosition);
    auto speech = readBool(ini, QStringLiteral("ui/speech"), config.speech);
    auto busyPoll =
        readInt(ini, QStringLiteral("events/poll_seconds"), config.busyPollSeconds, 1, 60);
    auto idlePoll =
        readInt(ini, QStringLiteral("events/idle_poll_seconds"), config.idlePollSeconds, 5, 3600);
    for (const QString *error :
         {&insecure.error(), &timeout.error(), &retries.error(), &window.error(),
          &retention.error(), &fullScreen.error(), &idle.error(), &idleWarning.error(),
          &largeText.error(), &highContrast.error(), &lowPosition.error(), &speech.error(),
          &busyPoll.error(), &idlePoll.error()})
        if (!error->isEmpty())
            return fail(QCoreApplication::translate("kiosk::config", "%1: %2").arg(path, *error));
    config.allowInsecureHttp = insecure.value();
    config.timeoutMs = timeout.value();
    config.getRetries = retries.value();
    config.paymentTimeoutSeconds = window.value();
    config.historyRetentionDays = retention.value();
    config.fullScreen = fullScreen.value();
    config.idleSeconds = idle.value();
    config.idleWarningSeconds = idleWarning.value();
    config.largeText = largeText.value();
    config.highContrast = highContrast.value();
    config.lowPosition = lowPosition.value();
    config.speech = speech.value();
    config.busyPollSeconds = busyPoll.value();
    config.idlePollSeconds = idlePoll.value();

    if (ini.contains(QStringLiteral("ui/language"))) {
        const QString language = iniText(ini, QStringLiteral("ui/language")).toLower();
        if (language != u"ko" && language != u"en")
            return fail(QCoreApplication::translate("kiosk::config", "%1: %2 must be ko or en")
                            .arg(path, QStringLiteral("ui/language")));
        config.language = language;
    }
    if (ini.contains(QStringLiteral("ui/screen_dpi"))) {
        bool ok = false;
        const double dpi = iniText(ini, QStringLiteral("ui/screen_dpi")).toDouble(&ok);
        // Below 50 a "15 mm" target would be a few pixels: surely a typo, not a screen.
        if (!ok || !(dpi == 0 || (dpi >= 50 && dpi <= 1000)))
            return fail(QCoreApplication::translate(
                            "kiosk::config",
                            "%1: %2 must be 0 (ask the screen) or a number from 50 to 1000")
                            .arg(path, QStringLiteral("ui/screen_dpi")));
        config.screenDpi = dpi;
    }

    readString(ini, QStringLiteral("terminal/id"), config.terminalId);
    readString(ini, QStringLiteral("terminal/key"), config.terminalKey);
    if (ini.contains(QStringLiteral("approval/approver"))) {
        auto approver = relay::parseApprover(iniText(ini, QStringLiteral("approval/approver")));
        if (!approver)
            return fail(u"approval/approver " + approver.error());
        config.approver = approver.value();
    }
    readString(ini, QStringLiteral("state/dir"), config.stateDir);
    auto scanConfig = scan::ScanConfig::fromSettings(ini, config.scan);
    if (!scanConfig)
        return fail(
            QCoreApplication::translate("kiosk::config", "%1: %2").arg(path, scanConfig.error()));
    config.scan = scanConfig.value();
    readString(ini, QStringLiteral("events/callback_listen"), config.callbackListen);
    readString(ini, QStringLiteral("metrics/listen"), config.metricsListen);
    if (!config.metricsListen.isEmpty()) {
        // A fleet scraper may reach it over the LAN, but only on an address someone chose:
        // never every interface at once.
        const auto where = relay::parseListenAddress(config.metricsListen);
        if (!where || where->address == QHostAddress::Any ||
            where->address == QHostAddress::AnyIPv4 || where->address == QHostAddress::AnyIPv6)
            return fail(QCoreApplication::translate(
                            "kiosk::config", "%1: metrics/listen must be ADDRESS:PORT of one "
                                             "interface (e.g. 127.0.0.1:9464), not %2")
                            .arg(path, config.metricsListen));
    }
    if (auto read =
            readSecretSetting(ini, QStringLiteral("events/callback_key"), config.callbackKey);
        !read)
        return read;
    return readSecretSetting(ini, QStringLiteral("staff/pin_hash"), config.staffPinHash);
}

// An existing INI file read on top of `config`.
Result<void> readFile(const QString &path, KioskConfig &config)
{
    if (!QFileInfo(path).isReadable())
        return fail(
            QCoreApplication::translate("kiosk::config", "configuration file %1 cannot be read")
                .arg(path));
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return fail(QCoreApplication::translate("kiosk::config",
                                                "configuration file %1 is not a valid INI file")
                        .arg(path));
    // A secret written in the file itself (not "@path") makes the whole file a secret.
    for (const char *key : {"relay/access_key", "terminal/key", "events/callback_key"}) {
        const QString value = iniText(ini, QLatin1String(key));
        if (!value.isEmpty() && !value.startsWith(u'@'))
            if (auto ok = checkPrivate(
                    path, QCoreApplication::translate("kiosk::config", "the configuration file (it "
                                                                       "holds %1)")
                              .arg(QLatin1String(key)));
                !ok)
                return ok;
    }
    auto read = readSettings(ini, path, config);
    // Some checks name only the key; with drop-ins the file matters as much.
    if (!read && !read.error().contains(path))
        return fail(QCoreApplication::translate("kiosk::config", "%1: %2").arg(path, read.error()));
    return read;
}
// The secrets systemd hands the service (LoadCredential=, LoadCredentialEncrypted=): a file
// there replaces the secret kiosk.conf names; it is read only when used, like "@path".
void takeCredentials(KioskConfig &config)
{
    const std::pair<const char *, QString *> secrets[] = {
        {kAccessKeyCredential, &config.accessKey},
        {kTerminalKeyCredential, &config.terminalKey},
        {kCallbackKeyCredential, &config.callbackKey},
    };
    for (const auto &[name, target] : secrets)
        if (const QString file = credentialFile(name); !file.isEmpty())
            *target = u'@' + file;
}

// A leftover of an editor or of dpkg ("50-site.conf~", ".50-site.conf.swp",
// "50-site.conf.dpkg-dist") ends otherwise or is hidden, so only real drop-ins are read.
bool isDropIn(const QString &name)
{
    return name.endsWith(QLatin1String(".conf")) && !name.startsWith(u'.');
}
} // namespace

QString credentialFile(const char *name)
{
    const QString dir = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (dir.isEmpty())
        return {};
    const QString file = QDir(dir).filePath(QLatin1String(name));
    return QFileInfo(file).isFile() ? file : QString();
}

QString KioskConfig::dropInDir(const QString &path)
{
    return path + QStringLiteral(".d");
}

Result<QStringList> KioskConfig::dropInFiles(const QString &path)
{
    if (path.isEmpty())
        return QStringList();
    const QFileInfo dir(dropInDir(path));
    if (!dir.exists())
        return QStringList();
    QDir folder(dir.filePath());
    // Not QDir's sorting: the order must not depend on the locale (systemd's rule).
    QStringList names = folder.entryList(QDir::Files | QDir::Hidden, QDir::Unsorted);
    if (!dir.isDir() || !dir.isReadable() || !dir.isExecutable() || !folder.isReadable())
        return fail(
            QCoreApplication::translate("kiosk::config", "configuration folder %1 cannot be read")
                .arg(dir.filePath()));
    names.removeIf([](const QString &name) { return !isDropIn(name); });
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    QStringList files;
    for (const QString &name : names)
        files << folder.filePath(name);
    return files;
}

QString KioskConfig::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("LOYALTY_KIOSK_CONFIG");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString system = QStringLiteral("/etc/loyalty-kiosk/kiosk.conf");
    if (QFileInfo::exists(system))
        return system;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/loyalty-kiosk/kiosk.conf");
}

Result<KioskConfig> KioskConfig::load(const QString &path, bool mustExist)
{
    KioskConfig config;
    const bool exists = QFileInfo::exists(path);
    if (!exists && mustExist)
        return fail(
            QCoreApplication::translate("kiosk::config", "configuration file %1 does not exist")
                .arg(path));
    auto dropIns = dropInFiles(path);
    if (!dropIns)
        return dropIns.failure();
    // Drop-ins apply without the vendor's file too: a site may be configured by them alone.
    const QStringList files = (exists ? QStringList{path} : QStringList()) + dropIns.value();
    for (const QString &file : files)
        if (auto read = readFile(file, config); !read)
            return read.failure();
    if (!files.isEmpty())
        config.sourcePath = path;
    takeCredentials(config);
    return config;
}

QString KioskConfig::overridesPath(const QString &stateDir)
{
    return stateDir + QStringLiteral("/settings.conf");
}

Result<void> KioskConfig::applyOverrides(const QString &path)
{
    if (!QFileInfo::exists(path))
        return {};
    // Into a copy: a bad overrides file changes nothing rather than half of the settings.
    KioskConfig updated = *this;
    if (auto read = readFile(path, updated); !read)
        return read;
    *this = std::move(updated);
    return {};
}

Result<void> KioskConfig::saveOverrides(const QString &path) const
{
    const auto cannotWrite = [&path](const QString &reason) {
        return fail(
            QCoreApplication::translate("kiosk::config", "cannot write %1: %2").arg(path, reason));
    };
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return cannotWrite(
            QCoreApplication::translate("kiosk::config", "cannot create its folder"));

    // QSettings does the INI quoting (a camera description may hold a comma), into an
    // owner-only scratch file; QSaveFile then replaces the overrides file in one step.
    QTemporaryFile scratch(path + QStringLiteral(".XXXXXX"));
    if (!scratch.open())
        return cannotWrite(scratch.errorString());
    scratch.close();
    {
        QSettings ini(scratch.fileName(), QSettings::IniFormat);
        // Only what differs from the configuration file and its drop-ins (or the defaults): a key
        // staff never changed keeps following the file, so the vendor's later edits still take
        // effect. A file that cannot be read now: every key, so nothing staff see is lost.
        const auto fromFile = load(sourcePath, false);
        const bool everyKey = !fromFile;
        const KioskConfig base = fromFile ? fromFile.value() : KioskConfig{};
        for (const ConfigKey &key : configKeys())
            if (key.kind == ConfigKey::Kind::StaffEditable)
                if (const QVariant value = key.value(*this); everyKey || value != key.value(base))
                    ini.setValue(QLatin1String(key.key), value);
        ini.sync();
        if (ini.status() != QSettings::NoError)
            return cannotWrite(
                QCoreApplication::translate("kiosk::config", "cannot write the scratch file %1")
                    .arg(scratch.fileName()));
    }
    QFile written(scratch.fileName());
    if (!written.open(QIODevice::ReadOnly))
        return cannotWrite(written.errorString());
    const QByteArray content = written.readAll();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    // A new QSaveFile gets the umask's mode; the state directory's files are the kiosk's own.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(content) != content.size() || !file.commit())
        return cannotWrite(file.errorString());
    return {};
}

std::span<const ConfigKey> configKeys()
{
    using Kind = ConfigKey::Kind;
    using C = KioskConfig;
    // Captureless lambdas: a constant table of plain function pointers.
    static const ConfigKey keys[] = {
        {"kiosk/mode", Kind::Plain,
         [](const C &c) -> QVariant {
             return c.demo ? QStringLiteral("demo") : QStringLiteral("production");
         }},
        {"relay/url", Kind::StaffEditable, [](const C &c) -> QVariant { return c.relayUrl; }},
        {"relay/api", Kind::StaffEditable,
         [](const C &c) -> QVariant { return relay::apiVersionName(c.api); }},
        {"relay/access_key", Kind::Secret, [](const C &c) -> QVariant { return c.accessKey; },
         kAccessKeyCredential},
        {"relay/ca_file", Kind::Plain, [](const C &c) -> QVariant { return c.caFile; }},
        {"relay/pin_sha256", Kind::Plain, [](const C &c) -> QVariant { return c.pinSha256; }},
        {"relay/allow_insecure_http", Kind::Plain,
         [](const C &c) -> QVariant { return c.allowInsecureHttp; }},
        {"relay/timeout_ms", Kind::Plain, [](const C &c) -> QVariant { return c.timeoutMs; }},
        {"relay/get_retries", Kind::Plain, [](const C &c) -> QVariant { return c.getRetries; }},
        {"terminal/id", Kind::StaffEditable, [](const C &c) -> QVariant { return c.terminalId; }},
        {"terminal/key", Kind::Secret, [](const C &c) -> QVariant { return c.terminalKey; },
         kTerminalKeyCredential},
        {"approval/approver", Kind::StaffEditable,
         [](const C &c) -> QVariant { return relay::approverName(c.approver); }},
        {"approval/payment_timeout_seconds", Kind::StaffEditable,
         [](const C &c) -> QVariant { return c.paymentTimeoutSeconds; }},
        {"events/callback_listen", Kind::Plain,
         [](const C &c) -> QVariant { return c.callbackListen; }},
        {"events/callback_key", Kind::Secret, [](const C &c) -> QVariant { return c.callbackKey; },
         kCallbackKeyCredential},
        {"events/poll_seconds", Kind::Plain,
         [](const C &c) -> QVariant { return c.busyPollSeconds; }},
        {"events/idle_poll_seconds", Kind::Plain,
         [](const C &c) -> QVariant { return c.idlePollSeconds; }},
        {"metrics/listen", Kind::Plain, [](const C &c) -> QVariant { return c.metricsListen; }},
        {"scan/sources", Kind::StaffEditable,
         [](const C &c) -> QVariant { return c.scan.sources.join(QStringLiteral(", ")); }},
        {"scan/camera", Kind::StaffEditable,
         [](const C &c) -> QVariant { return c.scan.camera.camera; }},
        {"scan/duplicate_window_ms", Kind::Plain,
         [](const C &c) -> QVariant { return c.scan.camera.duplicateWindowMs; }},
        {"scan/wedge_max_key_gap_ms", Kind::Plain,
         [](const C &c) -> QVariant { return c.scan.wedge.maxKeyGapMs; }},
        {"scan/wedge_min_length", Kind::Plain,
         [](const C &c) -> QVariant { return c.scan.wedge.minLength; }},
        {"scan/serial_port", Kind::StaffEditable,
         [](const C &c) -> QVariant { return c.scan.serial.portName; }},
        {"scan/serial_baud_rate", Kind::Plain,
         [](const C &c) -> QVariant { return c.scan.serial.baudRate; }},
        {"scan/serial_reconnect_ms", Kind::Plain,
         [](const C &c) -> QVariant { return c.scan.serial.reconnectIntervalMs; }},
        {"ui/language", Kind::StaffEditable, [](const C &c) -> QVariant { return c.language; }},
        {"ui/full_screen", Kind::Plain, [](const C &c) -> QVariant { return c.fullScreen; }},
        {"ui/idle_seconds", Kind::StaffEditable,
         [](const C &c) -> QVariant { return c.idleSeconds; }},
        {"ui/idle_warning_seconds", Kind::StaffEditable,
         [](const C &c) -> QVariant { return c.idleWarningSeconds; }},
        {"ui/screen_dpi", Kind::Plain, [](const C &c) -> QVariant { return c.screenDpi; }},
        {"ui/large_text", Kind::StaffEditable, [](const C &c) -> QVariant { return c.largeText; }},
        {"ui/high_contrast", Kind::StaffEditable,
         [](const C &c) -> QVariant { return c.highContrast; }},
        {"ui/low_position", Kind::StaffEditable,
         [](const C &c) -> QVariant { return c.lowPosition; }},
        {"ui/speech", Kind::StaffEditable, [](const C &c) -> QVariant { return c.speech; }},
        {"staff/pin_hash", Kind::Secret, [](const C &c) -> QVariant { return c.staffPinHash; }},
        {"state/dir", Kind::Plain, [](const C &c) -> QVariant { return c.stateDir; }},
        {"state/history_retention_days", Kind::Plain,
         [](const C &c) -> QVariant { return c.historyRetentionDays; }},
    };
    return keys;
}

KeySource keySource(const QStringList &files, const QString &key)
{
    for (auto file = files.crbegin(); file != files.crend(); ++file)
        if (const QSettings ini(*file, QSettings::IniFormat); ini.contains(key))
            return {*file, iniText(ini, key)};
    return {};
}

Result<relay::RelaySettings> KioskConfig::relaySettings() const
{
    relay::RelaySettings settings;
    settings.baseUrl = QUrl(relayUrl);
    settings.api = api;
    auto key = readSecret(accessKey);
    if (!key)
        return fail(translate("access key: ") + key.error());
    settings.accessKey = key.value();
    if (!terminalKey.isEmpty()) {
        if (terminalKey.startsWith(u'@'))
            if (auto ok = checkPrivate(
                    terminalKey.mid(1),
                    QCoreApplication::translate("kiosk::config", "the terminal key file"));
                !ok)
                return fail(ok.error());
        auto secret = eth::SecretKey::fromArgument(terminalKey);
        if (!secret)
            return fail(translate("terminal key: ") + secret.error());
        settings.terminalKey = std::make_shared<eth::SecretKey>(std::move(secret).value());
    }
    settings.terminalId = terminalId;
    settings.timeout = std::chrono::milliseconds(timeoutMs);
    settings.getRetries = getRetries;
    settings.caFile = caFile;
    auto pins = relay::RelaySettings::parsePins(pinSha256);
    if (!pins)
        return pins.failure();
    settings.pinnedKeys = pins.value();
    settings.allowInsecureHttp = allowInsecureHttp;
    if (!relayUrl.isEmpty())
        if (auto valid = settings.validate(); !valid)
            return fail(valid.error());
    return settings;
}

} // namespace kiosk::config

// SPDX-License-Identifier: MIT
#include "config/kioskconfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace kiosk::config {

namespace {
QString translate(const char *text)
{
    return QCoreApplication::translate("kiosk::config", text);
}

Result<int> readInt(const QSettings &ini, const QString &key, int fallback, int min, int max)
{
    if (!ini.contains(key))
        return fallback;
    bool ok = false;
    const int value = ini.value(key).toString().trimmed().toInt(&ok);
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
    const QString text = ini.value(key).toString().trimmed().toLower();
    if (text == u"true" || text == u"1" || text == u"yes")
        return true;
    if (text == u"false" || text == u"0" || text == u"no")
        return false;
    return fail(QCoreApplication::translate("kiosk::config", "%1 must be true or false").arg(key));
}

// "@path" reads a secret from a file (first line, trimmed).
Result<QString> readSecret(const QString &value)
{
    if (!value.startsWith(u'@'))
        return value;
    QFile file(value.mid(1));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("kiosk::config", "cannot read %1: %2")
                        .arg(file.fileName(), file.errorString()));
    return QString::fromUtf8(file.readLine(4096)).trimmed();
}
} // namespace

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
    if (!QFileInfo::exists(path)) {
        if (mustExist)
            return fail(
                QCoreApplication::translate("kiosk::config", "configuration file %1 does not exist")
                    .arg(path));
        return config;
    }
    if (!QFileInfo(path).isReadable())
        return fail(
            QCoreApplication::translate("kiosk::config", "configuration file %1 cannot be read")
                .arg(path));
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return fail(QCoreApplication::translate("kiosk::config",
                                                "configuration file %1 is not a valid INI file")
                        .arg(path));
    config.sourcePath = path;

    config.relayUrl = ini.value(QStringLiteral("relay/url")).toString().trimmed();
    if (ini.contains(QStringLiteral("relay/api"))) {
        auto api =
            relay::parseApiVersion(ini.value(QStringLiteral("relay/api")).toString().trimmed());
        if (!api)
            return fail(u"relay/api " + api.error());
        config.api = api.value();
    }
    config.accessKey = ini.value(QStringLiteral("relay/access_key")).toString().trimmed();
    config.caFile = ini.value(QStringLiteral("relay/ca_file")).toString().trimmed();
    auto insecure = readBool(ini, QStringLiteral("relay/allow_insecure_http"), false);
    auto timeout = readInt(ini, QStringLiteral("relay/timeout_ms"), 10000, 100, 120000);
    auto retries = readInt(ini, QStringLiteral("relay/get_retries"), 2, 0, 10);
    auto window = readInt(ini, QStringLiteral("approval/payment_timeout_seconds"), 45, 5, 600);
    auto retention = readInt(ini, QStringLiteral("state/history_retention_days"), 90, 1, 3650);
    for (const QString *error : {&insecure.error(), &timeout.error(), &retries.error(),
                                 &window.error(), &retention.error()})
        if (!error->isEmpty())
            return fail(QCoreApplication::translate("kiosk::config", "%1: %2").arg(path, *error));
    config.allowInsecureHttp = insecure.value();
    config.timeoutMs = timeout.value();
    config.getRetries = retries.value();
    config.paymentTimeoutSeconds = window.value();
    config.historyRetentionDays = retention.value();

    config.terminalId = ini.value(QStringLiteral("terminal/id")).toString().trimmed();
    config.terminalKey = ini.value(QStringLiteral("terminal/key")).toString().trimmed();
    if (ini.contains(QStringLiteral("approval/approver"))) {
        auto approver = relay::parseApprover(
            ini.value(QStringLiteral("approval/approver")).toString().trimmed());
        if (!approver)
            return fail(u"approval/approver " + approver.error());
        config.approver = approver.value();
    }
    config.stateDir = ini.value(QStringLiteral("state/dir")).toString().trimmed();
    auto scanConfig = scan::ScanConfig::fromSettings(ini);
    if (!scanConfig)
        return fail(
            QCoreApplication::translate("kiosk::config", "%1: %2").arg(path, scanConfig.error()));
    config.scan = scanConfig.value();
    config.callbackListen =
        ini.value(QStringLiteral("events/callback_listen")).toString().trimmed();
    auto callbackKey =
        readSecret(ini.value(QStringLiteral("events/callback_key")).toString().trimmed());
    if (!callbackKey)
        return fail(u"events/callback_key: " + callbackKey.error());
    config.callbackKey = callbackKey.value();
    return config;
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
        auto secret = eth::SecretKey::fromArgument(terminalKey);
        if (!secret)
            return fail(translate("terminal key: ") + secret.error());
        settings.terminalKey = std::make_shared<eth::SecretKey>(std::move(secret).value());
    }
    settings.terminalId = terminalId;
    settings.timeout = std::chrono::milliseconds(timeoutMs);
    settings.getRetries = getRetries;
    settings.caFile = caFile;
    settings.allowInsecureHttp = allowInsecureHttp;
    if (!relayUrl.isEmpty())
        if (auto valid = settings.validate(); !valid)
            return fail(valid.error());
    return settings;
}

} // namespace kiosk::config

// SPDX-License-Identifier: MIT
// config --effective: the configuration the kiosk runs with, merged from kiosk.conf, its
// drop-ins, the staff's settings and systemd credentials, each key with where it came from;
// secrets masked, so the output may go into a ticket or a fleet inventory.
#include "commands.h"
#include "context.h"
#include "kioskctl.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QSettings>

namespace kiosk::cli::commands {

namespace {

using config::ConfigKey;

const QString kMasked = QStringLiteral("********");

struct Setting
{
    QString key;
    QString value;
    QString source;     // a file, "credential" or "default"
    QString secretFile; // where a secret was read from ("@path" or the credential)
    bool secret = false;
};

Setting effective(const ConfigKey &key, const config::KioskConfig &config, const QStringList &files)
{
    const QVariant value = key.value(config);
    Setting setting{QLatin1String(key.key), value.toString(), QStringLiteral("default"), {}, false};
    const config::KeySource source = config::keySource(files, setting.key);
    if (!source.file.isEmpty())
        setting.source = source.file;
    if (key.kind != ConfigKey::Kind::Secret)
        return setting;
    setting.secret = true;
    if (source.text.startsWith(u'@'))
        setting.secretFile = source.text.mid(1);
    if (key.credential)
        if (const QString file = config::credentialFile(key.credential); !file.isEmpty()) {
            setting.source = QStringLiteral("credential");
            setting.secretFile = file;
        }
    // Empty says "not set", which is no secret; anything else never leaves this process.
    if (!setting.value.isEmpty())
        setting.value = kMasked;
    return setting;
}

QString comment(const Setting &setting)
{
    QString text = u"; "_qs + setting.source;
    if (!setting.secretFile.isEmpty())
        text += u", read from "_qs + setting.secretFile;
    return text;
}

// Keys the files set that the kiosk does not read (a typo, or one from another version), with
// the last file that sets each: silently ignored otherwise. Their values are never shown: a
// misspelled secret is still a secret.
QMap<QString, QString> unknownKeys(const QStringList &files)
{
    QSet<QString> known;
    for (const ConfigKey &key : config::configKeys())
        known.insert(QLatin1String(key.key));
    QMap<QString, QString> unknown;
    for (const QString &file : files)
        for (const QString &key : QSettings(file, QSettings::IniFormat).allKeys())
            if (!known.contains(key))
                unknown.insert(key, file);
    return unknown;
}

} // namespace

int configuration(Context &context)
{
    context.expectArguments(1);
    if (!context.isSet(QStringLiteral("effective")))
        throw BadInput{QStringLiteral("--effective: required (the merged configuration, with "
                                      "where each value came from)")};
    const QString path = context.configPath();
    auto dropIns = config::KioskConfig::dropInFiles(path);
    if (!dropIns)
        throw BadInput{u"--config: "_qs + dropIns.error()};
    // Lowest precedence first, as KioskConfig::load and Context::loadConfig read them.
    QStringList files = QFileInfo::exists(path) ? QStringList{path} : QStringList();
    files += dropIns.value();
    if (!context.overridesPath().isEmpty())
        files << context.overridesPath();

    QJsonArray list;
    QStringList lines{
        u"; The effective configuration: defaults, then "_qs + path + u", then "_qs +
            config::KioskConfig::dropInDir(path) +
            u"/*.conf in name order, then the staff's settings.conf; systemd credentials "
            u"replace secrets. Secrets are masked."_qs,
        u"; Read: "_qs + (files.isEmpty() ? u"no file"_qs : files.join(u", "_qs))};
    QString group;
    for (const ConfigKey &key : config::configKeys()) {
        const Setting setting = effective(key, context.config(), files);
        QJsonObject json{{QStringLiteral("key"), setting.key},
                         {QStringLiteral("value"), setting.value},
                         {QStringLiteral("source"), setting.source},
                         {QStringLiteral("secret"), setting.secret}};
        if (!setting.secretFile.isEmpty())
            json.insert(QStringLiteral("secretFile"), setting.secretFile);
        list.append(json);

        const qsizetype slash = setting.key.indexOf(u'/');
        if (const QString section = setting.key.left(slash); section != group) {
            group = section;
            lines << QString() << u'[' + group + u']';
        }
        const QString name = setting.key.mid(slash + 1);
        lines << comment(setting)
              << (setting.value.isEmpty() ? QString(name + u" =")
                                          : QString(name + u" = " + setting.value));
    }
    QJsonArray ignored;
    const QMap<QString, QString> unknown = unknownKeys(files);
    if (!unknown.isEmpty())
        lines << QString() << u"; Not read by the kiosk (misspelled, or of another version):"_qs;
    for (auto entry = unknown.cbegin(); entry != unknown.cend(); ++entry) {
        ignored.append(QJsonObject{{QStringLiteral("key"), entry.key()},
                                   {QStringLiteral("source"), entry.value()}});
        lines << u"; "_qs + entry.key() + u" in "_qs + entry.value();
    }
    context.print({{QStringLiteral("ok"), true},
                   {QStringLiteral("config"), path},
                   {QStringLiteral("files"), QJsonArray::fromStringList(files)},
                   {QStringLiteral("settings"), list},
                   {QStringLiteral("ignored"), ignored}},
                  lines.join(u'\n'));
    return ExitOk;
}

} // namespace kiosk::cli::commands

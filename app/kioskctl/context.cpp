// SPDX-License-Identifier: MIT
#include "context.h"

#include "kioskctl.h"
#include "qr/qrfile.h"
#include "registry.h"
#include "relay/relaytexts.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTimer>

#include <openssl/crypto.h>
#include <unistd.h>

namespace kiosk::cli {

Q_LOGGING_CATEGORY(lcKioskCtl, "kiosk.ctl", QtInfoMsg)

using relay::RelayError;

namespace {

int exitCodeFor(const RelayError &error)
{
    if (error.isRelayAnswer())
        return ExitRelayRefused;
    if (error.kind == RelayError::Kind::InvalidInput)
        return ExitBadInput;
    return ExitTransport;
}

QJsonObject errorJson(const RelayError &error)
{
    QJsonObject o{{QStringLiteral("kind"), RelayError::kindName(error.kind)},
                  {QStringLiteral("message"), error.message},
                  {QStringLiteral("text"), relay::describeError(error)}};
    if (error.kind == RelayError::Kind::Relay)
        o.insert(QStringLiteral("code"), error.relayCode);
    if (error.httpStatus != 0)
        o.insert(QStringLiteral("httpStatus"), error.httpStatus);
    return o;
}

QString compactJson(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

QString formatTime(qint64 unixSeconds)
{
    if (unixSeconds <= 0)
        return QStringLiteral("-");
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).toString(Qt::ISODate);
}

void printJsonError(const QJsonObject &error)
{
    writeLine(stdout,
              compactJson({{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}}));
}

Context::Context(const QCommandLineParser &parser, const CommandSpec &command)
    : m_parser(parser), m_command(command), m_positional(parser.positionalArguments()),
      m_json(parser.isSet(QStringLiteral("json")))
{}

QString Context::option(const QString &name) const
{
    // A name that is not registered would never be set: a typo, or an option without help.
    Q_ASSERT_X(findOption(name) && findOption(name)->usedBy(m_command), "Context::option",
               qPrintable(name));
    return m_parser.value(name);
}

bool Context::isSet(const QString &name) const
{
    Q_ASSERT_X(findOption(name) && findOption(name)->usedBy(m_command), "Context::isSet",
               qPrintable(name));
    return m_parser.isSet(name);
}

QString Context::option(const QString &name, const QString &fallback) const
{
    return isSet(name) ? option(name) : fallback;
}

QString Context::secretOption(const QString &name, const char *credential) const
{
    const QString value = option(name);
    if (value.startsWith(u'@') && value.size() > 1)
        return value; // read (and its permissions checked) where it is used
    if (value != u"-")
        throw BadInput{QStringLiteral("--%1: a secret written on the command line can be read by "
                                      "every user of this machine (ps, /proc); give @FILE (a "
                                      "file only the kiosk's user can read), - (one line of "
                                      "standard input), or $CREDENTIALS_DIRECTORY/%2")
                           .arg(name, QLatin1String(credential))};
    // A byte at a time from the descriptor, so whatever follows the line (run's answer)
    // is still there for the next reader.
    QByteArray line;
    const auto wipeLine = qScopeGuard([&line] {
        if (!line.isEmpty())
            OPENSSL_cleanse(line.data(), size_t(line.size()));
    });
    char byte = 0;
    while (line.size() < 4096 && ::read(STDIN_FILENO, &byte, 1) == 1 && byte != '\n')
        line.append(byte);
    const QString secret = QString::fromUtf8(line).trimmed();
    if (secret.isEmpty())
        throw BadInput{QStringLiteral("--%1 -: no line on standard input").arg(name)};
    return secret;
}

QString Context::paymentIdArgument() const
{
    if (m_positional.size() < 2)
        throw BadInput{QStringLiteral("PAYMENT_ID: missing (0x + 64 hex digits)")};
    auto id = eth::normalizePaymentId(m_positional.at(1));
    if (!id)
        throw BadInput{u"PAYMENT_ID: " + id.error()};
    return id.value();
}

void Context::expectArguments(int count) const
{
    if (m_positional.size() > count)
        throw BadInput{
            QStringLiteral("unexpected extra argument '%1'").arg(m_positional.at(count).left(80))};
}

QStringList Context::responseTexts(const QString &argument) const
{
    QByteArray content;
    if (argument == u"-") {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            throw BadInput{QStringLiteral("--response: cannot read standard input")};
        content = input.read(4 * 1024 * 1024);
    } else if (argument.startsWith(u'@')) {
        auto text = qr::readCodeFile(argument.mid(1));
        if (!text)
            throw BadInput{u"--response: " + text.error()};
        content = text->toUtf8();
    } else {
        content = argument.toUtf8();
    }
    QStringList texts;
    for (const QString &line : QString::fromUtf8(content).split(u'\n', Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            texts << line.trimmed();
    if (texts.isEmpty())
        throw BadInput{QStringLiteral("--response: empty")};
    return texts;
}

QString Context::stateDirOption() const
{
    return option(QStringLiteral("state-dir"), m_config.stateDir);
}

void Context::loadConfig()
{
    const bool explicitConfig = isSet(QStringLiteral("config"));
    m_configPath = option(QStringLiteral("config"), config::KioskConfig::defaultPath());
    auto loaded = config::KioskConfig::load(m_configPath, explicitConfig);
    if (!loaded)
        throw BadInput{u"--config: " + loaded.error()};
    m_config = loaded.value();
    // What staff changed on the touchscreen, as the kiosk itself applies it.
    if (auto dir = config::resolveStateDir(stateDirOption(), config::StateDirUse::Read); dir) {
        const QString overrides = config::KioskConfig::overridesPath(dir.value());
        if (auto applied = m_config.applyOverrides(overrides); !applied)
            writeLine(stderr, u"loyalty-kioskctl: staff settings ignored: "_qs + applied.error());
        else if (QFileInfo::exists(overrides))
            m_overridesPath = overrides;
    }
}

void Context::setUp()
{
    loadConfig();
    if (isSet(QStringLiteral("relay")))
        m_config.relayUrl = option(QStringLiteral("relay"));
    if (isSet(QStringLiteral("api")))
        m_config.api = parsedOption(QStringLiteral("api"), &relay::parseApiVersion);
    if (isSet(QStringLiteral("access-key")))
        m_config.accessKey =
            secretOption(QStringLiteral("access-key"), config::kAccessKeyCredential);
    if (isSet(QStringLiteral("terminal-key")))
        m_config.terminalKey =
            secretOption(QStringLiteral("terminal-key"), config::kTerminalKeyCredential);
    if (isSet(QStringLiteral("terminal-id")))
        m_config.terminalId = option(QStringLiteral("terminal-id"));
    if (isSet(QStringLiteral("approver")))
        m_config.approver = parsedOption(QStringLiteral("approver"), &relay::parseApprover);
    if (isSet(QStringLiteral("timeout-ms"))) {
        bool ok = false;
        const int timeout = option(QStringLiteral("timeout-ms")).toInt(&ok);
        if (!ok || timeout < 1 || timeout > 600000)
            throw BadInput{QStringLiteral("--timeout-ms: must be a whole number from 1 to 600000")};
        m_config.timeoutMs = timeout;
    }
    if (m_config.relayUrl.isEmpty())
        throw BadInput{
            QStringLiteral(
                "--relay: no relay URL is configured (set [relay] url in %1 or pass --relay)")
                .arg(m_configPath)};
    if (m_config.terminalId.size() > eth::kMaxRelayTextLength)
        throw BadInput{QStringLiteral("--terminal-id: longer than %1 characters")
                           .arg(eth::kMaxRelayTextLength)};
    auto settings = m_config.relaySettings();
    if (!settings)
        throw BadInput{settings.error()};
    m_settings = settings.value();
    m_client = new relay::RelayClient(m_settings, &m_scope);
}

void Context::print(const QJsonObject &json, const QString &human) const
{
    writeLine(stdout, m_json ? compactJson(json) : human);
}

int Context::fail(const RelayError &error) const
{
    if (m_json)
        printJsonError(errorJson(error));
    writeLine(stderr, kProgram + u": " + relay::describeError(error));
    return exitCodeFor(error);
}

QString Context::stateDir(config::StateDirUse use) const
{
    auto dir = config::resolveStateDir(stateDirOption(), use);
    if (!dir)
        throw BadInput{u"--state-dir: " + dir.error()};
    // root writing the kiosk's journal or lock would leave files the kiosk cannot open again.
    const QFileInfo info(dir.value());
    if (::geteuid() == 0 && info.exists() && info.ownerId() != 0)
        throw BadInput{QStringLiteral("--state-dir: %1 belongs to the user %2: run this as that "
                                      "user (sudo -u %2 loyalty-kioskctl ...), so every file it "
                                      "writes there stays theirs")
                           .arg(dir.value(), info.owner())};
    return dir.value();
}

void Context::lockStateDir()
{
    int waitSeconds = 10;
    if (isSet(QStringLiteral("lock-wait"))) {
        bool ok = false;
        waitSeconds = option(QStringLiteral("lock-wait")).toInt(&ok);
        if (!ok || waitSeconds < 0 || waitSeconds > 3600)
            throw BadInput{QStringLiteral("--lock-wait: must be a whole number of seconds from 0 "
                                          "to 3600")};
    }
    const QString what = kProgram + u' ' + m_positional.first();
    if (auto locked = m_lock.acquire(stateDir(), what, waitSeconds * 1000); !locked)
        throw BadInput{u"--state-dir: " + locked.error()};
}

void Context::openJournal(workflow::Journal &journal, workflow::Journal::Mode mode)
{
    const auto use = mode == workflow::Journal::Mode::Reader ? config::StateDirUse::Read
                                                             : config::StateDirUse::Write;
    if (auto opened = journal.open(stateDir(use), mode); !opened)
        throw BadInput{u"--state-dir: " + opened.error()};
    if (!journal.keptDamagedCopy().isEmpty())
        writeLine(stderr, kProgram + u": the journal was damaged; it was kept as " +
                              journal.keptDamagedCopy() + u" and a new one started" +
                              QStringLiteral(" (%1 unfinished cancellations carried over)")
                                  .arg(journal.salvagedEntries()));
    if (mode == workflow::Journal::Mode::Writer)
        if (auto pruned =
                journal.prune(m_config.historyRetentionDays, QDateTime::currentSecsSinceEpoch());
            !pruned)
            writeLine(stderr, kProgram + u": warning: " + pruned.error());
}

void Context::pause(std::chrono::milliseconds duration)
{
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace kiosk::cli

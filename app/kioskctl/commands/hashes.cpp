// SPDX-License-Identifier: MIT
// pin-hash and setup-code-hash: the hashes that go into /etc/loyalty-kiosk; no relay, no
// configuration file.
#include "commands.h"
#include "context.h"
#include "kioskctl.h"
#include "staff/staffpin.h"

#include <QFile>

#include <openssl/crypto.h>
#include <termios.h>
#include <unistd.h>

namespace kiosk::cli::commands {

namespace {

// One line of standard input, without echo when typed at a terminal (after `prompt`).
QString readHiddenLine(const char *prompt)
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    const bool hidden = terminal && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hidden) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    if (terminal)
        std::fputs(prompt, stderr);
    QFile in;
    QByteArray line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = in.readLine(256);
    if (hidden) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    const QString text = QString::fromUtf8(line).trimmed();
    if (!line.isEmpty())
        OPENSSL_cleanse(line.data(), size_t(line.size()));
    return text;
}

// Reads the secret (after `prompt`), prints its hash (`jsonKey` in --json) and wipes the copy
// this process held.
template<typename Hash>
int printHash(Context &context, const char *prompt, const QString &missing, Hash hash,
              const QString &jsonKey)
{
    context.expectArguments(1);
    QString secret = readHiddenLine(prompt);
    if (secret.isEmpty())
        throw BadInput{missing};
    const auto hashed = hash(secret);
    secret.fill(QChar(u'0'));
    if (!hashed)
        throw BadInput{hashed.error()};
    context.print({{QStringLiteral("ok"), true}, {jsonKey, hashed.value()}}, hashed.value());
    return ExitOk;
}

} // namespace

int pinHash(Context &context)
{
    return printHash(
        context,
        "PIN: ", QStringLiteral("PIN: none on standard input (one line of 6 to 12 digits)"),
        [](const QString &pin) { return staff::hashPin(pin); }, QStringLiteral("pinHash"));
}

int setupCodeHash(Context &context)
{
    return printHash(
        context, "Set-up code: ",
        QStringLiteral("set-up code: none on standard input (one line of 8 to 16 digits)"),
        [](const QString &code) { return staff::hashSetupCode(code); },
        QStringLiteral("setupCodeHash"));
}

} // namespace kiosk::cli::commands

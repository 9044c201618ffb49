// SPDX-License-Identifier: MIT
// loyalty-wallet: a wallet simulator and developer tool on the kiosk's own signing core.
// Its command line is a stable contract used by tests and people: keep it as it is.
#include "common/commandline.h"
#include "eth/address.h"
#include "eth/amount.h"
#include "eth/hex.h"
#include "eth/messages.h"
#include "eth/secretkey.h"
#include "eth/signing.h"
#include "eth/uint256.h"
#include "qr/qrfile.h"
#include "qr/requestcodec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <map>
#include <optional>

using namespace kiosk;
using namespace kiosk::eth;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitBadInput = 2;

void printJson(const QJsonObject &object)
{
    writeLine(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

class Arguments
{
public:
    Arguments(const QStringList &args, const QList<QCommandLineOption> &options)
    {
        m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        m_parser.addOptions(options);
        if (!m_parser.parse(args))
            throw BadInput{m_parser.errorText()};
        // Never echo stray words: one of them may be a key pasted in the wrong place.
        if (!m_parser.positionalArguments().isEmpty())
            throw BadInput{
                QStringLiteral(
                    "unexpected extra argument (%1 of them); options take the form --name VALUE")
                    .arg(m_parser.positionalArguments().size())};
    }

    QString required(const QString &name) const
    {
        if (!m_parser.isSet(name))
            throw BadInput{QStringLiteral("--%1 is required").arg(name)};
        return m_parser.value(name);
    }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }

private:
    QCommandLineParser m_parser;
};

template<typename T> T check(Result<T> result, const QString &argument)
{
    if (!result)
        throw BadInput{QStringLiteral("--%1: %2").arg(argument, result.error())};
    return std::move(result).value();
}

QCommandLineOption valueOption(const QString &name, const QString &description)
{
    return QCommandLineOption(name, description, QStringLiteral("value"));
}

SecretKey keyFrom(const Arguments &args)
{
    return check(SecretKey::fromArgument(args.required(QStringLiteral("key"))),
                 QStringLiteral("key"));
}

int commandAddress(const QStringList &argv)
{
    const Arguments args(
        argv, {valueOption(QStringLiteral("key"), QStringLiteral("0x-hex key or @file"))});
    writeLine(stdout, addressOf(keyFrom(args)).toChecksummed());
    return kExitOk;
}

int commandSignCancel(const QStringList &argv)
{
    const Arguments args(argv, {valueOption(QStringLiteral("key"), {}),
                                valueOption(QStringLiteral("payment-id"), {}),
                                valueOption(QStringLiteral("purchase-id"), {}),
                                valueOption(QStringLiteral("chain-id"), {}),
                                valueOption(QStringLiteral("nonce"), {})});
    const SecretKey key = keyFrom(args);
    const QString paymentId = check(normalizePaymentId(args.required(QStringLiteral("payment-id"))),
                                    QStringLiteral("payment-id"));
    const QString purchaseId = args.required(QStringLiteral("purchase-id"));
    if (purchaseId.size() > kMaxRelayTextLength)
        throw BadInput{
            QStringLiteral("--purchase-id: longer than %1 characters").arg(kMaxRelayTextLength)};
    const UInt256 chainId = check(UInt256::fromDecimal(args.required(QStringLiteral("chain-id"))),
                                  QStringLiteral("chain-id"));
    const UInt256 nonce = check(UInt256::fromDecimal(args.required(QStringLiteral("nonce"))),
                                QStringLiteral("nonce"));
    const Address signer = addressOf(key);
    const EncodedMessage message =
        check(cancelApprovalMessage(paymentId, purchaseId, signer, chainId, nonce),
              QStringLiteral("payment-id"));
    const QByteArray digest = eip191Digest(message.hash);
    printJson({{QStringLiteral("signer"), signer.toChecksummed()},
               {QStringLiteral("abiEncoded"), toHex(message.abiEncoded)},
               {QStringLiteral("messageHash"), toHex(message.hash)},
               {QStringLiteral("eip191Digest"), toHex(digest)},
               {QStringLiteral("signature"), signDigest(digest, key).toHex()}});
    return kExitOk;
}

int commandSignTerminal(const QStringList &argv)
{
    const Arguments args(argv, {valueOption(QStringLiteral("key"), {}),
                                QCommandLineOption(QStringLiteral("open")),
                                QCommandLineOption(QStringLiteral("close")),
                                valueOption(QStringLiteral("payment-id"), {}),
                                valueOption(QStringLiteral("terminal-id"), {}),
                                valueOption(QStringLiteral("confirm"), {})});
    const bool open = args.isSet(QStringLiteral("open"));
    const bool close = args.isSet(QStringLiteral("close"));
    if (open == close)
        throw BadInput{QStringLiteral("--open or --close: give exactly one of them")};
    const SecretKey key = keyFrom(args);
    const QString paymentId = args.required(QStringLiteral("payment-id"));
    check(normalizePaymentId(paymentId), QStringLiteral("payment-id"));
    EncodedMessage message;
    if (open) {
        if (args.isSet(QStringLiteral("confirm")))
            throw BadInput{QStringLiteral("--confirm: only with --close")};
        const QString terminalId = args.required(QStringLiteral("terminal-id"));
        message = check(openCancelMessage(paymentId, terminalId), QStringLiteral("terminal-id"));
    } else {
        if (args.isSet(QStringLiteral("terminal-id")))
            throw BadInput{
                QStringLiteral("--terminal-id: only with --open (the close message has none)")};
        const QString confirm = args.required(QStringLiteral("confirm"));
        if (confirm != u"0" && confirm != u"1")
            throw BadInput{QStringLiteral("--confirm: must be 0 or 1")};
        message =
            check(closeCancelMessage(paymentId, confirm == u"1"), QStringLiteral("payment-id"));
    }
    printJson({{QStringLiteral("signer"), addressOf(key).toChecksummed()},
               {QStringLiteral("abiEncoded"), toHex(message.abiEncoded)},
               {QStringLiteral("messageHash"), toHex(message.hash)},
               {QStringLiteral("signature"), signPersonal(message.hash, key).toHex()}});
    return kExitOk;
}

int commandRecover(const QStringList &argv)
{
    const Arguments args(argv, {valueOption(QStringLiteral("message-hash"), {}),
                                valueOption(QStringLiteral("signature"), {})});
    const QByteArray hash = check(parseHex(args.required(QStringLiteral("message-hash")), 32),
                                  QStringLiteral("message-hash"));
    const Signature signature = check(Signature::parse(args.required(QStringLiteral("signature"))),
                                      QStringLiteral("signature"));
    const Address signer = check(recoverPersonal(hash, signature), QStringLiteral("signature"));
    writeLine(stdout, signer.toChecksummed());
    return kExitOk;
}

// "@file": a QR image, or a text file; anything else is the text itself.
QString requestFromArgument(const QString &argument)
{
    if (!argument.startsWith(u'@'))
        return argument;
    auto content = qr::readCodeFile(argument.mid(1));
    if (!content)
        throw BadInput{QStringLiteral("--request: ") + content.error()};
    return content.value();
}

int commandRespond(const QStringList &argv)
{
    const Arguments args(argv, {valueOption(QStringLiteral("key"), {}),
                                valueOption(QStringLiteral("request"), {}),
                                valueOption(QStringLiteral("png"), {})});
    const SecretKey key = keyFrom(args);
    const QString text = requestFromArgument(args.required(QStringLiteral("request")));
    const qr::WalletRequest request =
        check(qr::parseWalletRequest(text), QStringLiteral("request"));
    const Address me = addressOf(key);
    if (request.signer && *request.signer != me)
        throw BadInput{QStringLiteral("--key: this request is for wallet %1, not this key's %2")
                           .arg(request.signer->toChecksummed(), me.toChecksummed())};
    // What is signed, for the person holding the wallet (stderr: stdout is the answer).
    if (request.native) {
        const qr::SigningRequest &r = *request.native;
        writeLine(stderr,
                  QStringLiteral("%1 the cancellation of purchase %2 at %3: %4 (payment %5)")
                      .arg(r.approval ? QStringLiteral("APPROVE") : QStringLiteral("REJECT"),
                           r.purchaseId, r.shopName.isEmpty() ? QStringLiteral("?") : r.shopName,
                           formatMoney(r.amount, r.currency, QLocale(QLocale::English)),
                           r.paymentId));
    }
    writeLine(stderr,
              QStringLiteral("signing hash %1 (chain %2, request %3) as %4")
                  .arg(toHex(request.messageHash), request.chainId,
                       request.requestId.toString(QUuid::WithoutBraces), me.toChecksummed()));
    const QString answer = qr::walletResponseText(request, signPersonal(request.messageHash, key));
    if (args.isSet(QStringLiteral("png"))) {
        auto written = qr::writeQrPng(answer, args.required(QStringLiteral("png")), 800);
        if (!written)
            throw BadInput{QStringLiteral("--png: ") + written.error()};
    }
    writeLine(stdout, answer);
    return kExitOk;
}

const char kUsage[] = R"(Usage: loyalty-wallet COMMAND [OPTIONS]

A wallet simulator and developer tool for Loyalty Kiosk. Never use it with real funds.

Commands:
  address       --key KEY                                   print the EIP-55 address
  sign-cancel   --key KEY --payment-id ID --purchase-id TEXT --chain-id N --nonce N
                                                            sign a cancel approval (JSON)
  sign-terminal --key KEY --open --payment-id ID --terminal-id T
  sign-terminal --key KEY --close --payment-id ID --confirm 0|1
                                                            sign a v2 terminal message (JSON)
  recover       --message-hash HASH --signature SIG         print the signer's address
  respond       --key KEY --request TEXT|@FILE [--png OUT]  answer a kiosk's QR request as a
                phone wallet would: FILE is a QR image or text (animated UR parts one per
                line); prints what it signs on stderr and the answer on stdout (and as a QR
                image with --png): an eth-signature UR or native JSON, like the request

KEY is 0x + 64 hex digits, or @path to a file that holds it. Keys are never printed.
Exit status: 0 success, 2 bad input (one line on stderr says which argument and why).
)";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("loyalty-wallet"));
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("kiosk.*.debug=false\nkiosk.*.info=false"));
    QStringList args = QCoreApplication::arguments();
    const QString program = QStringLiteral("loyalty-wallet");

    const std::map<QString, std::function<int(const QStringList &)>> commands = {
        {QStringLiteral("address"), commandAddress},
        {QStringLiteral("sign-cancel"), commandSignCancel},
        {QStringLiteral("sign-terminal"), commandSignTerminal},
        {QStringLiteral("recover"), commandRecover},
        {QStringLiteral("respond"), commandRespond},
    };

    if (args.size() < 2) {
        std::fputs(kUsage, stderr);
        return kExitBadInput;
    }
    const QString command = args.at(1);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        std::fputs(kUsage, stdout);
        return kExitOk;
    }
    const auto found = commands.find(command);
    if (found == commands.end()) {
        writeLine(
            stderr,
            QStringLiteral("%1: unknown command '%2' (try --help)").arg(program, command.left(32)));
        return kExitBadInput;
    }
    args.removeAt(1); // the parser sees "program --options..."
    try {
        return found->second(args);
    } catch (const BadInput &error) {
        writeLine(stderr, QStringLiteral("%1 %2: %3").arg(program, command, error.message));
        return kExitBadInput;
    }
}

// SPDX-License-Identifier: MIT
#include "session/demowallet.h"

#include "eth/hex.h"
#include "eth/keccak.h"
#include "eth/secretkey.h"
#include "eth/signing.h"
#include "qr/requestcodec.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kiosk::session {

namespace {

Result<DemoSeed::Wallet> walletFrom(const QString &name, const QString &keyHex)
{
    auto key = eth::SecretKey::fromHex(keyHex);
    if (!key)
        return fail(
            QCoreApplication::translate("kiosk::session", "the demo data holds a bad key for %1")
                .arg(name));
    return DemoSeed::Wallet{name, keyHex, eth::addressOf(key.value())};
}
} // namespace

Result<DemoSeed> DemoSeed::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            QCoreApplication::translate("kiosk::session", "cannot read the demo data %1: %2")
                .arg(path, file.errorString()));
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError)
        return fail(
            QCoreApplication::translate("kiosk::session", "the demo data %1 is not JSON: %2")
                .arg(path, error.errorString()));

    DemoSeed seed;
    const QJsonObject terminal = root.value(u"terminal").toObject();
    seed.terminalId = terminal.value(u"id").toString();
    seed.terminalKeyHex = terminal.value(u"key").toString();
    const QJsonArray shops = root.value(u"shops").toArray();
    for (const QJsonValue &shop : shops) {
        auto wallet = walletFrom(shop[u"name"].toString(), shop[u"ownerKey"].toString());
        if (!wallet)
            return fail(wallet.error());
        seed.wallets.append(wallet.value());
    }
    for (const QJsonValue &customer : root.value(u"customers").toArray()) {
        auto wallet = walletFrom(customer[u"name"].toString(), customer[u"key"].toString());
        if (!wallet)
            return fail(wallet.error());
        seed.wallets.append(wallet.value());
    }
    // The simulator's rule: paymentId = keccak256(utf8(shopId + ":" + purchaseId)).
    for (const QJsonValue &payment : root.value(u"payments").toArray()) {
        const int shop = payment[u"shop"].toInt();
        if (shop < 0 || shop >= shops.size())
            return fail(QCoreApplication::translate("kiosk::session",
                                                    "the demo data names a shop it does not have"));
        if (payment[u"terminalId"].toString(seed.terminalId) != seed.terminalId)
            continue;
        const QString shopId = shops.at(shop)[u"shopId"].toString();
        seed.paymentIds.append(eth::toHex(
            eth::keccak256((shopId + u':' + payment[u"purchaseId"].toString()).toUtf8())));
    }
    if (seed.terminalId.isEmpty() || seed.wallets.isEmpty())
        return fail(QCoreApplication::translate("kiosk::session",
                                                "the demo data %1 has no terminal or no wallets")
                        .arg(path));
    return seed;
}

Result<QString> DemoWallet::answer(const QStringList &frames) const
{
    auto request = qr::parseWalletRequest(frames.join(u'\n'));
    if (!request)
        return fail(request.error());
    if (!request->signer)
        return fail(QCoreApplication::translate("kiosk::session",
                                                "the request does not say which wallet must sign"));
    for (const DemoSeed::Wallet &wallet : m_seed.wallets) {
        if (wallet.address != *request->signer)
            continue;
        auto key = eth::SecretKey::fromHex(wallet.keyHex);
        if (!key)
            return fail(key.error());
        return qr::walletResponseText(request.value(),
                                      eth::signPersonal(request->messageHash, key.value()),
                                      QStringLiteral("loyalty-kiosk demo wallet"));
    }
    return fail(QCoreApplication::translate("kiosk::session", "the demo wallet holds no key for %1")
                    .arg(request->signer->toChecksummed()));
}

} // namespace kiosk::session

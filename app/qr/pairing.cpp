// SPDX-License-Identifier: MIT
#include "qr/pairing.h"

#include "qr/hdkey.h"
#include "qr/ur.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace kiosk::qr {

Result<PairedWallet> pairFromUr(const QString &text)
{
    URDecoder decoder;
    for (const QString &line : text.trimmed().split(u'\n', Qt::SkipEmptyParts)) {
        if (auto accepted = decoder.receivePart(line.trimmed()); !accepted)
            return fail(accepted.error());
        if (decoder.isComplete())
            break;
    }
    if (!decoder.isComplete())
        return fail(QCoreApplication::translate("kiosk::qr",
                                                "the pairing code is incomplete: scan more parts"));
    auto ur = decoder.result();
    if (!ur)
        return fail(ur.error());
    auto key = pairingKeyFromUr(ur.value());
    if (!key)
        return fail(key.error());
    auto account = deriveEthereumKey(key.value());
    if (!account)
        return fail(account.error());
    PairedWallet wallet;
    wallet.address = account->address;
    wallet.sourceFingerprint = account->path.sourceFingerprint.value_or(0);
    wallet.derivationPath = account->path.toString();
    return wallet;
}

PairingStore::PairingStore(QString stateDir)
    : m_path(std::move(stateDir) + QStringLiteral("/pairing.json"))
{}

QList<PairedWallet> PairingStore::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<PairedWallet> wallets;
    for (const QJsonValue &entry : QJsonDocument::fromJson(file.read(1024 * 1024)).array()) {
        const QJsonObject o = entry.toObject();
        auto address = eth::Address::parse(o.value(QLatin1String("address")).toString());
        if (!address)
            continue;
        wallets.append({address.value(),
                        quint32(o.value(QLatin1String("sourceFingerprint")).toInteger()),
                        o.value(QLatin1String("derivationPath")).toString()});
    }
    return wallets;
}

Result<void> PairingStore::add(const PairedWallet &wallet)
{
    QJsonArray entries;
    for (const PairedWallet &known : load())
        if (known.address != wallet.address)
            entries.append(
                QJsonObject{{QStringLiteral("address"), known.address.toChecksummed()},
                            {QStringLiteral("sourceFingerprint"), qint64(known.sourceFingerprint)},
                            {QStringLiteral("derivationPath"), known.derivationPath}});
    entries.append(
        QJsonObject{{QStringLiteral("address"), wallet.address.toChecksummed()},
                    {QStringLiteral("sourceFingerprint"), qint64(wallet.sourceFingerprint)},
                    {QStringLiteral("derivationPath"), wallet.derivationPath}});
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("kiosk::qr", "cannot write %1: %2")
                        .arg(m_path, file.errorString()));
    file.write(QJsonDocument(entries).toJson());
    if (!file.commit())
        return fail(QCoreApplication::translate("kiosk::qr", "cannot write %1: %2")
                        .arg(m_path, file.errorString()));
    return {};
}

void PairingStore::decorate(SigningRequest &request) const
{
    for (const PairedWallet &wallet : load())
        if (wallet.address == request.signer) {
            request.sourceFingerprint = wallet.sourceFingerprint;
            request.derivationPath = wallet.derivationPath;
        }
}

} // namespace kiosk::qr

// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "eth/address.h"
#include "qr/signingrequest.h"

#include <QList>
#include <QString>

namespace kiosk::qr {

// A wallet paired by scanning its crypto-hdkey / crypto-account code: requests to its address
// then carry its own derivation path and master fingerprint, which Keystone-style wallets check
// before they sign.
struct PairedWallet
{
    eth::Address address;
    quint32 sourceFingerprint = 0;
    QString derivationPath; // e.g. m/44'/60'/0'/0/0
};

// Reads a pairing code (UR text): the wallet's first Ethereum address, path and fingerprint.
Result<PairedWallet> pairFromUr(const QString &text);

// Paired wallets, kept in stateDir/pairing.json (one entry per address).
class PairingStore
{
public:
    explicit PairingStore(QString stateDir);
    QList<PairedWallet> load() const;
    Result<void> add(const PairedWallet &wallet);
    // Sets the request's path and fingerprint when its signer is paired.
    void decorate(SigningRequest &request) const;

private:
    QString m_path;
};

} // namespace kiosk::qr

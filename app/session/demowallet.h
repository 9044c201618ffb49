// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "eth/address.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kiosk::session {

// The demo data's well-known public test keys (resources/demo/relay-seed.json, bundled as
// :/demo/relay-seed.json): what the demo relay is seeded with and what the demo wallet signs with.
struct DemoSeed
{
    struct Wallet
    {
        QString name;
        QString keyHex; // public test key: demo data only
        eth::Address address;
    };
    QString terminalId;
    QString terminalKeyHex; // public test key: demo data only
    QList<Wallet> wallets;  // customers and shop owners
    QStringList paymentIds; // the seeded payments of this terminal

    static Result<DemoSeed> load(const QString &path = QStringLiteral(":/demo/relay-seed.json"));
};

// Stands in for the customer's phone in demo mode: reads the request exactly as the QR code on
// screen carries it, signs it with the demo key of the wallet it names, and answers with the
// text the phone's QR code would carry. It refuses a request for a wallet it has no key for.
class DemoWallet
{
public:
    explicit DemoWallet(DemoSeed seed) : m_seed(std::move(seed)) {}

    // `frames`: the QR code's text, or every part of an animated one.
    Result<QString> answer(const QStringList &frames) const;
    const DemoSeed &seed() const { return m_seed; }

private:
    DemoSeed m_seed;
};

} // namespace kiosk::session

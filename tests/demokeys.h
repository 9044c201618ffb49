// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The demo data's keys (well-known public test keys, never for real use): see
// resources/demo/relay-seed.json. One copy for every test that signs as a demo customer, shop
// owner or terminal.
namespace demo {
inline const QString kCustomerKey =
    QStringLiteral("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
inline const QString kCustomer = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
inline const QString kTerminalKey =
    QStringLiteral("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
// Lee, the other demo customer: a wallet that is not the one a payment asks for.
inline const QString kOtherCustomerKey =
    QStringLiteral("0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6");
// Demo Cafe's owner (who approves in shop mode).
inline const QString kShopOwnerKey =
    QStringLiteral("0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a");
inline const QString kShopOwner = QStringLiteral("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
} // namespace demo

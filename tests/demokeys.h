// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The demo data's keys (well-known public test keys, never for real use): see
// resources/demo/relay-seed.json. One copy for every test that signs as the demo customer or
// the demo terminal.
namespace demo {
inline const QString kCustomerKey =
    QStringLiteral("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
inline const QString kCustomer = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
inline const QString kTerminalKey =
    QStringLiteral("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
} // namespace demo

// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "eth/secretkey.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

namespace kiosk::relay {

enum class ApiVersion
{
    V1,
    V2
};
enum class Approver
{
    Customer, // the payment's customer wallet signs (this product's design)
    Shop,     // the shop owner (or delegator) signs: the only rule the published relay accepts
};

QString apiVersionName(ApiVersion version);
QString approverName(Approver approver);
Result<ApiVersion> parseApiVersion(const QString &text);
Result<Approver> parseApprover(const QString &text);

// How the kiosk talks to its relay. Filled from the configuration file and flags.
struct RelaySettings
{
    QUrl baseUrl;
    ApiVersion api = ApiVersion::V2;
    QString accessKey;                           // v1 terminal authentication
    std::shared_ptr<eth::SecretKey> terminalKey; // v2 terminal signatures
    QString terminalId;
    std::chrono::milliseconds timeout{10000};
    int getRetries = 2; // GETs only; a POST is never repeated blindly
    std::chrono::milliseconds retryBackoff{500};
    QString caFile;                 // extra CA certificates (PEM)
    bool allowInsecureHttp = false; // plain HTTP to a non-loopback host
    // SPKI pins: SHA-256 digests of the SubjectPublicKeyInfo of keys the relay's certificate
    // chain must hold one of (its own key, an intermediate's or the CA's), on top of the normal
    // certificate checks. Empty: no pinning.
    QList<QByteArray> pinnedKeys;

    // The URL is usable: http(s), a host, and plain HTTP only to loopback unless allowed.
    Result<void> validate() const;
    // The certificates of caFile; an error when it is set and none can be read from it (a
    // missing or wrong file would otherwise leave only the system store, silently).
    Result<int> checkCaFile() const;
    // Parses "[relay] pin_sha256": comma-separated base64 SHA-256 digests (an optional
    // "sha256/" in front of each, as curl writes them).
    static Result<QList<QByteArray>> parsePins(const QString &text);
    // Whether `chain` (the relay's certificates, leaf first) holds a pinned key; true when
    // nothing is pinned.
    bool chainMatchesPins(const QList<QSslCertificate> &chain) const;
    static QByteArray spkiSha256(const QSslCertificate &certificate);
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;
};

} // namespace kiosk::relay

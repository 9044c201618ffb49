// SPDX-License-Identifier: MIT
#include "relay/relaysettings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>

#include <algorithm>

namespace kiosk::relay {

QString apiVersionName(ApiVersion version)
{
    return version == ApiVersion::V1 ? QStringLiteral("v1") : QStringLiteral("v2");
}

QString approverName(Approver approver)
{
    return approver == Approver::Customer ? QStringLiteral("customer") : QStringLiteral("shop");
}

Result<ApiVersion> parseApiVersion(const QString &text)
{
    if (text == u"v1")
        return ApiVersion::V1;
    if (text == u"v2")
        return ApiVersion::V2;
    return fail(QCoreApplication::translate("kiosk::relay", "must be v1 or v2"));
}

Result<Approver> parseApprover(const QString &text)
{
    if (text == u"customer")
        return Approver::Customer;
    if (text == u"shop")
        return Approver::Shop;
    return fail(QCoreApplication::translate("kiosk::relay", "must be customer or shop"));
}

Result<void> RelaySettings::validate() const
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return fail(QCoreApplication::translate("kiosk::relay",
                                                "the relay URL is not a valid http(s) URL"));
    const QString scheme = baseUrl.scheme();
    if (scheme == u"https") {
        if (auto ca = checkCaFile(); !ca)
            return fail(ca.error());
        return {};
    }
    if (scheme != u"http")
        return fail(QCoreApplication::translate(
            "kiosk::relay",
            "the relay URL must start with https:// (or http:// for a local relay)"));
    const QString host = baseUrl.host();
    const bool loopback = host == u"localhost" || QHostAddress(host).isLoopback();
    if (!loopback && !allowInsecureHttp)
        return fail(QCoreApplication::translate("kiosk::relay",
                                                "plain http:// is allowed only to this machine; "
                                                "use https:// or set allow_insecure_http"));
    return {};
}

Result<int> RelaySettings::checkCaFile() const
{
    if (caFile.isEmpty())
        return 0;
    const auto certificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
    if (certificates.isEmpty())
        return fail(QCoreApplication::translate("kiosk::relay",
                                                "no CA certificate can be read from %1 (ca_file)")
                        .arg(caFile));
    return int(certificates.size());
}

Result<QList<QByteArray>> RelaySettings::parsePins(const QString &text)
{
    QList<QByteArray> pins;
    for (QString pin : text.split(u',', Qt::SkipEmptyParts)) {
        pin = pin.trimmed();
        if (pin.startsWith(u"sha256/"))
            pin = pin.mid(7);
        const auto decoded = QByteArray::fromBase64Encoding(
            pin.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32)
            return fail(QCoreApplication::translate(
                            "kiosk::relay",
                            "pin_sha256: \"%1\" is not a base64 SHA-256 digest (make one with: "
                            "openssl x509 -in CERT -pubkey -noout | openssl pkey -pubin -outform "
                            "der | openssl dgst -sha256 -binary | base64)")
                            .arg(pin.left(60)));
        pins.append(decoded.decoded);
    }
    return pins;
}

QByteArray RelaySettings::spkiSha256(const QSslCertificate &certificate)
{
    // QSslKey::toDer() of a public key is its SubjectPublicKeyInfo.
    return QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256);
}

bool RelaySettings::chainMatchesPins(const QList<QSslCertificate> &chain) const
{
    if (pinnedKeys.isEmpty())
        return true;
    return std::any_of(chain.cbegin(), chain.cend(), [this](const QSslCertificate &certificate) {
        return pinnedKeys.contains(spkiSha256(certificate));
    });
}

} // namespace kiosk::relay

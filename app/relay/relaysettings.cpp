// SPDX-License-Identifier: MIT
#include "relay/relaysettings.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSslCertificate>

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

Result<bool> RelaySettings::validate() const
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return fail(QCoreApplication::translate("kiosk::relay",
                                                "the relay URL is not a valid http(s) URL"));
    const QString scheme = baseUrl.scheme();
    if (scheme == u"https") {
        if (auto ca = checkCaFile(); !ca)
            return fail(ca.error());
        return true;
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
    return true;
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

} // namespace kiosk::relay

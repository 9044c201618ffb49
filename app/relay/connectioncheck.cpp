// SPDX-License-Identifier: MIT
#include "relay/connectioncheck.h"

#include "eth/messages.h"
#include "eth/signing.h"

#include <QHostAddress>

namespace kiosk::relay {

bool ConnectionReport::terminalIdOk() const
{
    return !terminalId.isEmpty() && terminalId.size() <= eth::kMaxRelayTextLength;
}

ConnectionCheck::ConnectionCheck(RelayClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{}

ConnectionReport ConnectionCheck::fromSettings(const RelaySettings &settings)
{
    ConnectionReport report;
    report.url = settings.baseUrl;
    report.https = settings.baseUrl.scheme() == u"https";
    const QString host = settings.baseUrl.host();
    report.loopback = host == u"localhost" || QHostAddress(host).isLoopback();
    report.caFile = settings.caFile;
    report.caCertificates = settings.checkCaFile();
    report.pinnedKeys = int(settings.pinnedKeys.size());
    report.api = settings.api;
    report.terminalId = settings.terminalId;
    if (settings.terminalKey && settings.terminalKey->isValid())
        report.terminalSigner = eth::addressOf(*settings.terminalKey);
    report.hasAccessKey = !settings.accessKey.isEmpty();
    return report;
}

void ConnectionCheck::start()
{
    if (m_running || !m_client)
        return;
    m_running = true;
    m_report = fromSettings(m_client->settings());
    m_timer.start();
    m_client->fetchChainId(this, [this](const RelayResult<eth::UInt256> &chainId) {
        m_report.chainId = chainId;
        m_report.answeredInMs = m_timer.elapsed();
        if (m_client)
            m_report.clockSkewSeconds = m_client->lastClockSkewSeconds();
        if (!chainId)
            return finish();
        askFlavor();
    });
}

void ConnectionCheck::askFlavor()
{
    if (!m_client)
        return finish();
    m_client->detectFlavor(this, [this](const RelayResult<RelayFlavor> &flavor) {
        m_report.flavor = flavor;
        finish();
    });
}

void ConnectionCheck::finish()
{
    m_running = false;
    Q_EMIT finished();
}

} // namespace kiosk::relay

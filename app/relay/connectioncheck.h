// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "eth/address.h"
#include "eth/uint256.h"
#include "relay/relayclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

namespace kiosk::relay {

// More than this and the 45 s approval window is noticeably off.
inline constexpr qint64 kMaxClockSkewSeconds = 30;

// What a connection check found, as facts: `loyalty-kioskctl check` and the staff Connection
// tab each say them in their own words.
struct ConnectionReport
{
    // How the relay is reached.
    QUrl url;
    bool https = false;
    bool loopback = false;          // plain HTTP that never leaves this machine
    QString caFile;                 // extra CA certificates, if configured
    Result<int> caCertificates = 0; // how many caFile holds, or why it cannot be used
    int pinnedKeys = 0;
    // Encrypted with usable certificates, or plain HTTP only within this machine.
    bool transportOk() const { return https ? caCertificates.ok() : loopback; }

    // The relay's answers; empty until asked.
    std::optional<RelayResult<eth::UInt256>> chainId;
    qint64 answeredInMs = 0;
    std::optional<qint64> clockSkewSeconds; // + this machine ahead; none without a Date header
    std::optional<RelayResult<RelayFlavor>> flavor; // asked only when the relay answers
    bool reachable() const { return chainId && chainId->ok(); }
    bool clockOk() const
    {
        return !clockSkewSeconds || qAbs(*clockSkewSeconds) <= kMaxClockSkewSeconds;
    }
    // A v1-only relay has no v2 API.
    bool flavorOk() const
    {
        return flavor && flavor->ok() &&
               !(flavor->value() == RelayFlavor::V1OnlyRelay && api == ApiVersion::V2);
    }

    // This kiosk's own settings.
    ApiVersion api = ApiVersion::V2;
    QString terminalId;
    bool terminalIdOk() const;
    std::optional<eth::Address> terminalSigner; // v2: who signs this kiosk's requests
    bool hasAccessKey = false;                  // v1
    bool credentialsOk() const
    {
        return api == ApiVersion::V2 ? terminalSigner.has_value() : hasAccessKey;
    }

    bool allOk() const
    {
        return transportOk() && reachable() && clockOk() && flavorOk() && terminalIdOk() &&
               credentialsOk();
    }
};

// One check of the relay connection, for the command line and the staff screen alike: the
// settings are read at once, then the relay is asked for its chain id (timed, with the clock
// skew from its Date header) and, when it answers, what kind of relay it is. Every call ends
// with the client's timeout; finished() comes once, after which report() is complete.
class ConnectionCheck : public QObject
{
    Q_OBJECT

public:
    // `client` must outlive the check.
    explicit ConnectionCheck(RelayClient *client, QObject *parent = nullptr);

    // The settings' part of the report, without asking the relay.
    static ConnectionReport fromSettings(const RelaySettings &settings);

    void start();
    bool isRunning() const { return m_running; }
    const ConnectionReport &report() const { return m_report; }

Q_SIGNALS:
    void finished();

private:
    void askFlavor();
    void finish();

    QPointer<RelayClient> m_client;
    ConnectionReport m_report;
    QElapsedTimer m_timer;
    bool m_running = false;
};

} // namespace kiosk::relay

// SPDX-License-Identifier: MIT
#pragma once

#include "relay/relayclient.h"

#include <QTest>

#include <chrono>
#include <optional>

// For suites that drive a RelayClient against a canned loopback server.
namespace clienttest {

// v1 with an access key and no GET retries, so every fault shows at once.
inline kiosk::relay::RelaySettings settingsFor(const QString &url,
                                               std::chrono::milliseconds timeout)
{
    kiosk::relay::RelaySettings settings;
    settings.baseUrl = QUrl(url);
    settings.api = kiosk::relay::ApiVersion::V1;
    settings.accessKey = QStringLiteral("secret-access-key");
    settings.terminalId = QStringLiteral("KIOSK0001");
    settings.timeout = timeout;
    settings.getRetries = 0;
    settings.retryBackoff = std::chrono::milliseconds(10);
    return settings;
}

// Runs the event loop until the call answers (at most 10 s).
template<typename T, typename Start> kiosk::relay::RelayResult<T> wait(Start start)
{
    std::optional<kiosk::relay::RelayResult<T>> result;
    start([&](const kiosk::relay::RelayResult<T> &r) { result = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
    if (!result)
        return kiosk::relay::RelayError{kiosk::relay::RelayError::Kind::Network,
                                        QStringLiteral("test: no answer")};
    return *result;
}

} // namespace clienttest

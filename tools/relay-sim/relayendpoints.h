// SPDX-License-Identifier: MIT
// The relay's public API, the paths the kiosk calls: /v1 and /v2 payment items, shop info,
// the cancellation's open, approval and close, the chain id, nonces and the task feed. Each
// answers as the published relay of the chosen flavour does, errors and their order included.
#pragma once

#include "relayanswers.h"
#include "requestfields.h"
#include "simmodel.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>
#include <variant>

namespace kiosk::sim {

class SimChain;
class TaskFeed;
struct HttpRequest;

class RelayEndpoints
{
public:
    RelayEndpoints(const SimOptions &options, const SimConfig &config, quint64 chainId,
                   RelayState &state, SimChain &chain, TaskFeed &feed);

    // The answer to a request outside /sim/, its body already read.
    Answer answer(const HttpRequest &request, const QJsonObject &body);

private:
    struct Verified
    {
        eth::Address signer;
        bool chainRejects = false; // high s or v 0/1: the relay accepts, the contract does not
    };

    Answer chainIdAnswer() const;
    Answer nonceAnswer(const QString &account) const;
    Answer paymentItem(const HttpRequest &request);
    Answer shopInfo(const HttpRequest &request) const;
    Answer cancelOpen(const HttpRequest &request, const QJsonObject &body, bool v2);
    Answer cancelApproval(const QJsonObject &body);
    Answer cancelClose(const HttpRequest &request, const QJsonObject &body, bool v2);
    Answer taskSequenceLatest() const;
    Answer taskList(const QString &sequence) const;

    // Open and close, after their own fields: a v2 signature (the last field checked), the
    // terminal (v2: its signature over `signedHash`, else 1501; v1: the access key, else 2002),
    // then the payment (2003).
    std::variant<Payment *, Answer> terminalsPayment(const HttpRequest &request,
                                                     const QJsonObject &body, bool v2,
                                                     FieldCheck &check, const QString &paymentId,
                                                     const std::function<QByteArray()> &signedHash);
    bool accessKeyAccepted(const HttpRequest &request, const QJsonObject &body) const;
    bool isPaymentSigner(const QByteArray &hash, const QString &signature) const;
    static std::optional<Verified> verify(const QByteArray &hash, const QString &signature);

    // The payment's item as this flavour sends it.
    Answer okItem(const QJsonObject &item) const;

    const SimOptions &m_options;
    const SimConfig &m_config;
    const quint64 m_chainId;
    RelayState &m_state;
    SimChain &m_chain;
    TaskFeed &m_feed;
};

} // namespace kiosk::sim

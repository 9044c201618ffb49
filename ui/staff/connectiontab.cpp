// SPDX-License-Identifier: MIT
#include "staff/connectiontab.h"

#include "eth/messages.h"
#include "eth/signing.h"
#include "relay/relayclient.h"
#include "relay/relaytexts.h"
#include "session/kiosksession.h"
#include "theme.h"

#include <QHostAddress>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <cstdlib>

namespace kiosk::ui {

namespace {
// More than this and the 45 s approval window is noticeably off (as kioskctl check says).
constexpr qint64 kMaxClockSkewSeconds = 30;
} // namespace

ConnectionTab::ConnectionTab(session::KioskSession *session, QWidget *parent)
    : StaffTab(session, parent)
{
    setObjectName(QStringLiteral("connection"));
    m_mode = new QLabel(this);
    m_mode->setObjectName(QStringLiteral("connectionMode"));
    m_mode->setWordWrap(true);
    m_check = makeStaffButton(QStringLiteral("connectionCheck"), this, "primary");
    connect(m_check, &QPushButton::clicked, this, &ConnectionTab::runCheck);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("connectionResults"));
    m_results->setMinimumHeight(staffTargetPx());
    m_results->setWordWrap(true);
    m_results->setSelectionMode(QAbstractItemView::NoSelection);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    enableTouchScrolling(m_results);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_mode);
    layout->addWidget(m_check, 0, Qt::AlignLeft);
    layout->addWidget(m_results, 1);
    retranslate();
}

QString ConnectionTab::title() const
{
    return tr("Connection");
}

void ConnectionTab::showEvent(QShowEvent *event)
{
    StaffTab::showEvent(event);
    updateMode(); // the session may have connected since
}

void ConnectionTab::updateMode()
{
    QString text;
    if (m_session->isDemo())
        text = tr("Relay: demo relay (bundled simulator). No real payments are touched.");
    else
        text =
            tr("Relay: %1 (API %2)")
                .arg(m_session->config().relayUrl, relay::apiVersionName(m_session->config().api));
    m_mode->setText(text);
    m_mode->setAccessibleName(text);
}

void ConnectionTab::add(Check check)
{
    m_checks.append(std::move(check));
    render();
}

void ConnectionTab::render()
{
    m_results->clear();
    for (const Check &check : std::as_const(m_checks)) {
        QString text =
            (check.ok ? tr("OK") : tr("Problem")) + u" — " + check.name() + u": " + check.detail();
        if (!check.ok && check.remedy)
            text += u'\n' + tr("What to do: %1").arg(check.remedy());
        auto *item = new QListWidgetItem(text, m_results);
        item->setData(Qt::UserRole, check.ok);
        item->setData(Qt::UserRole + 1, check.key);
        item->setData(Qt::AccessibleTextRole, text);
    }
    if (m_checking) {
        auto *item = new QListWidgetItem(tr("Asking the relay…"), m_results);
        item->setData(Qt::UserRole + 1, QStringLiteral("pending"));
    }
}

void ConnectionTab::runCheck()
{
    if (m_checking)
        return;
    m_checks.clear();
    updateMode();
    relay::RelayClient *client = m_session->client();
    if (!client) {
        const QString error = m_session->startError();
        add({QStringLiteral("relay"), false, [] { return tr("Relay connection"); },
             [error] { return error.isEmpty() ? tr("the kiosk is still connecting") : error; },
             [] {
                 return tr("check the relay URL on the Settings tab, restart the kiosk, then "
                           "check again");
             }});
        return;
    }
    const relay::RelaySettings &settings = client->settings();

    const QUrl url = settings.baseUrl;
    const QString host = url.host();
    const bool https = url.scheme() == u"https";
    const bool loopback = host == u"localhost" || QHostAddress(host).isLoopback();
    const QString caFile = settings.caFile;
    add({QStringLiteral("transport"), https || loopback, [] { return tr("Encryption"); },
         [https, loopback, caFile, host] {
             if (https)
                 return caFile.isEmpty() ? tr("HTTPS, checked against the system's certificates")
                                         : tr("HTTPS, checked against %1").arg(caFile);
             if (loopback)
                 return tr("plain HTTP, but only within this computer");
             return tr("plain HTTP to %1: anyone on the network can read and change it").arg(host);
         },
         [] { return tr("use an https:// relay URL on the Settings tab"); }});

    const QString terminalId = settings.terminalId;
    add({QStringLiteral("terminalId"),
         !terminalId.isEmpty() && terminalId.size() <= eth::kMaxRelayTextLength,
         [] { return tr("Terminal id"); },
         [terminalId] { return terminalId.isEmpty() ? tr("not set") : terminalId; },
         [] { return tr("set the terminal id on the Settings tab (at most 66 characters)"); }});

    if (settings.api == relay::ApiVersion::V2) {
        const bool hasKey = settings.terminalKey && settings.terminalKey->isValid();
        const QString address =
            hasKey ? eth::addressOf(*settings.terminalKey).toChecksummed() : QString();
        add({QStringLiteral("terminalKey"), hasKey, [] { return tr("Terminal key"); },
             [address] {
                 return address.isEmpty()
                            ? tr("not set")
                            : tr("requests are signed by %1; the relay must list this address "
                                 "as a payment signer")
                                  .arg(address);
             },
             [] {
                 return tr("set [terminal] key in kiosk.conf (the v2 API needs it), then restart "
                           "the kiosk");
             }});
    } else {
        const bool hasKey = !settings.accessKey.isEmpty();
        add({QStringLiteral("accessKey"), hasKey, [] { return tr("Access key"); },
             [hasKey] { return hasKey ? tr("set") : tr("not set"); },
             [] {
                 return tr("set [relay] access_key in kiosk.conf (the v1 API needs it), then "
                           "restart the kiosk");
             }});
    }

    m_checking = true;
    m_check->setEnabled(false);
    render();
    m_timer.start();
    // The client's own timeout ends the call; `this` drops the answer if the tab is gone.
    client->fetchChainId(this, [this, client](const relay::RelayResult<eth::UInt256> &chainId) {
        m_checking = false;
        m_check->setEnabled(true);
        const qint64 elapsed = m_timer.elapsed();
        const QString relayUrl = client->settings().baseUrl.toString();
        if (chainId) {
            const QString id = chainId->toDecimal();
            m_checks.append({QStringLiteral("relay"),
                             true,
                             [] { return tr("Relay"); },
                             [relayUrl, elapsed, id] {
                                 return tr("%1 answered in %2 ms (chain %3)")
                                     .arg(relayUrl)
                                     .arg(elapsed)
                                     .arg(id);
                             },
                             {}});
        } else {
            const relay::RelayError error = chainId.failure();
            m_checks.append({QStringLiteral("relay"), false, [] { return tr("Relay"); },
                             [error] { return relay::describeError(error); },
                             [] {
                                 return tr("check the network cable or Wi-Fi and the relay URL; "
                                           "if they are right, the relay may be down");
                             }});
        }
        if (const auto skew = client->lastClockSkewSeconds(); skew) {
            const qint64 seconds = *skew;
            m_checks.append({QStringLiteral("clock"), std::abs(seconds) <= kMaxClockSkewSeconds,
                             [] { return tr("Clock"); },
                             [seconds] {
                                 return seconds >= 0
                                            ? tr("this kiosk is %n second(s) ahead of the relay",
                                                 nullptr, int(seconds))
                                            : tr("this kiosk is %n second(s) behind the relay",
                                                 nullptr, int(-seconds));
                             },
                             [] {
                                 return tr("the 45-second approval window needs a correct clock: "
                                           "check the time synchronisation (NTP)");
                             }});
        }
        render();
    });
}

void ConnectionTab::retranslate()
{
    updateMode();
    m_check->setText(tr("Check the connection"));
    setAccessibleTexts(m_check, tr("Check the connection"),
                       tr("Asks the relay for an answer and checks this kiosk's settings"));
    setAccessibleTexts(m_results, tr("Check results"),
                       tr("Each check with OK or the problem and what to do"));
    render();
}

} // namespace kiosk::ui

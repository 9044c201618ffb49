// SPDX-License-Identifier: MIT
#include "staff/connectiontab.h"

#include "relay/relayclient.h"
#include "relay/relaytexts.h"
#include "session/kiosksession.h"
#include "theme.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <cstdlib>

namespace kiosk::ui {

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
    if (isChecking()) {
        auto *item = new QListWidgetItem(tr("Asking the relay…"), m_results);
        item->setData(Qt::UserRole + 1, QStringLiteral("pending"));
    }
}

void ConnectionTab::runCheck()
{
    if (isChecking())
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
    // What the settings say at once; the relay's answers when they come (the client's own
    // timeout ends every call; the check goes with this tab).
    showReport(relay::ConnectionCheck::fromSettings(client->settings()), false);
    auto *check = new relay::ConnectionCheck(client, this);
    m_running = check;
    connect(check, &relay::ConnectionCheck::finished, this, [this, check] {
        m_check->setEnabled(true);
        showReport(check->report(), true);
        check->deleteLater();
    });
    check->start();
    m_check->setEnabled(false);
    render();
}

void ConnectionTab::showReport(const relay::ConnectionReport &report, bool relayAnswered)
{
    m_checks.clear();
    const bool https = report.https;
    const bool loopback = report.loopback;
    const QString caFile = report.caFile;
    const QString caError = report.caCertificates.error();
    const QString host = report.url.host();
    m_checks.append(
        {QStringLiteral("transport"), report.transportOk(), [] { return tr("Encryption"); },
         [https, loopback, caFile, caError, host] {
             if (https && !caError.isEmpty())
                 return caError;
             if (https)
                 return caFile.isEmpty() ? tr("HTTPS, checked against the system's certificates")
                                         : tr("HTTPS, checked against %1").arg(caFile);
             if (loopback)
                 return tr("plain HTTP, but only within this computer");
             return tr("plain HTTP to %1: anyone on the network can read and change it").arg(host);
         },
         [https] {
             return https ? tr("fix [relay] ca_file in kiosk.conf, then restart the kiosk")
                          : tr("use an https:// relay URL on the Settings tab");
         }});

    const QString terminalId = report.terminalId;
    m_checks.append(
        {QStringLiteral("terminalId"), report.terminalIdOk(), [] { return tr("Terminal id"); },
         [terminalId] { return terminalId.isEmpty() ? tr("not set") : terminalId; },
         [] { return tr("set the terminal id on the Settings tab (at most 66 characters)"); }});

    if (report.api == relay::ApiVersion::V2) {
        const QString address =
            report.terminalSigner ? report.terminalSigner->toChecksummed() : QString();
        m_checks.append({QStringLiteral("terminalKey"), report.credentialsOk(),
                         [] { return tr("Terminal key"); },
                         [address] {
                             return address.isEmpty()
                                        ? tr("not set")
                                        : tr("requests are signed by %1; the relay must list this "
                                             "address as a payment signer")
                                              .arg(address);
                         },
                         [] {
                             return tr("set [terminal] key in kiosk.conf (the v2 API needs it), "
                                       "then restart the kiosk");
                         }});
    } else {
        const bool hasKey = report.hasAccessKey;
        m_checks.append({QStringLiteral("accessKey"), hasKey, [] { return tr("Access key"); },
                         [hasKey] { return hasKey ? tr("set") : tr("not set"); },
                         [] {
                             return tr("set [relay] access_key in kiosk.conf (the v1 API needs "
                                       "it), then restart the kiosk");
                         }});
    }

    if (!relayAnswered || !report.chainId)
        return render();
    const QString relayUrl = report.url.toString();
    if (report.reachable()) {
        const qint64 elapsed = report.answeredInMs;
        const QString id = report.chainId->value().toDecimal();
        m_checks.append(
            {QStringLiteral("relay"),
             true,
             [] { return tr("Relay"); },
             [relayUrl, elapsed, id] {
                 return tr("%1 answered in %2 ms (chain %3)").arg(relayUrl).arg(elapsed).arg(id);
             },
             {}});
    } else {
        const relay::RelayError error = report.chainId->failure();
        m_checks.append({QStringLiteral("relay"), false, [] { return tr("Relay"); },
                         [error] { return relay::describeError(error); },
                         [] {
                             return tr("check the network cable or Wi-Fi and the relay URL; if "
                                       "they are right, the relay may be down");
                         }});
    }
    if (const auto skew = report.clockSkewSeconds; skew) {
        const qint64 seconds = *skew;
        m_checks.append({QStringLiteral("clock"), report.clockOk(), [] { return tr("Clock"); },
                         [seconds] {
                             return seconds >= 0
                                        ? tr("this kiosk is %n second(s) ahead of the relay",
                                             nullptr, int(seconds))
                                        : tr("this kiosk is %n second(s) behind the relay", nullptr,
                                             int(-seconds));
                         },
                         [] {
                             return tr("the 45-second approval window needs a correct clock: "
                                       "check the time synchronisation (NTP)");
                         }});
    }
    if (report.flavor) {
        const bool failed = !*report.flavor;
        const relay::RelayError error = failed ? report.flavor->failure() : relay::RelayError{};
        const bool v1Only = !failed && report.flavor->value() == relay::RelayFlavor::V1OnlyRelay;
        m_checks.append({QStringLiteral("relayKind"), report.flavorOk(),
                         [] { return tr("Relay kind"); },
                         [failed, error, v1Only] {
                             if (failed)
                                 return relay::describeError(error);
                             return v1Only ? tr("a v1-only relay: no task feed; payments are "
                                                "followed by asking the relay")
                                           : tr("a v2 relay with the task feed");
                         },
                         [failed] {
                             return failed ? tr("check again in a moment; if it stays, the relay "
                                                "may be down")
                                           : tr("this relay has no v2 API: choose v1 on the "
                                                "Settings tab and set [relay] access_key in "
                                                "kiosk.conf");
                         }});
    }
    render();
}

void ConnectionTab::retranslate()
{
    updateMode();
    setButtonTexts(m_check, tr("Check the connection"),
                   tr("Asks the relay for an answer and checks this kiosk's settings"));
    setAccessibleTexts(m_results, tr("Check results"),
                       tr("Each check with OK or the problem and what to do"));
    render();
}

} // namespace kiosk::ui

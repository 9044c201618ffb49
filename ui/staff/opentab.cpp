// SPDX-License-Identifier: MIT
#include "staff/opentab.h"

#include "eth/amount.h"
#include "relay/relayclient.h"
#include "relay/relaytexts.h"
#include "session/kiosksession.h"
#include "theme.h"
#include "workflow/pendinglist.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace kiosk::ui {

OpenTab::OpenTab(session::KioskSession *session, QWidget *parent) : StaffTab(session, parent)
{
    setObjectName(QStringLiteral("open"));
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("openId"));
    m_id->setMinimumHeight(staffTargetPx());
    m_id->setClearButtonEnabled(true);
    m_id->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_id->setProperty("keyboardLayout", QStringLiteral("hex")); // 0x and 64 hex digits
    m_idLabel = new QLabel(this);
    m_idLabel->setBuddy(m_id);
    m_idLabel->setWordWrap(true);
    m_lookup = makeStaffButton(QStringLiteral("openLookup"), this, "primary");
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("openResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stage = makeStaffButton(QStringLiteral("openStage"), this, "primary");
    m_waiting = new QLabel(this);
    m_waiting->setObjectName(QStringLiteral("openWaiting"));
    m_waiting->setWordWrap(true);
    m_waiting->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->addWidget(m_id, 1);
    row->addWidget(m_lookup);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_idLabel);
    layout->addLayout(row);
    layout->addWidget(m_result);
    layout->addWidget(m_stage, 0, Qt::AlignLeft);
    layout->addWidget(m_waiting);
    layout->addStretch(1);

    connect(m_lookup, &QPushButton::clicked, this, &OpenTab::lookup);
    connect(m_id, &QLineEdit::returnPressed, this, &OpenTab::lookup);
    connect(m_stage, &QPushButton::clicked, this, &OpenTab::stage);
    // What is shown must be the payment in the field: editing it drops the last answer.
    connect(m_id, &QLineEdit::textEdited, this, &OpenTab::forgetResult);
    retranslate();
}

QString OpenTab::title() const
{
    return tr("Open");
}

bool OpenTab::canBeCancelledHere(int paymentStatus)
{
    using namespace relay::status;
    return paymentStatus == NewClosed || paymentStatus == CancelFailed ||
           (paymentStatus >= CancelOpened && paymentStatus <= CancelDelivered);
}

void OpenTab::forgetResult()
{
    ++m_lookupSerial;
    m_state = State::Idle;
    m_payment.reset();
    m_notReady.clear();
    render();
}

void OpenTab::lookup()
{
    const QString text = m_id->text().trimmed();
    forgetResult();
    if (text.isEmpty())
        return;
    workflow::PendingList *pending = m_session->pendingList();
    if (!pending) {
        m_state = State::NotConnected;
        m_notReady = m_session->startError();
        return render();
    }
    m_state = State::LookingUp;
    render();
    const int serial = m_lookupSerial;
    pending->lookup(
        text, this, [this, serial](const relay::RelayResult<relay::PaymentItem> &payment) {
            if (serial != m_lookupSerial)
                return;
            if (!payment) {
                m_state = State::Failed;
                m_error = payment.failure();
                return render();
            }
            m_state = State::Found;
            m_payment = payment.value();
            m_shopName.clear();
            render();
            if (relay::RelayClient *client = m_session->client())
                client->fetchShop(payment->shopId, this,
                                  [this, serial](const relay::RelayResult<relay::ShopInfo> &shop) {
                                      if (serial != m_lookupSerial || !shop)
                                          return;
                                      m_shopName = shop->name;
                                      render();
                                  });
        });
}

void OpenTab::stage()
{
    workflow::PendingList *pending = m_session->pendingList();
    if (m_state != State::Found || !m_payment || !pending ||
        !canBeCancelledHere(m_payment->paymentStatus))
        return;
    const QString paymentId = m_payment->paymentId;
    pending->stage(paymentId);
    m_state = State::Staged;
    render();
    Q_EMIT customerCancellationReady(paymentId);
}

void OpenTab::render()
{
    QString text;
    const char *role = "muted";
    switch (m_state) {
    case State::Idle:
        break;
    case State::LookingUp:
        text = tr("Looking up…");
        break;
    case State::Failed:
        role = "danger";
        if (m_error.isTransport())
            text = tr("The relay could not be reached: %1").arg(relay::describeError(m_error));
        else if (m_error.kind == relay::RelayError::Kind::NotFound ||
                 m_error.relayCode == relay::codes::PaymentNotFound)
            text = tr("Not found: %1").arg(relay::describeError(m_error));
        else
            text = tr("Could not look it up: %1").arg(relay::describeError(m_error));
        break;
    case State::NotConnected:
        role = "danger";
        text = m_notReady.isEmpty()
                   ? tr("The kiosk is still connecting to the relay. Try again shortly.")
                   : tr("The kiosk is not connected to the relay: %1").arg(m_notReady);
        break;
    case State::Found:
    case State::Staged: {
        const relay::PaymentItem &p = *m_payment;
        const int status = p.paymentStatus;
        QStringList lines{
            tr("Purchase: %1").arg(p.purchaseId),
            tr("Amount: %1").arg(eth::formatMoney(p.amount, p.currency, QLocale())),
            tr("Shop: %1").arg(m_shopName.isEmpty() ? p.shopId : m_shopName),
            tr("Status: %1").arg(relay::paymentStatusText(status)),
        };
        role = "success";
        if (m_state == State::Staged)
            lines << tr("Ready: the customer can now choose this payment on the customer "
                        "screen.");
        else if (status >= relay::status::CancelOpened && status <= relay::status::CancelDelivered)
            lines << tr("A cancellation is already open: it can be handed to the customer.");
        else if (canBeCancelledHere(status))
            lines << tr("This payment can be cancelled here.");
        else {
            role = "danger";
            lines << tr("This payment cannot be cancelled here in its present state.");
        }
        text = lines.join(u'\n');
        break;
    }
    }
    m_result->setText(text);
    m_result->setAccessibleName(text);
    m_result->setVisible(!text.isEmpty());
    setRole(m_result, role);
    m_lookup->setEnabled(m_state != State::LookingUp);
    m_stage->setEnabled(m_state == State::Found && m_payment &&
                        canBeCancelledHere(m_payment->paymentStatus));
}

void OpenTab::retranslate()
{
    m_idLabel->setText(tr("Payment id (0x…) or purchase id from the receipt"));
    m_id->setPlaceholderText(tr("0x… or purchase id"));
    setAccessibleTexts(m_id, tr("Payment id or purchase id"),
                       tr("The payment id (0x and 64 hexadecimal digits) or the purchase id"));
    setButtonTexts(m_lookup, tr("Look up"), tr("Asks the relay for this payment"));
    setButtonTexts(m_stage, tr("Open for the customer"),
                   tr("Lists this payment on the customer screen so the customer can "
                      "approve its cancellation"));
    render();
    renderWaiting();
}

void OpenTab::renderWaiting()
{
    workflow::PendingList *pending = m_session ? m_session->pendingList() : nullptr;
    if (pending && !m_followingList) {
        connect(pending, &workflow::PendingList::changed, this, &OpenTab::renderWaiting);
        m_followingList = true;
    }
    QStringList lines{tr("Waiting at this kiosk (customers see only their own, after they scan "
                         "their receipt or wallet, or type the purchase number):")};
    const QList<workflow::PendingItem> items =
        pending ? pending->items() : QList<workflow::PendingItem>{};
    for (const workflow::PendingItem &item : items) {
        const relay::PaymentItem &payment = item.payment;
        lines << tr("%1 · %2 · purchase %3 · %4 (%5)")
                     .arg(item.shopName.isEmpty() ? payment.shopId : item.shopName,
                          eth::formatMoney(payment.amount, payment.currency, QLocale()),
                          payment.purchaseId, relay::paymentStatusText(payment.paymentStatus))
                     .arg(payment.paymentStatus);
    }
    if (items.isEmpty())
        lines << tr("None.");
    m_waiting->setText(lines.join(u'\n'));
}

} // namespace kiosk::ui

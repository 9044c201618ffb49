// SPDX-License-Identifier: MIT
#include "screens/detailscreen.h"

#include "eth/amount.h"
#include "relay/relaytexts.h"
#include "screens/pendingscreen.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFontMetrics>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace kiosk::ui {

DetailScreen::DetailScreen(QWidget *parent)
    : Screen(parent), m_title(addLabel("detailTitle", "title")), m_shop(addLabel("detailShop")),
      m_amount(addLabel("detailAmount", "title")), m_purchase(addLabel("detailPurchase", "muted")),
      m_points(addLabel("detailPoints", "muted")), m_status(addLabel("detailStatus", "muted")),
      m_explain(addLabel("detailExplain")), m_approve(makeButton("approveButton", "primary")),
      m_reject(makeButton("rejectButton", "danger")), m_back(makeButton("detailBack"))
{
    // One above the other, the yes first: each answer stays whole at any width.
    m_buttons->addWidget(m_approve);
    m_buttons->addWidget(m_reject);
    // Back sits above the question, out of the answers' way: with large text on a small screen
    // the two answers take two lines each and need the room below. The keypad still starts on
    // Yes.
    m_layout->insertWidget(0, m_back, 0, Qt::AlignLeft);
    m_back->setProperty("keypadNotAStart", true);
    // Landscape: the purchase stays in view in a column of its own, beside the question.
    for (QWidget *fact : {static_cast<QWidget *>(m_shop), static_cast<QWidget *>(m_amount),
                          static_cast<QWidget *>(m_purchase), static_cast<QWidget *>(m_points),
                          static_cast<QWidget *>(m_status)})
        keepBeside(fact, m_layout);
    connect(m_approve, &QPushButton::clicked, this, &DetailScreen::approveRequested);
    connect(m_reject, &QPushButton::clicked, this, &DetailScreen::rejectRequested);
    connect(m_back, &QPushButton::clicked, this, &DetailScreen::backRequested);
    retranslate();
}

void DetailScreen::setItem(const workflow::PendingItem &item)
{
    m_item = item;
    retranslate();
}

void DetailScreen::clear()
{
    setItem({});
}

QString DetailScreen::guidance() const
{
    // No amount: it is said only when the customer asks (amountGuidance()).
    return QStringList{m_title->text(), m_shop->text(), m_explain->text()}.join(u' ');
}

QString DetailScreen::amountGuidance() const
{
    if (m_item.payment.paymentId.isEmpty())
        return {};
    return tr("Amount: %1").arg(m_amount->text()) + u' ' + m_points->text();
}

void DetailScreen::retranslate()
{
    const relay::PaymentItem &payment = m_item.payment;
    m_title->setText(tr("Cancel this purchase?"));
    m_shop->setText(m_item.shopName.isEmpty() ? tr("Shop") : m_item.shopName);
    m_amount->setText(payment.paymentId.isEmpty() ? QString() : PendingScreen::amountText(payment));
    m_purchase->setText(tr("Purchase %1").arg(payment.purchaseId));
    m_points->setText(tr("Paid with points: %1")
                          .arg(eth::formatMoney(payment.paidPoint, payment.currency, QLocale())));
    m_status->setText(payment.paymentId.isEmpty()
                          ? QString()
                          : PendingScreen::openedText(payment) + QStringLiteral(" · ") +
                                relay::paymentStatusText(payment.paymentStatus));
    m_explain->setText(tr("Yes: the purchase is cancelled and your points go back to your "
                          "wallet. No: the purchase stays as it is. Either way you confirm with "
                          "your phone's wallet app."));
    // Yes/no answers to the question above, in words: not "approve" and "reject".
    m_approveText = tr("Yes, cancel and return my points");
    m_approve->setText(m_approveText);
    describe(m_approve, tr("Yes, cancel and return my points"),
             tr("Your points go back to your wallet after your wallet signs"));
    m_rejectText = tr("No, keep the purchase");
    m_reject->setText(m_rejectText);
    describe(m_reject, tr("No, keep the purchase"), tr("The purchase stays as it is"));
    m_back->setText(tr("Back"));
    describe(m_back, tr("Back"), tr("Returns to the list of your purchases"));
    fitAnswers();
}

namespace {
// `text` in as few lines as fit `button`'s width (words are never split).
QString wrapped(const QPushButton *button, const QString &text)
{
    const QFontMetrics metrics(button->font());
    int widest = 0;
    for (const QString &line : button->text().split(u'\n'))
        widest = qMax(widest, metrics.horizontalAdvance(line));
    const int padding = qMax(0, button->sizeHint().width() - widest); // the style's own room
    const int room = button->width() - padding;
    if (room <= 0 || metrics.horizontalAdvance(text) <= room)
        return text;
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > room) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    lines << line;
    return lines.join(u'\n');
}
} // namespace

void DetailScreen::fitAnswers()
{
    for (const auto &[button, text] :
         {std::pair{m_approve, m_approveText}, std::pair{m_reject, m_rejectText}}) {
        const QString fitted = wrapped(button, text);
        if (button->text() != fitted)
            button->setText(fitted);
    }
}

void DetailScreen::resizeEvent(QResizeEvent *event)
{
    Screen::resizeEvent(event);
    fitAnswers();
}

void DetailScreen::changeEvent(QEvent *event)
{
    Screen::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitAnswers();
}

} // namespace kiosk::ui

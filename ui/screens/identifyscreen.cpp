// SPDX-License-Identifier: MIT
#include "screens/identifyscreen.h"

#include "theme.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace kiosk::ui {

namespace {
constexpr int kMaxDigits = 20; // longer than any purchase number
}

IdentifyScreen::IdentifyScreen(QWidget *parent)
    : Screen(parent), m_title(addLabel("identifyTitle", "title")),
      m_explain(addLabel("identifyExplain")), m_entry(addLabel("identifyEntry", "title")),
      m_problem(addLabel("identifyProblem", "danger")), m_erase(makeButton("identifyErase")),
      m_find(makeButton("identifyFind", "primary")), m_back(makeButton("identifyBack"))
{
    // A telephone keypad: 1 2 3 / 4 5 6 / 7 8 9 / 0 ⌫, in reading order for the keypad.
    auto *pad = new QWidget(this);
    pad->setObjectName(QStringLiteral("identifyPad"));
    auto *grid = new QGridLayout(pad);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);
    for (int digit = 1; digit <= 10; ++digit) {
        const QString key = QString::number(digit % 10);
        QPushButton *button = makeButton(qPrintable(u"identifyKey" + key));
        button->setText(key);
        connect(button, &QPushButton::clicked, this, [this, key] { type(key); });
        const int index = digit == 10 ? 10 : digit - 1; // 0 below 8
        grid->addWidget(button, index / 3, index % 3);
        m_keys << button;
    }
    grid->addWidget(m_erase, 3, 2);
    connect(m_erase, &QPushButton::clicked, this, [this] {
        m_typed.chop(1);
        updateEntry();
    });
    m_layout->addWidget(pad);
    m_problem->setWordWrap(true);
    m_buttons->addWidget(m_find);
    m_buttons->addWidget(m_back);
    connect(m_find, &QPushButton::clicked, this, [this] {
        if (!m_typed.isEmpty())
            Q_EMIT numberEntered(m_typed);
    });
    connect(m_back, &QPushButton::clicked, this, &IdentifyScreen::backRequested);
    retranslate();
}

void IdentifyScreen::type(const QString &key)
{
    if (m_typed.size() < kMaxDigits)
        m_typed += key;
    m_unreadable = false;
    updateEntry();
}

void IdentifyScreen::showUnreadable()
{
    m_unreadable = true;
    retranslate();
}

void IdentifyScreen::clear()
{
    m_typed.clear();
    m_unreadable = false;
    retranslate();
}

QString IdentifyScreen::guidance() const
{
    const QString page = m_title->text() + u' ' + m_explain->text();
    return m_unreadable ? m_problem->text() + u' ' + page : page;
}

void IdentifyScreen::updateEntry()
{
    // Grouped by four, as on the receipt, so a customer can check what they typed.
    QString shown;
    for (int i = 0; i < m_typed.size(); ++i) {
        if (i && i % 4 == 0)
            shown += u' ';
        shown += m_typed.at(i);
    }
    m_entry->setText(shown.isEmpty() ? QStringLiteral("–") : shown);
    m_entry->setAccessibleName(m_typed.isEmpty() ? tr("Purchase number: nothing typed yet")
                                                 : tr("Purchase number: %1").arg(shown));
    m_find->setEnabled(!m_typed.isEmpty());
    m_problem->setVisible(m_unreadable);
}

void IdentifyScreen::retranslate()
{
    m_title->setText(tr("Find your purchase"));
    m_explain->setText(tr("Hold the barcode on your receipt, or your wallet app's address code, "
                          "up to the scanner below the screen. Or type the purchase number "
                          "from your receipt."));
    m_problem->setText(tr("That code is not a receipt or a wallet address. Please try the "
                          "barcode on your receipt, or type the purchase number."));
    for (QPushButton *key : std::as_const(m_keys))
        describe(key, key->text(), tr("Types this digit"));
    m_erase->setText(QStringLiteral("⌫"));
    describe(m_erase, tr("Erase"), tr("Erases the last digit"));
    m_find->setText(tr("Show my purchases"));
    describe(m_find, tr("Show my purchases"),
             tr("Shows the cancellations for this purchase number"));
    m_back->setText(tr("Back"));
    describe(m_back, tr("Back"), tr("Returns to the start screen"));
    updateEntry();
}

} // namespace kiosk::ui
